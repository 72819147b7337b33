"""The data tools: airports.tsv from an OurAirports-format file (a sample written here)."""

from __future__ import annotations

from pathlib import Path

from gazetteer._sources import read_tsv
from gazetteer._variants import airport_names
from gazetteer.tools import make_airports

FIXTURES = Path(__file__).parent / "fixtures"


def test_tools_airports_keep_military_fields_and_registered_airports(tmp_path, capsys):
    out = tmp_path / "airports.tsv"
    assert make_airports.main([str(FIXTURES / "ourairports_sample.csv"), "--out", str(out)]) == 0
    rows = {row[0]: row for _, row in read_tsv(out)}
    assert sorted(rows) == ["XS01", "XS02", "XS03", "XS06"]  # no private strip, helipad
    assert rows["XS01"][1:4] == ["S.AIRB", "Example Air Base", "Example Field"]  # code dropped
    assert rows["XS02"][1] == "S.AIRP"
    assert rows["XS03"][2:4] == ["Sample City International Airport", "Old Field"]
    assert rows["XS03"][6:10] == ["SY", "09", "2", "Aleppo"]  # region of the nearest town
    assert "wrote 4 airports" in capsys.readouterr().out


def test_tools_airport_names_pair_each_stem_with_airfield_words():
    names = airport_names("Example Air Base", ["Examplia"], "", "S.AIRB")
    assert {"Example Air Base", "Examplia Air Base", "Examplia Military Airport"} <= set(names)
    civil = airport_names("Sample City International Airport", [], "Aleppo", "S.AIRP")
    assert civil == ["Sample City International Airport", "Sample City Airport", "Aleppo Airport"]
