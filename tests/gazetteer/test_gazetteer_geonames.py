"""Importing GeoNames dump files: every feature class, corrections, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import gazetteer
from gazetteer import Gazetteer, _import
from gazetteer._builder import RecordBuilder
from gazetteer._geonames import read_geonames
from gazetteer._import import import_dumps
from gazetteer._store import Lexicon
from timeline.errors import GazetteerBuildError
from timeline.recognisers.places import PlaceRecogniser

FIXTURES = Path(__file__).parent / "fixtures"


def _imported(**options) -> Gazetteer:
    builder = RecordBuilder([("SY", "09", "Aleppo")])
    builder.add(
        ["Aleppo"],
        36.2,
        37.16,
        "P.PPL",
        country="SY",
        admin1="09",
        population=2_098_210,
        geonameid=170063,
    )
    import_dumps(builder, [FIXTURES / "SY_extract.txt"], **options)
    return Gazetteer(builder.freeze("test", Lexicon()))


def test_geonames_import_adds_dams_airports_camps_and_rivers():
    gaz = _imported()
    assert gaz.lookup("Tishrin Dam")[0].feature == "H.DAM"
    assert gaz.lookup("Menagh Air Base")[0].feature == "S.AIRB"
    assert gaz.lookup("Al Hawl Camp")[0].feature == "S.CMPRF"
    river = gaz.lookup("Euphrates")[0]
    assert (river.feature, river.precision, river.geonameid) == ("H.STM", "point", 9000004)


def test_geonames_import_corrects_known_records_instead_of_duplicating():
    gaz = _imported()
    found = gaz.lookup("Aleppo")
    assert [p.geonameid for p in found] == [170063]
    assert found[0].feature == "P.PPLA"
    assert gaz.lookup("Haleb")[0].geonameid == 170063


def test_geonames_import_reads_alternate_names_and_admin1_codes():
    gaz = _imported(
        alternate_names=FIXTURES / "alternate_names.txt",
        admin1_codes=FIXTURES / "admin1_codes.txt",
    )
    assert gaz.lookup("Tishreen Dam")[0].geonameid == 9000001
    assert gaz.lookup("https://example.invalid/dam") == []
    assert gaz.lookup("Al-Hol Camp")[0].admin1 == "Al-Hasakah"


def test_geonames_import_filters_by_class_and_country():
    gaz = _imported(feature_classes="H", countries=["SY"])
    assert gaz.lookup("Tishrin Dam")
    assert gaz.lookup("Menagh Air Base") == []
    assert gaz.lookup("Qamishli Village") == []


def test_geonames_malformed_dump_names_file_and_line(tmp_path):
    with pytest.raises(GazetteerBuildError, match=r"broken\.txt:1: bad number"):
        list(read_geonames(FIXTURES / "broken.txt"))
    short = tmp_path / "short.txt"
    short.write_text("1\tOnly\tthree\n", encoding="utf-8")
    with pytest.raises(GazetteerBuildError, match=r"short\.txt:1: expected 19"):
        list(read_geonames(short))
    with pytest.raises(GazetteerBuildError, match="missing.txt"):
        list(read_geonames(tmp_path / "missing.txt"))


@pytest.mark.parametrize(
    ("name", "feature"),
    [
        ("Hasakah Province", "A.ADM1"),
        ("Tabqa Dam", "H.DAM"),
        ("East Ghouta", "L.RGN"),
        ("Qamishli Village", "P.PPL"),
        ("M4 Highway", "R.RD"),
        ("Bab al-Hawa crossing", "S.PSTB"),
        ("Al-Rukban refugee camp", "S.CMPRF"),
        ("Jabal al-Shaykh", "T.MT"),
        ("Syrian Coastal Shelf", "U.SHLF"),
        ("Frontlines Forest", "V.FRST"),
    ],
)
def test_geonames_import_keeps_every_feature_class(name, feature):
    assert _imported().lookup(name)[0].feature == feature


def test_geonames_build_writes_a_gazetteer_that_load_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(_import, "default_builder", lambda: RecordBuilder([]))
    out = gazetteer.build(
        [FIXTURES / "SY_extract.txt"],
        alternate_names=FIXTURES / "alternate_names.txt",
        feature_classes="HS",
        countries=["sy"],
        out=tmp_path / "custom.pickle",
    )
    built = gazetteer.load(out)
    assert built.lookup("Tishreen Dam")[0].feature == "H.DAM"
    assert built.lookup("Bab el-Hawa")[0].feature == "S.PSTB"
    assert built.lookup("Eastern Ghouta") == []  # class L was not asked for
    assert built.fingerprint.startswith("custom-")


def test_geonames_features_are_found_in_text_by_the_recogniser():
    recogniser = PlaceRecogniser(_imported())
    text = (
        "Shelling hit Eastern Ghouta again, while trucks waited at the Bab al-Hawa "
        "crossing and engineers inspected the Tabqa dam."
    )
    found = {m.text: m.place.feature for m in recogniser.find(text)}
    assert found == {
        "Eastern Ghouta": "L.RGN",
        "Bab al-Hawa crossing": "S.PSTB",
        "Tabqa dam": "H.DAM",
    }
