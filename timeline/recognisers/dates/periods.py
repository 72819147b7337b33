"""Calendar periods (a day, an ISO week, a month, a quarter ...) and their arithmetic.

A ``Period`` is a kind plus a running index, so "the week after" is ``index + 1`` and
"a year earlier" of a quarter is ``index - 4``. Each period knows its TIMEX3 value, its
inclusive interval of days and the precision word the event table uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["MONTHS_PER_UNIT", "SEASON_CODES", "Period", "add_months", "narrow"]

# Periods whose index counts months (index * size months from year 0) vs days.
_MONTH_SIZED = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_DAY_SIZED = {"day": 1, "week": 7, "weekend": 7}
MONTHS_PER_UNIT = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}
_DAYS_PER_UNIT = {"D": 1, "W": 7, "F": 14, "WE": 7}
# TIMEX3 season codes in the order of the year: spring (March-May) first.
SEASON_CODES = ("SP", "SU", "FA", "WI")
_PRECISION = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "half": "quarter",
    "season": "season",
    "year": "year",
    "decade": "decade",
    "century": "century",
}
_MIN_YEAR, _MAX_YEAR = 2, 9998


def add_months(day: date, months: int) -> date | None:
    """``day`` moved by whole months, the day clamped to the month's length."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    last = _month_end(year, month + 1).day
    return date(year, month + 1, min(day.day, last))


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def narrow(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """The part of [first, last] that START, MID or END picks: a third of it."""
    days = (last - first).days + 1
    if days < 3 or mod not in ("START", "MID", "END"):
        return first, last
    third = -(-days // 3)
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=days // 3), last - timedelta(days=days // 3)


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: ``kind`` is day, week, weekend, month, quarter, half, season,
    year, decade or century; ``index`` counts periods of that kind."""

    kind: str
    index: int

    @classmethod
    def of(cls, kind: str, day: date) -> Period:
        """The period of ``kind`` that contains ``day``."""
        if kind == "day":
            return cls(kind, day.toordinal())
        if kind in ("week", "weekend"):
            return cls(kind, (day.toordinal() - 1) // 7)
        if kind == "season":  # spring is March-May; December opens its year's winter
            return cls(kind, (day.year * 12 + day.month - 3) // 3)
        size = _MONTH_SIZED[kind]
        return cls(kind, (day.year * 12 + day.month - 1) // size)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls("month", year * 12 + month - 1)

    def first_day(self) -> date:
        if self.kind == "day":
            return date.fromordinal(self.index)
        if self.kind == "week":
            return date.fromordinal(self.index * 7 + 1)
        if self.kind == "weekend":
            return date.fromordinal(self.index * 7 + 6)
        if self.kind == "season":
            year, month = divmod(self.index * 3 + 2, 12)
            return date(year, month + 1, 1)
        year, month = divmod(self.index * _MONTH_SIZED[self.kind], 12)
        return date(year, month + 1, 1)

    def last_day(self) -> date:
        if self.kind == "day":
            return self.first_day()
        if self.kind in ("week", "weekend"):
            return date.fromordinal(self.index * 7 + 7)
        if self.kind == "season":
            return Period(self.kind, self.index + 1).first_day() - timedelta(days=1)
        size = _MONTH_SIZED[self.kind]
        year, month = divmod((self.index + 1) * size - 1, 12)
        return _month_end(year, month + 1)

    def interval(self) -> tuple[date, date]:
        return self.first_day(), self.last_day()

    def part(self, mod: str | None) -> tuple[date, date]:
        """The interval, or the third of it that START ("early"), MID or END ("late")
        picks: whole months for a year ("early 2016": January-April), ten days for a
        month ("late November": the 21st to the 30th)."""
        if mod not in ("START", "MID", "END"):
            return self.interval()
        size = 3 if self.kind == "season" else _MONTH_SIZED.get(self.kind, 0)
        if size < 3:
            if self.kind == "month":
                first, last = self.interval()
                bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, last.day)}[mod]
                return first.replace(day=bounds[0]), first.replace(day=bounds[1])
            return narrow(*self.interval(), mod)
        third = size // 3
        offset = {"START": 0, "MID": third, "END": size - third}[mod]
        first_month = (self.first_day().year * 12 + self.first_day().month - 1) + offset
        start = Period("month", first_month).first_day()
        return start, Period("month", first_month + third - 1).last_day()

    @property
    def precision(self) -> str:
        return _PRECISION[self.kind]

    def value(self) -> str:
        """The TIMEX3 value: 2016-12-06, 2016-W49, 2016-W49-WE, 2016-12, 2016-Q4 ..."""
        if self.kind == "day":
            return self.first_day().isoformat()
        if self.kind in ("week", "weekend"):
            year, week, _ = self.first_day().isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.kind == "weekend" else "")
        if self.kind == "season":
            year, code = divmod(self.index, 4)
            return f"{year:04d}-{SEASON_CODES[code]}"
        if self.kind in ("decade", "century"):
            return f"{self.index:0{3 if self.kind == 'decade' else 2}d}"
        first = self.first_day()
        if self.kind == "month":
            return f"{first.year:04d}-{first.month:02d}"
        if self.kind == "quarter":
            return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
        if self.kind == "half":
            return f"{first.year:04d}-H{(first.month - 1) // 6 + 1}"
        return f"{first.year:04d}"

    @property
    def year(self) -> int:
        return self.first_day().year if self.kind != "season" else self.index // 4

    def valid(self) -> bool:
        try:
            return self.first_day().year >= _MIN_YEAR and self.last_day().year <= _MAX_YEAR
        except (ValueError, OverflowError):
            return False

    def shift(self, count: int, unit: str | None = None) -> Period | None:
        """This period moved by ``count`` of ``unit`` (TIMEX3 unit code), or by ``count``
        periods of its own kind; None when the move is finer than the period."""
        moved = self._shifted(count, unit)
        return moved if moved is not None and moved.valid() else None

    def _shifted(self, count: int, unit: str | None) -> Period | None:
        if unit is None:
            return Period(self.kind, self.index + count)
        if self.kind in _DAY_SIZED:
            if unit in _DAYS_PER_UNIT:
                days = count * _DAYS_PER_UNIT[unit]
                if self.kind == "day":
                    return Period("day", self.index + days)
                return Period(self.kind, self.index + days // 7) if days % 7 == 0 else None
            if unit in MONTHS_PER_UNIT:
                moved = add_months(self.first_day(), count * MONTHS_PER_UNIT[unit])
                return Period.of(self.kind, moved) if moved else None
            return None
        months = count * MONTHS_PER_UNIT.get(unit, 0)
        size = 3 if self.kind == "season" else _MONTH_SIZED[self.kind]
        if months == 0 or months % size:
            return None
        return Period(self.kind, self.index + months // size)
