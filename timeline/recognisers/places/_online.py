"""Names the gazetteer does not know, for an online geocoder when the caller opts in.

A run of capitalised words no candidate and no person covers is sent to the geocoder
only where the text says it is a place: after a locative preposition ("near Kafr
Nabl"), after "the village of", or before the word for a kind of place ("the Wadi
Barada valley", "Rukban camp": asked with the kind word, then without). Runs of everyday
words, months, titles, institutions and outlets are not sent. The geocoder is asked
within the countries the document's other places lie in.
"""

from __future__ import annotations

import bisect
import collections
from collections.abc import Iterable, Iterator
from typing import Protocol

from gazetteer import ARTICLES, Gazetteer
from gazetteer.records import Place
from timeline.recognisers.places._kinds import KIND_WORDS, MEDIA_WORDS, PLACE_KINDS
from timeline.recognisers.places._lexicon import (
    CONNECTORS,
    FEATURE_WORDS,
    NOT_PLACES,
    STRONG_PREPOSITIONS,
    word_set,
)
from timeline.recognisers.places._people import People
from timeline.recognisers.places._tokens import Tokens
from timeline.records import PlaceMention

__all__ = ["Geocoder", "geocoded_mentions"]

_MAX_WORDS = 4
_MAX_COUNTRIES = 2  # the document's countries a query is restricted to
_SCORE = 0.5
_SETTLEMENTS = word_set("village town city hamlet settlement neighbourhood neighborhood district")
_NOT_NAMES = KIND_WORDS | MEDIA_WORDS | NOT_PLACES


class Geocoder(Protocol):
    """What the recogniser asks of an online geocoder (``gazetteer.online``)."""

    def geocode(self, name: str, *, countries: Iterable[str] = ()) -> Place | None: ...


def _runs(tokens: Tokens, taken: set[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of runs of capitalised words joined by spaces or hyphens, with
    articles and connectors inside (Khan Shaykhun, Tal Abyad, Jisr al-Shughur)."""
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens.caps[i] or i in taken:
            i += 1
            continue
        last = i
        k = i + 1
        while k < n and k - i < _MAX_WORDS + 2 and tokens.gaps[k] in (" ", "-") and k not in taken:
            if tokens.caps[k]:
                last = k
            elif tokens.folded[k] not in ARTICLES and tokens.folded[k] not in CONNECTORS:
                break
            if tokens.possessive[k - 1]:
                break
            k += 1
        yield i, last
        i = last + 1


class _Finder:
    def __init__(self, tokens: Tokens, everyday: Iterable[str]) -> None:
        self.t = tokens
        self.everyday = frozenset(everyday)

    def word(self, k: int) -> str:
        return self.t.folded[k] if 0 <= k < len(self.t) else ""

    def placed(self, first: int, last: int) -> list[str]:
        """The queries for a run the text calls a place (the name with the kind word
        after it, then alone), or none."""
        t = self.t
        before = first - 1
        if self.word(before) == "the" and t.gaps[first] == " ":
            before -= 1
        after = last + 1
        kind = self.word(after) if after < len(t) and t.gaps[after] == " " else ""
        name = t.text[t.starts[first] : t.ends[last]]
        if kind in FEATURE_WORDS:
            return [f"{name} {kind}", name]
        located = self.word(before) in STRONG_PREPOSITIONS and not t.caps[before]
        settlement = self.word(before) == "of" and self.word(before - 1) in _SETTLEMENTS
        return [name] if located or settlement or kind in PLACE_KINDS else []

    def plausible(self, first: int, last: int) -> bool:
        """Not a headline, not all everyday words, no title, month, institution or
        outlet word, no sentence start, at most four words."""
        t = self.t
        words = [t.folded[k] for k in range(first, last + 1) if t.caps[k]]
        return (
            len(words) <= _MAX_WORDS
            and not t.headline[first]
            and not t.initial[first]
            and not any(w in _NOT_NAMES for w in words)
            and not all(w in self.everyday for w in words)
            and not (len(words) == 1 and t.is_upper(first))  # an acronym
        )


def _countries(gaz: Gazetteer, mentions: list[PlaceMention]) -> list[str]:
    counts = collections.Counter(m.place.country_code for m in mentions if m.place.country_code)
    return [cc for cc, _ in counts.most_common(_MAX_COUNTRIES)]


def geocoded_mentions(
    gaz: Gazetteer,
    tokens: Tokens,
    people: People,
    mentions: list[PlaceMention],
    geocoder: Geocoder,
) -> list[PlaceMention]:
    """Mentions of places the gazetteer lacks, found by ``geocoder``: runs of words
    outside the document's place mentions and people's names (a candidate the
    gazetteer offered and the filters rejected may be part of one: "Wadi Barada")."""
    starts = tokens.starts
    taken = set(people.positions)
    for m in mentions:
        first = bisect.bisect_left(starts, m.start)
        last = bisect.bisect_left(starts, m.end) - 1
        taken.update(range(first, last + 1))
    finder = _Finder(tokens, gaz.lexicon.common_words)
    countries = _countries(gaz, mentions)
    found = []
    answers: dict[str, Place | None] = {}
    for first, last in _runs(tokens, taken):
        queries = finder.placed(first, last)
        if not queries or not finder.plausible(first, last):
            continue
        place = None
        for query in queries:
            if query not in answers:
                answers[query] = geocoder.geocode(query, countries=countries)
            place = answers[query]
            if place is not None:
                break
        if place is not None:
            start, end = tokens.starts[first], tokens.ends[last]
            found.append(PlaceMention(start, end, tokens.text[start:end], place, _SCORE))
    return found
