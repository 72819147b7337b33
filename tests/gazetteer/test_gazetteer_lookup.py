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


def test_lookup_ranks_a_well_known_place_before_small_namesakes(gaz):
    places = gaz.lookup("Palmyra")
    assert (places[0].name, places[0].country_code) == ("Tadmur", "SY")  # known abroad so
    assert {p.admin1 for p in places if p.country_code == "US"} >= {"New York"}
    names = [p.name for p in places]
    assert names.index("Palmyra") < names.index("Mason")  # Mason, Ohio: a former name only


@pytest.mark.parametrize(
    ("name", "country", "beaten"),
    [
        ("Paris", "FR", ("US", "Texas")),
        ("Athens", "GR", ("US", "Georgia")),
        ("Moscow", "RU", ("US", "Idaho")),
        ("Damascus", "SY", ("US", "Maryland")),
    ],
)
def test_lookup_ranks_the_famous_namesake_first(gaz, name, country, beaten):
    places = gaz.lookup(name)
    assert places[0].country_code == country
    order = [(p.country_code, p.admin1) for p in places]
    assert beaten in order[1:]


def test_lookup_own_name_outranks_a_former_name_of_a_similar_place(gaz):
    places = gaz.lookup("Springfield")
    assert all(p.name == "Springfield" for p in places[:5])


def test_lookup_country_comes_before_its_namesake_capital(gaz):
    for name in ("Vatican", "Monaco", "Luxembourg", "Singapore", "Kuwait"):
        assert gaz.lookup(name)[0].feature == "A.PCLI", name


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
