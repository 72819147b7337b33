"""Airfields, features named with their kind, misspellings and settlement nouns."""

from __future__ import annotations

import pytest


def _found(recogniser, text):
    return [
        (m.text, m.place.feature, m.place.country_code, m.qualifier) for m in recogniser.find(text)
    ]


@pytest.mark.parametrize(
    ("text", "written", "feature"),
    [
        ("Jets took off from the Shayrat air base before dawn.", "Shayrat air base", "S.AIRB"),
        ("Jets took off from the Shayrat Airbase before dawn.", "Shayrat Airbase", "S.AIRB"),
        (
            "The siege of Kuweires military airport was broken.",
            "Kuweires military airport",
            "S.AIRB",
        ),
        ("Fighters reached the Tabqa airbase on Sunday.", "Tabqa airbase", "S.AIRP"),
        ("The first flight landed at Aleppo airport on Monday.", "Aleppo airport", "S.AIRP"),
    ],
)
def test_places_airfields_named_with_their_kind(recogniser, text, written, feature):
    found = _found(recogniser, text)
    assert (written, feature, "SY", None) in found


def test_places_airport_name_does_not_take_the_town_alone(recogniser):
    found = _found(recogniser, "Protesters marched through Aleppo on Friday.")
    assert found == [("Aleppo", "P.PPL", "SY", None)]


def test_places_feature_the_gazetteer_lacks_is_its_town_with_the_kind(recogniser):
    found = _found(recogniser, "Engineers warned that the Tabqa dam could fail.")
    assert found == [("Tabqa", "P.PPL", "SY", "dam")]
    camp = _found(recogniser, "Aid reached the Rukban camp after weeks.")
    assert camp == [("Rukban", "P.PPL", "JO", "camp")]


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("My cousin served two tours in Afganistan before 2012.", "Afganistan", "AF"),
        ("Refugees from Syira keep arriving at the border.", "Syira", "SY"),
        ("The delegation flew to Pakistn and then home.", "Pakistn", "PK"),
    ],
)
def test_places_misspelt_well_known_places(recogniser, text, written, country):
    mentions = recogniser.find(text)
    assert [(m.text, m.place.country_code) for m in mentions] == [(written, country)]
    assert mentions[0].score < 0.9  # less sure than a name spelt right


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton spoke after Austen left the room.",  # names one edit from places
        "Afganistan has long borders.",  # no place preposition: a guess too far
        "Residents of the county met in Atalissa on Monday; Iowa roads were icy.",
    ],
)
def test_places_misspelling_needs_evidence(recogniser, text):
    corrected = [m for m in recogniser.find(text) if m.text.lower() != m.place.name.lower()]
    assert [
        m.text for m in corrected if m.text in ("Hillary", "Austen", "Afganistan", "Atalissa")
    ] == []


@pytest.mark.parametrize("word", ["He", "In", "But", "She", "We"])
def test_places_sentence_initial_function_words_are_never_places(recogniser, word):
    assert recogniser.find(f"{word} said the market in Homs reopened.")[0].text == "Homs"


def test_places_country_acronym_in_capitals_stays(recogniser):
    assert [m.place.country_code for m in recogniser.find("US forces left the base.")] == ["US"]


def test_places_settlement_noun_before_of_supports_a_small_place(recogniser):
    found = _found(recogniser, "Jets struck the town of Maarat el-Numan before noon.")
    assert found == [("Maarat el-Numan", "P.PPL", "SY", None)]


def test_places_road_between_two_places_prefers_towns(recogniser):
    found = _found(recogniser, "Clashes erupted south of the Palmyra-Homs highway.")
    assert [(text, feature) for text, feature, _, _ in found] == [
        ("Palmyra", "P.PPL"),
        ("Homs", "P.PPL"),
    ]


def test_places_comma_then_direction_then_place_supports_the_first(recogniser):
    found = _found(recogniser, "A church was bombed in the city of Jbeil, northern Beirut.")
    assert [text for text, *_ in found] == ["Jbeil", "Beirut"]


def test_places_town_inside_the_name_of_a_feature_the_gazetteer_lacks_is_dropped(recogniser):
    found = _found(recogniser, "Aid trucks waited at the Bab al-Hawa crossing near Idlib.")
    assert [text for text, *_ in found] == ["Idlib"]  # no gate of the town of al-Bab


def test_places_lowercase_names_in_comments_however_split(recogniser):
    found = _found(recogniser, "we moved from deir ezzor to the hague and then new york")
    assert [(text, cc) for text, _, cc, _ in found] == [
        ("deir ezzor", "SY"),
        ("hague", "NL"),  # a lower-case name never starts with a function word
        ("new york", "US"),
    ]


@pytest.mark.parametrize(
    ("text", "written", "feature", "country"),
    [
        ("Aid convoys crossed into Darfur on Monday.", "Darfur", "L.RGN", "SD"),
        ("Shelling resumed across the Donbas overnight.", "Donbas", "L.RGN", "UA"),
        ("Rockets fell on Eastern Ghouta again.", "Eastern Ghouta", "L.RGN", "SY"),
        ("Drought has hit the Horn of Africa hardest.", "Horn of Africa", "L.RGN", None),
        ("Jihadists spread across the Sahel last year.", "Sahel", "L.RGN", None),
        ("Envoys toured the Middle East this week.", "Middle East", "L.RGN", None),
        ("A tanker was struck in the Red Sea on Friday.", "Red Sea", "H.SEA", None),
        ("Warships patrolled the Strait of Hormuz.", "Strait of Hormuz", "H.STRT", None),
        ("Pirates boarded a freighter in the Gulf of Aden.", "Gulf of Aden", "H.GULF", None),
    ],
)
def test_places_named_regions_and_waters(recogniser, text, written, feature, country):
    # macro-regions, regions of conflicts and waters are places of their own, not a
    # namesake town ("Middle East", Maryland), a part ("Horn", "Gulf") or nothing
    assert (written, feature, country, None) in _found(recogniser, text)
    assert [m.place.precision for m in recogniser.find(text)] == ["region"]
