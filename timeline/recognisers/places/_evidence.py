"""What the text and the gazetteer say about a candidate place name."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from gazetteer import SPELLED_OUT, Gazetteer, name_tokens
from timeline.recognisers.places._candidate import Candidate
from timeline.recognisers.places._lexicon import (
    CONNECTORS,
    DESIGNATORS_CITY,
    DESIGNATORS_REGION,
    DIRECTIONS,
    INSTITUTIONS,
    PLACE_PREPOSITIONS,
    STRONG_PREPOSITIONS,
)
from timeline.recognisers.places._memo import GazetteerMemo
from timeline.recognisers.places._tokens import Tokens

__all__ = ["CandidateIndex", "Evidence", "index_candidates"]

_LIKENESS_RECORDS = 5  # the likeliest records an alternate name is compared with
_SETTLEMENTS = DESIGNATORS_CITY | DESIGNATORS_REGION  # "the town of X", "the province of X"
_LIKENESS: GazetteerMemo[float] = GazetteerMemo()


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_MIN_CONSONANTS = 3  # a name that differs from the record's own only in its vowels and
# doubled letters is the same name transliterated another way ("Deir Hafer", "Dayr Hafir")


def _consonants(compact: str) -> str:
    """The consonants of a compact name, a doubled one once ("maarrat" -> "mrt")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", compact))


def _plain(tokens: list[str]) -> str:
    """Compact form with abbreviations spelled out ("St. Cloud" = "Saint Cloud")."""
    return "".join(SPELLED_OUT.get(t, t) for t in tokens)


@dataclass(frozen=True, slots=True)
class CandidateIndex:
    """The candidates of one text by word: those starting, ending and lying at each."""

    starts: dict[int, Candidate]
    ends_at: dict[int, Candidate]
    at: dict[int, Candidate]
    covered: set[int]


def index_candidates(candidates: list[Candidate]) -> CandidateIndex:
    """The index of ``candidates``; a misspelling is a guess about one word, so its
    neighbours see an unknown word: misspellings are left out."""
    sure = [c for c in candidates if not c.misspelt]
    at = {k: c for c in sure for k in range(c.first, c.last + 1)}
    return CandidateIndex(
        starts={c.first: c for c in sure},
        ends_at={c.last: c for c in sure},
        at=at,
        covered=set(at),
    )


class Evidence:
    """Questions about candidates of one text: position, support, fame, spelling.

    ``index`` is ``index_candidates(candidates)`` when the caller has it already."""

    def __init__(
        self,
        gaz: Gazetteer,
        tokens: Tokens,
        candidates: list[Candidate],
        index: CandidateIndex | None = None,
    ) -> None:
        self.gaz = gaz
        self.lex = gaz.lexicon
        self.t = tokens
        self.n = len(tokens.folded)
        index = index or index_candidates(candidates)
        self.starts = index.starts
        self.ends_at = index.ends_at
        self.covered = index.covered
        self.at = index.at
        self._likeness = _LIKENESS.table(gaz)

    def prominent(self, c: Candidate) -> bool:
        """A demonym, an abbreviation, or a name of a well-known place."""
        return c.kind != "name" or self.gaz.is_prominent(c.key)

    def stands_for_government(self, c: Candidate) -> bool:
        """Whether the name can stand for a government ("Moscow said", "Texas says"):
        a demonym, an abbreviation, or a name of a country, capital or first-level
        region (``Gazetteer.government_level``)."""
        return c.kind != "name" or any(self.gaz.government_level(r) is not None for r in c.rids)

    def country(self, c: Candidate) -> bool:
        return c.kind != "name" or self.gaz.feature_of(c.rids[0]).startswith("A.PCL")

    def supported(self, c: Candidate, prepositions: frozenset[str] = PLACE_PREPOSITIONS) -> bool:
        """A place preposition before it, "the town of" (or village, province ...)
        before it, or ", (northern) Place" after it."""
        t = self.t
        first, after = c.first, c.last + 1
        before = first - 1
        if before >= 0 and t.gaps[first] == " " and (not t.caps[before] or t.initial[before]):
            if t.folded[before] in prepositions:
                return True
            if t.folded[before] == "of" and before > 0 and t.folded[before - 1] in _SETTLEMENTS:
                return True
        if after < self.n and t.gaps[after].strip() == "," and "\n" not in t.gaps[after]:
            if after in self.starts:
                return True
            return (  # "Jbeil, northern Beirut"
                t.folded[after] in DIRECTIONS
                and after + 1 in self.starts
                and t.gaps[after + 1] == " "
            )
        return False

    def strongly_supported(self, c: Candidate) -> bool:
        return self.supported(c, STRONG_PREPOSITIONS)

    def next_word(self, c: Candidate) -> int | None:
        i = c.last + 1
        if i < self.n and self.t.gaps[i] == " " and not self.t.possessive[c.last]:
            return i
        return None

    def in_proper_name(self, c: Candidate) -> bool:
        """A capitalised word that is no place stands right before or after it."""
        t = self.t
        nxt = self.next_word(c)
        if nxt is not None and t.caps[nxt] and nxt not in self.covered:
            return t.folded[nxt] not in INSTITUTIONS  # "Concord Police" names the town
        before = c.first - 1
        return (
            before >= 0
            and t.gaps[c.first] == " "
            and t.caps[before]
            and not t.initial[before]
            and before not in self.covered
        )

    def likeness(self, c: Candidate) -> float:
        """How close the text is to the own name of its closest record (1.0: the same).

        Below 1.0 the text matched an alternate name: an older or foreign name
        ("Berea" for Aleppo) or a variant spelling ("Cookville"). One that differs only
        in its vowels and doubled letters ("Tel Abyad", "Tall Abyad") is the same name.
        The same for the same name, words and records in any text: remembered per
        gazetteer.
        """
        key = (c.key, c.rids, *self.t.folded[c.first : c.last + 1])
        found = self._likeness.get(key)
        if found is None:
            found = self._likeness[key] = self._compute_likeness(c)
        return found

    def _compute_likeness(self, c: Candidate) -> float:
        if any(self.gaz.own_key(r) == c.key for r in c.rids):
            return 1.0
        written = _plain(self.t.folded[c.first : c.last + 1])
        consonants = _consonants(written)
        best = 0.0
        for r in c.rids[:_LIKENESS_RECORDS]:
            own = _plain(name_tokens(self.gaz.name_of(r)))
            if own == written or (
                len(consonants) >= _MIN_CONSONANTS and _consonants(own) == consonants
            ):
                return 1.0
            best = max(best, difflib.SequenceMatcher(None, written, own).ratio())
        return best

    def exact(self, c: Candidate) -> bool:
        """Whether the text is the own name of one of its records (not an alternate)."""
        return self.likeness(c) == 1.0

    # -- rules ---------------------------------------------------------------------

    def everyday(self, c: Candidate) -> float | None:
        """The Zipf frequency of an everyday English word ("Mobile", "Old Town"), else None.

        A multiword name counts when every word of it is everyday (or a connector);
        all-capital country acronyms ("US") are not the word they spell.
        """
        if c.kind != "name" or c.key in self.lex.acronyms:
            return None
        if c.first == c.last:
            return self.lex.common_words.get(self.t.folded[c.first])
        words = self.t.folded[c.first : c.last + 1]
        if len(words) > 1:
            words = [w for w in words if w not in CONNECTORS]
        zipfs = [self.lex.common_words.get(w) for w in words]
        if not words or any(z is None for z in zipfs):
            return None
        return min(z for z in zipfs if z is not None)

    def named_feature(self, c: Candidate) -> bool:
        """ "the Gulf", "the Hill": an everyday word after "the" names no town."""
        t = self.t
        return c.first > 0 and t.words[c.first - 1] == "the" and t.gaps[c.first] == " "
