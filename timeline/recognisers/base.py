"""What every recogniser is: a named, pure text -> spans callable, and region checks."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["HasSpan", "Recogniser", "Regions", "in_regions"]

S_co = TypeVar("S_co", covariant=True)


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Recogniser(Protocol[S_co]):
    """A recogniser finds spans in text.

    It is pure: no IO and no clock. Whatever it needs besides the text (the reference
    date, the gazetteer, names of commenters) is given to its constructor or as keyword
    arguments. ``find`` returns spans in text order whose offsets index ``text``, only
    inside ``regions`` when they are given (the article body and comments of a page).
    """

    name: str

    def find(
        self, text: str, regions: Sequence[tuple[int, int]] | None = None
    ) -> Sequence[S_co]: ...


class Regions:
    """[start, end) ranges, merged where they overlap, for fast containment checks."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(ranges):
            if merged and lo < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self._starts = [lo for lo, _ in merged]
        self._ends = [hi for _, hi in merged]

    def contains(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one of the ranges."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]


def in_regions(start: int, end: int, regions: Sequence[tuple[int, int]] | Regions | None) -> bool:
    """Whether [start, end) lies inside one of ``regions`` (None means the whole text).

    Recognisers that check many spans build a ``Regions`` once and pass it here.
    """
    if regions is None:
        return True
    if isinstance(regions, Regions):
        return regions.contains(start, end)
    return any(lo <= start and end <= hi for lo, hi in regions)
