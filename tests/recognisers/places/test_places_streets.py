"""Streets and numbered roads are places, at the town the text puts them in."""

from __future__ import annotations


def _streets(mentions):
    return [(m.text, m.place.feature, m.qualifier) for m in mentions if m.qualifier == "street"]


def test_places_streets_lie_in_the_town_named_before_them(recogniser):
    text = (
        "A fire broke out in Dayton on Tuesday. Crews closed Brown Street and "
        "40th Avenue South, and traffic on Interstate 75 was diverted to Route 4."
    )
    found = recogniser.find(text)
    assert [m.text for m in found if m.qualifier == "street"] == [
        "Brown Street",
        "40th Avenue South",
        "Interstate 75",
        "Route 4",
    ]
    dayton = next(m.place for m in found if m.text == "Dayton")
    for street in (m for m in found if m.qualifier == "street"):
        assert street.place.feature == "R.ST" and street.place.geonameid is None
        assert (street.place.latitude, street.place.longitude) == (
            dayton.latitude,
            dayton.longitude,
        )
        assert street.place.country_code == dayton.country_code == "US"


def test_places_a_town_inside_a_street_name_is_no_town(recogniser):
    # "Memphis" of "Memphis St." is no Memphis, Tennessee: the street lies in Alexandria.
    found = recogniser.find("Police went to a home on Memphis St. in Alexandria, Louisiana.")
    assert "Memphis" not in [m.text for m in found]
    street = next(m for m in found if m.qualifier == "street")
    assert street.text == "Memphis St."
    assert street.place.admin1 == "Louisiana"


def test_places_sentence_openers_are_not_part_of_a_street(recogniser):
    found = recogniser.find("On Main Street in Keene, shops stayed shut.")
    assert _streets(found) == [("Main Street", "R.ST", "street")]


def test_places_streets_that_stand_for_an_institution_are_no_places(recogniser):
    text = "Wall Street rallied in New York while Downing Street denied the report."
    assert _streets(recogniser.find(text)) == []
    assert _streets(recogniser.find("The caravan crossed Kabul on the old Silk Road.")) == []


def test_places_a_street_of_a_text_naming_no_town_is_left_out(recogniser):
    assert recogniser.find("The crash closed Elm Street for two hours.") == []


def test_places_a_given_name_before_a_street_word_makes_no_person(recogniser):
    # "Avery Greenville" is no person: the town keeps its name throughout.
    text = (
        "Police closed Old Avery Greenville Road after the crash. Traffic through the "
        "city of Greenville, South Carolina, was slow."
    )
    found = recogniser.find(text)
    assert ("Greenville", "P") in [(m.text, m.place.feature_class) for m in found]
    assert "Old Avery Greenville Road" in [m.text for m in found if m.qualifier == "street"]
