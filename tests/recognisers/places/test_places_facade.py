"""timeline.places.find: the library entry point."""

from __future__ import annotations

import gazetteer
import timeline.places


def test_places_facade_finds_and_resolves(gaz):
    mentions = timeline.places.find("Refugees crossed from Idlib into Turkey.", gazetteer=gaz)
    assert [(m.text, m.place.country_code) for m in mentions] == [("Idlib", "SY"), ("Turkey", "TR")]


def test_places_facade_takes_people_and_regions(gaz):
    text = "Comment by Sam Houston:\nHouston is flooded again."
    assert timeline.places.find(text, gazetteer=gaz, regions=[(0, 10)]) == []
    found = timeline.places.find(text, gazetteer=gaz, people=["Sam Houston"])
    assert [m.text for m in found] == []


def test_places_facade_uses_the_default_gazetteer_and_one_recogniser(gaz):
    assert gazetteer.load() is gaz
    shared = timeline.places.recogniser()
    assert shared.gazetteer is gaz and timeline.places.recogniser(gaz) is shared
    text = "Refugees crossed from Idlib into Turkey."
    assert timeline.places.find(text) == timeline.places.find(text, gazetteer=gaz)
    assert timeline.places.find("") == []
    assert timeline.places.find("   \n") == []


def test_places_recogniser_has_the_registry_name(recogniser):
    assert recogniser.name == "places"
