"""The opt-in geocoder: asked only about names the gazetteer lacks, where text calls them places."""

from __future__ import annotations

import pytest

import timeline.places
from gazetteer.records import Place
from timeline.errors import GeocoderUnavailable
from timeline.recognisers.places import PlaceRecogniser


class _Answers:
    """A geocoder that knows a few names and records what it was asked."""

    def __init__(self, known: dict[str, Place], error: Exception | None = None) -> None:
        self.known = known
        self.error = error
        self.asked: list[tuple[str, tuple[str, ...]]] = []

    def geocode(self, name, *, countries=()):
        self.asked.append((name, tuple(countries)))
        if self.error is not None:
            raise self.error
        return self.known.get(name)


_VALLEY = Place("Wadi Barada", 33.65, 36.15, "T.VAL", country_code="SY", admin1="Rif Dimashq")
_HAMLET = Place("Tell Qarmoun", 35.9, 36.8, "P.PPL", country_code="SY", admin1="Idlib")
_TEXT = (
    "Rebels in Idlib said jets struck near Tell Qarmoun at dawn, and the army shelled "
    "the Wadi Barada valley west of Damascus. In March, John Smith of the Ministry of "
    "Defence told reporters in Damascus that Qarmoun Media was lying."
)


def test_places_online_geocoder_finds_places_the_gazetteer_lacks(gaz):
    geocoder = _Answers({"Tell Qarmoun": _HAMLET, "Wadi Barada": _VALLEY})
    found = PlaceRecogniser(gaz, geocoder=geocoder).find(_TEXT)
    online = [(m.text, m.place.feature, m.score) for m in found if m.place in (_HAMLET, _VALLEY)]
    assert online == [("Tell Qarmoun", "P.PPL", 0.5), ("Wadi Barada", "T.VAL", 0.5)]
    assert {"Idlib", "Damascus"} <= {m.text for m in found}
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_places_online_geocoder_is_asked_within_the_documents_countries(gaz):
    geocoder = _Answers({})
    PlaceRecogniser(gaz, geocoder=geocoder).find(_TEXT)
    assert {countries for _, countries in geocoder.asked} == {("SY",)}
    asked = [name for name, _ in geocoder.asked]
    # no month, person, ministry or outlet; a feature with its kind word, then without
    assert asked == ["Tell Qarmoun", "Wadi Barada valley", "Wadi Barada"]


def test_places_online_geocoder_is_not_used_unless_given(gaz, recogniser):
    offline = recogniser.find(_TEXT)
    assert "Tell Qarmoun" not in {m.text for m in offline}
    assert timeline.places.find(_TEXT, gazetteer=gaz) == offline


def test_places_online_geocoder_errors_reach_the_caller(gaz):
    geocoder = _Answers({}, GeocoderUnavailable("nominatim at example: cannot be reached"))
    with pytest.raises(GeocoderUnavailable, match="cannot be reached"):
        timeline.places.find(_TEXT, gazetteer=gaz, geocoder=geocoder)
