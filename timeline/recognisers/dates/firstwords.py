"""The first words a pattern's match may begin with, so the scanner tries at a word only
the rules that can match there ("Friday" cannot open "December 6", nor "last" "1990s").

Read from the parsed pattern (``re._parser``, as ``firsts`` does), for matches that
start with an ASCII letter: the strings of ASCII word characters a match may open with.
A string read up to a character that cannot be part of a word (a space, a comma) is the
whole first word (``exact``); one cut short by anything the reading does not follow (a
class like ``\\w``, a long repetition, a letter outside ASCII that a case-blind match
may equate with an ASCII one) is only its beginning (``prefixes``). Zero-width
assertions are ignored and every branch is kept, so the sets only ever say too much:
a rule left out at a word cannot match there. ``""`` among the prefixes means any word.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from timeline.recognisers.dates.firsts import class_chars, parse_pattern

__all__ = ["FirstWords", "first_words"]

_LETTERS = frozenset(string.ascii_letters)
_WORD_CHARS = _LETTERS | frozenset(string.digits + "_")
_MAX_STRINGS = 4096  # more strings than this in the reading: cut it short
_MAX_ROUNDS = 3  # repetitions followed; after that the strings are only beginnings
_ENUMERABLE = 512  # largest character range listed char by char


@dataclass(frozen=True, slots=True)
class FirstWords:
    """What a match starting with an ASCII letter may start with (lower case):
    exactly one of ``exact``, or a word beginning with one of ``prefixes``."""

    exact: frozenset[str]
    prefixes: frozenset[str]

    @property
    def any_word(self) -> bool:
        return "" in self.prefixes

    def admits(self, word: str) -> bool:
        """Whether a match may start with ``word`` (ASCII, lower case, a whole word)."""
        return word in self.exact or any(word[:k] in self.prefixes for k in range(len(word) + 1))


@dataclass(slots=True)
class _Reading:
    """Strings read so far: closed as whole words, as beginnings, and still open."""

    exact: set[str]
    prefixes: set[str]
    open: set[str]

    def close_as_prefixes(self) -> _Reading:
        self.prefixes |= self.open
        self.open = set()
        return self


def _step(opens: set[str], chars: Collection[str]) -> _Reading:
    """One character out of ``chars`` read after each open string."""
    out = _Reading(set(), set(), set())
    if not opens:
        return out
    # A word character outside ASCII may be one a case-blind match equates with an ASCII
    # letter (the Kelvin sign, the long s): from there on only beginnings are known.
    lookalike = any(not c.isascii() and (c.isalnum() or c == "_") for c in chars)
    if lookalike or len(opens) * len(chars) > _MAX_STRINGS:
        out.prefixes |= opens
        return out
    for c in chars:
        if c not in _WORD_CHARS:  # no word character: the first word ends here
            out.exact |= {s for s in opens if s}
        elif c in _LETTERS:
            out.open |= {s + c.lower() for s in opens}
        else:  # a digit or "_": no word starting with a letter begins with it
            out.open |= {s + c for s in opens if s}
    return out


def _repeat(low: int, high: int, item: list[tuple[Any, Any]], opens: set[str]) -> _Reading:
    out = _Reading(set(), set(), set(opens) if low == 0 else set())
    current = opens
    for rounds in range(1, high + 1):
        step = _sequence(item, current)
        out.exact |= step.exact
        out.prefixes |= step.prefixes
        current = step.open
        if not current:
            break
        if rounds >= low:
            out.open |= current
        if rounds >= _MAX_ROUNDS and rounds < high:
            out.prefixes |= current  # any number more: only beginnings are known
            break
    return out


def _item(op: Any, arg: Any, opens: set[str]) -> _Reading:
    name = str(op)
    if name == "LITERAL":
        return _step(opens, {chr(arg)})
    if name == "IN":
        chars = class_chars(arg, _ENUMERABLE)
        if chars is None:
            return _Reading(set(), set(), set(opens)).close_as_prefixes()
        return _step(opens, chars)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _Reading(set(), set(), set(opens))  # zero width: ignored
    if name == "SUBPATTERN":
        return _sequence(arg[-1], opens)
    if name == "ATOMIC_GROUP":
        return _sequence(arg, opens)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _repeat(arg[0], arg[1], arg[2], opens)
    if name == "BRANCH":
        out = _Reading(set(), set(), set())
        for branch in arg[1]:
            step = _sequence(branch, opens)
            out.exact |= step.exact
            out.prefixes |= step.prefixes
            out.open |= step.open
        return out
    return _Reading(set(), set(), set(opens)).close_as_prefixes()  # ANY, NOT_LITERAL, ...


def _sequence(items: Iterable[tuple[Any, Any]], opens: set[str]) -> _Reading:
    out = _Reading(set(), set(), set(opens))
    for op, arg in items:
        if not out.open:
            break
        step = _item(op, arg, out.open)
        out.exact |= step.exact
        out.prefixes |= step.prefixes
        out.open = step.open
    return out


def first_words(pattern: re.Pattern[str]) -> FirstWords:
    """The first words a match of ``pattern`` that starts with an ASCII letter may have
    (see the module docstring); any word when the pattern cannot be read."""
    try:
        reading = _sequence(parse_pattern(pattern).data, {""}).close_as_prefixes()
    except (AttributeError, ImportError, TypeError, ValueError, IndexError):
        return FirstWords(frozenset(), frozenset({""}))
    if "" in reading.prefixes:
        return FirstWords(frozenset(), frozenset({""}))
    return FirstWords(frozenset(reading.exact), frozenset(reading.prefixes))
