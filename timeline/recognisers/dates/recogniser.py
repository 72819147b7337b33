"""The date recogniser: text in, TIMEX3-normalised ``Timex`` spans out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from timeline.errors import ConfigError
from timeline.recognisers.dates.dateline import story_date
from timeline.recognisers.dates.scanner import merge_times, normalise_regions, scan
from timeline.recognisers.dates.state import Context, Hit
from timeline.recognisers.dates.years import infer_years
from timeline.records import Timex, TimexType

__all__ = ["DateRecogniser", "find_timexes"]

# The publication dates the calendar arithmetic is safe around.
_EARLIEST, _LATEST = date(100, 1, 1), date(9899, 12, 31)
_TYPES: dict[str, TimexType] = {
    "DATE": "DATE",
    "TIME": "TIME",
    "DURATION": "DURATION",
    "SET": "SET",
}


def _timex(text: str, hit: Hit) -> Timex:
    period = hit.period
    interval = hit.interval
    if interval is None and period is not None and hit.type in ("DATE", "TIME"):
        interval = period.part(hit.mod)
    value = hit.value or (period.value() if period else "")
    if interval is None:
        precision, basis = "unknown", "none"
    else:
        precision = hit.precision or (period.precision if period else "unknown")
        basis = hit.basis
    return Timex(
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        type=_TYPES[hit.type],
        value=value,
        date_start=interval[0] if interval else None,
        date_end=interval[1] if interval else None,
        precision=precision,
        basis=basis,
        mod=hit.mod,
        year_candidates=hit.year_candidates,
        note=hit.note,
    )


def find_timexes(
    text: str,
    reference: date | None = None,
    *,
    regions: Sequence[tuple[int, int]] | None = None,
    day_first: bool = False,
) -> list[Timex]:
    """Date and time expressions of ``text`` (inside ``regions`` only, if given), in text
    order and not overlapping, resolved against ``reference`` (the publication date).
    ``day_first`` reads numeric dates such as 06/12/2016 as day/month (British usage).

    Raises ``ConfigError`` when ``reference`` lies outside the years 100-9899.
    """
    if isinstance(reference, datetime):
        reference = reference.date()  # a timestamp: its day is the reference
    if reference is not None and not _EARLIEST <= reference <= _LATEST:
        raise ConfigError(
            f"published date {reference.isoformat()} is outside "
            f"{_EARLIEST.isoformat()}..{_LATEST.isoformat()}"
        )
    reference = story_date(text, reference)
    spans = normalise_regions(len(text), regions)
    hits = scan(Context(text, reference, day_first=day_first), spans)
    if reference is None and hits:
        inferred = infer_years(text, hits)
        if inferred:
            ctx = Context(
                text,
                None,
                day_first=day_first,
                year_hints=inferred.year_hints,
                weekday_links=inferred.weekday_links,
                day_hints=inferred.day_hints,
            )
            hits = scan(ctx, spans)
    return [_timex(text, hit) for hit in merge_times(text, hits)]


class DateRecogniser:
    """Finds dates, times, durations and sets; ``reference`` is the publication date.

    One ``find`` call is one narrative: "the next day" refers to the last day mentioned
    in the same call (across its regions), and the state starts afresh with each call.
    """

    name = "dates"

    def __init__(self, reference: date | None = None, *, day_first: bool = False) -> None:
        self.reference = reference
        self.day_first = day_first

    def find(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
        return find_timexes(text, self.reference, regions=regions, day_first=self.day_first)
