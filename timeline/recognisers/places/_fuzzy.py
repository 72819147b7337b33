"""Misspelt names of well-known places: "Afganistan", "Syira", "Pakistn".

A capitalised word that starts no name the gazetteer knows, that is no everyday word
and no person's name, and that is one edit (a letter added, dropped or changed, or
two neighbours swapped) away from the own name of a country, a first-level region or
a city of 100,000 people is taken as that name, when only one such name is that close.
Only words of six letters or more are corrected (five for a swap: "Syira"): shorter
words are one edit from too many names. The table of one-letter deletions (the
"symmetric delete" method) is built the first time a text needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from gazetteer import Gazetteer

__all__ = ["MIN_LENGTH", "MIN_SWAPPED", "Corrections"]

MIN_LENGTH = 6  # letters of a word corrected (and of a name it is corrected to)
MIN_SWAPPED = 5  # letters of a word whose two neighbours may be swapped ("Syira")
_CLEAR_LEAD = 1.0
_MEMO_LIMIT = 1 << 16  # prior (decades of population) by which one of two places wins
_LARGE_CITY = 100_000
_REGIONS = ("A.PCL", "A.ADM1", "A.TERR")


def _deletions(word: str) -> Iterator[str]:
    for k in range(len(word)):
        yield word[:k] + word[k + 1 :]


def _swaps(word: str) -> Iterator[str]:
    for k in range(len(word) - 1):
        if word[k] != word[k + 1]:
            yield word[:k] + word[k + 1] + word[k] + word[k + 2 :]


class Corrections:
    """The well-known names of a gazetteer, indexed for one-edit corrections.

    A deletion shared by two names is kept as None there (... and such a change is
    read through ``_deletions`` of the word, which finds both), so the table stays one
    string a deletion.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self._names: frozenset[str] | None = None
        self._deleted: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._memo: dict[str, str | None] = {}

    def _build(self) -> frozenset[str]:
        """The own names of countries, regions and large cities, and their deletions."""
        gaz = self.gaz
        rids = gaz.records_of_kind(_REGIONS) + gaz.records_of_kind(("P.",), _LARGE_CITY)
        names = frozenset(
            key
            for key in map(gaz.own_key, rids)
            if len(key) >= MIN_SWAPPED and key.isalpha() and gaz.is_prominent(key)
        )
        deleted: dict[str, str | None] = {}
        for key in names:
            if len(key) < MIN_LENGTH:
                continue
            for variant in _deletions(key):
                # a deletion two names share corrects to neither (None) ...
                deleted[variant] = key if deleted.get(variant, key) == key else None
        self._deleted = deleted
        return names

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            with self._lock:
                if self._names is None:
                    self._names = self._build()
        return self._names

    def correct(self, key: str) -> str | None:
        """The well-known name ``key`` (a word's skeleton) is one edit from: the only
        place that close, or one far better known than the others ("jordon":
        Jordan, not Cordon in the Philippines). Answers are remembered."""
        if len(key) < MIN_SWAPPED or not key.isalpha():
            return None
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        found = self._memo[key] = self._correct(key)
        return found

    def _correct(self, key: str) -> str | None:
        names = self.names
        found = {v for v in _swaps(key) if v in names}  # neighbours swapped ("syira")
        if len(key) >= MIN_LENGTH:
            found |= self._edits(key, names)
        found.discard(key)
        return self._best(found)

    def _edits(self, key: str, names: frozenset[str]) -> set[str]:
        found = set()
        if self._deleted.get(key):  # a letter dropped ("afganistan")
            found.add(self._deleted[key] or "")
        for variant in _deletions(key):
            if variant in names:  # a letter added
                found.add(variant)
            elif self._deleted.get(variant):  # a letter changed ("pakistsn")
                found.add(self._deleted[variant] or "")
        found.discard("")
        return found

    def _best(self, keys: set[str]) -> str | None:
        by_place: dict[int, str] = {}
        for key in sorted(keys):
            by_place.setdefault(self.gaz.candidates(key)[0], key)
        if len(by_place) <= 1:
            return next(iter(by_place.values()), None)
        ranked = sorted(by_place, key=self.gaz.prior_of, reverse=True)
        clear = self.gaz.prior_of(ranked[0]) - self.gaz.prior_of(ranked[1]) >= _CLEAR_LEAD
        return by_place[ranked[0]] if clear else None
