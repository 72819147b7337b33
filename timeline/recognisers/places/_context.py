"""What the words around a mention say: qualifiers, region or town, containment, metonymy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from gazetteer import Gazetteer
from timeline.recognisers._dateline import in_dateline
from timeline.recognisers.places._filters import Accepted
from timeline.recognisers.places._lexicon import (
    AGENCY_NOUNS,
    DESIGNATORS_CITY,
    DESIGNATORS_REGION,
    DIRECTIONS,
    FEATURE_WORDS,
    GOVERNMENT_VERBS,
    NEGOTIATION_NOUNS,
    PARTS,
    ROUTES,
    VERB_AUXILIARIES,
    word_set,
)
from timeline.recognisers.places._tokens import Tokens

__all__ = ["Frame", "frames"]

Preference = Literal["region", "city"]

_COMPASS = word_set(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west"
)
_PART_WORDS = PARTS | FEATURE_WORDS
_PAIR_GAPS = frozenset({"-", "–", "—", "/", " - ", " – "})
_MAX_AUXILIARIES = 2
_LIST_GAPS = re.compile(r",\s*|\s+and\s+|,\s*and\s+")


@dataclass(frozen=True, slots=True)
class Frame:
    """The context of one mention.

    ``within`` is the index of the mention that contains this one ("Palmyra, N.Y.");
    ``government`` says the words around it treat it as an actor (it counts only for
    a country or a capital). ``dateline``: it stands alone in a dateline, where wire
    style names a place without its region only when the place is well known.
    """

    qualifier: str | None = None
    prefer: Preference | None = None
    within: int | None = None
    government: bool = False
    dateline: bool = False  # alone in a dateline ("WASHINGTON -"): a place of note


class _Reader:
    def __init__(self, gaz: Gazetteer, tokens: Tokens, mentions: list[Accepted]) -> None:
        self.gaz = gaz
        self.t = tokens
        self.mentions = mentions
        self.folded = tokens.folded
        self.gaps = tokens.gaps
        self.n = len(tokens.folded)

    def word(self, i: int) -> str:
        return self.folded[i] if 0 <= i < self.n else ""

    def linked(self, i: int, gaps: frozenset[str] = frozenset({" "})) -> bool:
        """Whether word i is joined to word i-1 by one of ``gaps``."""
        return 0 < i < self.n and self.gaps[i] in gaps

    def spaced(self, i: int) -> bool:
        """Whether word i is joined to word i-1 by a space."""
        return 0 < i < self.n and self.gaps[i] == " "

    def relation(self, first: int) -> str | None:
        """ "south of (the) X" -> "south of"."""
        k = first - 1
        if self.word(k) == "the" and self.linked(first):
            k -= 1
        if self.word(k) == "of" and self.word(k - 1) in _COMPASS and self.linked(k):
            word = self.word(k - 1)
            if self.linked(k - 1, frozenset({"-"})) and self.word(k - 2) in _COMPASS:
                word = self.word(k - 2) + word  # north-east -> northeast
            return f"{word} of"
        return None

    def direction(self, first: int) -> str | None:
        if self.linked(first, frozenset({" ", "-"})):
            return DIRECTIONS.get(self.word(first - 1))
        return None

    def part(self, first: int, last: int) -> str | None:
        """ "the X countryside", "the outskirts of X", "the X dam" (a feature the
        gazetteer lacks, named after the place)."""
        after = self.word(last + 1)
        if after in _PART_WORDS and self.linked(last + 1) and not self.t.possessive[last]:
            return after
        if self.word(first - 1) == "of" and self.word(first - 2) in PARTS:
            return self.word(first - 2)
        if (
            self.word(first - 1) == "the"
            and self.word(first - 2) == "of"
            and self.word(first - 3) in PARTS
        ):
            return self.word(first - 3)
        return None

    def route(self, m: int) -> tuple[int, str] | None:
        """For the first of "X-Y highway": (index of Y, "highway")."""
        if m + 1 >= len(self.mentions):
            return None
        a, b = self.mentions[m].candidate, self.mentions[m + 1].candidate
        if b.first != a.last + 1 or self.t.gaps[b.first] not in _PAIR_GAPS:
            return None
        after = self.word(b.last + 1)
        return (m + 1, after) if after in ROUTES else None

    def prefer(self, first: int, last: int) -> Preference | None:
        after = self.word(last + 1) if self.linked(last + 1) else ""
        before = self.word(first - 2) if self.word(first - 1) == "of" else ""
        if after in DESIGNATORS_REGION or before in DESIGNATORS_REGION:
            return "region"
        if after in DESIGNATORS_CITY or before in DESIGNATORS_CITY:
            return "city"
        return None

    def within(self, m: int) -> int | None:
        """Index of the mention after ", " that contains mention m (a region or country)."""
        if m + 1 >= len(self.mentions):
            return None
        a, b = self.mentions[m].candidate, self.mentions[m + 1].candidate
        gap = self.t.text[a.end : b.start]
        if b.first != a.last + 1 or gap.strip() != "," or "\n" in gap:
            return None
        if b.kind == "abbreviation" or any(
            self.gaz.feature_of(r).startswith(("A.PCL", "A.ADM")) for r in b.rids
        ):
            return m + 1
        return None

    def acts(self, last: int) -> bool:
        """A reporting or decision verb follows (after up to two auxiliaries)."""
        t = self.t
        if t.possessive[last]:
            return self.word(last + 1) in AGENCY_NOUNS
        k = last + 1
        for _ in range(_MAX_AUXILIARIES):
            if self.word(k) in VERB_AUXILIARIES and self.linked(k):
                k += 1
        return self.linked(k) and self.word(k) in GOVERNMENT_VERBS

    def negotiates(self, first: int) -> bool:
        """ "talks between X (and Y)", "negotiations with X"."""
        before = self.word(first - 1)
        return before in ("between", "with") and self.word(first - 2) in NEGOTIATION_NOUNS


def _government_flags(reader: _Reader) -> list[bool]:
    """Acting mentions, spread over lists of them ("Russia, Turkey and Iran agreed")."""
    mentions = reader.mentions
    flags = [
        reader.acts(m.candidate.last) or reader.negotiates(m.candidate.first) for m in mentions
    ]
    start = 0
    for m in range(1, len(mentions) + 1):
        listed = m < len(mentions) and _LIST_GAPS.fullmatch(
            reader.t.text[mentions[m - 1].candidate.end : mentions[m].candidate.start]
        )
        if not listed:
            if any(flags[start:m]):
                flags[start:m] = [True] * (m - start)
            start = m
    return flags


def frames(gazetteer: Gazetteer, tokens: Tokens, mentions: list[Accepted]) -> list[Frame]:
    """One Frame a mention, in the same order."""
    reader = _Reader(gazetteer, tokens, mentions)
    routes: dict[int, tuple[str, str | None]] = {}
    for m, mention in enumerate(mentions):
        found = reader.route(m)
        if found is not None:
            relation = reader.relation(mention.candidate.first)
            routes[m] = routes[found[0]] = (found[1], relation)
    government = _government_flags(reader)
    out = []
    for m, mention in enumerate(mentions):
        c = mention.candidate
        if m in routes:
            route, relation = routes[m]
            words = [relation, route]
        else:
            words = [
                reader.relation(c.first),
                reader.direction(c.first),
                reader.part(c.first, c.last),
            ]
        qualifier = " ".join(w for w in words if w) or None
        prefer = reader.prefer(c.first, c.last)
        if m in routes and prefer is None:
            prefer = "city"  # a road runs between towns: "the Palmyra-Homs highway"
        within = reader.within(m)
        dateline = within is None and in_dateline(tokens.text, c.start, c.end)
        out.append(Frame(qualifier, prefer, within, government[m], dateline))
    return out
