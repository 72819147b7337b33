"""Place names inside other names: unknown names, news outlets, people, lone surnames."""

from __future__ import annotations

import pytest

from timeline.recognisers.places import PlaceRecogniser


def _found(recogniser: PlaceRecogniser, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.country_code) for m in recogniser.find(text)]


def _texts(recogniser: PlaceRecogniser, text: str) -> list[str]:
    return [m.text for m in recogniser.find(text)]


# -- 1. a part of an unknown multiword name is no place -------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the head of a group's name is an Omani town's other name; Oman is named too
        (
            "Officials in Muscat said on Monday that Liwa Fatemiyoun had sent more men "
            "to the front during the night.",
            "Liwa",
        ),
        # the tail of a village name the gazetteer lacks, after a word that is a
        # place name only by a far-fetched alternate spelling
        (
            "Government troops advanced towards Aleppo on Monday, and the rebels tried "
            "to break out along the road to Tal Barak before dawn.",
            "Barak",
        ),
        (
            "Government troops advanced towards Aleppo on Monday; witnesses said shells "
            "fell near Wadi Barada and the spring was cut.",
            "Wadi",
        ),
    ],
)
def test_places_part_of_an_unknown_name_is_not_a_place(recogniser, text, part):
    found = _texts(recogniser, text)
    assert part not in found
    assert found  # the real places of the sentence stay


def test_places_institutions_named_after_a_town_keep_the_town(recogniser):
    text = (
        "Firefighters from the Winona Volunteer Fire Department and deputies from the "
        "Wayne County Sheriff's Office responded to the call on Main Street."
    )
    assert {"Winona", "Wayne County"} <= set(_texts(recogniser, text))


def test_places_well_known_place_inside_an_organisation_name_stays(recogniser):
    text = "The Texas Army National Guard said the unit would return to Austin in May."
    assert _found(recogniser, text)[0] == ("Texas", "US")


def test_places_alternate_short_name_of_a_capital_inside_a_name_is_dropped(recogniser, gaz):
    # "Ria" is one of Riga's other names; next to an unknown word it names something else
    assert any(p.name == "Riga" for p in gaz.lookup("Ria"))
    text = "The figures were first published by Ria Dobrovolets, which cited an official."
    assert "Ria" not in _texts(recogniser, text)


# -- 2. news outlets ----------------------------------------------------------------------


def test_places_outlet_described_by_its_language_is_not_a_place(recogniser):
    text = "According to the Turkish-language Hurriyet newspaper, the talks on Aleppo failed."
    found = _texts(recogniser, text)
    assert "Hurriyet" not in found
    assert {"Turkish", "Aleppo"} <= set(found)


def test_places_name_before_a_media_noun_is_the_outlet(recogniser):
    text = (
        "Officials in Dubai confirmed on Monday a report by the Hamra news agency that "
        "the shelling had stopped."
    )
    assert _texts(recogniser, text) == ["Dubai"]


def test_places_media_word_in_the_name_makes_it_an_outlet_even_for_a_city(recogniser):
    text = "A resident told the Aleppo Media Center that the convoy left Aleppo at noon."
    found = recogniser.find(text)
    assert [m.start for m in found] == [text.rindex("Aleppo")]


def test_places_place_before_an_ordinary_organisation_noun_stays(recogniser):
    text = "The injured driver was taken to a Gainesville hospital, and the Atlanta agency paid."
    assert {"Gainesville", "Atlanta"} <= set(_texts(recogniser, text))


# -- 3. people introduced by a naming word --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Prague arrested a courier named Kolin Darwish on Monday after a tip.",
        "Police in Prague arrested a man identified as Kolin Darwish on Monday.",
        "Police in Prague said a smuggler known as Kolin had crossed the border twice.",
        "Police in Prague said a man called Kolin had crossed the border at night.",
        "Police in Prague said the gang was led by a forger dubbed Kolin.",
    ],
)
def test_places_person_introduced_by_a_naming_word_is_not_a_place(recogniser, text):
    # Kolín is a Czech town near Prague: only the naming word says it is a person here
    assert _texts(recogniser, text) == ["Prague"]


def test_places_town_where_a_speaker_is_is_not_the_speakers_name(recogniser):
    # "Kolin said" names a person, but "a nurse in Kolin says" says where the nurse is
    text = "A nurse in Kolin says the ward is full. Buses from Kolin left for Prague."
    assert _texts(recogniser, text) == ["Kolin", "Kolin", "Prague"]


def test_places_place_introduced_by_a_naming_word_stays(recogniser):
    text = "Police in Prague said the courier came from a town called Kolin, east of the city."
    assert "Kolin" in _texts(recogniser, text)


def test_places_called_without_a_person_noun_introduces_no_name(recogniser):
    text = "Washington called Moscow on Monday to discuss the convoy."
    assert _texts(recogniser, text) == ["Washington", "Moscow"]


# -- 4. a lone surname that matches a small foreign place ------------------------------

_SYRIA = (
    "Government forces advanced on Aleppo and Homs on Sunday while the rebels held the "
    "western suburbs. {} and the army said the road was open again."
)


def test_places_lone_name_of_a_small_place_abroad_is_dropped(recogniser):
    text = _SYRIA.format("Critics blamed Nasrallah for the delay,")
    assert _texts(recogniser, text) == ["Aleppo", "Homs"]


def test_places_lone_small_place_after_a_locative_preposition_stays(recogniser):
    text = _SYRIA.format("Aid convoys reached families in Nasrallah,")
    assert ("Nasrallah", "TN") in _found(recogniser, text)


def test_places_small_place_in_a_country_the_document_names_stays(recogniser):
    text = "The Tunisian government said that Nasrallah farmers lost most of the harvest."
    assert ("Nasrallah", "TN") in _found(recogniser, text)


def test_places_small_town_alone_in_local_news_stays(recogniser):
    text = "Winona schools will close early on Friday because of the storm."
    assert _texts(recogniser, text) == ["Winona"]


def test_places_dateline_in_capitals_anchors_a_small_town(recogniser):
    text = "WINONA -- The council met on Monday. Officials in Paris sent a letter."
    assert "WINONA" in _texts(recogniser, text)


def test_places_no_name_starts_inside_dotted_initials(recogniser):
    # the "S." of "U.S." followed by "Sens." (senators) is no "South Sens"
    text = "U.S. Sens. Mary Poe and Tom Lee praised the mayor of Charleston, W.Va."
    assert _texts(recogniser, text) == ["U.S.", "Charleston", "W.Va."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Los Angeles City Council voted on Tuesday.", "Los Angeles"),
        ("Rock Hill City Manager Ann Poe said the road would reopen.", "Rock Hill"),
    ],
)
def test_places_prominent_name_keeps_its_words_against_a_later_longer_one(recogniser, text, name):
    assert _texts(recogniser, text) == [name]


def test_places_dateline_run_into_the_byline_still_anchors_the_town(recogniser):
    # A page whose line breaks were lost: the dateline follows the byline's date.
    text = (
        "By A Reporter, May 4, 2010 WINONA -- The council met on Monday. "
        "Officials in Paris sent a letter."
    )
    assert "WINONA" in _texts(recogniser, text)


# -- links ------------------------------------------------------------------------------


def test_places_words_inside_links_and_addresses_are_not_places(recogniser):
    text = (
        "Read more at https://example.org/troops-leave-al-bab-camp-near-damascus/ or "
        "write to desk@aleppo.example.com about the shelling of Homs."
    )
    assert _texts(recogniser, text) == ["Homs"]


def test_places_descriptive_name_in_an_unsupported_country_is_dropped(recogniser):
    text = (
        "Iraqi troops pushed into the Old City as families fled Mosul toward Erbil. "
        "Aid workers said the Old City had no water."
    )
    found = _found(recogniser, text)
    assert ("Mosul", "IQ") in found
    assert not [t for t, _ in found if t == "Old City"]


def test_places_descriptive_name_near_the_story_stays(recogniser):
    found = _found(recogniser, "Police closed roads in the Old City of Jerusalem and in Hebron.")
    assert [c for t, c in found if t == "Old City"] == ["PS"]


def test_places_all_strangers_to_one_another_keep_the_likeliest(recogniser):
    # Two one-word names, neither anchored nor near the other: the one written as its
    # record spells it stays (the town), the surname read as a town abroad goes.
    found = _found(recogniser, "Rebels seized Kafranbel and Assad's troops pulled back.")
    assert found == [("Kafranbel", "SY")]


def test_places_small_place_an_appositive_puts_far_from_its_record_is_dropped(recogniser):
    # Kolin is a Czech town; "a town near Nairobi" says this Kolin is another one
    text = "Gunmen killed six people in Kolin, a town near Nairobi, on Monday."
    assert _texts(recogniser, text) == ["Nairobi"]
    text = "Gunmen killed six people in Kolin, a town near Prague, on Monday."
    assert _texts(recogniser, text) == ["Kolin", "Prague"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fano fighters seized Lalibela on Sunday, residents said.", ["Lalibela"]),
        ("Hamas fighters crossed into Israel at dawn.", ["Israel"]),
        ("The Red Cross delivered aid to Rafah.", ["Rafah"]),
        ("The White House said on Monday that the talks in Doha would resume.", ["Doha"]),
        ("Thousands attended the festival in Fano on Sunday.", ["Fano"]),
    ],
)
def test_places_armed_groups_and_organisations_are_not_their_namesakes(recogniser, text, expected):
    # an actor of the dictionary named as such is not the place of that name (Fano in
    # Italy, Hamm in Germany, Red Cross in North Carolina); "in Fano" is the town
    assert _texts(recogniser, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"It was loud," Capt. Roy A. Nelson said. Officers went to the flat in Dayton.',
        "He had fought in World War I. It was not long before he came home to Dayton.",
    ],
)
def test_places_no_name_ends_in_an_initial_or_numeral(recogniser, text):
    # "Roy A." is no "Roya", "War I" no "Wari": and Nelson, the speaker, is a person
    assert _texts(recogniser, text) == ["Dayton"]


def test_places_a_town_written_as_a_place_elsewhere_may_speak(recogniser):
    # "Gainesville says" is the town when the text also writes "Gainesville residents"
    text = (
        "About 55 Gainesville residents marched on Friday. The march let locals know "
        "that Gainesville says no to the amendment."
    )
    assert _texts(recogniser, text) == ["Gainesville", "Gainesville"]
    # ... while a surname before "said" stays a person's with no such place
    assert _texts(recogniser, "Houston said the bill would pass, a senator from Texas added.") == [
        "Texas"
    ]


def test_places_a_name_with_an_age_in_commas_is_a_person(recogniser):
    # news gives people's ages in commas; a count by state is no age
    text = "The fire killed his children, Hailey, 6, and Caleb, 4, at their home in Dayton."
    assert _texts(recogniser, text) == ["Dayton"]
    counts = "Flu cases by state: Texas, 12, Ohio, 3, and Iowa, 2."
    assert _texts(recogniser, counts) == ["Texas", "Ohio", "Iowa"]
