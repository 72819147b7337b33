"""Place names in text: ``find(text)`` returns resolved PlaceMention records.

The default gazetteer is ``gazetteer.load()`` (loaded once per process, compiled into
the user's cache folder the very first time); pass ``gazetteer=`` to use another one.
Pass ``geocoder=`` (a ``gazetteer.online.OnlineGeocoder``) to have names the
gazetteer lacks looked up online; nothing goes online otherwise.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable, Sequence
from typing import cast

import gazetteer as _gazetteer
from gazetteer import Gazetteer
from timeline.recognisers.places import Geocoder, PlaceRecogniser
from timeline.records import PlaceMention

__all__ = ["Geocoder", "PlaceRecogniser", "find", "recogniser"]


@functools.lru_cache(maxsize=4)
def _recogniser_of(gazetteer: Gazetteer, geocoder: Hashable) -> PlaceRecogniser:
    return PlaceRecogniser(gazetteer, geocoder=cast("Geocoder | None", geocoder))


def recogniser(
    gazetteer: Gazetteer | None = None, *, geocoder: Geocoder | None = None
) -> PlaceRecogniser:
    """The place recogniser over ``gazetteer`` (default: ``gazetteer.load()``), with the
    opt-in online ``geocoder``; made once per pair and shared (it holds no state
    between texts)."""
    return _recogniser_of(
        gazetteer if gazetteer is not None else _gazetteer.load(), cast(Hashable, geocoder)
    )


def find(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    people: Iterable[str] = (),
    regions: Sequence[tuple[int, int]] | None = None,
    geocoder: Geocoder | None = None,
) -> list[PlaceMention]:
    """Place mentions of ``text`` in text order.

    ``people`` names people of the document (comment authors) whose names are not
    places; ``regions`` limits mentions to these [start, end) character ranges;
    ``geocoder`` (opt-in) looks up online the names the gazetteer lacks, where the
    text calls them places (``gazetteer.online.OnlineGeocoder``: cached, rate-limited;
    raises ``GeocoderUnavailable`` when offline).
    """
    return recogniser(gazetteer, geocoder=geocoder).find(text, regions, people=people)
