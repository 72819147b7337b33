"""Find date and time expressions in text: ``timeline.dates.find(text, published)``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.recognisers.dates import DateRecogniser, find_timexes
from timeline.records import Timex

__all__ = ["DateRecogniser", "find"]


def find(
    text: str,
    published: date | None = None,
    *,
    regions: Sequence[tuple[int, int]] | None = None,
    day_first: bool = False,
) -> list[Timex]:
    """The date, time, duration and set expressions of ``text``, in text order.

    ``published`` is the document creation time that relative expressions ("yesterday",
    "last week", "Tuesday") are resolved against; without it they keep X placeholders
    (XXXX-12-06). ``regions`` limits the scan to those [start, end) ranges; anaphora
    ("the next day") follow the narrative across them within this one call. ``day_first``
    reads numeric dates such as 06/12/2016 as day/month (British usage; US order is the
    default). Raises ``ConfigError`` for a publication date outside the years 100-9899.
    """
    return find_timexes(text, published, regions=regions, day_first=day_first)
