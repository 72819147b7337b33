"""Rules for offsets: "three days ago" (from the publication date) and "two days later",
"the next day", "later that day" (from the time the narrative is at).

Days and weeks counted from a month, season or year the story has just named ("In
January 2024 ... Two days later") cannot be one day: they are the interval from the
start of that period moved by the smallest count to its end moved by the largest, and the
value is the period of the reference's kind (or of the interval's width, if coarser) that
holds the middle of it (here 2024-01, precision month)."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import next_word, prev_word, sentence_breaks
from timeline.recognisers.dates.durations import SCALED, SMALLER, precision_of
from timeline.recognisers.dates.lexicon import FUZZY, PARTS_OF_DAY, normalise
from timeline.recognisers.dates.numbers import Quantity, parse_quantity
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.resolve import UNKNOWN, anaphoric_period, position_mod
from timeline.recognisers.dates.rules_spans import duration_hit, unit_code
from timeline.recognisers.dates.rules_time import quantity_mod, timed_hit
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["aftermath", "ago", "anaphor"]

_DEICTIC = {"ago": -1, "back": -1, "previously": -1, "prior": -1, "from now": 1, "hence": 1}
_ANAPHORIC = {"earlier": -1, "before": -1, "later": 1, "after": 1}
_NOT_AN_OBJECT = word_set("and but when while as then so or that which")
_UNIT_KIND = {
    "D": "day",
    "W": "week",
    "F": "week",
    "WE": "weekend",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "year",
    "CE": "year",
    "ML": "year",
    "TH": "day",
    "TM": "day",
    "TS": "day",
}
_MAX_COUNT = 5000  # "5000 years ago" still has a year; larger counts are not dates
_WIDEN = {"DE": (2, "decade"), "CE": (20, "century"), "ML": (200, "century")}
_HOURS = {"TH": 1.0, "TM": 1 / 60, "TS": 1 / 3600}
_DAYS_PER = {"D": 1, "W": 7, "F": 14}
# Periods a count of days may be told from when no day has been named since.
_STORY_KINDS = frozenset({"week", "weekend", "month", "season", "quarter", "half", "year"})
# How coarse a value is: the value of a spread interval is at least as coarse as its width.
_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3, "half": 3}
_WIDTH_KIND = {"day": "day", "week": "week", "month": "month", "season": "month"}
_AFTERMATH_DAYS = {"days": 1, "weeks": 7, "months": 30}


def _story_period(ctx: Context, start: int) -> Period | None:
    """The week, month, season or year the story is at, when "two days later" at ``start``
    counts from it: the last period named, no day named since (nor inside it), over by
    the DCT (background told in the past), and named in the same or the previous sentence
    or paragraph."""
    state = ctx.narrative
    period = state.period
    if period is None or period.kind not in _STORY_KINDS or state.period_end > start:
        return None
    if state.day is not None and period.first_day() <= state.day.first_day() <= period.last_day():
        return None
    if ctx.dct is not None and period.last_day() >= ctx.dct:
        return None
    if sentence_breaks(ctx.text, state.period_end, start) > 1:
        return None
    return period


def _spread(
    span: tuple[int, int],
    reference: Period,
    low: int,
    high: int,
    sign: int,
    mod: str | None,
    anchor: bool = True,
) -> Hit | None:
    """``low`` to ``high`` days before (``sign`` -1) or after ``reference``, a period."""
    try:
        if sign > 0:
            first = reference.first_day() + timedelta(days=low)
            last = reference.last_day() + timedelta(days=high)
        else:
            first = reference.first_day() - timedelta(days=high)
            last = reference.last_day() - timedelta(days=low)
    except OverflowError:
        return None
    precision = precision_of(first, last)
    kind = max(reference.kind, _WIDTH_KIND.get(precision, "year"), key=lambda k: _RANK.get(k, 4))
    period = Period.of(kind, first + (last - first) / 2)
    return Hit(
        *span,
        "DATE",
        period=period,
        interval=(first, last),
        precision=precision,
        basis="relative",
        mod=mod,
        anchor=anchor,
    )


def _introduces_object(ctx: Context, end: int) -> bool:
    """Whether "before"/"after" ending at ``end`` governs a phrase ("after the vote")."""
    word = next_word(ctx.text, end, ctx.hi)
    return bool(word) and word[0].isalnum() and word.lower() not in _NOT_AN_OBJECT


def _comparison(ctx: Context, start: int) -> Period | None:
    """The period "a year ago/earlier" compares with: the fiscal quarter the text is at,
    or a month or half-year named in the same sentence."""
    recent = ctx.recent_period(start)
    if recent is not None and recent.kind in ("quarter", "half", "month"):
        return recent
    return ctx.reporting_period()


def _reference(ctx: Context, start: int, unit: str, deictic: bool, one: bool) -> Period | None:
    compared = _comparison(ctx, start) if one and unit == "Y" else None
    if compared is not None:
        return compared  # "profit rose in the third quarter from a year ago"
    if deictic:
        return ctx.dct_day()
    state = ctx.narrative
    if unit in ("D", "W", "F", "TH", "TM", "TS"):
        return state.day or ctx.dct_day()
    return state.period or state.day or ctx.dct_day()


def _move(reference: Period, amount: float, unit: str, deictic: bool) -> Period | None:
    """The period ``amount`` ``unit`` away from ``reference`` (negative: back)."""
    if unit in _HOURS:
        amount, unit = round(amount * _HOURS[unit] / 24), "D"
    if unit in SCALED:
        factor, unit = SCALED[unit]
        amount *= factor
    if amount != int(amount) and unit in SMALLER and SMALLER[unit][1] in ("M", "D"):
        factor, unit = SMALLER[unit]  # 1.5 years back is 18 months back; no hours
        amount *= factor
    count = round(amount)
    first = reference.first_day()
    if unit == "D":
        return reference.shift(count) if reference.kind == "day" else None
    if unit == "W":
        if reference.kind == "day" and not deictic:
            return reference.shift(7 * count)
        return Period.of("week", first + timedelta(days=7 * count))
    if unit == "Y" and (
        reference.kind in ("quarter", "half", "month") or (reference.kind == "day" and not deictic)
    ):
        return reference.shift(count, "Y")
    kind = _UNIT_KIND.get(unit, "year")
    return Period.of(kind, first).shift(count)


def _fuzzy(
    span: tuple[int, int],
    reference: Period,
    count: Quantity,
    unit: str,
    sign: int,
    deictic: bool,
    mod: str | None,
) -> Hit:
    low = _move(reference, count.low * sign, unit, deictic)
    high = _move(reference, count.high * sign, unit, deictic)
    fallback = "PAST_REF" if sign < 0 else "FUTURE_REF"
    if low is None or high is None:
        return Hit(*span, "DATE", fallback, mod=mod, anchor=False)
    first = min(low.first_day(), high.first_day())
    last = max(low.last_day(), high.last_day())
    middle = _move(reference, round((count.low + count.high) / 2) * sign, unit, deictic)
    if deictic and count.fuzzy and (count.low, count.high) != FUZZY["couple"]:
        value = fallback
    else:
        value = middle.value() if middle else fallback
        mod = mod or "APPROX"
    return Hit(
        *span,
        "DATE",
        value,
        interval=(first, last),
        precision=precision_of(first, last),
        basis="relative",
        mod=mod,
        anchor=False,
    )


def _widened(hit: Hit, unit: str) -> Hit:
    years, precision = _WIDEN[unit]
    assert hit.period is not None
    year = hit.period.year
    interval = (date(max(year - years, 2), 1, 1), date(min(year + years, 9998), 12, 31))
    return Hit(
        hit.start,
        hit.end,
        "DATE",
        period=hit.period,
        interval=interval,
        precision=precision,
        basis="relative",
        mod=hit.mod or "APPROX",
    )


def ago(m: re.Match[str], ctx: Context) -> Hit | None:
    direction = normalise(m["dir"])
    unit = unit_code(m["unit"] or m["bare"])
    count = parse_quantity(m["num"]) if m["num"] else Quantity(None, *FUZZY["several"])
    if count is None or (count.value is not None and count.value > _MAX_COUNT):
        return None
    if m["half"] and count.value is not None:
        count = Quantity(count.value + 0.5, count.low, count.high + 1)
    mod = quantity_mod(m["approx"]) or ("APPROX" if " or so" in m.group().lower() else None)
    if direction in ("before", "after", "prior") and _introduces_object(ctx, m.end()):
        end = m.end("unit") if m["unit"] else m.end("bare")
        return duration_hit((m.start(), end), count, unit, mod)
    deictic = direction in _DEICTIC
    sign = _DEICTIC[direction] if deictic else _ANAPHORIC[direction]
    span = (m.start(), m.end())
    story = None if deictic or unit not in _DAYS_PER else _story_period(ctx, m.start())
    if story is not None:  # "In January 2024 ... Two days later"
        days = _DAYS_PER[unit]
        fuzzy = count.fuzzy or "couple" in normalise(m["num"])
        low, high = math.floor(count.low * days), math.ceil(count.high * days)
        return _spread(span, story, low, high, sign, mod or ("APPROX" if fuzzy else None))
    reference = _reference(ctx, m.start(), unit, deictic, count.value == 1)
    if reference is None:
        value = (
            UNKNOWN[_UNIT_KIND[unit]]
            if not count.fuzzy
            else ("PAST_REF" if sign < 0 else "FUTURE_REF")
        )
        return Hit(*span, "DATE", value, mod=mod, anchor=False)
    if count.fuzzy or "couple" in normalise(m["num"]):
        return _fuzzy(span, reference, count, unit, sign, deictic, mod)
    assert count.value is not None
    period = _move(reference, count.value * sign, unit, deictic)
    if period is None:
        return None
    comparison = unit == "Y" and count.value == 1  # "a year ago" is no new narrative time
    hit = Hit(*span, "DATE", period=period, basis="relative", mod=mod, anchor=not comparison)
    return _widened(hit, unit) if unit in _WIDEN else hit


def _present(ctx: Context, span: tuple[int, int]) -> Hit:
    day = ctx.dct_day()
    return Hit(*span, "DATE", "PRESENT_REF", day, basis="relative", anchor=False)


def _anaphor_parts(m: re.Match[str], ctx: Context) -> tuple[str, int] | None:
    """(unit word, offset) of that day, the next morning, the day before, later in the day."""
    if m["unit4"]:
        return (m["unit4"].lower(), 0) if m["pos"] else None
    if m["unit"]:
        return m["unit"].lower(), 0
    if m["unit2"]:
        rel = normalise(m["rel"]).split()[-1]
        return m["unit2"].lower(), (-1 if rel in ("previous", "preceding", "prior") else 1)
    if _introduces_object(ctx, m.end()):
        return None  # "the day before the vote" names no day we know
    return m["unit3"].lower(), (-1 if m["dir"].lower() in ("before", "earlier", "prior") else 1)


def anaphor(m: re.Match[str], ctx: Context) -> Hit | None:
    parts = _anaphor_parts(m, ctx)
    if parts is None:
        return None
    word, offset = parts
    span, mod = (m.start(), m.end()), position_mod(m["pos"])
    if normalise(m["det"]) == "this" and prev_word(ctx.text, m.start(), ctx.lo) == "to":
        return _present(ctx, span)  # "to this day": until now
    if word == "day" or word in PARTS_OF_DAY:
        partial = ctx.narrative.same_day_partial()
        pod = word if word in PARTS_OF_DAY else None
        if partial is not None and offset == 0:  # "that day" after "December 6", no year
            return Hit(
                *span,
                "TIME" if pod else "DATE",
                partial + ("T" + PARTS_OF_DAY[pod] if pod else ""),
                mod=mod,
            )
        story = _story_period(ctx, m.start()) if offset and pod is None else None
        if story is not None:  # "In January 2024 ... The next day"
            return _spread(span, story, 1, 1, offset, mod)
        day, basis = ctx.anchor_day()
        moved = day.shift(offset) if day is not None else None
        return timed_hit(span, moved, pod, None, basis, mod)
    period = anaphoric_period(ctx, word, offset)
    if period is None:
        return Hit(*span, "DATE", UNKNOWN[word], mod=mod)
    return Hit(*span, "DATE", period=period, basis="relative", mod=mod)


def aftermath(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "The weeks that followed", "the ensuing days": from the day after the time the
    story is at to several (nine) units after it, mod APPROX; no date without one."""
    if m["verb"] and normalise(m["verb"]) == "after" and _introduces_object(ctx, m.end()):
        return None  # "the days after the vote"
    reference = _story_period(ctx, m.start()) or ctx.narrative.day
    if reference is None:
        return None
    days = _AFTERMATH_DAYS[(m["unit"] or m["unit2"]).lower()]
    high = FUZZY["several"][1] * days
    return _spread((m.start(), m.end()), reference, 1, high, 1, "APPROX", anchor=False)
