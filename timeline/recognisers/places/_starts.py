"""Where a place name may start: the words the matcher reads names from.

The matcher is only as fast as this scan is selective, so the scan runs over the
capitalised words (most place names are capitalised), the lower-case first words of
well-known names and the articles before a hyphen; every other word costs one set
lookup done in C (``map`` over the word list).
"""

from __future__ import annotations

import operator
from itertools import compress, repeat

from gazetteer import ARTICLES, Gazetteer, key_of, skeleton, token_key
from timeline.recognisers.places._candidate import Candidate, CandidateKind
from timeline.recognisers.places._fuzzy import MIN_SWAPPED, Corrections
from timeline.recognisers.places._lexicon import (
    FUNCTION_WORDS,
    NAME_ABBREVIATIONS,
    NOT_PLACES,
    TITLES,
)
from timeline.recognisers.places._tokens import Tokens

__all__ = [
    "MIN_LOWER_LENGTH",
    "SPACED_ARTICLES",
    "MatchTables",
    "WordReading",
    "article_start",
    "in_initials",
    "joinable",
    "misspelt",
    "possible_starts",
]

MIN_LOWER_LENGTH = 4  # letters of a well-known name taken in lower case
SPACED_ARTICLES = frozenset({"al", "el"})  # articles written apart from the name: "al Bab"
_STARTS_LIMIT = 1 << 17
_NAME_GAPS = frozenset({" ", "-", "‐"})
# A capitalised word alone: its key, records, kind, and whether it is an everyday word
# that names no well-known place.
WordReading = tuple[str, tuple[int, ...], CandidateKind, bool]


class MatchTables:
    """What the matcher asks of words, worked out once per gazetteer.

    ``lower`` holds the lower-case words a name may start at: first words of the names
    of well-known places, each with the skeletons of the words that follow it in those
    names ("new" -> york, orleans ...; "" for the word alone, see ``alone``); a
    function word starts none ("the hague" is found as "hague"). ``starts`` remembers,
    for the capitalised words seen, whether a name may start there.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        everyday = gazetteer.lexicon.common_words
        given = gazetteer.lexicon.given_names
        self.lower: dict[str, frozenset[str]] = {}
        for word, seconds in gazetteer.prominent_first_words.items():
            if len(word) < 2 or word in FUNCTION_WORDS:
                continue
            single = "" in seconds  # a one-word name (the "" stays: no word's key is "")
            if (single and word not in everyday and word not in given) or len(seconds) > single:
                self.lower[word] = seconds
        # the words other than capitalised ones a name may start at (with articles)
        self.openers = ARTICLES.union(self.lower)
        self._alone: dict[str, bool] = {}
        # the first letters of the words that follow each lower-case first word
        self.initials = {
            word: frozenset(s[:1] for s in seconds) for word, seconds in self.lower.items()
        }
        self.starts: dict[str, bool] = {}
        self._words: dict[str, WordReading | None] = {}
        self.corrections = Corrections(gazetteer)

    def alone(self, word: str) -> bool:
        """Whether lower-case ``word`` is by itself the name of a well-known place (four
        letters or more, no everyday word or given name: "raqqa", not "nice")."""
        found = self._alone.get(word)
        if found is None:
            key = skeleton(word)
            found = self._alone[word] = (
                "" in self.lower.get(word, ())
                and len(key) >= MIN_LOWER_LENGTH
                and self.gaz.is_prominent(key)
                and word not in self.gaz.lexicon.common_words
                and word not in self.gaz.lexicon.given_names
            )
        return found

    def word(self, word: str) -> WordReading | None:
        """What capitalised ``word`` alone names, whatever stands around it: its key,
        records and kind, and whether it is an everyday word that names no well-known
        place (taken only where the text says it is a place); None if nothing."""
        if word in self._words:
            return self._words[word]
        if len(self._words) >= _STARTS_LIMIT:
            self._words.clear()
        gaz, lexicon = self.gaz, self.gaz.lexicon
        key = token_key(word)
        rids = gaz.candidates(key)
        kind: CandidateKind = "name"
        if word in lexicon.demonyms and not gaz.is_prominent(key):
            rids, kind = (lexicon.demonyms[word],), "demonym"
        found: WordReading | None = None
        if rids and word not in NOT_PLACES:
            everyday = (
                kind == "name"
                and word in lexicon.common_words
                and not gaz.is_prominent(key)
                and key not in lexicon.acronyms
            )
            found = (key, rids, kind, everyday)
        self._words[word] = found
        return found

    def may_start(self, word: str) -> bool:
        """Whether a name may start at a capitalised word (folded ``word``)."""
        found = self.starts.get(word)
        if found is None:
            if len(self.starts) >= _STARTS_LIMIT:
                self.starts.clear()
            lexicon = self.gaz.lexicon
            found = self.starts[word] = (
                token_key(word) in self.gaz.spans
                or word in lexicon.demonyms
                or word in lexicon.demonym_spans
                or word in ARTICLES
            )
        return found


def joinable(tokens: Tokens, i: int) -> bool:
    """Whether word i may continue a name begun before it."""
    gap = tokens.gaps[i]
    if gap in _NAME_GAPS:
        return not tokens.possessive[i - 1]
    prev = tokens.folded[i - 1]
    if gap == ". ":
        return prev in NAME_ABBREVIATIONS  # "St. Louis", not "U.S. Sen."
    if gap == ".":
        return in_initials(tokens, i)  # "U.S.A", "D.C."
    return False


def in_initials(tokens: Tokens, i: int) -> bool:
    """Whether word i continues dotted initials written joined ("U.S.", "D.C.")."""
    return i > 0 and tokens.gaps[i] == "." and len(tokens.folded[i - 1]) == 1


def article_start(tokens: Tokens, i: int) -> bool:
    """A lower-case Arabic article before a capitalised name: al-Bab, ar-Raqqah, al Bab."""
    folded = tokens.folded[i]
    if folded not in ARTICLES or i + 1 >= len(tokens) or not tokens.caps[i + 1]:
        return False
    gap = tokens.gaps[i + 1]
    return gap == "-" or (gap == " " and folded in SPACED_ARTICLES)


def _capitalised(tables: MatchTables, tokens: Tokens) -> tuple[list[int], list[int]]:
    """Capitalised words a name may start at, and those where none can."""
    folded = tokens.folded
    capitalised = list(compress(range(len(folded)), tokens.caps))
    known = list(map(tables.starts.get, map(folded.__getitem__, capitalised)))
    for j in compress(range(len(known)), map(operator.is_, known, repeat(None))):
        known[j] = tables.may_start(folded[capitalised[j]])
    unknown = list(compress(capitalised, map(operator.not_, known)))
    return list(compress(capitalised, known)), unknown


def _lower_start(tables: MatchTables, tokens: Tokens, i: int) -> bool:
    """Whether a well-known name written in lower case may start at lower-case word i
    (one of ``tables.lower``)."""
    word = tokens.folded[i]
    if tables.alone(word):
        return True
    after = i + 1
    if after >= len(tokens) or tokens.caps[after] or not joinable(tokens, after):
        return False
    following = tokens.folded[after]
    if token_key(following) in tables.lower[word]:
        return True
    if following[:1] not in tables.initials[word]:
        return False
    pair = key_of((word, following))  # written joined or split otherwise: "deir ezzor"
    return pair in tables.gaz.prefixes or tables.gaz.is_prominent(pair)


def _articles(tokens: Tokens, hits: list[int]) -> list[int]:
    """Articles before a capitalised name (al-Bab, Al-Bab, el Arish) among the words
    ``hits``: before a hyphen, or "al" or "el" in lower case before a space."""
    gaps, words, folded = tokens.gaps, tokens.words, tokens.folded
    return [
        i
        for i in hits
        if folded[i] in ARTICLES
        and (gaps[i + 1] == "-" or words[i] in SPACED_ARTICLES)
        and article_start(tokens, i)
    ]


def possible_starts(tables: MatchTables, tokens: Tokens) -> tuple[list[int], list[int]]:
    """Words a name may start at, in order: capitalised first words of names or
    demonyms, articles before a capitalised name, lower-case first words of
    well-known names that go on like one; and the capitalised words that start no
    name (a misspelling may hide there)."""
    starts, unknown = _capitalised(tables, tokens)
    # lower-case first words of well-known names and articles (found in C among all
    # the words), then those that may start a name
    folded, caps, lower_words = tokens.folded, tokens.caps, tables.lower
    hits = list(compress(range(len(folded)), map(tables.openers.__contains__, folded)))
    lower = [
        i
        for i in hits
        if not caps[i] and folded[i] in lower_words and _lower_start(tables, tokens, i)
    ]
    articles = _articles(tokens, hits)
    if lower or articles:
        starts = sorted({*starts, *lower, *articles})
    # no name starts inside dotted initials: the "S." of "U.S. Sens." is no "South"; nor
    # inside a Romance name: the "Sur" of "Lanao del Sur" is no Sur in Oman
    gaps = tokens.gaps
    starts = [
        i
        for i in starts
        if (gaps[i] != "." or not in_initials(tokens, i))
        and (gaps[i] != " " or not in_romance_name(tokens, i))
    ]
    return starts, unknown


# Lower-case connectors inside Spanish, Portuguese, Italian and French names.
_ROMANCE_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della", "du", "des"})


def in_romance_name(tokens: Tokens, i: int) -> bool:
    """Whether capitalised word i continues a name after a lower-case connector: "Lanao
    del Sur", "Juan de la Cruz" (the whole name, when the gazetteer has it, is found
    from its first word: "Rio de Janeiro")."""
    j = i - 1
    if j < 1:
        return False
    if tokens.words[j] == "la" and tokens.gaps[j] == " ":
        j -= 1  # "de la"
    return (
        j >= 1
        and tokens.gaps[i] == " "
        and tokens.gaps[j] == " "
        and tokens.words[j] in _ROMANCE_CONNECTORS
        and tokens.caps[j - 1]
    )


def misspelt(tables: MatchTables, tokens: Tokens, i: int) -> list[Candidate]:
    """A candidate for word i if it is a misspelt name of a well-known place: no
    everyday word, given name, surname, title, month or day, no acronym ("Afganistan",
    not "Hillary"). The filters take it only where the text says it is a place."""
    word = tokens.folded[i]
    lexicon = tables.gaz.lexicon
    if (
        len(word) < MIN_SWAPPED
        or tokens.is_upper(i)
        or word in lexicon.common_words
        or word in lexicon.given_names
        or word in lexicon.surnames
        or word in NOT_PLACES
        or word in TITLES
    ):
        return []
    key = tables.corrections.correct(token_key(word))
    if key is None:
        return []
    rids = tables.gaz.candidates(key)
    start, end = tokens.starts[i], tokens.ends[i]
    return [Candidate(i, i, start, end, key, rids, "name", misspelt=True)]
