"""Spellings, possessives, lower-case comments, qualifiers and metonymy."""

from __future__ import annotations

import pytest


def _one(recogniser, text, name):
    found = [m for m in recogniser.find(text) if m.text == name]
    assert found, f"{name!r} not found in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "written",
    [
        "Deir Ezzor",
        "Deir ez-Zor",
        "Dayr az Zawr",
        "Deir Ez-zor",
        "Raqqa",
        "Raqqah",
        "Rakka",
        "Tadmur",
        "Tabqa",
        "Tabaqa",
        "Al Bab",
        "al-Bab",
    ],
)
def test_places_spelling_variants_resolve_in_syria(recogniser, written):
    m = _one(recogniser, f"Fighting was reported around {written} on Monday.", written)
    assert m.place.country_code == "SY"


@pytest.mark.parametrize("written", ["Deir Hafer", "Tel Abyad", "Idleb"])
def test_places_vowel_variants_of_a_town_alone_in_its_text(recogniser, written):
    # Written as journalists spell them, not as GeoNames does ("Dayr Hafir"), and with
    # nothing else in the text to support them.
    m = _one(recogniser, f"Government forces took control of {written} on Monday.", written)
    assert m.place.country_code == "SY"


def test_places_possessive_is_left_out_of_the_span(recogniser):
    m = _one(recogniser, "Aleppo's old city was shelled.", "Aleppo")
    assert (m.start, m.end) == (0, 6)


def test_places_lowercase_comment_mentions_of_well_known_places(recogniser, fixture_text):
    found = {m.text: m for m in recogniser.find(fixture_text("comments.txt"))}
    assert found["palmyra"].place.country_code == "SY"
    assert found["raqqa"].place.country_code == "SY"
    assert found["tel aviv"].place.country_code == "IL"
    assert found["aleppo"].place.country_code == "SY"
    assert "isis" not in found and "mark" not in found
    assert all(m.score < 0.7 for m in found.values())


def test_places_lowercase_small_towns_and_words_are_ignored(recogniser):
    assert recogniser.find("we went to reading and then to nice places in jackson hole") == []


@pytest.mark.parametrize(
    ("text", "name", "qualifier"),
    [
        ("Shelling hit eastern Aleppo overnight.", "Aleppo", "eastern"),
        ("Shelling hit East Aleppo overnight.", "Aleppo", "eastern"),
        ("Raids continued in the Aleppo countryside.", "Aleppo", "countryside"),
        ("Troops moved north-east of Aleppo.", "Aleppo", "northeast of"),
        ("Villages on the outskirts of Raqqa emptied.", "Raqqa", "outskirts"),
    ],
)
def test_places_qualifiers(recogniser, text, name, qualifier):
    m = _one(recogniser, text, name)
    assert m.qualifier == qualifier
    assert m.text == name


def test_places_route_between_two_places_keeps_both(recogniser):
    mentions = recogniser.find("The army took hills south of the Palmyra-Homs highway.")
    assert [(m.text, m.qualifier) for m in mentions] == [
        ("Palmyra", "south of highway"),
        ("Homs", "south of highway"),
    ]
    road = recogniser.find("Convoys used the Raqqa-Deir ez-Zor road.")
    assert [(m.text, m.qualifier) for m in road] == [("Raqqa", "road"), ("Deir ez-Zor", "road")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Washington urged restraint on both sides.", "Washington"),
        ("Moscow said the convoy carried aid.", "Moscow"),
        ("Ankara denied any role in the strike.", "Ankara"),
        ("Moscow has repeatedly rejected the claim.", "Moscow"),
        ("Washington's attempts to broker a deal failed.", "Washington"),
        ("Turkey warned the Kurdish groups.", "Turkey"),
    ],
)
def test_places_capitals_and_countries_acting_are_governments(recogniser, text, name):
    m = _one(recogniser, text, name)
    assert m.role == "government"
    assert m.place.feature in ("P.PPLC", "A.PCLI")


def test_places_region_acting_is_no_person_but_stays_a_location(recogniser):
    m = _one(recogniser, "Texas says the new rule is unlawful.", "Texas")
    assert (m.place.feature, m.role) == ("A.ADM1", "location")


def test_places_talks_between_two_capitals_are_governments(recogniser):
    mentions = recogniser.find("Talks between Washington and Moscow resumed in Geneva.")
    roles = {m.text: m.role for m in mentions}
    assert roles == {"Washington": "government", "Moscow": "government", "Geneva": "location"}
    assert mentions[0].place.feature == "P.PPLC"


def test_places_places_where_things_happen_are_locations(recogniser):
    roles = {m.text: m.role for m in recogniser.find("A car bomb exploded in Damascus on Friday.")}
    assert roles == {"Damascus": "location"}


def test_places_demonyms_point_at_their_country(recogniser):
    m = _one(recogniser, "Syrian troops and Russian jets struck the town.", "Syrian")
    assert (m.place.country_code, m.qualifier) == ("SY", "demonym")
