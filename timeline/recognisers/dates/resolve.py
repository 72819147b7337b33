"""Resolution shared by the rules: which year a partial date takes, which month a bare
month name means, which day a weekday names, and what to write when nothing is known."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.recognisers.dates.lexicon import MONTHS, POSITION_MODS, WEEKDAYS
from timeline.recognisers.dates.numbers import parse_spoken_year
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.state import Context

__all__ = [
    "CANDIDATE_YEARS",
    "UNKNOWN",
    "anaphoric_period",
    "candidate_years",
    "day_period",
    "month_number",
    "nearest",
    "position_mod",
    "valid_date",
    "weekday_day",
    "weekday_number",
    "written_year",
]

# The window of years a partial date with a weekday is searched in when no DCT is known.
CANDIDATE_YEARS = range(1990, 2036)

# TIMEX3 values of periods whose position is not known.
UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}

# Cost per day of a candidate before / after the reference date, by the clause's tense.
_LEAN = {None: (1, 2), "past": (1, 3), "future": (3, 1)}


def written_year(m: re.Match[str]) -> int | None:
    """The year a rule's ``y`` (digits), ``ys`` (words) or ``ry`` (a range's) group holds."""
    if m["y"]:
        return int(m["y"])
    if m.groupdict().get("ry"):
        return int(m["ry"])
    if m["ys"]:
        return parse_spoken_year(m["ys"])
    return None


def month_number(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip(".").strip())


def weekday_number(token: str) -> int | None:
    return WEEKDAYS.get(token.lower().rstrip(".").strip())


def position_mod(token: str | None) -> str | None:
    """START, MID or END for "early", "mid-", "the end of" ...; None for no modifier."""
    if not token:
        return None
    for word in token.lower().replace("-", " ").split():
        if word in POSITION_MODS:
            return POSITION_MODS[word]
    return None


def nearest(candidates: list[Period], reference: Period, tense: str | None) -> Period | None:
    """The candidate nearest to ``reference``, weighing the past and the future by tense."""
    past_cost, future_cost = _LEAN.get(tense, _LEAN[None])
    best: tuple[int, Period] | None = None
    for candidate in candidates:
        offset = candidate.index - reference.index
        cost = -offset * past_cost if offset <= 0 else offset * future_cost
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def anaphoric_period(ctx: Context, kind: str, offset: int) -> Period | None:
    """The period of ``kind`` ``offset`` periods from where the narrative is ("the
    following week", "that month"): from the last period mentioned, else from the DCT;
    None when neither is known."""
    anchor = ctx.narrative.period or ctx.narrative.day
    base = anchor.first_day() if anchor is not None else ctx.dct
    return Period.of(kind, base).shift(offset) if base is not None else None


def valid_date(year: int, month: int, day: int) -> date | None:
    """The date of ``year``, ``month`` and ``day``, or None when there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def candidate_years(month: int, day: int, weekday: int) -> tuple[int, ...]:
    """The years of the window in which day/month falls on ``weekday``."""
    found = []
    for year in CANDIDATE_YEARS:
        when = valid_date(year, month, day)
        if when is not None and when.isoweekday() == weekday:
            found.append(year)
    return tuple(found)


def _sentence_year_day(
    ctx: Context, month: int, day: int, weekday: int | None, span: tuple[int, int]
) -> Period | None:
    """The day in the year written earlier in the sentence ("in May 2014 ...; by 12
    August"), when that year is not the DCT's and the day does not go back before it."""
    written = ctx.sentence_year(span[0])
    if written is None or (ctx.dct is not None and written.year == ctx.dct.year):
        return None
    when = valid_date(written.year, month, day)
    if when is None or when < written.first_day():
        return None
    if weekday is not None and when.isoweekday() != weekday:
        return None
    return Period.of("day", when)


def day_period(
    ctx: Context,
    month: int,
    day: int,
    weekday: int | None,
    span: tuple[int, int],
    direction: str | None = None,
) -> tuple[Period | None, tuple[int, ...]]:
    """The day a month/day without a year names: near the DCT (a weekday narrows the
    year; ``direction`` "before" or "after" the DCT for "last/next Oct. 23"); without a
    DCT, the years the weekday admits as candidates."""
    weekday = weekday or ctx.weekday_links.get(span[0])
    same_year = _sentence_year_day(ctx, month, day, weekday, span) if direction is None else None
    if same_year is not None:
        return same_year, ()
    if ctx.dct is None:
        hinted = ctx.year_hints.get(span[0])
        if hinted is not None and valid_date(hinted, month, day):
            return Period.of("day", date(hinted, month, day)), ()
        return None, candidate_years(month, day, weekday) if weekday else ()
    days = [valid_date(ctx.dct.year + k, month, day) for k in (-1, 0, 1)]
    options = [Period.of("day", d) for d in days if d is not None]
    if weekday is not None:
        matching = [p for p in options if p.first_day().isoweekday() == weekday]
        options = matching or options
    reference = Period.of("day", ctx.dct)
    if direction == "before":
        options = [p for p in options if p.index < reference.index] or options
    elif direction == "after":
        options = [p for p in options if p.index > reference.index] or options
    return nearest(options, reference, ctx.tense(*span)), ()


def weekday_day(reference: date, weekday: int, mode: str) -> date:
    """The day named by ``weekday`` from ``reference``: mode "before" (strictly),
    "after" (strictly), "on_or_before" or "on_or_after"."""
    today = reference.isoweekday()
    if mode == "before":
        return reference - timedelta(days=(today - weekday - 1) % 7 + 1)
    if mode == "after":
        return reference + timedelta(days=(weekday - today - 1) % 7 + 1)
    if mode == "on_or_after":
        return reference + timedelta(days=(weekday - today) % 7)
    return reference - timedelta(days=(today - weekday) % 7)
