"""People, commenters, acronyms and everyday words are not places."""

from __future__ import annotations


def _texts(mentions):
    return [m.text for m in mentions]


def test_places_person_names_are_not_places(recogniser, fixture_text):
    found = _texts(recogniser.find(fixture_text("people_and_words.txt")))
    assert "Wilson" not in found
    assert "Bill" not in found
    assert "Jordan" not in found  # "Dr. Jordan"


def test_places_speaker_named_elsewhere_is_a_person(recogniser):
    text = "Ahmed Hakimi, an analyst, visited the front. Hakimi said the lines had not moved."
    assert "Hakimi" not in _texts(recogniser.find(text))


def test_places_name_acting_like_a_person_is_a_person_throughout(recogniser):
    acting, mentioned = "Later Winona urged calm.", "A letter from Winona reached us."
    assert "Winona" in _texts(recogniser.find(mentioned))
    assert _texts(recogniser.find(f"{acting} {mentioned}")) == []
    assert _texts(recogniser.find(f"{mentioned} {acting}")) == []  # whatever the order


def test_places_titles_mark_people(recogniser):
    text = "President Lincoln met Gen. Sherman and Sen. Austin before Mayor Denton spoke."
    assert _texts(recogniser.find(text)) == []


def test_places_commenter_names_are_not_places(recogniser):
    text = "Martin knows these roads. The convoy left Martin for Jackson at dawn."
    with_people = recogniser.find(text, people=["Daniel Martin"])
    assert "Martin" not in _texts(with_people)
    assert "Jackson" in _texts(with_people)
    # the people of one text are not remembered for the next
    assert "Martin" in _texts(recogniser.find(text))


def test_places_acronyms_are_not_places_but_country_short_forms_are(recogniser, fixture_text):
    found = _texts(recogniser.find(fixture_text("people_and_words.txt")))
    for acronym in ("SDF", "SAA", "YPG", "PMU", "CIA", "NATO", "UN", "IDF", "FSA", "RUAF"):
        assert acronym not in found
    assert {"US", "UK", "UAE"} <= set(found)


def test_places_everyday_words_at_sentence_start_are_not_places(recogniser, fixture_text):
    found = _texts(recogniser.find(fixture_text("people_and_words.txt")))
    for word in ("Nice", "Hell", "Support", "Mobile", "Reading", "Same", "Say", "Main Street"):
        assert word not in found, word


def test_places_everyday_word_after_a_preposition_is_a_place(recogniser):
    found = recogniser.find("The ferry from Mobile reached the port near Reading late.")
    assert {m.text for m in found} >= {"Mobile", "Reading"}


def test_places_function_words_are_never_places(recogniser):
    text = "The Of Same Say As At On An The\nOf Course The Plan Was Said To Work"
    assert _texts(recogniser.find(text)) == []


def test_places_street_names_are_not_their_towns(recogniser):
    assert _texts(recogniser.find("She lives at 12 Dublin Road near the school.")) == []


def test_places_whole_commenter_name_is_not_a_place(gaz):
    from timeline.recognisers.places import PlaceRecogniser

    text = "Reply to Santa Claus: the parcel reached Santa Claus yesterday."
    assert "Santa Claus" in _texts(PlaceRecogniser(gaz).find(text))
    assert _texts(PlaceRecogniser(gaz).find(text, people=["Santa Claus"])) == []
    # people given to the constructor hold for every text
    assert _texts(PlaceRecogniser(gaz, people=["Santa Claus"]).find(text)) == []


def test_places_british_spellings_of_everyday_words_are_no_places(recogniser):
    # "centre" is Centre, a region of Burkina Faso (and of France), only when the text
    # says it is a place; the American "center" was always set aside.
    text = "Shelling flattened the town centre. Families fled to evacuation centres in Dori."
    assert _texts(recogniser.find(text)) == ["Dori"]


def test_places_a_name_continued_after_de_or_del_starts_no_place(recogniser):
    # Sur is a town in Oman; "Lanao del Sur" is a province the embedded gazetteer lacks.
    found = recogniser.find("Troops were sent to Lanao del Sur, south of Iligan.")
    assert "Sur" not in _texts(found)
    assert "Iligan" in _texts(found)
    whole = recogniser.find("Floods hit Santa Cruz de la Sierra and Rio de Janeiro.")
    assert _texts(whole) == ["Santa Cruz de la Sierra", "Rio de Janeiro"]


def test_places_a_far_town_naming_people_is_an_ethnic_name(recogniser):
    # Kuki is a town in Japan; here, every mention names people in Manipur, India.
    text = (
        "Kuki militants attacked a convoy near Jiribam in Manipur. Kuki-Zo groups said "
        "the police had fired first."
    )
    assert [(m.text, m.place.country_code) for m in recogniser.find(text)] == [
        ("Jiribam", "IN"),
        ("Manipur", "IN"),
    ]
    # Written as a place, it stays where the story is.
    assert "Kuki" in _texts(recogniser.find("The delegation flew from Tokyo to Kuki."))


def test_places_a_name_used_for_a_person_is_still_the_town_it_lies_in(recogniser):
    # "Mr. Dayton" is a nickname; "in Dayton" is the town all the same.
    text = "The former mayor, known as 'Mr. Dayton', was honoured by a school in Dayton, Ohio."
    assert ("Dayton", "US") in [(m.text, m.place.country_code) for m in recogniser.find(text)]
    # still a person where nothing puts it inside a place
    assert "Winona" not in [m.text for m in recogniser.find("Later Winona urged calm.")]
