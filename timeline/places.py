"""Place names in text: ``find(text)`` returns resolved PlaceMention records.

The default gazetteer is loaded on first use (and compiled into the user's cache
folder the very first time); pass ``gazetteer=`` to use another one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

import gazetteer as _gazetteer
from gazetteer import Gazetteer
from timeline.recognisers.places import PlaceRecogniser
from timeline.records import PlaceMention

__all__ = ["PlaceRecogniser", "default_gazetteer", "find"]

_lock = threading.Lock()
_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The default gazetteer, loaded once per process."""
    global _default
    with _lock:
        if _default is None:
            _default = _gazetteer.load()
        return _default


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
    recogniser = PlaceRecogniser(gazetteer or default_gazetteer(), people=people)
    return recogniser.find(text, regions)
