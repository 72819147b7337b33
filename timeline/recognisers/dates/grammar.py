"""The compiled grammar: each rule's pattern with its handler, and the rules that may
match at a position, by the character there. Compiled once at import."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.recognisers.dates import (
    rules_absolute,
    rules_anaphora,
    rules_calendar,
    rules_deictic,
    rules_hijri,
    rules_ordinal,
    rules_spans,
    rules_time,
)
from timeline.recognisers.dates.firsts import ANY, first_chars
from timeline.recognisers.dates.firstwords import FirstWords, first_words
from timeline.recognisers.dates.patterns import PATTERNS
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["RULES", "RULES_ANYWHERE", "RULES_BY_FIRST", "Rule", "rules_for_word"]

Handler = Callable[[re.Match[str], Context], Hit | None]

_FLAGS = re.IGNORECASE
_LEFT = r"(?<!\w)"
_RIGHT = r"(?!\w|-[a-z])"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    first: FirstWords  # the words a match starting with a letter may start with


# In order of preference when two rules match the same stretch of text.
_HANDLERS: tuple[tuple[str, Handler], ...] = (
    ("iso", rules_absolute.iso),
    ("numeric", rules_absolute.numeric),
    ("mdy", rules_absolute.mdy),
    ("dmy", rules_absolute.dmy),
    ("foreign", rules_absolute.foreign),
    ("range_head", rules_absolute.range_head),
    ("range_tail", rules_absolute.range_tail),
    ("ordinal_day", rules_ordinal.ordinal_day),
    ("month", rules_calendar.month),
    ("holiday", rules_calendar.holiday),
    ("hijri", rules_hijri.hijri_holiday),
    ("quarter", rules_calendar.quarter),
    ("finance", rules_calendar.finance),
    ("decade", rules_absolute.decade),
    ("century", rules_absolute.century),
    ("year", rules_absolute.year),
    ("spoken_year", rules_absolute.spoken_year),
    ("season", rules_calendar.season),
    ("weekday", rules_deictic.weekday),
    ("relday", rules_deictic.relday),
    ("relunit", rules_deictic.relunit),
    ("anaphor", rules_anaphora.anaphor),
    ("aftermath", rules_anaphora.aftermath),
    ("clock", rules_time.clock),
    ("ago", rules_anaphora.ago),
    ("lastn", rules_spans.lastn),
    ("duration", rules_spans.duration),
    ("set", rules_spans.set_),
    ("ref", rules_spans.ref),
    ("yearend", rules_calendar.yearend),
)


def _compile(body: str) -> re.Pattern[str]:
    return re.compile(f"{_LEFT}(?:{body}){_RIGHT}", _FLAGS)


def _rule(name: str, handler: Handler) -> Rule:
    pattern = _compile(PATTERNS[name])
    return Rule(name, pattern, handler, first_words(pattern))


RULES: tuple[Rule, ...] = tuple(_rule(name, handler) for name, handler in _HANDLERS)


def _dispatch() -> tuple[dict[str, tuple[Rule, ...]], tuple[Rule, ...]]:
    firsts = [first_chars(rule.pattern) for rule in RULES]
    anywhere = tuple(rule for rule, chars in zip(RULES, firsts, strict=True) if chars == ANY)
    table = {
        char: tuple(
            r for r, chars in zip(RULES, firsts, strict=True) if chars == ANY or char in chars
        )
        for char in set().union(*firsts)
    }
    return table, anywhere


# The rules that may match at a position, by the character there (in the order of
# preference), and those for any other character.
RULES_BY_FIRST, RULES_ANYWHERE = _dispatch()


@functools.lru_cache(maxsize=1 << 13)
def rules_for_word(word: str) -> tuple[Rule, ...]:
    """The rules that may match where ``word`` starts (the whole word there, lower-cased,
    ASCII, starting with a letter), in the order of preference: those its first
    character admits whose first words admit it ("friday" is no month's)."""
    by_char = RULES_BY_FIRST.get(word[0], RULES_ANYWHERE)
    return tuple(rule for rule in by_char if rule.first.admits(word))
