"""The characters a pattern's match may begin with, so the scanner tries at a position
only the rules that can match there (a digit cannot open "last week").

The set is read from the parsed pattern (``re._parser``, the standard library's own
parser). Anything it does not know (a construct of a newer Python, say) makes the set
"any character", which only costs speed, never a match.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from typing import Any

__all__ = ["ANY", "class_chars", "first_chars", "parse_pattern"]

ANY: frozenset[str] = frozenset()  # the empty set stands for "any character"
_DIGITS = frozenset(string.digits)
_SPACES = frozenset(" \t\n\r\f\v")
# (first characters or None for any, whether the item may match the empty string)
_First = tuple[frozenset[str] | None, bool]


def parse_pattern(pattern: re.Pattern[str]) -> Any:
    """``pattern`` as the standard library's own parser reads it."""
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern.pattern, pattern.flags)


def _category(name: str) -> frozenset[str] | None:
    if name.endswith("_DIGIT") and "NOT" not in name:
        return _DIGITS
    if name.endswith("_SPACE") and "NOT" not in name:
        return _SPACES
    return None


def class_chars(
    items: Iterable[tuple[Any, Any]], widest: int | None = None
) -> frozenset[str] | None:
    """The characters a parsed class ``[...]`` matches; None when they are not listed
    (negated classes, ``\\w``, ranges of ``widest`` characters or more)."""
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE" and (widest is None or arg[1] - arg[0] < widest):
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif name == "CATEGORY" and _category(str(arg)) is not None:
            chars.update(_category(str(arg)) or ())
        else:
            return None
    return frozenset(chars)


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


def _item(op: Any, arg: Any) -> _First:
    name = str(op)
    if name == "LITERAL":
        return frozenset({chr(arg)}), False
    if name == "IN":
        return class_chars(arg), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset(), True  # zero width
    if name == "SUBPATTERN":
        return _sequence(arg[-1])
    if name == "ATOMIC_GROUP":
        return _sequence(arg)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        chars, empty = _sequence(arg[2])
        return chars, empty or arg[0] == 0
    if name == "BRANCH":
        found: frozenset[str] | None = frozenset()
        nullable = False
        for branch in arg[1]:
            chars, empty = _sequence(branch)
            found, nullable = _union(found, chars), nullable or empty
        return found, nullable
    return None, False  # ANY, NOT_LITERAL, GROUPREF, ...


def _sequence(items: Iterable[tuple[Any, Any]]) -> _First:
    found: frozenset[str] | None = frozenset()
    for op, arg in items:
        chars, empty = _item(op, arg)
        found = _union(found, chars)
        if found is None or not empty:
            return found, False
    return found, True


def first_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The lower-case characters a match of ``pattern`` may start with; ``ANY`` (empty)
    when that is not known or the pattern may match the empty string."""
    try:
        chars, empty = _sequence(parse_pattern(pattern).data)
    except (AttributeError, ImportError, TypeError, ValueError, IndexError):
        return ANY
    if chars is None or empty:
        return ANY
    return frozenset(c.lower() for c in chars) | frozenset(c.upper() for c in chars)
