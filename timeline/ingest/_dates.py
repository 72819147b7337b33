"""Strict parsing of publication dates: record and manifest values, and page datelines.

Small on purpose: a date is read only when its year, month and day are all written
("2016-12-07", "December 7, 2016", "Wed 05 Apr 2017", RFC 2822 headers). "BEIRUT, Dec 7
(Reuters) -" names no year and gives nothing; so do "yesterday" and "2016-13-45".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Final

__all__ = ["MONTHS", "Dateline", "find_dateline", "parse_date_value"]

MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MIN_YEAR: Final = 1000
_MAX_YEAR: Final = 2999

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_FORMS: Final[tuple[str, ...]] = (
    rf"{_YEAR}-(?P<nmonth>\d{{2}})-(?P<nday>\d{{2}})(?:[T ]\d{{2}}:\d{{2}}\S*)?",
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
)
#: What may precede a dateline: a label, or a city in capitals ("LONDON, ").
_PREFIX: Final = (
    r"(?:(?i:(?:first\s+)?(?:published|posted|(?P<updated>(?:last\s+)?updated)|date)(?:\s+on)?)"
    r"\s*:?\s*"
    r"|[A-Z][A-Z.'\- ]{1,30},\s+)?"
)
_DATELINE_RES: Final = tuple(
    re.compile(_PREFIX + r"(?i:" + form + r")\b", re.UNICODE) for form in _DATE_FORMS
)
_VALUE_RES: Final = tuple(
    re.compile(r"\s*(?i:" + form + r")(?:\s+\d{1,2}[:.]\d{2}\S*(?:\s+\w{1,5})?)?\s*")
    for form in _DATE_FORMS
)
#: Words a date-only line may carry after the date ("10.00 BST", "by Ann Lee").
_RESIDUE_WORDS: Final = frozenset(
    ("by", "at", "on", "updated", "am", "pm", "a.m.", "p.m.", "and", "gmt", "utc")
)
_MAX_RESIDUE_TOKENS: Final = 5


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date a line starts with; ``date_only`` when the line holds nothing else.

    ``updated`` marks an "Updated: ..." line, a weaker witness of the publication date.
    """

    value: date
    date_only: bool
    updated: bool = False


def _build(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"])
        if groups.get("nmonth"):
            month, day = int(groups["nmonth"]), int(groups["nday"])
        else:
            month, day = MONTHS[groups["month"].lower()], int(groups["day"])
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            return None
        return date(year, month, day)
    except (KeyError, TypeError, ValueError):
        return None


def _is_date_only(residue: str) -> bool:
    tokens = residue.strip(" \t-–—|,:()").split()
    if len(tokens) > _MAX_RESIDUE_TOKENS:
        return False
    return all(
        not token.isalpha() or not token.islower() or token in _RESIDUE_WORDS
        for token in (t.strip("().,") for t in tokens)
    )


def find_dateline(line: str) -> Dateline | None:
    """The date a line starts with, if it writes a full date (strictly; else None)."""
    text = line.strip()
    for pattern in _DATELINE_RES:
        match = pattern.match(text)
        if match and (value := _build(match)) is not None:
            residue = text[match.end() :]
            return Dateline(value, _is_date_only(residue), bool(match.group("updated")))
    return None


def parse_date_value(value: object) -> date | None:
    """A record's or manifest's date value as a date, or None when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    text = value.strip()
    try:
        return _in_range(datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        pass
    for pattern in _VALUE_RES:
        match = pattern.fullmatch(text)
        if match:
            return _build(match)
    try:
        return _in_range(parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError):
        return None


def _in_range(value: date) -> date | None:
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None
