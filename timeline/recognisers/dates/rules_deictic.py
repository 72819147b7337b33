"""Rules for expressions that point from the publication date: weekdays, today and
yesterday, this/last/next week, month, quarter, year and decade."""

from __future__ import annotations

import re
from datetime import timedelta

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import future_before, next_word, prev_word
from timeline.recognisers.dates.lexicon import normalise
from timeline.recognisers.dates.patterns import MONTH_ANY
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.resolve import (
    UNKNOWN,
    anaphoric_period,
    month_number,
    position_mod,
    valid_date,
    weekday_day,
    weekday_number,
)
from timeline.recognisers.dates.rules_time import parse_clock, timed_hit
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["relday", "relunit", "weekday"]

_WEEKDAY_MODES = {
    "last": "before",
    "past": "before",
    "this past": "before",
    "next": "after",
    "coming": "after",
    "this coming": "after",
}
_ANAPHORIC_WEEKDAY = {
    "the previous": "before",
    "the following": "after",
    "the next": "after",
    "that": "on_or_before",
    "the same": "on_or_before",
}
_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
_UNIT_KINDS = {
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "fiscal year": "year",
    "financial year": "year",
    "full year": "year",
    "calendar year": "year",
}
_UNIT_CODES = {"week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE"}
_UNIT_DURATIONS = {"week": "P1W", "month": "P1M", "quarter": "P1Q", "year": "P1Y", "decade": "P10Y"}
_OFFSETS = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "the whole": 0,
    "the entire": 0,
    "the rest of the": 0,
    "last": -1,
    "previous": -1,
    "this past": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "next": 1,
    "coming": 1,
    "this coming": 1,
    "the coming": 1,
}
_ENDED = re.compile(
    rf"\s+(?:ended|ending)\s+(?P<mon>{MONTH_ANY})\s*(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
    r"(?:\s*,\s*(?P<y>(?:1\d|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
# A plain future shortly before a possessive weekday ("voters will choose in Tuesday's").
_PLAIN_FUTURE = re.compile(r"\b(?:will|shall|upcoming)\b|['’]ll\b", re.IGNORECASE)
_NEAR = 60
_THE_YEAR_CUES = word_set("for of in during through throughout")
_THE_YEAR_STOPS = word_set(
    "before after earlier later ago since ended ending to that when following preceding"
)
_ANAPHORIC_OFFSETS = {
    "the previous": -1,
    "the preceding": -1,
    "the following": 1,
    "the next": 1,
    "the ensuing": 1,
    "the same": 0,
    "that": 0,
}


def _bare_weekday_mode(m: re.Match[str], ctx: Context) -> str:
    """On or after the DCT in a future clause, else on or before. A possessive weekday
    ("Wednesday's ruling") names an event the clause only refers to: the latest one,
    unless "ahead of" or a plain future ("will") says it is still to come."""
    if _POSSESSIVE.match(ctx.text, m.end()) and not m["pod"] and not m["clock2"]:
        near = ctx.text[max(ctx.lo, m.start() - _NEAR) : m.start()]
        future = future_before(ctx.text, m.start(), ctx.lo) or bool(_PLAIN_FUTURE.search(near))
    else:
        future = ctx.tense(m.start(), m.end()) == "future"
    return "on_or_after" if future else "on_or_before"


def weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    number = weekday_number(m["wd"])
    if number is None:
        return None
    rel = normalise(m["rel"])
    shift = {"the day before": -1, "the day after": 1}.get(normalise(m["dayrel"]), 0)
    if rel in _ANAPHORIC_WEEKDAY:
        reference, basis, mode = ctx.anchor_day()[0], "relative", _ANAPHORIC_WEEKDAY[rel]
    else:
        reference, basis = ctx.dct_day(), "weekday"
        mode = _WEEKDAY_MODES.get(rel) or _bare_weekday_mode(m, ctx)
    hour_minute = parse_clock(m["clock"] or m["clock2"])
    mod = position_mod(m["pos"])
    span = (m.start(), m.end())
    if m.start() in ctx.day_hints:  # linked to a partial date whose year was inferred
        linked = Period.of("day", ctx.day_hints[m.start()])
        return timed_hit(span, linked, m["pod"], hour_minute, "relative", mod)
    if reference is None:
        hit = timed_hit(span, None, m["pod"], hour_minute, mod=mod)
        return Hit(
            span[0],
            span[1],
            hit.type,
            hit.value.replace("XXXX-XX-XX", f"XXXX-WXX-{number}"),
            mod=mod,
        )
    day = weekday_day(reference.first_day(), number, mode) + timedelta(days=shift)
    if m["week"] and not rel:  # "Thursday last week": that weekday of the week named
        week = Period.of("week", reference.first_day()).shift(_OFFSETS[normalise(m["week"])])
        if week is not None:
            day = week.first_day() + timedelta(days=number - 1 + shift)
    return timed_hit(span, Period.of("day", day), m["pod"], hour_minute, basis, mod)


def relday(m: re.Match[str], ctx: Context) -> Hit | None:
    """today, tonight, yesterday morning, this afternoon, last night, 10 p.m. yesterday."""
    if m["word"]:
        word = normalise(m["word"])
        offset = _DAY_OFFSETS[word]
        pod = m["pod"] or m["podpre"] or ("night" if word == "tonight" else None)
    else:
        offset = 0 if m["dem"].lower() == "this" else -1
        pod = m["pod2"]
    day = ctx.dct_day()
    if day is not None:
        day = day.shift(offset)
    hour_minute = parse_clock(m["clock"] or m["clock2"])
    return timed_hit((m.start(), m.end()), day, pod, hour_minute, mod=position_mod(m["pos"]))


def _the_weekend(ctx: Context, start: int, end: int) -> Period | None:
    if ctx.dct is None:
        return None
    current = Period.of("weekend", ctx.dct)
    if ctx.dct.isoweekday() >= 6 or ctx.tense(start, end) == "future":
        return current
    return current.shift(-1)


def _the_quarter(ctx: Context) -> Period | None:
    recent = ctx.narrative.period
    if recent is not None and recent.kind == "quarter":
        return recent
    return Period.of("quarter", ctx.dct).shift(-1) if ctx.dct else None


def _quarter_ended(ctx: Context, end: int) -> Period | None:
    """The quarter that "ended Sept. 30" names: the calendar quarter holding most of the
    three months before that day (a fiscal quarter ended July 31 is the second)."""
    found = _ENDED.match(ctx.text, end, ctx.hi)
    month = month_number(found["mon"]) if found else None
    if found is None or month is None:
        return None
    day = int(found["day"])
    if found["y"]:
        when = valid_date(int(found["y"]), month, day)
    elif ctx.dct is not None:
        options = [valid_date(ctx.dct.year + k, month, day) for k in (-1, 0)]
        past = [d for d in options if d is not None and d <= ctx.dct]
        when = max(past) if past else None
    else:
        when = None
    return Period.of("quarter", when - timedelta(days=45)) if when else None


def _the_unit(m: re.Match[str], ctx: Context, unit: str) -> bool:
    """ "for the year", "the worst month of the year", "for the week", "the week's most
    active session": the period the text is in, not "the week before the vote"."""
    if m["unit"].lower() != unit or m["pos"]:
        return False
    following = next_word(ctx.text, m.end(), ctx.hi).lower()
    if following in _THE_YEAR_STOPS or (following == "of" and unit != "year"):
        return False  # "the week before the vote", "the week of March 6"
    if _POSSESSIVE.match(ctx.text, m.end()):
        return True
    return prev_word(ctx.text, m.start(), ctx.lo) in _THE_YEAR_CUES


def _unit_period(m: re.Match[str], ctx: Context, rel: str, kind: str) -> Period | None | str:
    """The period this/last/next ``kind`` names; "" when the rule does not apply."""
    if rel in _ANAPHORIC_OFFSETS:
        return anaphoric_period(ctx, kind, _ANAPHORIC_OFFSETS[rel])
    if kind == "weekend" and rel in ("the", "this"):
        if rel == "this" and ctx.dct:
            return Period.of("weekend", ctx.dct)
        return _the_weekend(ctx, m.start(), m.end())
    if kind == "weekend" and rel == "next" and ctx.dct and ctx.dct.isoweekday() < 6:
        return Period.of("weekend", ctx.dct)
    if kind == "quarter" and rel in ("the", "the latest"):
        return _the_quarter(ctx)
    if rel == "the" and (m["unit"].lower().endswith(" year") or _the_unit(m, ctx, "year")):
        return Period.of("year", ctx.dct) if ctx.dct else None  # "for the fiscal year"
    if rel == "the" and kind in ("week", "month") and _the_unit(m, ctx, kind):
        return anaphoric_period(ctx, kind, 0)  # "for the week": the one the story is in
    if rel == "the latest" or (rel == "the" and not m["pos"]):
        return ""
    offset = _OFFSETS.get(rel, 0)
    return Period.of(kind, ctx.dct).shift(offset) if ctx.dct else None


def _rolling(span: tuple[int, int], ctx: Context, kind: str) -> Hit:
    """ "the past year": TimeML's value is the previous calendar year; the interval is the
    year up to the publication date, which is what the writer means."""
    if kind == "decade":  # ten years back, not the 1980s: a duration
        return Hit(*span, "DURATION", _UNIT_DURATIONS[kind], anchor=False)
    if ctx.dct is None:
        return Hit(*span, "DATE", UNKNOWN[kind], anchor=False)
    previous = Period.of(kind, ctx.dct).shift(-1)
    back = Period.of("day", ctx.dct).shift(-1, _UNIT_CODES[kind])
    if previous is None or back is None:
        return Hit(*span, "DURATION", _UNIT_DURATIONS[kind], anchor=False)
    interval = (back.first_day() + timedelta(days=1), ctx.dct)
    return Hit(*span, "DATE", period=previous, interval=interval, basis="relative", anchor=False)


def relunit(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = normalise(m["rel"])
    unit = normalise(m["unit"])
    kind = _UNIT_KINDS[unit]
    span = (m.start(), m.end())
    if rel in ("the past", "the last") and kind != "weekend" and not m["pos"]:
        return _rolling(span, ctx, kind)
    ends = next_word(ctx.text, m.end(), ctx.hi).lower() in ("ended", "ending")
    if rel == "the" and ends and kind in _UNIT_DURATIONS:
        ended = _quarter_ended(ctx, m.end()) if kind == "quarter" else None
        if ended is not None:  # "the quarter ended Sept. 30": that (fiscal) quarter
            return Hit(*span, "DATE", period=ended, basis="relative")
        return Hit(*span, "DURATION", _UNIT_DURATIONS[kind], anchor=False)  # fiscal periods
    period = _unit_period(m, ctx, rel, kind)
    if period == "":
        return None
    recent = ctx.recent_period(m.start())
    if kind == "year" and rel == "last" and recent is not None and recent.kind == "quarter":
        compared = recent.shift(-1, "Y")  # "in the third quarter, against $3 million last year"
        return Hit(*span, "DATE", period=compared, basis="relative", anchor=False)
    mod = position_mod(m["pos"])
    if not isinstance(period, Period):
        return Hit(*span, "DATE", UNKNOWN[kind], mod=mod)
    pos = normalise(m["pos"])
    if (
        ctx.dct
        and pos in ("earlier", "later")
        and period.first_day() <= ctx.dct <= period.last_day()
    ):
        interval = (
            (period.first_day(), ctx.dct) if pos == "earlier" else (ctx.dct, period.last_day())
        )
        return Hit(*span, "DATE", period=period, interval=interval, basis="relative", mod=mod)
    if (
        kind == "week"
        and _OFFSETS.get(rel) == 0
        and ctx.dct
        and period.first_day() <= ctx.dct < period.last_day()
        and ctx.tense(m.start(), m.end()) != "future"
    ):  # "left this week": up to the publication day, not the days still to come
        interval = (period.first_day(), ctx.dct)
        return Hit(*span, "DATE", period=period, interval=interval, basis="relative", mod=mod)
    return Hit(*span, "DATE", period=period, basis="relative", mod=mod)
