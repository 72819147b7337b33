"""Plain-text labels for events: dates and their precision, actors, places, counts.

Every function returns unescaped text; the page and the map escape it where it lands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

__all__ = [
    "actors_label",
    "counts_label",
    "date_range_label",
    "datetime_attr",
    "day_label",
    "group_label",
    "movement_label",
    "place_label",
    "precision_note",
]

# English, like the rest of both pages (lang="en"). Not calendar.month_name: that follows
# LC_TIME, so a host program that calls locale.setlocale would get "janvier" in the middle
# of English text.
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS = tuple(name[:3] for name in _MONTH_NAMES)  # "Jan" ... "Sep" ... "Dec"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DASH = "\u2013"
_ARROW = "\u2192"
# Geographic precisions worth saying out loud: the marker stands for a wide area.
_COARSE_GEO = frozenset({"region", "country"})


def _day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _month_start(d: date) -> bool:
    return d.day == 1


def _month_end(d: date) -> bool:
    return (d + timedelta(days=1)).day == 1


def _whole_years(start: date, end: date) -> bool:
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def date_range_label(start: date | None, end: date | None) -> str | None:
    """The inclusive range as people write it: "5 Dec 2016", "5–7 Dec 2016", "2017"."""
    if start is None:
        return None
    if end is None or end <= start:
        return _day(start)
    if _whole_years(start, end):
        if start.year == end.year:
            return str(start.year)
        if start.year % 10 == 0 and end.year == start.year + 9:
            return f"{start.year}s"
        return f"{start.year}{_DASH}{end.year}"
    same_year = start.year == end.year
    if _month_start(start) and _month_end(end):
        first, last = _MONTHS[start.month - 1], _MONTHS[end.month - 1]
        if same_year and start.month == end.month:
            return f"{first} {start.year}"
        if same_year:
            return f"{first}{_DASH}{last} {end.year}"
        return f"{first} {start.year} {_DASH} {last} {end.year}"
    if same_year and start.month == end.month:
        return f"{start.day}{_DASH}{end.day} {_MONTHS[start.month - 1]} {start.year}"
    if same_year:
        return f"{start.day} {_MONTHS[start.month - 1]} {_DASH} {_day(end)}"
    return f"{_day(start)} {_DASH} {_day(end)}"


def precision_note(precision: str | None, start: date | None, end: date | None) -> str | None:
    """The precision to show beside a date: None for a plain day, else its name."""
    if start is None:
        return None
    if precision in (None, "", "day") and (end is None or end == start):
        return None
    if precision in (None, "", "unknown"):
        return "precision unknown"
    return precision


def datetime_attr(start: date, end: date | None) -> str:
    """A valid HTML ``<time datetime>`` value for the range: a day, ISO week, month or year.

    A range none of these names exactly is given by its first day.
    """
    if end is None or end <= start:
        return start.isoformat()
    if _whole_years(start, end) and start.year == end.year:
        return f"{start.year:04d}"
    if (
        _month_start(start)
        and _month_end(end)
        and (start.year, start.month)
        == (
            end.year,
            end.month,
        )
    ):
        return f"{start.year:04d}-{start.month:02d}"
    if start.isoweekday() == 1 and end == start + timedelta(days=6):
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return start.isoformat()


def group_label(start: date, end: date | None) -> str:
    """The heading a card sits under inside its year.

    The month of its first day ("June 2017"), except for ranges made of whole months,
    which get their own heading ("Jun 2017 – Aug 2017", "2017, date within the year").
    Such ranges start on the 1st and sort before that month's days, so headings never
    interleave.
    """
    end = start if end is None or end < start else end
    whole_months = _month_start(start) and _month_end(end)
    if not whole_months or (start.year, start.month) == (end.year, end.month):
        return f"{_MONTH_NAMES[start.month - 1]} {start.year}"
    if _whole_years(start, end) and start.year == end.year:
        return f"{start.year}, date within the year"
    return f"{_MONTHS[start.month - 1]} {start.year} {_DASH} {_MONTHS[end.month - 1]} {end.year}"


def day_label(start: date, end: date | None) -> str | None:
    """The heading a card sits under inside its month heading, if any.

    A day ("Monday 5 December 2016") or a range of days ("5–7 Dec 2016"); None for
    ranges made of whole months, which the month heading already names (see
    ``group_label``).
    """
    end = start if end is None or end < start else end
    if _month_start(start) and _month_end(end):
        return None
    if end == start:
        weekday = _WEEKDAYS[start.weekday()]
        return f"{weekday} {start.day} {_MONTH_NAMES[start.month - 1]} {start.year}"
    return date_range_label(start, end)


def actors_label(
    actor1: str | None, actor2: str | None, actors: Iterable[str] | None
) -> str | None:
    """ "Russia → ISIS" when one acts on another, then any other actors involved."""
    lead = [a for a in (actor1, actor2) if a]
    head = f" {_ARROW} ".join(lead)
    rest = [a for a in dict.fromkeys(actors or ()) if a and a not in lead]
    if head and rest:
        return f"{head}; also {', '.join(rest)}"
    return head or (", ".join(rest) or None)


def counts_label(
    fatalities: int | None, quantities: Iterable[Mapping[str, Any]] | None
) -> str | None:
    """ "12 killed; 500 vehicles": fatalities, then every stated quantity."""
    parts = [] if fatalities is None else [f"{fatalities:,} killed"]
    for quantity in quantities or ():
        value, unit = quantity.get("value"), quantity.get("unit")
        if value is None:
            continue
        parts.append(f"{value:,} {unit}" if unit else f"{value:,}")
    return "; ".join(parts) or None


def place_label(
    name: str | None,
    text: str | None,
    admin1: str | None,
    country_code: str | None,
    geo_precision: str | None,
) -> str | None:
    """ "Raqqa, Raqqa Governorate (SY), as written “Raqqah”"."""
    main = name or text
    if not main:
        return None
    label = main
    if admin1 and admin1 != main:
        label += f", {admin1}"
    if country_code:
        label += f" ({country_code})"
    if geo_precision in _COARSE_GEO:
        label += f", {geo_precision}-level"
    if name and text and text.casefold() != name.casefold():
        label += f", as written \u201c{text}\u201d"
    return label


def movement_label(origin: str | None, destination: str | None) -> str | None:
    """ "from Raqqa → Deir ez-Zor", or half of it when only one end is named."""
    if origin and destination:
        return f"from {origin} {_ARROW} {destination}"
    if origin:
        return f"from {origin}"
    if destination:
        return f"{_ARROW} to {destination}"
    return None
