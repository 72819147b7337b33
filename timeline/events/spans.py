"""Everything the recognisers found in one document, with sentence-local views."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from timeline.recognisers.base import HasSpan
from timeline.records import ActorMention, Cue, PlaceMention, Quantity, Timex, Trigger

__all__ = ["Spans", "inside"]

S = TypeVar("S", bound=HasSpan)


def _start(span: HasSpan) -> int:
    return span.start


def inside(
    spans: Sequence[S], start: int, end: int, starts: Sequence[int] | None = None
) -> list[S]:
    """The spans of a start-sorted sequence that lie within [start, end).

    ``starts``, the spans' start offsets, saves reading them again for every call."""
    if starts is None:
        lo, hi = bisect_left(spans, start, key=_start), bisect_left(spans, end, key=_start)
    else:
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
    return [span for span in spans[lo:hi] if span.end <= end]


@dataclass(frozen=True, slots=True)
class Spans:
    """The recognisers' output for one document, each tuple sorted by start offset."""

    timexes: tuple[Timex, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    cues: tuple[Cue, ...] = ()
    # The start offsets of each kind of span, made on the first call of ``within``.
    _starts: tuple[list[int], ...] = field(default=(), init=False, repr=False, compare=False)

    def within(self, start: int, end: int) -> Spans:
        """The spans inside [start, end): a sentence's or a clause's view."""
        if not self._starts:
            kinds: tuple[Sequence[HasSpan], ...] = (
                self.timexes,
                self.places,
                self.actors,
                self.triggers,
                self.quantities,
                self.cues,
            )
            object.__setattr__(self, "_starts", tuple([s.start for s in kind] for kind in kinds))
        at = self._starts
        return Spans(
            _view(self.timexes, at[0], start, end),
            _view(self.places, at[1], start, end),
            _view(self.actors, at[2], start, end),
            _view(self.triggers, at[3], start, end),
            _view(self.quantities, at[4], start, end),
            _view(self.cues, at[5], start, end),
        )


def _view(spans: tuple[S, ...], starts: list[int], start: int, end: int) -> tuple[S, ...]:
    """``tuple(inside(spans, start, end, starts))``, a slice of ``spans`` when it can be."""
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    if lo == hi:
        return ()
    chunk = spans[lo:hi]
    for span in chunk:
        if span.end > end:
            return tuple([span for span in chunk if span.end <= end])
    return chunk
