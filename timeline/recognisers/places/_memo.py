"""Answers that depend only on the gazetteer and a name, remembered across texts."""

from __future__ import annotations

import weakref
from collections.abc import Hashable
from typing import Generic, TypeVar

from gazetteer import Gazetteer

__all__ = ["GazetteerMemo"]

V = TypeVar("V")


class GazetteerMemo(Generic[V]):
    """One table of remembered answers per gazetteer, emptied when it holds ``limit``
    entries (a text's names are few; an archive's are not)."""

    def __init__(self, limit: int = 1 << 15) -> None:
        self._tables: weakref.WeakKeyDictionary[Gazetteer, dict[Hashable, V]]
        self._tables = weakref.WeakKeyDictionary()
        self._limit = limit

    def table(self, gazetteer: Gazetteer) -> dict[Hashable, V]:
        """The table of ``gazetteer``: fetch it once per text and read it directly."""
        found = self._tables.get(gazetteer)
        if found is None:
            found = self._tables.setdefault(gazetteer, {})
        if len(found) >= self._limit:
            found.clear()
        return found
