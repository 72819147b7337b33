"""Publication dates: strict reading of record and manifest values and of page datelines,
and the one order of precedence among the witnesses of a date.

Strict on purpose: a date is read only when its year, month and day are all written
("2016-12-07", "December 7, 2016", "Wed 05 Apr 2017", RFC 2822 headers). "BEIRUT, Dec 7
(Reuters) -" names no year and gives nothing; so do "yesterday", "2016-13-45" and the
ambiguous "12/07/2016". The written forms are read by the date recogniser
(``timeline.dates.find``): a date it resolves to a day from the text alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Final

from timeline.dates import find

__all__ = ["PRECEDENCE", "Dateline", "find_dateline", "parse_date_value", "publication_date"]

_MIN_YEAR: Final = 1000
_MAX_YEAR: Final = 2999

#: Where a publication date may come from, strongest first (``Article.published_basis``).
PRECEDENCE: Final = ("manifest", "record", "page", "dateline", "option")

#: What may precede a dateline: a label, or a city in capitals ("LONDON, ").
_PREFIX_RE: Final = re.compile(
    r"(?:(?i:(?:first\s+)?(?:published|posted|(?P<updated>(?:last\s+)?updated)|date)(?:\s+on)?)"
    r"\s*:?\s*"
    r"|[A-Z][A-Z.'\- ]{1,30},\s+)?"
)
#: The start of a numeric date ("12/07/2016", "07.12.2016", "2016/12/07", "12-07-2016"):
#: not read, its order of day and month is ambiguous. ISO dates (2016-12-07) are read.
_NUMERIC_START_RE: Final = re.compile(r"\d{1,4}[/.]|\d{1,2}-\d")
#: How far a written date may reach from its start ("Wednesday, December 7th, 2016 at
#: 10:15 a.m. EST" is 48 characters); the recogniser reads no further.
_DATE_WINDOW: Final = 100
#: What a date value may carry after the date: a time and a zone ("10.00 BST").
_VALUE_TAIL_RE: Final = re.compile(r"(?:\s+\d{1,2}[:.]\d{2}\S*)?(?:\s+\w{1,5})?\s*")
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


def publication_date(*witnesses: tuple[date | None, str]) -> tuple[date | None, str]:
    """The date of the strongest witness, by ``PRECEDENCE``, and its basis; (None, "none")
    when no witness has a date. A witness is (date or None, basis)."""
    known = [(value, basis) for value, basis in witnesses if value is not None]
    if not known:
        return None, "none"
    return min(known, key=lambda witness: PRECEDENCE.index(witness[1]))


def _written_day(text: str, start: int) -> tuple[date, int] | None:
    """The day a date written at ``text[start:]`` names, year included, and where it ends."""
    if _NUMERIC_START_RE.match(text, start):
        return None
    found = find(text, regions=[(start, min(len(text), start + _DATE_WINDOW))])
    if not found or found[0].start != start:
        return None
    timex = found[0]
    if timex.basis != "explicit" or timex.precision != "day" or timex.date_start is None:
        return None
    if not _MIN_YEAR <= timex.date_start.year <= _MAX_YEAR:
        return None
    return timex.date_start, timex.end


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
    prefix = _PREFIX_RE.match(text)  # optional, so it always matches
    after_prefix = prefix.end() if prefix else 0
    for start in dict.fromkeys((after_prefix, 0)):  # the date after the prefix, else at 0
        found = _written_day(text, start)
        if found is not None:
            value, end = found
            updated = bool(start and prefix and prefix["updated"])
            return Dateline(value, _is_date_only(text[end:]), updated)
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
    found = _written_day(text, 0)
    if found is not None and _VALUE_TAIL_RE.fullmatch(text, found[1]):
        return found[0]
    try:
        return _in_range(parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError):
        return None


def _in_range(value: date) -> date | None:
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None
