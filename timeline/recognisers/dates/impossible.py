"""Dates that do not exist ("December 45, 2017", "31 April", "2017-13-05"): why, and the
part of them that is real, which the rules keep (the month, else the year)."""

from __future__ import annotations

import calendar

from timeline.recognisers.dates.lexicon import MONTH_NAMES
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.rules_calendar import month_near
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["impossible_reason", "real_part"]

# The days of each month in a leap year: February 29 is checked against the year.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def impossible_reason(year: int | None, month: int, day: int) -> str | None:
    """Why ``day`` ``month`` ``year`` is no date ("there is no month 13", "April has no
    day 31", "2017 is not a leap year"); None when it is one (in some year, when ``year``
    is None: February 29 is)."""
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if not 1 <= day <= _MONTH_DAYS[month - 1]:
        return f"{MONTH_NAMES[month - 1].capitalize()} has no day {day}"
    if month == 2 and day == 29 and year is not None and not calendar.isleap(year):
        return f"{year} is not a leap year"
    return None


def real_part(
    span: tuple[int, int], ctx: Context, parts: tuple[int | None, int, int], rel: str = ""
) -> Hit | None:
    """The hit of a date that does not exist (``parts``: year or None, month, day), read
    as the part of it that does: its month (with no year written, the one a month name
    alone would be, near the DCT; ``rel`` "last", "next" ...), else its year; the reason
    in its note. None when the date exists, or when nothing of it is real."""
    year, month, day = parts
    reason = impossible_reason(year, month, day)
    if reason is None:
        return None
    if not 1 <= month <= 12:
        if year is None:
            return None
        return Hit(*span, "DATE", period=Period("year", year), basis="explicit", note=reason)
    if year is not None:
        period = Period.month(year, month)
        return Hit(*span, "DATE", period=period, basis="explicit", note=reason)
    near = month_near(ctx, month, rel, span)
    if near is None:
        return Hit(*span, "DATE", f"XXXX-{month:02d}", note=reason)
    return Hit(*span, "DATE", period=near, basis="relative", note=reason)
