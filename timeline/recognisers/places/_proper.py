"""Place names inside longer proper names: unknown names and names of news outlets.

"Khan Tuman" (a village the gazetteer lacks) holds "Tuman", an Albanian town's other
name; "Ria Novosti" holds "Ria", a name of Riga; "the al-Hadas news website" is no
Portuguese village. A place name that shares a run of capitalised words with words
that say nothing about places is part of a name of something else, unless it is a
well-known place called by its own name ("Texas Army National Guard"). Next to the
name of a news outlet ("Aleppo Media Center", "Radio Free Europe") it is the outlet's.
"""

from __future__ import annotations

import difflib

from gazetteer import ARTICLES, Gazetteer, bare_key, name_tokens
from timeline.recognisers.places._candidate import Candidate
from timeline.recognisers.places._evidence import CandidateIndex, Evidence
from timeline.recognisers.places._kinds import (
    KIND_WORDS,
    LANGUAGE_WORDS,
    MEDIA_NOUNS,
    MEDIA_WORDS,
    PLACE_KINDS,
)
from timeline.recognisers.places._lexicon import FEATURE_WORDS, TITLES
from timeline.recognisers.places._memo import GazetteerMemo
from timeline.recognisers.places._people import People
from timeline.recognisers.places._tokens import Tokens

__all__ = ["ProperNames"]

_FAME_RECORDS = 10  # the likeliest records of a name looked at for a well-known one
_SPELLING = 0.88  # likeness of a spelling of a record's own name ("Raqqa" / "Ar Raqqah")
_LONG_ALTERNATE = 6  # letters: a well-known place's other name this long is an exonym
_EVERYDAY_ZIPF = 4.5  # a listed given name or surname this common is an everyday word
_LANGUAGE_REACH = 3  # words between "the Arabic-language" and the outlet's name
_HYPHENS = frozenset({"-", "‐"})
_FAME: GazetteerMemo[bool] = GazetteerMemo()


class ProperNames(Evidence):
    """Rules about the capitalised words around a candidate."""

    def __init__(
        self,
        gaz: Gazetteer,
        tokens: Tokens,
        candidates: list[Candidate],
        people: People,
        index: CandidateIndex | None = None,
    ) -> None:
        super().__init__(gaz, tokens, candidates, index)
        self.people = people
        self._fame = _FAME.table(gaz)
        self._runs: dict[tuple[int, int], tuple[list[int], list[int]]] = {}

    def famous(self, c: Candidate) -> bool:
        """A well-known place (``Gazetteer.is_well_known``) called by its own
        name, a spelling of it, or a long exonym ("Palmyra"); not "Ria" for Riga. The
        same for the same name, words and records in any text: remembered per gazetteer."""
        if c.kind != "name":
            return True
        key = (c.key, c.rids, *self.t.folded[c.first : c.last + 1])
        found = self._fame.get(key)
        if found is None:
            found = self._fame[key] = self._famous(c)
        return found

    def _famous(self, c: Candidate) -> bool:
        written = bare_key(self.t.folded[c.first : c.last + 1])
        if c.key in self.lex.acronyms:  # "US", "UK": short forms of countries
            return any(self.gaz.is_well_known(rid) for rid in c.rids[:1])
        for rid in c.rids[:_FAME_RECORDS]:
            if not self.gaz.is_well_known(rid):
                continue
            own = bare_key(name_tokens(self.gaz.name_of(rid)))
            if self.gaz.own_key(rid) == c.key or own == written or len(written) >= _LONG_ALTERNATE:
                return True
            if difflib.SequenceMatcher(None, written, own).ratio() >= _SPELLING:
                return True
        return False

    # -- runs of capitalised words ---------------------------------------------------

    def _joined(self, k: int) -> bool:
        """Word k is joined to word k-1 inside a name: by a space, or by a hyphen after
        an article ("Jeish al-Fatah"); "Homs-Palmyra" pairs are left to compounds."""
        if not 0 < k < self.n:
            return False
        gap = self.t.gaps[k]
        return gap == " " or (gap in _HYPHENS and self.t.folded[k - 1] in ARTICLES)

    def _capital(self, k: int) -> bool:
        t = self.t
        if t.caps[k]:
            return True
        return t.folded[k] in ARTICLES and k + 1 < self.n and t.gaps[k + 1] in _HYPHENS

    def _continues(self, joint: int, k: int) -> bool:
        """Whether word k continues the run across the gap before word ``joint``."""
        return self._joined(joint) and self._capital(k) and k not in self.people.positions

    def run_around(self, c: Candidate) -> tuple[list[int], list[int]]:
        """Capitalised words joined to the candidate before and after it, nearest first.

        A possessive ends a run ("Aleppo's Governor"), a title closes it ("Homs
        Governor Talal ...") and a person's name is not part of it.
        """
        span = (c.first, c.last)
        if span not in self._runs:
            self._runs[span] = self._run_around(c)
        return self._runs[span]

    def _run_around(self, c: Candidate) -> tuple[list[int], list[int]]:
        t = self.t
        before: list[int] = []
        k = c.first
        while self._continues(k, k - 1) and not t.possessive[k - 1]:
            k -= 1
            before.append(k)
            if t.folded[k] in TITLES:
                break
        after: list[int] = []
        k = c.last
        while not t.possessive[k] and self._continues(k + 1, k + 1):
            k += 1
            after.append(k)
            if t.folded[k] in TITLES:
                break
        return before, after

    def _name_word(self, k: int) -> bool:
        """Word k of a run is a name of its own: not an everyday English word ("Volunteer
        Fire Department", "Town Hall"), a kind of place, a title or a well-known place,
        but a foreign or unknown word ("Novosti", "Jeish") or a name ("Khan", "Eagle")."""
        t = self.t
        word = t.folded[k]
        if word in KIND_WORDS or (word in ARTICLES and not t.caps[k]):
            return False
        other = self.at.get(k)
        if other is not None and k not in self.people.positions and self.famous(other):
            return False
        zipf = self.lex.common_words.get(word)
        if zipf is None:
            return True
        named = word in self.lex.surnames or word in self.lex.given_names
        return named and zipf < _EVERYDAY_ZIPF

    def named_with_kind(self, c: Candidate) -> bool:
        """A feature (no town or region) called with the word for its kind ("Shayrat
        airbase", "Tabqa Dam"): however small, the name says what it is."""
        return self._self_described(c) and self.gaz.feature_of(c.rids[0])[0] not in "PA"

    def _self_described(self, c: Candidate) -> bool:
        """The name says what kind of place it is ("Walker County", "Laurel Lake")."""
        return c.last > c.first and self.t.folded[c.last] in PLACE_KINDS

    def in_unknown_name(self, c: Candidate) -> bool:
        """Part of a run of capitals that names something the gazetteer does not know
        ("Khan Tuman", "Ria Novosti"); headlines capitalise every word and say nothing.
        A well-known place called by its own name stays ("Texas Army National Guard"),
        unless the run is the name of a feature ("the Bab al-Hawa crossing": no gate of
        the town of al-Bab)."""
        if c.kind != "name" or self.t.headline[c.first] or self._self_described(c):
            return False
        before, after = self.run_around(c)
        unknown = any(self._name_word(k) for k in before + after)
        return unknown and (not self.famous(c) or self._feature_follows(max(after, default=c.last)))

    def _feature_follows(self, last: int) -> bool:
        """The word after word ``last`` is a kind of feature ("crossing", "Dam")."""
        t = self.t
        after = last + 1
        return (
            after < self.n
            and t.gaps[after] == " "
            and not t.possessive[last]
            and t.folded[after] in FEATURE_WORDS
        )

    # -- news outlets ----------------------------------------------------------------

    def _language_before(self, first: int) -> bool:
        """ "the Arabic-language (daily) X": an outlet described by its language."""
        t = self.t
        k = first - 1
        for _ in range(_LANGUAGE_REACH):
            if k < 1 or t.gaps[k + 1].strip(" -‐"):
                return False
            if t.folded[k] in LANGUAGE_WORDS:
                return t.caps[k - 1] and t.gaps[k] in ({" "} | _HYPHENS)
            if t.caps[k]:
                return False
            k -= 1
        return False

    def _media_after(self, last: int) -> bool:
        """ "X news website", "X newspaper": a media noun right after the name."""
        t = self.t
        k = last + 1
        return (
            k < self.n
            and t.gaps[k] == " "
            and not t.caps[k]
            and not t.possessive[last]
            and t.folded[k] in MEDIA_NOUNS
        )

    def names_outlet(self, c: Candidate) -> bool:
        """Part of the name of a news outlet: a media word in its run of capitals (even
        a famous place's: "Aleppo Media Center"), or, for a place that is not well
        known, described by a language or followed by a media noun. A nationality
        ("Russian TV") is left to the demonym's own reading."""
        if c.kind == "demonym" or self.t.headline[c.first]:
            return False
        before, after = self.run_around(c)
        if any(self.t.folded[k] in MEDIA_WORDS for k in before + after):
            return True
        first = min(before, default=c.first)
        last = max(after, default=c.last)
        described = self._language_before(first) or self._media_after(last)
        return described and not self.famous(c)
