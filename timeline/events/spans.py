"""Everything the recognisers found in one document, with sentence-local views."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from timeline.recognisers.base import HasSpan
from timeline.records import ActorMention, Cue, PlaceMention, Quantity, Timex, Trigger

__all__ = ["Spans", "inside"]

S = TypeVar("S", bound=HasSpan)


def _start(span: HasSpan) -> int:
    return span.start


def inside(spans: Sequence[S], start: int, end: int) -> list[S]:
    """The spans of a start-sorted sequence that lie within [start, end)."""
    lo = bisect_left(spans, start, key=_start)
    out = []
    for span in spans[lo:]:
        if span.start >= end:
            break
        if span.end <= end:
            out.append(span)
    return out


@dataclass(frozen=True, slots=True)
class Spans:
    """The recognisers' output for one document, each tuple sorted by start offset."""

    timexes: tuple[Timex, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    cues: tuple[Cue, ...] = ()

    def within(self, start: int, end: int) -> Spans:
        """The spans inside [start, end): a sentence's or a clause's view."""
        return Spans(
            timexes=tuple(inside(self.timexes, start, end)),
            places=tuple(inside(self.places, start, end)),
            actors=tuple(inside(self.actors, start, end)),
            triggers=tuple(inside(self.triggers, start, end)),
            quantities=tuple(inside(self.quantities, start, end)),
            cues=tuple(inside(self.cues, start, end)),
        )
