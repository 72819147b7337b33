"""What every recogniser is: a named, pure text -> spans callable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["HasSpan", "Recogniser", "in_regions"]

S_co = TypeVar("S_co", covariant=True)


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Recogniser(Protocol[S_co]):
    """A recogniser finds spans in text.

    It is pure: no IO and no clock. Whatever it needs besides the text (the reference
    date, the gazetteer, names of commenters) is given to its constructor. ``find``
    returns spans in text order whose offsets index ``text``.
    """

    name: str

    def find(self, text: str) -> Sequence[S_co]: ...


def in_regions(start: int, end: int, regions: Sequence[tuple[int, int]] | None) -> bool:
    """Whether [start, end) lies inside one of ``regions`` (None means the whole text)."""
    if regions is None:
        return True
    return any(lo <= start and end <= hi for lo, hi in regions)
