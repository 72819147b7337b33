"""The date of a wire story's dateline ("WASHINGTON, Aug. 13 (Xinhua) --"): the day the
story was filed, which its weekdays, "today" and "this week" refer to.

Archives often stamp a story a day or more after it was filed (an overnight file, a
rerun the next morning): the dateline then names the day the writer meant. It is used
when it lies within a week before the publication date, and, with a written year, as
the reference when no publication date is known.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.recognisers.dates.lexicon import MONTHS
from timeline.recognisers.dates.patterns import MONTH_ANY

__all__ = ["story_date"]

# The place in capitals ("WASHINGTON", "DAR ES SALAAM"), maybe a region in title case,
# a comma, the month and day, an optional year, an optional agency in brackets, then the
# dash or colon that opens the story.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z.]+(?: [A-Z][a-z.]+)?)?,\s+"
    rf"(?P<mon>(?i:{MONTH_ANY}))\s*(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
    r"(?:\s*,\s*(?P<y>(?:1[89]|20)\d\d))?\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—_:])",
    re.MULTILINE,
)
_WINDOW = 160
_STALE_DAYS = 7


def _written(found: re.Match[str], year: int) -> date | None:
    month = MONTHS.get(found["mon"].lower().rstrip("."))
    try:
        return date(year, month, int(found["day"])) if month else None
    except ValueError:
        return None


def story_date(text: str, published: date | None) -> date | None:
    """The day the story was filed: the dateline's date when it is at most a week before
    ``published`` (or, with no ``published``, when the dateline writes its year), else
    ``published``."""
    found = _DATELINE.search(text, 0, _WINDOW)
    if found is None:
        return published
    if found["y"]:
        written = _written(found, int(found["y"]))
        if published is None:
            return written
    elif published is not None:
        written = _written(found, published.year) or _written(found, published.year - 1)
        if written is not None and written > published:
            written = _written(found, published.year - 1)
    else:
        return None
    if written is None or published is None:
        return published
    return written if timedelta(0) <= published - written <= timedelta(_STALE_DAYS) else published
