"""Place names in text: ``find(text)`` returns resolved PlaceMention records.

The default gazetteer is ``gazetteer.load()`` (loaded once per process, compiled into
the user's cache folder the very first time); pass ``gazetteer=`` to use another one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import gazetteer as _gazetteer
from gazetteer import Gazetteer
from timeline.recognisers.places import PlaceRecogniser
from timeline.records import PlaceMention

__all__ = ["PlaceRecogniser", "find", "recogniser"]


@functools.lru_cache(maxsize=4)
def _recogniser_of(gazetteer: Gazetteer) -> PlaceRecogniser:
    return PlaceRecogniser(gazetteer)


def recogniser(gazetteer: Gazetteer | None = None) -> PlaceRecogniser:
    """The place recogniser over ``gazetteer`` (default: ``gazetteer.load()``), made
    once per gazetteer and shared: it holds no state between texts."""
    return _recogniser_of(gazetteer if gazetteer is not None else _gazetteer.load())


def find(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    people: Iterable[str] = (),
    regions: Sequence[tuple[int, int]] | None = None,
) -> list[PlaceMention]:
    """Place mentions of ``text`` in text order.

    ``people`` names people of the document (comment authors) whose names are not
    places; ``regions`` limits mentions to these [start, end) character ranges.
    """
    return recogniser(gazetteer).find(text, regions, people=people)
