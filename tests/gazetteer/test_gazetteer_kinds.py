"""What a record is: well known or not, which government it can stand for, how far."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, haversine_km, name_key
from gazetteer._builder import RecordBuilder
from gazetteer._store import Lexicon


@pytest.fixture(scope="module")
def tiny() -> tuple[Gazetteer, dict[str, int]]:
    """A store with one record of each kind the rules tell apart."""
    b = RecordBuilder([("XA", "01", "Northshire")])
    rids = {
        "country": b.add(["Arland"], 10.0, 20.0, "A.PCLI", country="XA", population=9_000_000),
        "region": b.add(["Northshire"], 11.0, 21.0, "A.ADM1", country="XA", admin1="01"),
        "big town": b.add(["Brimford"], 11.1, 21.1, "P.PPL", country="XA", population=80_000),
        "small town": b.add(["Ludwick"], 11.2, 21.2, "P.PPL", country="XA", population=3_000),
        "small capital": b.add(["Kellon"], 10.5, 20.5, "P.PPLC", country="XA", population=9_000),
        "big district": b.add(["Orran"], 11.3, 21.3, "A.ADM2", country="XA", population=400_000),
        "continent": b.add(["Norvania"], 0.0, 0.0, "L.CONT"),
    }
    return Gazetteer(b.freeze("tiny", Lexicon())), rids


@pytest.mark.parametrize(
    ("kind", "known"),
    [
        ("country", True),
        ("region", True),
        ("big town", True),
        ("continent", True),
        ("small town", False),
        ("small capital", False),  # small capitals are often everyday words ("The Valley")
        ("big district", False),  # a district's population is a sum over its towns
    ],
)
def test_gazetteer_well_known_records_and_prominent_names_agree(tiny, kind, known):
    gaz, rids = tiny
    assert gaz.is_well_known(rids[kind]) is known
    assert gaz.is_prominent(gaz.own_key(rids[kind])) is known


@pytest.mark.parametrize(
    ("kind", "level"),
    [
        ("country", "national"),
        ("small capital", "national"),
        ("region", "regional"),
        ("big town", None),
        ("big district", None),
    ],
)
def test_gazetteer_government_level_by_kind_of_place(tiny, kind, level):
    gaz, rids = tiny
    assert gaz.government_level(rids[kind]) == level


def test_gazetteer_distance_between_records(tiny, gaz):
    small, rids = tiny
    a, b = rids["country"], rids["region"]
    assert small.distance_km(a, b) == pytest.approx(haversine_km(10.0, 20.0, 11.0, 21.0))
    assert small.distance_km(a, a) == 0.0
    aleppo, damascus = (
        next(r for r in gaz.candidates(name_key(name)) if gaz.feature_of(r).startswith("P."))
        for name in ("Aleppo", "Damascus")
    )
    assert 290 < gaz.distance_km(aleppo, damascus) < 320  # about 310 km as the crow flies


def test_gazetteer_default_records_by_kind(gaz):
    syria = gaz.country_record("SY")
    texas = gaz.admin1_record("US", "TX")
    assert syria is not None and texas is not None
    assert gaz.is_well_known(syria) and gaz.government_level(syria) == "national"
    assert gaz.is_well_known(texas) and gaz.government_level(texas) == "regional"


def test_gazetteer_regions_named_by_a_point_of_the_compass_as_news_does(gaz):
    # GeoNames' "Northern Darfur", "Southern Kordofan" are "North Darfur", "South
    # Kordofan" in the news
    for written, own in (
        ("North Darfur", "Northern Darfur"),
        ("South Kordofan", "Southern Kordofan"),
    ):
        rids = gaz.candidates(name_key(written))
        assert rids and gaz.name_of(rids[0]) == own
        assert gaz.feature_of(rids[0]) == "A.ADM1" and gaz.country_of(rids[0]) == "SD"


def test_gazetteer_named_regions_and_waters_are_well_known(gaz):
    for name, feature in (("Darfur", "L.RGN"), ("Middle East", "L.RGN"), ("Black Sea", "H.SEA")):
        rid = gaz.candidates(name_key(name))[0]
        assert gaz.feature_of(rid) == feature
        assert gaz.is_well_known(rid) and gaz.is_prominent(name_key(name))


def test_gazetteer_the_gaza_strip_is_also_gaza(gaz):
    # "Strip" is a designator like "Governorate": news writes "Gaza" for the strip
    names = [(gaz.name_of(r), gaz.country_of(r)) for r in gaz.candidates(name_key("Gaza"))]
    assert ("Gaza Strip", "PS") in names
