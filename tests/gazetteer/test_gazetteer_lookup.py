"""Looking places up by name, id, country and region in the default gazetteer."""

from __future__ import annotations

import pytest


def test_lookup_ranks_the_capital_first(gaz):
    places = gaz.lookup("Paris")
    assert places[0].country_code == "FR"
    assert places[0].feature == "P.PPLC"
    assert len(places) == 10


def test_lookup_finds_syrian_places_by_any_spelling(gaz):
    for name in ("Deir Ezzor", "Dayr az Zawr", "Raqqah", "Rakka", "Tabqa", "al-Bab", "Manbij"):
        assert gaz.lookup(name)[0].country_code == "SY", name


def test_lookup_lists_own_names_first_but_keeps_famous_alternates(gaz):
    places = gaz.lookup("Palmyra")
    assert places[0].name == "Palmyra"
    assert {p.admin1 for p in places if p.country_code == "US"} >= {"New York"}
    assert "Tadmur" in [p.name for p in places]  # the Syrian city, known abroad as Palmyra


def test_lookup_countries_by_news_names(gaz):
    for name, code in [
        ("US", "US"),
        ("U.S.", "US"),
        ("America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Burma", "MM"),
        ("Holland", "NL"),
        ("Türkiye", "TR"),
        ("Ivory Coast", "CI"),
        ("Syrian Arab Republic", "SY"),
        ("Russian Federation", "RU"),
        ("Vatican", "VA"),
    ]:
        top = gaz.lookup(name)[0]
        assert (top.country_code, top.feature) == (code, "A.PCLI"), name


def test_lookup_regions_with_names_and_abbreviations(gaz):
    assert gaz.lookup("Ga.")[0].feature == "A.ADM1"
    assert gaz.lookup("Ga.")[0].admin1 == "Georgia"
    assert gaz.lookup("Laurel County")[0].feature == "A.ADM2"
    assert {p.feature for p in gaz.lookup("Georgia")} >= {"A.PCLI", "A.ADM1"}


def test_lookup_drops_airport_codes_and_junk(gaz):
    assert all(p.country_code != "SY" for p in gaz.lookup("PMS"))
    assert all(p.name != "Aleppo" for p in gaz.lookup("ALP"))
    assert gaz.lookup("") == []
    assert gaz.lookup("---") == []


def test_lookup_by_geonameid(gaz):
    aleppo = gaz.get(170063)
    assert aleppo is not None
    assert (aleppo.name, aleppo.country_code, aleppo.admin1) == ("Aleppo", "SY", "Aleppo")
    assert aleppo.precision == "city"
    assert gaz.get(-1) is None


def test_country_and_admin1_helpers(gaz):
    syria = gaz.country("sy")
    assert syria is not None and syria.feature == "A.PCLI" and syria.precision == "country"
    assert 32 < syria.latitude < 37 and 35 < syria.longitude < 42
    georgia = gaz.admin1("US", "GA")
    assert georgia is not None and georgia.name == "Georgia" and georgia.geonameid == 4197000
    assert gaz.country("XX") is None
    assert "SY" in gaz.country_codes()


@pytest.mark.parametrize("name", ["Damascus", "Kyiv", "Washington", "Ankara"])
def test_lookup_marks_national_capitals(gaz, name):
    assert any(p.feature == "P.PPLC" for p in gaz.lookup(name))
