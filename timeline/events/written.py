"""Places the gazetteer does not know, kept as written ("toward the Ramouseh-Khan Tuman axis").

A capitalised name right after a place word (toward, to, from, near, in, at, on, outside,
around; with "the" and a place noun allowed between: "on the road to X", "near the village
of X") names a place even when no gazetteer entry matches. It anchors the event and is
kept as text, without coordinates: honest about what is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.recognisers.dates.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from timeline.records import ActorMention, PlaceMention

__all__ = ["NAME", "NOT_NAMES", "WrittenPlace", "written_place"]

_ROLES = {
    "toward": "destination",
    "towards": "destination",
    "to": "destination",
    "into": "destination",
    "from": "origin",
}
_CUE = r"toward|towards|to|into|from|near|in|at|on|outside|around"
_PLACE_NOUNS = (
    r"axis|road|highway|town|village|city|area|outskirts|district|camp|front|base|airport|dam"
)
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ez|es|de|du|la|le)-?"
_NAME = rf"[A-Z][\w'’]*(?:(?:\s+|-)(?:{_PARTICLE})?[A-Z][\w'’]*){{0,4}}"
_WRITTEN = re.compile(
    rf"\b(?P<cue>{_CUE})\s+(?:the\s+)?(?:(?i:{_PLACE_NOUNS})\s+(?:of\s+)?)?(?P<name>{_NAME})"
)
NAME = re.compile(rf"\b{_NAME}")  # a capitalised name, as a place may be written
NOT_NAMES = frozenset(w.capitalize() for w in (*MONTH_NAMES, *WEEKDAY_NAMES))


@dataclass(frozen=True, slots=True)
class WrittenPlace:
    start: int
    end: int
    text: str
    role: str  # location, origin or destination


def written_place(
    text: str,
    span: tuple[int, int],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> WrittenPlace | None:
    """The first place name in ``span`` that the gazetteer did not resolve, if any."""
    taken = [(p.start, p.end) for p in places] + [(a.start, a.end) for a in actors]
    for match in _WRITTEN.finditer(text, *span):
        start, end = match.span("name")
        if match.group("name").split()[0] in NOT_NAMES:
            continue
        if any(lo < end and start < hi for lo, hi in taken):
            continue
        role = _ROLES.get(match.group("cue").lower(), "location")
        return WrittenPlace(start, end, match.group("name"), role)
    return None
