"""Clauses within a sentence, and small word-window helpers for the event rules."""

from __future__ import annotations

import bisect
import functools
import re

from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import folded

__all__ = ["clause_bounds", "contrasted", "words_before", "words_between"]

# The patterns are written in lower case and matched against the folded text (case-blind,
# faster than re.IGNORECASE).
# A clause ends at a semicolon or colon, before a contrastive conjunction, or at ", and"
# that starts a new subject (not ", and were bused out", which continues the same one).
_CONTRASTIVE = r"but|while|whereas|although|though|however"
# A subordinate clause of time or cause has its own subject: "... before troops close".
_SUBORDINATE = r"before|until|because|unless|once"
# A guess or a belief starts a clause of its own: "they withdraw, my guess is that ...".
_GUESSES = r"my\s+guess|i\s+think|i\s+believe|i\s+guess|i\s+suspect|i\s+bet|maybe|perhaps"
_SAME_SUBJECT = r"were|was|are|is|have|has|had|then|later|also|been|be|being|it|they|he|she"
# A break that opens with a run of spaces is tried only where the run starts: tried at
# every space of a long run, it would read the rest of the run each time (quadratic).
_RUN_START = r"(?<=\s)(?<!\s\s)"  # just after the first space of a run (in _PLAIN_BREAK)
_CLAUSE_BREAK = re.compile(
    rf"[;:]\s+|(?<!\s)\s+(?:{_CONTRASTIVE})\s+|(?:,|(?<!\s))\s+(?:{_SUBORDINATE})\s+"
    rf"|,\s+(?=(?:{_GUESSES})\b)|,\s+and\s+(?!(?:{_SAME_SUBJECT})\b)"
    # What a report says is a clause of its own: "the SDF said that [the alliance has deals]".
    rf"|\b(?:{REPORTING_VERBS}|told\s+\w+|"
    r"believes?|thinks?|knows?|indicates?|suggests?|information|evidence|denied|denies)"
    r"\s+(?P<that>that\s+)"
)
# The same breaks but the report's (for a sentence without "that"), each alternative
# opened by the one character it starts with: a pattern that starts with a class is
# searched for by that class, in C, far faster than trying every alternative everywhere.
_PLAIN_BREAK = re.compile(
    rf"[;:,\s](?:(?<=[;:])\s+|{_RUN_START}\s*+(?:{_CONTRASTIVE})\s+"
    rf"|(?<=,)\s+(?:{_SUBORDINATE})\s+|{_RUN_START}\s*+(?:{_SUBORDINATE})\s+"
    rf"|(?<=,)\s+(?=(?:{_GUESSES})\b)"
    rf"|(?<=,)\s+and\s+(?!(?:{_SAME_SUBJECT})\b))"
)
_WORD = re.compile(r"[\w'’.-]+")
_CONTRAST_WORDS = ("but", "while", "whereas", "although", "though", "however", "yet")
_CONTRAST = re.compile(r"\b(?:{})\b".format("|".join(_CONTRAST_WORDS)))
_CONTRAST_LONGEST = max(len(word) for word in _CONTRAST_WORDS)


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The [start, end) spans of the clauses of the sentence text[start:end]."""
    lower = folded(text)
    if lower.find("that", start, end) < 0:  # no report's "that": no break before one
        cuts = [(m.start(), m.end()) for m in _PLAIN_BREAK.finditer(lower, start, end)]
    else:
        cuts = [
            (m.start("that") if m.group("that") else m.start(), m.end())
            for m in _CLAUSE_BREAK.finditer(lower, start, end)
        ]
    bounds = []
    lo = start
    for cut, after in cuts:
        if cut > lo:
            bounds.append((lo, cut))
        lo = after
    if end > lo:
        bounds.append((lo, end))
    return bounds or [(start, end)]


def words_before(text: str, pos: int, limit: int, floor: int = 0) -> list[str]:
    """Up to ``limit`` lowercased words before ``pos`` (not before ``floor``), nearest last."""
    words = _WORD.findall(text[max(floor, pos - 12 * limit) : pos])
    return [w.lower() for w in words[-limit:]]


def words_between(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[start:end])]


def contrasted(text: str, start: int, end: int) -> bool:
    """Whether a contrast ("but", "while", "however") stands between two offsets: what
    is denied or attributed on one side does not carry over to the other.

    What ``_CONTRAST.search(folded(text), lo, hi)`` says, in time that does not grow with
    the distance (the event rules ask it for every pair of mentions in a sentence)."""
    lo, hi = min(start, end), max(start, end)
    starts, ends = _contrasts(text)
    first = bisect.bisect_left(starts, lo)  # the first contrast word from ``lo`` on
    if first < len(starts) and ends[first] <= hi:
        return True
    # A word cut at ``hi`` is whole to a search that ends there ("but" of "butter").
    return _CONTRAST.search(folded(text), max(lo, hi - _CONTRAST_LONGEST), hi) is not None


@functools.lru_cache(maxsize=4)
def _contrasts(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the contrast words in ``text``, in order (whole words:
    they never overlap), for the last few texts."""
    spans = [match.span() for match in _CONTRAST.finditer(folded(text))]
    return [lo for lo, _ in spans], [hi for _, hi in spans]
