"""Find date and time expressions in text: ``timeline.dates.find(text, published)``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from timeline.recognisers.dates import DateRecogniser, find_timexes
from timeline.records import Timex

__all__ = ["DateRecogniser", "describe_impossible", "find"]

#: How many impossible dates ``describe_impossible`` spells out; the rest it counts.
_SHOWN = 3


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


def describe_impossible(timexes: Iterable[Timex], shown: int = _SHOWN) -> str | None:
    """One line on the expressions of one document that are no real dates (those with a
    ``note``): what was written, why it is no date, and what was read instead; the first
    ``shown`` of them, the others counted. None when every date is real."""
    noted = [t for t in timexes if t.note]
    if not noted:
        return None
    if len(noted) == 1:
        (only,) = noted
        return f"{only.text!r} is not a real date ({only.note}); read as {only.value}"
    listed = ", ".join(f"{t.text!r} ({t.note}; read as {t.value})" for t in noted[:shown])
    more = f" and {len(noted) - shown} more" if len(noted) > shown else ""
    return f"{len(noted)} expressions are not real dates: {listed}{more}"
