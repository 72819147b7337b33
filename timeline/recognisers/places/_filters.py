"""Which candidates are places: people, acronyms, streets and everyday words set aside."""

from __future__ import annotations

from dataclasses import dataclass

from gazetteer import Gazetteer
from timeline.recognisers.places._candidate import Candidate
from timeline.recognisers.places._evidence import CandidateIndex
from timeline.recognisers.places._kinds import INSIDE, LOCATIVES
from timeline.recognisers.places._lexicon import (
    DIRECTIONS,
    PERSON_NOUNS,
    ROUTES,
    STREET_WORDS,
    TITLES,
)
from timeline.recognisers.places._people import People
from timeline.recognisers.places._proper import ProperNames
from timeline.recognisers.places._tokens import Tokens

__all__ = ["Accepted", "filter_candidates"]

_MAX_ACRONYM_LETTERS = 4
_VERY_COMMON_ZIPF = 5.0  # capitalised mid-sentence words this frequent need support
_COMMON_SURNAME_RANK = 2000
_COMMON_GIVEN_RANK = 300  # rarer given names alone (Winona, Roselle) are taken as places
_ALTERNATE_NAME_POPULATION = 5000  # smaller places known by another name need support
_ALTERNATE_BIG_POPULATION = 100_000  # ... and smaller ones if that name is unlike theirs
_LIKENESS = 0.7

# Recognition confidence by the kind of evidence a mention has, set near the share of
# such mentions that are places in LGL (abbreviations 0.97, names 0.85, demonyms 0.77,
# everyday words 0.74, names taken back by one sense per discourse 0.54).
_ABBREVIATION = 0.95
_CONFIDENT = 0.9
_HEADLINE = 0.8
_DEMONYM = 0.8
_AMBIGUOUS_WORD = 0.75
_DISCOURSE = 0.6
_LOWERCASE = 0.5
_MISSPELT = 0.6


@dataclass(frozen=True, slots=True)
class Accepted:
    """A candidate taken as a place mention, with how sure recognition is (0..1)."""

    candidate: Candidate
    confidence: float


class _Judge(ProperNames):
    """The rules that set candidates aside, and the confidence of the rest."""

    def is_acronym(self, c: Candidate) -> bool:
        if c.kind != "name":
            return False
        written = self.t.text[c.start : c.end]
        if written.isascii() and not written.isupper():
            return False  # a lower-case letter (a name has letters)
        letters = [ch for ch in written if ch.isalpha()]
        if not all(ch.isupper() for ch in letters) or c.key in self.lex.acronyms:
            return False
        if len(letters) <= _MAX_ACRONYM_LETTERS:
            shouting = self.t.headline[c.first] and len(letters) == _MAX_ACRONYM_LETTERS
            return not (shouting and self.prominent(c))
        return False

    def is_person(self, c: Candidate) -> bool:
        """Inside a person's name, or a word used as one (``find_people``)."""
        t = self.t
        if any(k in self.people.positions for k in range(c.first, c.last + 1)):
            return True
        if c.key in self.people.whole:
            return True
        if c.first == c.last and c.kind == "name":
            if t.folded[c.first] in self.people.names and not t.after(c.first, INSIDE):
                return True
            nxt = self.next_word(c)
            if nxt is not None and t.folded[nxt] in PERSON_NOUNS and not self.prominent(c):
                return True
            if t.possessive[c.first] and t.folded[c.first] in self.lex.given_names:
                after = c.first + 1
                return after < self.n and t.caps[after] and t.gaps[after] == " "
        return False

    def is_street(self, c: Candidate) -> bool:
        nxt = self.next_word(c)
        return nxt is not None and self.t.caps[nxt] and self.t.folded[nxt] in STREET_WORDS

    def in_compound(self, c: Candidate) -> bool:
        """Part of a hyphenated name whose other part is no place ("Wal-Mart"), or of
        a holiday ("St. Patrick's Day")."""
        t = self.t
        after, before = c.last + 1, c.first - 1
        if t.possessive[c.last]:
            return after < self.n and t.words[after] == "Day"
        for other, gap in (
            (after, t.gaps[after] if after < self.n else ""),
            (before, t.gaps[c.first]),
        ):
            if gap == "-" and 0 <= other < self.n and t.caps[other]:
                if other == before and t.is_upper(other) or len(t.words[other]) == 1:
                    continue  # "D-Columbus", "DFL-Cook": a party label before a home town
                partner = self.starts.get(other) or self.ends_at.get(other)
                if partner is None or not (self.prominent(c) or self.prominent(partner)):
                    return not self.on_route(c)
        return False

    def on_route(self, c: Candidate) -> bool:
        """ "the Palmyra-Homs highway": a route word after the pair."""
        t = self.t
        for k in (c.last + 1, c.last + 2, c.last + 3):
            if k < self.n and t.folded[k] in ROUTES:
                return True
        return False

    def after_name_word(self, c: Candidate) -> bool:
        """A little-known place right after a capitalised word that is no place and no
        direction ("State Duma", "Camp David"): part of a longer proper name."""
        t = self.t
        before = c.first - 1
        return (
            c.first == c.last
            and before >= 0
            and t.gaps[c.first] == " "
            and t.caps[before]
            and not t.initial[before]
            and before not in self.covered
            and t.folded[before] not in DIRECTIONS
            and t.folded[before] not in TITLES
            and not self.prominent(c)
        )

    def obscure(self, c: Candidate) -> bool:
        """Matched only by an alternate name of a small place ("Gannett"), or by one
        unlike the place's own name ("Sun" for Anshun), without support."""
        if c.kind != "name" or self.named_with_kind(c):
            return False
        likeness = self.likeness(c)
        if likeness == 1.0 or self.strongly_supported(c):
            return False
        largest = max(self.gaz.population_of(r) for r in c.rids)
        if likeness < _LIKENESS:
            return largest < _ALTERNATE_BIG_POPULATION or self.everyday(c) is not None
        return largest < _ALTERNATE_NAME_POPULATION

    def word_confidence(self, c: Candidate) -> float | None:
        """Confidence for a name, None to reject it."""
        if c.misspelt:  # "in Afganistan"; a town must share its country with others
            return _MISSPELT if self.supported(c, LOCATIVES) else None
        t = self.t
        i = c.first
        zipf = self.everyday(c)
        if zipf is not None:
            return self._common_word(c, zipf)
        if c.kind == "abbreviation":
            return _ABBREVIATION
        if c.kind == "demonym":
            return _DEMONYM
        if c.first != c.last:
            return _HEADLINE if t.headline[i] else _CONFIDENT
        word = t.folded[i]
        if not self.prominent(c) and not self.strongly_supported(c):
            if self.lex.given_names.get(word, _COMMON_GIVEN_RANK) < _COMMON_GIVEN_RANK:
                return None  # "Roy", "Henry": a common given name alone is a person
            if self.lex.surnames.get(word, _COMMON_SURNAME_RANK) < _COMMON_SURNAME_RANK:
                return None
        return _HEADLINE if t.headline[i] else _CONFIDENT

    def _common_word(self, c: Candidate, zipf: float) -> float | None:
        """Nice, Reading, Mobile: places only with support, or when well known and
        written mid-sentence with a capital, outside a longer proper name."""
        if c.first == c.last and self.named_feature(c):
            return None
        if self.strongly_supported(c):
            return _AMBIGUOUS_WORD
        if c.first != c.last:
            # "Laurel County", "Boulder City" are names; "The City", "Old Town" (an
            # alternate name of somewhere) are descriptions
            generic = self.t.folded[c.first] == "the" or not self.exact(c)
            return None if generic and not self.prominent(c) else _AMBIGUOUS_WORD
        if not self.prominent(c):
            return None
        if self.t.initial[c.first] or self.t.headline[c.first]:
            return _AMBIGUOUS_WORD if self.country(c) else None
        if self.in_proper_name(c) or (zipf >= _VERY_COMMON_ZIPF and not self.country(c)):
            return None
        return _AMBIGUOUS_WORD

    def lowercase_ok(self, c: Candidate) -> bool:
        words = self.t.folded[c.first : c.last + 1]
        return not all(w in self.lex.common_words or w in self.lex.given_names for w in words)

    def excluded(self, c: Candidate) -> bool:
        """Not a place whatever its position: a person, acronym, street, compound."""
        return (
            self.is_person(c)
            or self.is_acronym(c)
            or self.is_street(c)
            or self.obscure(c)
            or self.in_compound(c)
            or self.after_name_word(c)
            or self.in_unknown_name(c)
            or self.names_outlet(c)
        )

    def confidence(self, c: Candidate) -> float | None:
        """Confidence for a candidate that is not excluded, None to reject it."""
        if c.lowercase:
            return _LOWERCASE if self.lowercase_ok(c) else None
        return self.word_confidence(c)

    def at_sentence_start(self, c: Candidate) -> bool:
        """Capitalised at the start of a sentence or in a headline: where a rejected
        name may have been rejected for its position, not for what it is."""
        return (self.t.initial[c.first] or self.t.headline[c.first]) and not c.lowercase


def filter_candidates(
    gazetteer: Gazetteer,
    tokens: Tokens,
    candidates: list[Candidate],
    people: People,
    index: CandidateIndex | None = None,
) -> list[Accepted]:
    """The candidates that are place mentions, in text order (``index``, if given, is
    ``index_candidates(candidates)``).

    A name set aside only for where it stands (sentence start, headline) is taken
    when the same name is taken elsewhere in the document (one sense per discourse).
    """
    judge = _Judge(gazetteer, tokens, candidates, people, index)
    verdicts = [judge.confidence(c) for c in candidates]  # the cheap rules first
    for k, c in enumerate(candidates):
        if verdicts[k] is not None and judge.excluded(c):
            verdicts[k] = None
    taken = {c.key for c, v in zip(candidates, verdicts, strict=True) if v is not None}
    accepted = []
    for c, verdict in zip(candidates, verdicts, strict=True):
        if (
            verdict is None
            and c.key in taken
            and judge.at_sentence_start(c)
            and not judge.excluded(c)
        ):
            verdict = _DISCOURSE
        if verdict is not None:
            accepted.append(Accepted(c, verdict))
    return accepted
