"""dateparser, behind a cache, for the absolute dates our English grammar does not read:
a day, a month name in another language and a year ("6 décembre 2016")."""

from __future__ import annotations

import functools
from datetime import date, datetime

__all__ = ["parse_foreign"]

# Absolute dates only: no relative parsing (it would read the clock), all parts required.
_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
}


@functools.lru_cache(maxsize=4096)
def parse_foreign(text: str) -> date | None:
    """The calendar date ``text`` spells, or None when dateparser reads none."""
    import dateparser  # imported on first use: it is slow to load and rarely needed

    try:
        parsed = dateparser.parse(text, settings=_SETTINGS)
    except (ValueError, TypeError, OverflowError, LookupError):
        return None
    return parsed.date() if isinstance(parsed, datetime) else None
