"""Candidate place names in a text: longest gazetteer matches over word n-grams."""

from __future__ import annotations

from gazetteer import ARTICLES, Gazetteer, close_key, extend_key, token_key
from timeline.recognisers.places._candidate import Candidate, CandidateKind
from timeline.recognisers.places._lexicon import (
    CONNECTORS,
    CONTRACTIONS,
    FEATURE_INNER,
    FEATURE_WORDS,
    FUNCTION_WORDS,
    NOT_PLACES,
    SHORTENED,
    STRONG_PREPOSITIONS,
)
from timeline.recognisers.places._starts import (
    MIN_LOWER_LENGTH,
    SPACED_ARTICLES,
    MatchTables,
    article_start,
    in_initials,
    joinable,
    misspelt,
    possible_starts,
)
from timeline.recognisers.places._tokens import Tokens

__all__ = ["Candidate", "CandidateKind", "MatchTables", "find_candidates"]

_MAX_TOKENS = 6
_DESIGNATOR_ENDS = frozenset({"city", "town", "village", "county", "parish"})
_APOSTROPHES = ("'", "’")

_GOES_ON = CONNECTORS | FEATURE_WORDS | FEATURE_INNER  # lower-case words inside names
Reading = tuple[int, str, str | None]  # word count, key, key without a leading article


def _no_name(tokens: Tokens, i: int) -> bool:
    """A shortened word ("Sen.", "Nov.", "Co.") or a contraction ("I've")."""
    word = tokens.words[i]
    if "'" in word or "’" in word:
        for mark in _APOSTROPHES:
            if mark in word and word.rsplit(mark, 1)[1].lower() in CONTRACTIONS:
                return True
    return tokens.gaps[i + 1].startswith(".") and tokens.folded[i] in SHORTENED


class _Matcher:
    """Finds candidates in one text; holds the gazetteer's name tables and the tokens.

    A name is read word by word from its first word, its key built as it goes
    (``gazetteer.extend_key``), and reading stops as soon as no indexed name goes on
    like that (``Gazetteer.prefixes``): most capitalised words cost a dictionary
    lookup or two.
    """

    def __init__(self, tables: MatchTables, tokens: Tokens) -> None:
        gazetteer = tables.gaz
        self.gaz = gazetteer
        self.tables = tables
        self.tokens = tokens
        self.n = len(tokens.folded)
        self.index = gazetteer.index
        self.spans = gazetteer.spans
        self.prefixes = gazetteer.prefixes
        self.demonyms = gazetteer.lexicon.demonyms
        self.demonym_spans = gazetteer.lexicon.demonym_spans
        self.common = gazetteer.lexicon.common_words
        self.acronyms = gazetteer.lexicon.acronyms
        self.memo: dict[int, Candidate | None] = {}

    def _start_mode(self, i: int) -> bool | None:
        """None if no name can start at word i; else whether it would be lower case."""
        t = self.tokens
        if t.caps[i]:
            return None if _no_name(t, i) else False
        if article_start(t, i):
            return False
        return True if t.folded[i] in self.tables.lower else None

    def _alone(self, i: int) -> bool:
        """Whether word i may be a name on its own: written in lower case (a well-known
        name) or capitalised, but no function word ("He", "In", "But" name no place;
        "US" in capitals may)."""
        t = self.tokens
        if not t.caps[i]:
            return t.folded[i] in self.tables.lower
        return t.folded[i] not in FUNCTION_WORDS or t.is_upper(i)

    def _limit(self, i: int) -> int:
        folded = self.tokens.folded
        limit = max(self.spans.get(token_key(folded[i]), 1), self.demonym_spans.get(folded[i], 1))
        if folded[i] in ARTICLES and i + 1 < len(folded):
            limit = max(limit, self.spans.get(token_key(folded[i + 1]), 1) + 1)
        return min(limit, _MAX_TOKENS)

    def _goes_on(self, raw: str, words: int) -> bool:
        """Whether an indexed name starts with the ``words`` words read into ``raw``."""
        if words == 1:
            return self.spans.get(close_key(raw), 1) > 1
        return close_key(raw) in self.prefixes

    def _strippable(self, i: int) -> bool:
        """Whether word i is an article that may be dropped: al-Bab, Al Bab, ar-Raqqah."""
        t = self.tokens
        gap = t.gaps[i + 1]
        return gap == "-" or (gap == " " and t.folded[i] in SPACED_ARTICLES)

    def _ends_here(self, i: int) -> bool:
        """Whether no name of several words can start at capitalised word i: the next
        word cannot go on a name, or no name (or demonym) starts with this word, or
        with these two words (most words)."""
        t = self.tokens
        folded = t.folded
        after = i + 1
        if after >= self.n or not (
            t.caps[after] or t.gaps[after] == "-" or folded[after] in _GOES_ON
        ):
            return True
        first = folded[i]
        if first in ARTICLES or first in self.demonym_spans:
            return False  # an article may be dropped, a demonym read otherwise
        if self.spans.get(token_key(first), 1) == 1 or not joinable(t, after):
            return True
        second = folded[after]
        pair = close_key(extend_key(extend_key("", first), second))
        return (
            pair not in self.index
            and pair not in self.prefixes
            and first + second not in self.demonyms
        )

    def _one_word(self, i: int, lowercase: bool) -> list[Reading] | None:
        """The readings of lower-case word i when no longer name can start there, else
        None."""
        first = self.tokens.folded[i]
        if first not in ARTICLES and first not in self.demonym_spans:
            key = token_key(first)
            if self.spans.get(key, 1) == 1:
                return [(1, key, None)] if self._alone(i) else []
        return None

    def _readings(self, i: int, lowercase: bool) -> list[Reading]:
        """Every stretch from word i that may be a name, shortest first.

        Words must be joined by a space or hyphen ("St. " after an abbreviation); inner
        words are capitalised or connectors (Deir ez-Zor, Stratford-upon-Avon) and the
        last one capitalised or a kind of feature ("the Tabqa dam", "the Shayrat air
        base"), or all of them lower case in a lower-case name.
        """
        short = self._one_word(i, lowercase) if lowercase else None
        if short is not None:
            return short
        t = self.tokens
        folded, caps = t.folded, t.caps
        first = folded[i]
        limit = self._limit(i)
        demonym = self.demonym_spans.get(first, 1)
        strip = first in ARTICLES and i + 1 < self.n and self._strippable(i)
        raw = extend_key("", first)
        bare = ""
        out: list[Reading] = [(1, close_key(raw), None)] if self._alone(i) else []
        n = 1
        while n < limit and i + n < len(folded) and joinable(t, i + n):
            stripped = strip and (n == 1 or self._goes_on(bare, n - 1))
            if not (self._goes_on(raw, n) or n < demonym or stripped):
                break
            word = folded[i + n]
            raw = extend_key(raw, word)
            bare = extend_key(bare, word) if strip else bare
            n += 1
            if lowercase:
                if caps[i + n - 1]:
                    break
            elif not (caps[i + n - 1] or t.gaps[i + n - 1] == "-" or word in FEATURE_WORDS):
                if word not in CONNECTORS and word not in FEATURE_INNER:
                    break
                continue  # "Deir ez-Zor", "the Shayrat air base": no name ends here
            out.append((n, close_key(raw), close_key(bare) if strip else None))
        return out

    def _lookup(self, i: int, reading: Reading, lowercase: bool) -> Candidate | None:
        t = self.tokens
        n, key, bare = reading
        found = self.index.get(key)
        if found is None and bare is not None:
            key = bare
            found = self.index.get(key)
        rids: tuple[int, ...] = (
            () if found is None else (found,) if isinstance(found, int) else found
        )
        kind: CandidateKind = "name"
        compact = t.folded[i] if n == 1 else "".join(t.folded[i : i + n])
        if not lowercase and compact in self.demonyms and not self.gaz.is_prominent(key):
            rids, kind = (self.demonyms[compact],), "demonym"
        if not rids:
            return None
        if lowercase and (not self.gaz.is_prominent(key) or len(key) < MIN_LOWER_LENGTH):
            return None
        if n == 1 and not lowercase and (t.folded[i] in NOT_PLACES or self._idle(i, key, kind)):
            return None
        last = i + n - 1
        end = t.ends[last]
        if len(t.folded[last]) == 1 and t.gaps[last + 1].startswith("."):
            end += 1  # "U.S." keeps its final period
        return Candidate(i, last, t.starts[i], end, key, rids, kind, lowercase)

    def _single(self, i: int) -> Candidate | None:
        """``_lookup`` of capitalised word i alone, from what is known of the word
        (``MatchTables.word``) and where it stands."""
        known = self.tables.word(self.tokens.folded[i])
        if known is None:
            return None
        key, rids, kind, everyday = known
        t = self.tokens
        if everyday and self._idle_at(i):
            return None
        end = t.ends[i]
        if len(t.folded[i]) == 1 and t.gaps[i + 1].startswith("."):
            end += 1  # "U.S." keeps its final period
        return Candidate(i, i, t.starts[i], end, key, rids, kind)

    def _idle_at(self, i: int) -> bool:
        """``_idle`` for an everyday word that names no well-known place: where it
        stands says nothing of a place."""
        t = self.tokens
        if t.initial[i] or t.headline[i]:
            return False
        before = i - 1
        located = before >= 0 and t.gaps[i] == " " and t.folded[before] in STRONG_PREPOSITIONS
        return not located and t.gaps[i + 1].strip()[:1] != ","

    def _idle(self, i: int, key: str, kind: CandidateKind) -> bool:
        """An everyday word that names no well-known place, capitalised mid-sentence
        with nothing around it saying it is a place ("the Police said", "a Center"):
        the filters would set it aside whatever else the text says, so it is no
        candidate (and costs nothing further)."""
        if kind != "name" or self.tokens.folded[i] not in self.common:
            return False
        if self.gaz.is_prominent(key) or key in self.acronyms:
            return False
        return self._idle_at(i)

    def match_at(self, i: int) -> Candidate | None:
        """The longest candidate starting at word i (computed once)."""
        memo = self.memo
        if i in memo:
            return memo[i]
        found = None
        lowercase = self._start_mode(i)
        if lowercase is False and self._ends_here(i):
            found = self._single(i) if self._alone(i) else None
        elif lowercase is not None:
            for reading in reversed(self._readings(i, lowercase)):
                found = self._lookup(i, reading, lowercase)
                if found is not None and not self._designated(found) and not self._initial(found):
                    break
                found = None
        memo[i] = found
        return found

    def _initial(self, c: Candidate) -> bool:
        """A name of several words ending in a lone capital letter: an initial or a
        numeral ("Roy A. Nelson", "World War I"), not the end of a place's name that
        is written joined ("Roya", "Wari")."""
        t = self.tokens
        word = t.words[c.last]
        return (
            c.last > c.first
            and len(word) == 1
            and word.isupper()
            and not in_initials(t, c.last)  # "U.S.", "D.C." end in a letter too
        )

    def _designated(self, c: Candidate) -> bool:
        """ "Dublin City" matched only as another name of Dublin: take "Dublin" and leave
        "City" to say what kind of place it is (Kansas City is a name of its own)."""
        t = self.tokens
        if c.last == c.first or t.folded[c.last] not in _DESIGNATOR_ENDS or c.kind != "name":
            return False
        return not any(self.gaz.own_key(r) == c.key for r in c.rids)

    def free(self, i: int, taken: set[int]) -> Candidate | None:
        """The candidate at word i if none of its words is taken."""
        if i >= self.n or i in taken:
            return None
        candidate = self.match_at(i)
        if candidate is None or (taken and any(k in taken for k in range(i, candidate.last + 1))):
            return None
        return candidate


def _largest(gaz: Gazetteer, candidate: Candidate) -> int:
    return max((gaz.population_of(r) for r in candidate.rids), default=0)


def _holds(tables: MatchTables, candidate: Candidate, ahead: Candidate) -> bool:
    """Whether a prominent name keeps its words against a longer obscure one starting a
    word later ("Rock Hill City Manager": Rock Hill, not Hill City); of two prominent
    names, the larger place's ("Los Angeles City Council": not Angeles City)."""
    gaz = tables.gaz
    if not gaz.is_prominent(candidate.key):
        return False
    if not gaz.is_prominent(ahead.key):
        return True
    return _largest(gaz, candidate) > _largest(gaz, ahead)  # both prominent: the larger


def find_candidates(tables: MatchTables, tokens: Tokens, taken: set[int]) -> list[Candidate]:
    """Longest-first candidates left to right, skipping words in ``taken``; then
    misspelt names of well-known places among the capitalised words left.

    A name that starts one word later and reaches further wins over a shorter one
    ("The Rock Hill": Rock Hill, not The Rock), unless only the shorter one is prominent
    ("Los Angeles City": Los Angeles).
    """
    matcher = _Matcher(tables, tokens)
    found: list[Candidate] = []
    free_from = 0
    starts, unknown = possible_starts(tables, tokens)
    for i in starts:
        if i < free_from:
            continue
        candidate = matcher.free(i, taken)
        if candidate is None:
            continue
        if candidate.last > candidate.first:
            ahead = matcher.free(i + 1, taken)
            if (
                ahead is not None
                and ahead.last > candidate.last
                and not _holds(tables, candidate, ahead)
            ):
                continue
        found.append(candidate)
        free_from = candidate.last + 1
    if unknown:
        covered = taken.union(*(range(c.first, c.last + 1) for c in found))
        guesses = [c for i in unknown if i not in covered for c in misspelt(tables, tokens, i)]
        if guesses:
            found = sorted(found + guesses)
    return found
