"""Time words inside names: "60 Minutes", ABC's "This Week", "VOA Today" are titles,
not time expressions. A unit or deictic word capitalised where no sentence starts
gives one away, except in a headline, where every word is capitalised."""

from __future__ import annotations

import re

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.lexicon import UNITS

__all__ = ["titled"]

# Words that are common nouns or adverbs in a time expression and capitalised in a name.
_TITLE_WORDS = frozenset(UNITS) | word_set("today tomorrow yesterday tonight now")
_WORDS = re.compile(r"[^\W\d_][\w'’]*")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# A headline: a short line whose longer words are mostly capitalised.
_HEADLINE_SHARE = 0.75
_HEADLINE_CHARS = 150


def _sentence_starts(text: str, pos: int, lo: int) -> bool:
    before = text[max(lo, pos - 12) : pos].rstrip(" \t\"'“‘`(")
    return pos <= lo or not before or before[-1] in ".!?:;\n-–—"


def _headline(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is in title case ("Talks Resume Next Week")."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _HEADLINE_CHARS:
        return False
    words = _LONG_WORD.findall(text, line_start, line_end)
    capitalised = sum(1 for word in words if word[0].isupper())
    return len(words) >= 3 and capitalised >= _HEADLINE_SHARE * len(words)


def titled(text: str, start: int, end: int, lo: int = 0) -> bool:
    """Whether a unit or deictic word in text[start:end] is capitalised where a sentence
    does not start, outside a headline: part of a name."""
    for match in _WORDS.finditer(text, start, end):
        word = match.group()
        if not (word[:1].isupper() and word.lower() in _TITLE_WORDS) or word.isupper():
            continue
        if match.start() > start or not _sentence_starts(text, match.start(), lo):
            return not _headline(text, match.start())
    return False
