"""Gregorian days of Hijri (Islamic) calendar dates, for Ramadan and the Eids.

The Umm al-Qura calendar of the ``hijridate`` package is used where it is installed and
covers the year (1343-1500 AH, 1924-2077); elsewhere the arithmetical (tabular) calendar,
which agrees with it to within a day or two. Observed dates differ by a day between
countries in any case (the moon is sighted locally).
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

__all__ = ["HIJRI_HOLIDAYS", "hijri_date", "hijri_year_near", "holiday_days", "month_length"]

# Holiday name -> (Hijri month, day, days it lasts: 0 for the whole month).
HIJRI_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "ramadan": (9, 1, 0),
    "ramadhan": (9, 1, 0),
    "ramazan": (9, 1, 0),
    "eid al-fitr": (10, 1, 1),
    "eid ul-fitr": (10, 1, 1),
    "eid el-fitr": (10, 1, 1),
    "id al-fitr": (10, 1, 1),
    "eid al-adha": (12, 10, 1),
    "eid ul-adha": (12, 10, 1),
    "eid el-adha": (12, 10, 1),
    "id al-adha": (12, 10, 1),
    "ashura": (1, 10, 1),
    "islamic new year": (1, 1, 1),
    "hijri new year": (1, 1, 1),
    "mawlid": (3, 12, 1),
    "mawlid al-nabi": (3, 12, 1),
}
# Julian day of 1 Muharram 1 AH in the arithmetical calendar (civil epoch), and the
# offset from a Julian day number to a proleptic Gregorian ordinal.
_EPOCH = 1948439
_ORDINAL_OFFSET = 1721425


@functools.cache
def _umm_al_qura() -> Any:
    """The ``hijridate.Hijri`` class, or None where the package is not installed."""
    try:
        from hijridate import Hijri
    except ImportError:
        return None
    return Hijri


def _tabular(year: int, month: int, day: int) -> date:
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(days + _EPOCH - 1 - _ORDINAL_OFFSET)


def hijri_date(year: int, month: int, day: int) -> date:
    """The Gregorian day of the Hijri date ``year``-``month``-``day``."""
    hijri = _umm_al_qura()
    if hijri is not None:
        try:
            found = hijri(year, month, day).to_gregorian()
        except (OverflowError, ValueError):
            pass
        else:
            return date(found.year, found.month, found.day)
    return _tabular(year, month, day)


def month_length(year: int, month: int) -> int:
    """The days of Hijri month ``month`` of ``year`` (29 or 30)."""
    following = (year + month // 12, month % 12 + 1)
    return (hijri_date(*following, 1) - hijri_date(year, month, 1)).days


def hijri_year_near(day: date) -> int:
    """The Hijri year that ``day`` falls in (the one whose 1 Muharram is last before it)."""
    guess = int((day.year - 622) * 33 / 32) + 1
    for year in (guess + 1, guess, guess - 1, guess - 2):
        if hijri_date(year, 1, 1) <= day:
            return year
    return guess - 2


def holiday_days(name: str, year: int) -> tuple[date, date]:
    """The first and last day of holiday ``name`` (a key of ``HIJRI_HOLIDAYS``) in Hijri
    year ``year``."""
    month, day, length = HIJRI_HOLIDAYS[name]
    first = hijri_date(year, month, day)
    days = length or month_length(year, month)
    return first, first + timedelta(days=days - 1)
