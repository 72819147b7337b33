"""Cheap reads of the text around a candidate: the word before and after, the tense of
its clause, whether a bare number is a year, whether a sentence ends in between."""

from __future__ import annotations

import operator
import re
from itertools import compress, product, repeat
from operator import or_

from timeline.recognisers._case import fold
from timeline.recognisers._words import word_set
from timeline.recognisers.dates.cues import (
    BY_PREPOSITIONS,
    DAY_COUNT_NOUNS,
    DEFERRING_PHRASES,
    DEFERRING_VERBS,
    FUTURE_CUES,
    FUTURE_PREPOSITIONS,
    NOT_PAST_ED,
    NOUN_NOT_PLURAL,
    PASSIVE_MARKERS,
    PAST_CUES,
    PAST_PREPOSITIONS,
    UNTIL_PREPOSITIONS,
    YEAR_DETERMINERS,
    YEAR_PREPOSITIONS,
)
from timeline.recognisers.dates.lexicon import MONTHS

__all__ = [
    "counts_after_day",
    "crosses_sentence",
    "followed_by_count_noun",
    "future_before",
    "next_word",
    "prev_word",
    "tense",
    "year_context",
]

_PREV_WORD = re.compile(r"([^\W\d_][\w'’.-]*|\d[\d,.]*|[$£€#%(])\s*$")
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*|\d[\d,.]*|[%$)\]])")
_CLAUSE_END = re.compile(r"[.!?;:]['\"’”)\]]*\s|\n|[\"“”]|``|''")
_SUBORDINATE = re.compile(
    r"\b(?:once|unless|until|till|if|when|whenever|so\s+that|in\s+order\s+to|in\s+case)\b",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(
    r"(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|ahead\s+of|in\s+time\s+for)\s*$",
    re.IGNORECASE,
)
# The last words of the phrases of _FUTURE_BEFORE.
_FUTURE_BEFORE_LAST = frozenset({"as", "than", "of", "for"})
_WORDS = re.compile(r"[^\W\d_][\w'’]*")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?]\s+(?=[A-Z\"“])|\n\s*\n")
_COUNT_WORDS = word_set(
    "percent per cent million billion thousand hundred people persons dollars euros pounds "
    "times tonnes tons km kilometres kilometers miles metres meters feet"
)
_YEAR_LIST = re.compile(r"(?:1\d{3}|20\d{2})\s*(?:,|and|or|to|-|–|—|/)\s*$")
_YEAR_LIST_AFTER = re.compile(r"\s*(?:,|and|or|to|-|–|—|/|through)\s*(?:1\d{3}|20\d{2})(?!\d)")
_WINDOW = 160
# How much farther (in characters) a form in -ed counts than a listed tense word, unless
# it stands right before the expression.
_WEAK_CUE_PENALTY = 40
_NEEDS_NEXT = FUTURE_CUES | {"set", "last"}
# After these, "last" is the verb ("will last through Monday"), not "last week".
_LAST_VERB_AFTER = UNTIL_PREPOSITIONS | {"for", "into", "beyond", "longer"}
# Only these words and the forms in -ed and -'ll can be cues (see ``_cue``).
_MAYBE_CUE = FUTURE_CUES | PAST_CUES | {"set"}
_CUE_ENDINGS = ("ed", "ll")
# The cue words with each apostrophe written either way: a word is one of these exactly
# when, its curly apostrophes made straight, it is a cue word.
_MAYBE_CUE_WRITTEN = frozenset(
    variant
    for word in _MAYBE_CUE
    for variant in map("".join, product(*(("'", "’") if c == "'" else (c,) for c in word)))
)
_GROUP = operator.methodcaller("group")
_ADJACENT = 4
# A relative clause set off by commas (", which had been expected,"): its verbs do not
# give the tense of the clause around it.
_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;.]*,")
_YEAR_ONLY_PREPOSITIONS = word_set("in since during until till throughout")


def _prev_written(text: str, pos: int, lo: int) -> str:
    """``_PREV_WORD``'s word before ``pos`` as written; "" if none.

    The search starts after the last space or line break before the word: no match
    spans one, so the positions before it cannot start one (the regex would try each)."""
    floor = max(lo, pos - 40)
    end = floor + len(text[floor:pos].rstrip())
    start = max(floor, text.rfind(" ", floor, end) + 1, text.rfind("\n", floor, end) + 1)
    match = _PREV_WORD.search(text, start, pos)
    return match.group(1) if match else ""


def prev_word(text: str, pos: int, lo: int = 0) -> str:
    """The word (or number, or symbol) just before ``pos``, lower-cased; "" at the start."""
    return _prev_written(text, pos, lo).lower().rstrip("-")


def next_word(text: str, pos: int, hi: int | None = None) -> str:
    """The word (or number, or symbol) just after ``pos``, as written; "" at the end."""
    match = _NEXT_WORD.match(text, pos, len(text) if hi is None else hi)
    return match.group(1) if match else ""


def followed_by_count_noun(text: str, end: int, hi: int | None = None) -> bool:
    """Whether the number ending at ``end`` counts things: "2016 vehicles", "1500 %"."""
    word = next_word(text, end, hi)
    if not word:
        return False
    lower = word.lower()
    if lower in _COUNT_WORDS or word in ("%", "$"):
        return True
    return (
        word.islower()
        and len(word) > 3
        and lower.endswith("s")
        and not lower.endswith("ss")
        and lower not in NOUN_NOT_PLURAL
    )


def counts_after_day(text: str, end: int, hi: int | None = None) -> bool:
    """Whether the day number ending at ``end`` is rather a count: "December 6 people"."""
    word = next_word(text, end, hi).lower()
    return word in DAY_COUNT_NOUNS or word == "%"


def year_context(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the bare four-digit number at [start, end) reads as a year."""
    before = prev_word(text, start, lo)
    if before in _YEAR_ONLY_PREPOSITIONS:
        return True  # "in 2016 protests spread": after "in", a number is a year
    if followed_by_count_noun(text, end, hi):
        return False
    if before in YEAR_PREPOSITIONS or before.rstrip(".") in MONTHS:
        return True
    if before == "the" or before in YEAR_DETERMINERS or before.endswith(("'s", "’s")):
        return True
    if before == "(" and text[end : end + 1] == ")":
        return True
    if _YEAR_LIST.search(text, max(lo, start - 12), start):
        return True
    return _YEAR_LIST_AFTER.match(text, end, len(text) if hi is None else hi) is not None


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence boundary lies in text[start:end]."""
    return _SENTENCE_END.search(text, start, end) is not None


def sentence_breaks(text: str, start: int, end: int, limit: int = 2) -> int:
    """The sentence and paragraph boundaries in text[start:end], counted up to ``limit``."""
    count = 0
    for _ in _SENTENCE_END.finditer(text, start, end):
        count += 1
        if count >= limit:
            break
    return count


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    left = max(lo, start - _WINDOW)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, left, start)]
    right_match = _CLAUSE_END.search(text, end, min(hi, end + _WINDOW))
    return (ends[-1] if ends else left), (
        right_match.start() if right_match else min(hi, end + _WINDOW)
    )


def _cue(word: str, before: str, after: str) -> tuple[str, int] | None:
    """The tense ``word`` marks and how surely: 1 for a listed word ("will", "said"), 0
    for a form in -ed, which may be an adjective ("markets untouched by")."""
    lower = word.lower().replace("’", "'")
    if lower in FUTURE_CUES or lower.endswith("'ll") or (lower == "set" and after == "to"):
        if before != "been":
            return "future", 1
        # "had been due to expire Friday": a plan that was, so a day already past
        return ("past", 1) if after == "to" else None
    if before in PASSIVE_MARKERS or (lower == "last" and after in _LAST_VERB_AFTER):
        return None
    if lower in PAST_CUES:
        return "past", 1
    if len(lower) > 4 and lower.endswith("ed") and lower not in NOT_PAST_ED:
        return "past", 0
    return None


def future_before(text: str, start: int, lo: int = 0) -> bool:
    """Whether the words right before ``start`` point ahead: "payable Dec. 21", "as early
    as Tuesday", "ahead of Tuesday's vote"."""
    return _future_before(text, start, lo, _prev_written(text, start, lo))


def _future_before(text: str, start: int, lo: int, written: str) -> bool:
    """``future_before`` given the word before ``start`` as written."""
    if written.lower().rstrip("-") in FUTURE_PREPOSITIONS:
        return True
    if fold(written) not in _FUTURE_BEFORE_LAST:
        return False  # every phrase of _FUTURE_BEFORE ends in one of these words
    return _FUTURE_BEFORE.search(text, max(lo, start - 24), start) is not None


def tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """ "future" or "past" by the cue word nearest to [start, end) in its clause, else None."""
    written = _prev_written(text, start, lo)
    before = written.lower().rstrip("-")
    if _future_before(text, start, lo, written):
        return "future"  # "by May", "payable Dec. 21", "as early as Tuesday"
    if before in PAST_PREPOSITIONS:
        return "past"
    left, right = _clause(text, start, end, lo, len(text) if hi is None else hi)
    # "deployed on Monday to protect convoys once it reopens": a subordinate clause after
    # the expression has a tense of its own.
    subordinate = _SUBORDINATE.search(text, end, right)
    if subordinate is not None:
        right = subordinate.start()
    cue = _clause_cue(text, start, end, left, right)
    if before in UNTIL_PREPOSITIONS and not written[:1].isupper():
        # "lasts through Monday", "postponed until Tuesday"; but a past narrative tells
        # a span that ran up to a day gone by: "the shelling continued through Monday"
        if cue != "past" or _deferred(text, left, start):
            return "future"
        return "past"
    if before in BY_PREPOSITIONS and cue != "past":
        return "future"  # "by May", but not "by May it was over"
    return cue


def _deferred(text: str, left: int, start: int) -> bool:
    """Whether a verb that moves an end later stands in the clause before ``start``:
    "postponed until", "extended the truce through", "put off until", "has extended ...
    loans through January"."""
    words = [w.lower() for w in _WORDS.findall(text, left, start)]
    pairs = map(" ".join, zip(words, words[1:], strict=False))
    return any(w in DEFERRING_VERBS for w in words) or any(p in DEFERRING_PHRASES for p in pairs)


def _clause_cue(text: str, start: int, end: int, left: int, right: int) -> str | None:
    """The cue nearest to [start, end) in its clause [left, right) (see ``tense``)."""
    asides = [
        (m.start(), m.end())
        for m in _ASIDE.finditer(text, left, right)
        if not m.start() <= start < m.end()
    ]
    # Every word of the clause, lower-cased; only the few that may be cues are read on
    # (picked out in C: the Python loop runs over them alone).
    matches = list(_WORDS.finditer(text, left, right))
    lowers = list(map(str.lower, map(_GROUP, matches)))
    maybe = map(
        or_,
        map(_MAYBE_CUE_WRITTEN.__contains__, lowers),
        map(str.endswith, lowers, repeat(_CUE_ENDINGS)),
    )
    best: tuple[int, str] | None = None
    for k in compress(range(len(lowers)), maybe):
        match, lower = matches[k], lowers[k]
        previous = lowers[k - 1] if k else ""
        skip = start <= match.start() < end or any(a <= match.start() < b for a, b in asides)
        after = next_word(text, match.end(), right).lower() if lower in _NEEDS_NEXT else ""
        found = None if skip else _cue(match.group(), previous, after)
        if found is None:
            continue
        cue, sure = found
        distance = start - match.end() if match.end() <= start else match.start() - end
        if not sure and distance > _ADJACENT:  # "closed Wednesday" is a verb, surely
            distance += _WEAK_CUE_PENALTY
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None
