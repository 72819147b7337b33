"""A day of the month written alone: "on the 5th", "by the 21st". It is that day of the
month the story has just named, else of the month nearest the publication date."""

from __future__ import annotations

import re

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import next_word, prev_word
from timeline.recognisers.dates.cues import FUNCTION_WORDS
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.resolve import nearest, valid_date
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["ordinal_day"]

# The words before "the 5th" that make it a day ("on the 5th", "until the 21st").
_DAY_PREPOSITIONS = word_set("on by until till since from before after through starting")
# Words after "the 5th" that leave it a day: function words and pronouns.
_DAY_FOLLOWERS = FUNCTION_WORDS | word_set("i you he she it we they there this")


def _month_of_story(ctx: Context, start: int) -> Period | None:
    """The month the sentence is in: the day or month named last in it."""
    recent = ctx.recent_period(start)
    if recent is None or recent.kind not in ("day", "month"):
        return None
    return Period.of("month", recent.first_day())


def _day_in(month: Period, day: int) -> Period | None:
    first = month.first_day()
    when = valid_date(first.year, first.month, day)
    return Period.of("day", when) if when else None


def ordinal_day(m: re.Match[str], ctx: Context) -> Hit | None:
    if prev_word(ctx.text, m.start(), ctx.lo) not in _DAY_PREPOSITIONS:
        return None
    following = next_word(ctx.text, m.end(), ctx.hi)
    if following[:1].isalnum() and following.lower() not in _DAY_FOLLOWERS:
        return None  # "on the 5th floor", "by the 3rd Division"
    day, span = int(m["day"]), (m.start(), m.end())
    month = _month_of_story(ctx, m.start())
    if month is not None:
        period = _day_in(month, day)
        return Hit(*span, "DATE", period=period, basis="relative") if period else None
    if ctx.dct is None:
        return Hit(*span, "DATE", f"XXXX-XX-{day:02d}")
    current = Period.of("month", ctx.dct)
    shifted = (current.shift(k) for k in (-1, 0, 1))
    options = [p for p in (_day_in(s, day) for s in shifted if s) if p is not None]
    picked = nearest(options, Period.of("day", ctx.dct), ctx.tense(*span))
    return Hit(*span, "DATE", period=picked, basis="relative") if picked else None
