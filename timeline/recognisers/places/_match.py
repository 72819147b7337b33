"""Candidate place names in a text: longest gazetteer matches over word n-grams."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from gazetteer import ARTICLES, Gazetteer, key_of, skeleton
from timeline.recognisers.places._lexicon import (
    CONNECTORS,
    CONTRACTIONS,
    NAME_ABBREVIATIONS,
    NOT_PLACES,
    SHORTENED,
)
from timeline.recognisers.places._tokens import Tokens

__all__ = ["Candidate", "CandidateKind", "abbreviation_pattern", "find_candidates"]

CandidateKind = Literal["name", "demonym", "abbreviation"]

_MAX_TOKENS = 6
_NAME_GAPS = frozenset({" ", "-", "‐"})
_MIN_LOWER_LENGTH = 4
_SPACED_ARTICLES = frozenset({"al", "el"})
_DESIGNATOR_ENDS = frozenset({"city", "town", "village", "county", "parish"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of words that names places: tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    start: int
    end: int
    key: str
    rids: tuple[int, ...]
    kind: CandidateKind = "name"
    lowercase: bool = False


@functools.lru_cache(maxsize=8)
def abbreviation_pattern(forms: frozenset[str]) -> re.Pattern[str]:
    """A regex finding region abbreviations written with periods ("Ga.", "W. Va.")."""
    dotted = sorted((f for f in forms if "." in f), key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s?") for f in dotted) or "(?!)"
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)")


def _joinable(tokens: Tokens, i: int) -> bool:
    """Whether word i may continue a name begun before it."""
    gap = tokens.gap(i)
    if gap in _NAME_GAPS:
        return not tokens.possessive[i - 1]
    prev = tokens.folded[i - 1]
    if gap == ". ":
        return prev in NAME_ABBREVIATIONS  # "St. Louis", not "U.S. Sen."
    if gap == ".":
        return len(prev) == 1  # "U.S.A", "D.C."
    return False


def _no_name(tokens: Tokens, i: int) -> bool:
    """A shortened word ("Sen.", "Nov.", "Co.") or a contraction ("I've")."""
    word = tokens.words[i]
    for mark in ("'", "’"):
        if mark in word and word.rsplit(mark, 1)[1].lower() in CONTRACTIONS:
            return True
    end = tokens.ends[i]
    return tokens.text.startswith(".", end) and tokens.folded[i] in SHORTENED


def _article_start(tokens: Tokens, i: int) -> bool:
    """A lower-case Arabic article before a capitalised name: al-Bab, ar-Raqqah, al Bab."""
    folded = tokens.folded[i]
    if folded not in ARTICLES or i + 1 >= len(tokens) or not tokens.is_cap(i + 1):
        return False
    gap = tokens.gap(i + 1)
    return gap == "-" or (gap == " " and folded in _SPACED_ARTICLES)


def _lengths(tokens: Tokens, i: int, limit: int, lowercase: bool) -> list[int]:
    """Word counts from i that may make a name, shortest first.

    Words must be joined by a space or hyphen ("St. " after an abbreviation); inner
    words are capitalised or connectors (Deir ez-Zor, Stratford-upon-Avon) and the
    last one capitalised, or all of them lower case in a lower-case name.
    """
    words, folded = tokens.words, tokens.folded
    lengths = [1] if lowercase or words[i][0].isupper() else []
    n = 1
    while n < limit and i + n < len(words) and _joinable(tokens, i + n):
        capitalised = words[i + n][0].isupper()
        if lowercase:
            if capitalised:
                break
            lengths.append(n + 1)
        elif capitalised or tokens.gap(i + n) == "-":
            lengths.append(n + 1)  # "Deir Ez-zor": a lower-case word after a hyphen may end it
        elif folded[i + n] not in CONNECTORS:
            break
        n += 1
    return lengths


class _Matcher:
    """Finds candidates in one text; holds the gazetteer and the text's tokens."""

    def __init__(self, gazetteer: Gazetteer, tokens: Tokens) -> None:
        self.gaz = gazetteer
        self.tokens = tokens
        self.demonyms = gazetteer.lexicon.demonyms
        self.demonym_spans = gazetteer.lexicon.demonym_spans
        self.lower_starts = gazetteer.prominent_first_words
        self.memo: dict[int, Candidate | None] = {}

    def _start_mode(self, i: int) -> bool | None:
        """None if no name can start at word i; else whether it would be lower case."""
        t = self.tokens
        word = t.words[i]
        if word[0].isupper():
            return None if _no_name(t, i) else False
        folded = t.folded[i]
        if _article_start(t, i):
            return False
        if len(word) > 1 and folded in self.lower_starts:
            return True
        return None

    def _strippable(self, i: int) -> bool:
        """Whether word i is an article that may be dropped: al-Bab, Al Bab, ar-Raqqah."""
        t = self.tokens
        gap = t.gap(i + 1)
        return gap == "-" or (gap == " " and t.folded[i] in _SPACED_ARTICLES)

    def _limit(self, i: int) -> int:
        t = self.tokens
        limit = max(self.gaz.span_of(skeleton(t.folded[i])), self.demonym_spans.get(t.folded[i], 1))
        if t.folded[i] in ARTICLES and i + 1 < len(t):
            limit = max(limit, self.gaz.span_of(skeleton(t.folded[i + 1])) + 1)
        return min(limit, _MAX_TOKENS)

    def _lookup(self, i: int, n: int, lowercase: bool) -> Candidate | None:
        t = self.tokens
        parts = t.folded[i : i + n]
        key = key_of(parts)
        rids = self.gaz.candidates(key)
        if not rids and n > 1 and parts[0] in ARTICLES and self._strippable(i):
            key = key_of(parts[1:])
            rids = self.gaz.candidates(key)
        kind: CandidateKind = "name"
        compact = "".join(parts)
        if not lowercase and compact in self.demonyms and not self.gaz.is_prominent(key):
            rids, kind = (self.demonyms[compact],), "demonym"
        if not rids:
            return None
        if lowercase and (not self.gaz.is_prominent(key) or len(key) < _MIN_LOWER_LENGTH):
            return None
        if n == 1 and not lowercase and t.folded[i] in NOT_PLACES:
            return None
        last = i + n - 1
        end = t.ends[last]
        if len(t.folded[last]) == 1 and t.text.startswith(".", end):
            end += 1  # "U.S." keeps its final period
        return Candidate(i, last, t.starts[i], end, key, rids, kind, lowercase)

    def match_at(self, i: int) -> Candidate | None:
        """The longest candidate starting at word i (computed once)."""
        if i not in self.memo:
            self.memo[i] = self._match_at(i)
        return self.memo[i]

    def possible_starts(self) -> list[int]:
        """Words a name may start at: capitalised first words of names or demonyms,
        articles before a capitalised word, first words of well-known names."""
        t = self.tokens
        lower = self.lower_starts
        starts_a_name = self.gaz.starts_a_name
        demonyms = self.demonyms
        return [
            i
            for i, (word, folded) in enumerate(zip(t.words, t.folded, strict=True))
            if (
                word[0].isupper()
                and (
                    starts_a_name(skeleton(folded))
                    or folded in demonyms
                    or folded in self.demonym_spans
                )
            )
            or folded in lower
            or folded in ARTICLES
        ]

    def _match_at(self, i: int) -> Candidate | None:
        lowercase = self._start_mode(i)
        if lowercase is None:
            return None
        limit = self._limit(i)
        if limit == 1:
            return self._lookup(i, 1, lowercase)
        for n in reversed(_lengths(self.tokens, i, limit, lowercase)):
            found = self._lookup(i, n, lowercase)
            if found is not None and not self._designated(found):
                return found
        return None

    def _designated(self, c: Candidate) -> bool:
        """ "Dublin City" matched only as another name of Dublin: take "Dublin" and leave
        "City" to say what kind of place it is (Kansas City is a name of its own)."""
        t = self.tokens
        if c.last == c.first or t.folded[c.last] not in _DESIGNATOR_ENDS or c.kind != "name":
            return False
        return not any(self.gaz.own_key(r) == c.key for r in c.rids)


def find_candidates(gazetteer: Gazetteer, tokens: Tokens, taken: set[int]) -> list[Candidate]:
    """Longest-first candidates left to right, skipping words in ``taken``.

    A name that starts one word later and reaches further wins over a shorter one
    ("The Rock Hill": Rock Hill, not The Rock).
    """
    matcher = _Matcher(gazetteer, tokens)
    found: list[Candidate] = []
    free_from = 0
    for i in matcher.possible_starts():
        if i < free_from:
            continue
        candidate = _free(matcher, i, taken)
        if candidate is None:
            continue
        if candidate.last > candidate.first:
            ahead = _free(matcher, i + 1, taken)
            if ahead is not None and ahead.last > candidate.last:
                continue
        found.append(candidate)
        free_from = candidate.last + 1
    return found


def _free(matcher: _Matcher, i: int, taken: set[int]) -> Candidate | None:
    """The candidate at word i if none of its words is taken."""
    if i >= len(matcher.tokens) or i in taken:
        return None
    candidate = matcher.match_at(i)
    if candidate is None or any(k in taken for k in range(i, candidate.last + 1)):
        return None
    return candidate
