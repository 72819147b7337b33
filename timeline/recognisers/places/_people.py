"""People's names in a text: where they are, and which words are their names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import compress

from gazetteer import Gazetteer, fold, name_key
from timeline.recognisers.places._candidate import Candidate
from timeline.recognisers.places._evidence import CandidateIndex, Evidence, index_candidates
from timeline.recognisers.places._kinds import LOCATIVES
from timeline.recognisers.places._lexicon import (
    DESIGNATORS_CITY,
    DESIGNATORS_REGION,
    GOVERNMENT_VERBS,
    NOT_PLACES,
    PERSON_VERBS,
    STREET_WORDS,
    TITLES,
)
from timeline.recognisers.places._naming import named_spans
from timeline.recognisers.places._tokens import Tokens

__all__ = ["People", "find_people"]

_MAX_NAME_WORDS = 3
_EVERYDAY_SURNAME_ZIPF = 5.0  # "High", "King", "White": surnames too common to tell
_FUNCTION_WORD_ZIPF = 5.8  # "In", "Will", "May": given names, but first of all words
_COMMON_GIVEN_RANK = 500  # given names past this rank (Paris, Madison) are more often places
_NOT_SURNAMES = DESIGNATORS_REGION | DESIGNATORS_CITY | STREET_WORDS | NOT_PLACES
_ACTION_VERBS = PERSON_VERBS | GOVERNMENT_VERBS


# An age in commas after a name: "Carrie Lough, 18, was", "his children, Hailey, 6, and".
_AGE = re.compile(r",[ \t]\d{1,3},")

# People of a place, after its name: "Gainesville residents", "Dayton police".
_PLACE_PEOPLE = frozenset({"residents", "resident", "natives", "native", "police", "officials"})


@dataclass(slots=True)
class People:
    """Word positions inside people's names, the folded words used as their names, and
    the name keys of whole names known beforehand (comment authors)."""

    positions: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    whole: set[str] = field(default_factory=set)


def _is_country_or_region(gaz: Gazetteer, candidate: Candidate | None) -> bool:
    if candidate is None:
        return False
    return any(gaz.feature_of(r).startswith(("A.PCL", "A.ADM1", "L.")) for r in candidate.rids)


class _Finder:
    def __init__(
        self, gaz: Gazetteer, tokens: Tokens, candidates: list[Candidate], index: CandidateIndex
    ) -> None:
        self.gaz = gaz
        self.lex = gaz.lexicon
        self.t = tokens
        self.n = len(tokens.folded)
        self.candidates = candidates
        self.ev = Evidence(gaz, tokens, candidates, index)
        self.at = self.ev.at
        self.people = People()
        self.confirmed = self._speakers()

    def _speakers(self) -> set[str]:
        """Capitalised words before "said", "told" ...: names of people, unless everyday
        words or places that can stand for a government ("Moscow said")."""
        t = self.t
        folded, caps, gaps = t.folded, t.caps, t.gaps
        found = set()
        verbs = compress(range(1, self.n), map(PERSON_VERBS.__contains__, folded[1:]))
        for k in verbs:
            i = k - 1
            if not caps[i] or gaps[k] != " ":
                continue
            if i > 0 and folded[i - 1] in LOCATIVES and gaps[i] == " ":
                continue  # "my sister in Macomia says": the speaker is someone there
            c = self.at.get(i)
            government = c is not None and self.ev.stands_for_government(c)
            placed = c is not None and self.ev.prominent(c) and self._written_as_place(c)
            if folded[i] not in self.lex.common_words and not government and not placed:
                found.add(folded[i])
        return found

    def _written_as_place(self, c: Candidate) -> bool:
        """Whether the text writes the name as a place elsewhere ("Gainesville residents",
        "in Gainesville"): then "Gainesville says" is the town speaking."""
        t = self.t
        for other in self.candidates:
            if other.key != c.key or other is c:
                continue
            after = other.last + 1
            if after < self.n and t.gaps[after] == " " and t.folded[after] in _PLACE_PEOPLE:
                return True
            if self.ev.supported(other):
                return True
        return False

    def _actors(self) -> set[str]:
        """One-word place names before a verb of speech or decision ("Hall urged"):
        names of people, unless well-known places or governments (towns and countries
        act too) or written after a place preposition ("in Hall")."""
        ev = self.ev
        found = set()
        for c in self.candidates:
            if c.first != c.last or c.kind != "name" or self.t.possessive[c.first]:
                continue
            if self._subject_of(c.first, _ACTION_VERBS) and not (
                ev.prominent(c) or ev.stands_for_government(c) or ev.strongly_supported(c)
            ):
                found.add(self.t.folded[c.first])
        return found

    def _subject_of(self, i: int, verbs: frozenset[str]) -> bool:
        """Word i is followed by one of ``verbs``."""
        t = self.t
        return i + 1 < self.n and t.gaps[i + 1] == " " and t.folded[i + 1] in verbs

    def _name_like(self, i: int) -> bool:
        """Whether word i can be part of a person's name."""
        t = self.t
        if i >= self.n or not t.caps[i] or t.folded[i] in _NOT_SURNAMES:
            return False
        c = self.at.get(i)
        return c is None or c.first == c.last  # a multiword place is no surname

    def _surname_like(self, i: int, after_place: bool) -> bool:
        """Whether word i reads as a surname after a given name.

        After a rare given name that is also a well-known place ("Paris"), only a
        listed surname that is no everyday word, or a word seen as a speaker ("Hilton
        said") elsewhere, makes a person: "Paris Walmart" stays a place.
        """
        folded = self.t.folded[i]
        if folded in self.confirmed:
            return True
        zipf = self.lex.common_words.get(folded)
        everyday = zipf is not None and not self.t.is_upper(i)
        if after_place:
            return folded in self.lex.surnames and not everyday
        if folded in self.lex.surnames:
            return zipf is None or zipf < _EVERYDAY_SURNAME_ZIPF
        return not everyday and not _is_country_or_region(self.gaz, self.at.get(i))

    def _follows(self, i: int) -> bool:
        """Word i continues a name: after a space, or after an initial's or a title's
        period ("J. Smith", "Gen. Smith"), never across a sentence end."""
        if i >= self.n or not self._name_like(i):
            return False
        gap = self.t.gaps[i]
        if gap == ". ":
            before = self.t.folded[i - 1]
            return len(before) == 1 or before in TITLES
        return gap == " "

    def _take(self, first: int, last: int) -> None:
        for k in range(first, last + 1):
            self.people.positions.add(k)
        self.people.names.add(self.t.folded[last])

    def after_title(self, i: int) -> None:
        """Title + up to three capitalised words (President Bashar al-Assad)."""
        n = 0
        while n < _MAX_NAME_WORDS and self._follows(i + n + 1):
            n += 1
        if n:
            self._take(i + 1, i + n)

    def after_given(self, i: int) -> None:
        """Given name + surname, with middle names or initials between."""
        t = self.t
        if i in self.people.positions:
            return
        run = 0
        while run < _MAX_NAME_WORDS and self._follows(i + run + 1):
            run += 1
        place = self.at.get(i)
        rare = self.lex.given_names.get(t.folded[i], 0) > _COMMON_GIVEN_RANK
        after_place = rare and place is not None and self.gaz.is_prominent(place.key)
        while run:
            last = i + run
            middle = range(i + 1, last)
            initials = all(
                len(t.words[k]) == 1 or t.folded[k] in self.lex.given_names for k in middle
            )
            if initials and self._surname_like(last, after_place):
                if not self._street_after(last):
                    self._take(i, last)
                return
            run -= 1

    def _street_after(self, last: int) -> bool:
        """A street word after the name makes it a street's ("Martin Luther King Drive",
        "Old Alton Edwardsville Road"), not a person."""
        t, after = self.t, last + 1
        return (
            after < self.n
            and t.caps[after]
            and t.gaps[after] == " "
            and t.folded[after] in STREET_WORDS
        )

    def _given(self, i: int) -> bool:
        """A capitalised given name that is not an everyday word opening a sentence or
        inside a headline ("In Paris", "Will Texas")."""
        t = self.t
        folded = t.folded[i]
        if folded not in self.lex.given_names or not t.caps[i] or t.is_upper(i):
            return False
        everyday = self.lex.common_words.get(folded, 0.0) >= _FUNCTION_WORD_ZIPF
        return not ((t.initial[i] or t.headline[i]) and everyday)

    def _famous(self, i: int) -> bool:
        c = self.at.get(i)
        return c is not None and self.ev.prominent(c)

    def run(self) -> People:
        t = self.t
        for first, last in named_spans(t, self._famous):
            self._take(first, last)
        folded = t.folded
        given = self.lex.given_names
        for i in compress(range(self.n), t.caps):
            word = folded[i]
            if word in TITLES:
                self.after_title(i)
            elif word in given and self._given(i):
                self.after_given(i)
        self._aged()
        self.people.names |= self.confirmed | self._actors()
        return self.people

    def _aged(self) -> None:
        """A name followed by an age in commas is a person's ("Hailey, 6, and Caleb, 4"),
        unless it is a well-known place (a count by state: "Texas, 12, Ohio, 3")."""
        t = self.t
        for age in _AGE.finditer(t.text):
            at = age.start()
            last = bisect.bisect_right(t.ends, at) - 1
            if last < 0 or t.ends[last] != at or not t.caps[last]:
                continue
            c = self.at.get(last)
            if c is not None and self.ev.prominent(c):
                continue
            first = last
            while (
                first > 0
                and last - first + 1 < _MAX_NAME_WORDS
                and self._follows(first)
                and self._name_like(first - 1)
            ):
                first -= 1
            self._take(first, last)


def find_people(
    gazetteer: Gazetteer,
    tokens: Tokens,
    candidates: list[Candidate],
    known: Iterable[str],
    index: CandidateIndex | None = None,
) -> People:
    """People named in the text, plus every word of the ``known`` names (``index``, if
    given, is ``index_candidates(candidates)``).

    Computed once, before any candidate is judged: the filters only read it.
    """
    finder = _Finder(gazetteer, tokens, candidates, index or index_candidates(candidates))
    people = finder.run()
    for name in known:
        people.whole.add(name_key(name))
        for part in name.split():
            if part[:1].isupper():
                people.names.add(fold(part.strip(".,")))
    return people
