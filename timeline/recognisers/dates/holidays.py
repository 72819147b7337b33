"""Dates of named holidays in a given year (fixed days, Easter, nth weekday rules).

``HOLIDAYS`` is both the table and the grammar: the holiday rule's pattern is built from
its names (``HOLIDAY_NAMES``), so every name the rule matches has a date here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from timeline.recognisers.dates.lexicon import alternation, normalise

__all__ = ["HOLIDAYS", "HOLIDAY_NAMES", "easter", "holiday_date"]


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (ISO number) of the month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new year's day": _fixed(1, 1),
    "new year's": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
    "veterans day": _fixed(11, 11),
    "easter": easter,
    "easter sunday": easter,
    "easter week": easter,
    "easter monday": lambda year: easter(year) + timedelta(days=1),
    "good friday": lambda year: easter(year) - timedelta(days=2),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 4, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 4, 4),
    "labor day": lambda year: _nth_weekday(year, 9, 1, 1),
    "labour day": lambda year: _nth_weekday(year, 9, 1, 1),
    "memorial day": lambda year: _nth_weekday(year, 5, 1, -1),
    "election day": lambda year: _nth_weekday(year, 11, 1, 1) + timedelta(days=1),
}

# The names as a pattern: "new year's day" also matches "New  Year’s Day".
HOLIDAY_NAMES = alternation(HOLIDAYS)


def holiday_date(name: str, year: int) -> date:
    """The day of the holiday ``name`` (as the ``HOLIDAY_NAMES`` pattern matched it)."""
    return HOLIDAYS[normalise(name).replace("’", "'")](year)
