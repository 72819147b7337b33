"""Clauses within a sentence, and small word-window helpers for the event rules."""

from __future__ import annotations

import re

from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import folded

__all__ = ["clause_bounds", "contrasted", "words_before", "words_between"]

# The patterns are written in lower case and matched against the folded text (case-blind,
# faster than re.IGNORECASE).
# A clause ends at a semicolon or colon, before a contrastive conjunction, or at ", and"
# that starts a new subject (not ", and were bused out", which continues the same one).
_CLAUSE_BREAK = re.compile(
    r"[;:]\s+|\s+(?:but|while|whereas|although|though|however)\s+"
    # A subordinate clause of time or cause has its own subject: "... before troops close".
    r"|,?\s+(?:before|until|because|unless|once)\s+"
    # A guess or a belief starts a clause of its own: "they withdraw, my guess is that ...".
    r"|,\s+(?=(?:my\s+guess|i\s+think|i\s+believe|i\s+guess|i\s+suspect|i\s+bet|maybe|perhaps)\b)"
    r"|,\s+and\s+(?!(?:were|was|are|is|have|has|had|then|later|also|been|be|being|it|they|he|she)\b)"
    # What a report says is a clause of its own: "the SDF said that [the alliance has deals]".
    rf"|\b(?:{REPORTING_VERBS}|told\s+\w+|"
    r"believes?|thinks?|knows?|indicates?|suggests?|information|evidence|denied|denies)"
    r"\s+(?P<that>that\s+)"
)
_WORD = re.compile(r"[\w'’.-]+")
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|however|yet)\b")


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The [start, end) spans of the clauses of the sentence text[start:end]."""
    bounds = []
    lo = start
    for match in _CLAUSE_BREAK.finditer(folded(text), start, end):
        cut = match.start("that") if match.group("that") else match.start()
        if cut > lo:
            bounds.append((lo, cut))
        lo = match.end()
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
    is denied or attributed on one side does not carry over to the other."""
    lo, hi = min(start, end), max(start, end)
    return _CONTRAST.search(folded(text), lo, hi) is not None
