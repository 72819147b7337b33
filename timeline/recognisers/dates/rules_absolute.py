"""Rules for dates written out: ISO and numeric dates, month-day(-year), years, decades,
centuries, and dates in other languages (handed to dateparser)."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import (
    counts_after_day,
    followed_by_count_noun,
    prev_word,
    year_context,
)
from timeline.recognisers.dates.external import parse_foreign
from timeline.recognisers.dates.impossible import real_part
from timeline.recognisers.dates.lexicon import MONTH_NAMES, MONTHS, VERB_MONTHS, normalise
from timeline.recognisers.dates.numbers import parse_ordinal, parse_spoken_year
from timeline.recognisers.dates.patterns import DAY, MONTH_ANY
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.resolve import (
    day_period,
    month_number,
    position_mod,
    valid_date,
    weekday_number,
    written_year,
)
from timeline.recognisers.dates.state import Context, Hit

__all__ = [
    "century",
    "decade",
    "dmy",
    "foreign",
    "iso",
    "mdy",
    "numeric",
    "range_head",
    "range_tail",
    "spoken_year",
    "year",
]

# Lower-case month names that are months even without a day number or year.
_PLAIN_MONTHS = frozenset(MONTH_NAMES) - VERB_MONTHS
_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.IGNORECASE)
_AGE_WORDS = word_set("his her their my your our its whose")


def _day(year: int, month: int, day: int) -> Period | None:
    when = valid_date(year, month, day)
    return Period.of("day", when) if when is not None else None


def iso(m: re.Match[str], ctx: Context) -> Hit | None:
    parts = (int(m["y"]), int(m["m"]), int(m["d"]))
    period = _day(*parts)
    if period is None:
        return real_part((m.start(), m.end()), ctx, parts)
    if m["hh"]:
        value = f"{period.value()}T{m['hh']}:{m['mi']}"
        return Hit(m.start(), m.end(), "TIME", value, period, basis="explicit")
    return Hit(m.start(), m.end(), "DATE", period=period, basis="explicit")


def _full_year(digits: str, ctx: Context) -> int:
    if len(digits) == 4:
        return int(digits)
    pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 40
    return (2000 if int(digits) <= pivot else 1900) + int(digits)


def numeric(m: re.Match[str], ctx: Context) -> Hit | None:
    """12/06/2016 (month first unless the first number cannot be a month, or the caller
    asked for day first), 06.12.2016 (day first)."""
    if m["s1"] != m["s2"] or (m["s1"] != "/" and len(m["y"]) != 4):
        return None
    first, second = int(m["a"]), int(m["b"])
    day_first = m["s1"] == "." or first > 12 or (ctx.day_first and second <= 12)
    month, day = (second, first) if day_first else (first, second)
    period = _day(_full_year(m["y"], ctx), month, day)
    if period is None:  # 30/02/2016; but 13/13/2016 may be no date at all
        parts = (_full_year(m["y"], ctx), month, day)
        return real_part((m.start(), m.end()), ctx, parts) if month <= 12 else None
    return Hit(m.start(), m.end(), "DATE", period=period, basis="explicit")


def foreign(m: re.Match[str], ctx: Context) -> Hit | None:
    """A day, a month name in another language and a year: "6 décembre 2016"."""
    if m["w"].lower() in MONTHS:
        return None
    parsed = parse_foreign(m.group())
    if parsed is None:
        return None
    return Hit(m.start(), m.end(), "DATE", period=Period.of("day", parsed), basis="explicit")


def _month_ok(token: str, has_year: bool, day_token: str) -> bool:
    """Lower-case month names count only next to a day number or year ("may" is a verb)."""
    if not token[:1].islower() or has_year:
        return True
    word = token.lower().rstrip(".")
    if word in VERB_MONTHS:
        return day_token[0].isdigit() and day_token[-1].isalpha()  # "may 5th"
    return word in _PLAIN_MONTHS


def _counts_not_day(m: re.Match[str], ctx: Context, year: int | None, end: int) -> bool:
    """ "in December 6 people died" counts people; "on December 6 rebels withdrew" is a day."""
    if not m["day"].isdigit() or year is not None:
        return False
    return counts_after_day(ctx.text, end, ctx.hi) and prev_word(ctx.text, m.start()) != "on"


def _calendar_day(m: re.Match[str], ctx: Context) -> Hit | None:
    month = month_number(m["mon"])
    day = parse_ordinal(m["day"])
    if month is None or day is None or day < 1:
        return None
    year = written_year(m)
    end = m.end()
    if year is not None and m["y"] and counts_after_day(ctx.text, end, ctx.hi):
        year, end = None, m.end("day")  # "December 6, 1500 people"
    if not _month_ok(m["mon"], year is not None, m["day"]):
        return None
    if _counts_not_day(m, ctx, year, end) or (day > 31 and year is None):
        return None  # "December 45" with no year: more likely a count than a day
    rel = normalise(m.groupdict().get("rel"))
    impossible = real_part((m.start(), end), ctx, (year, month, day), rel)
    if impossible is not None:
        return impossible
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    if year is not None:
        period = _day(year, month, day)
        if period is None:
            return None
        return _week_of(ctx, Hit(m.start(), end, "DATE", period=period, basis="explicit"))
    direction = "before" if "last" in rel or "past" in rel else "after" if rel else None
    period, candidates = day_period(ctx, month, day, weekday, (m.start(), end), direction)
    if period is None:
        value = f"XXXX-{month:02d}-{day:02d}"
        return Hit(m.start(), end, "DATE", value, year_candidates=candidates)
    return _week_of(ctx, Hit(m.start(), end, "DATE", period=period, basis="relative"))


def _week_of(ctx: Context, hit: Hit) -> Hit:
    """ "the week of March 6" is the week that holds that day."""
    before = _WEEK_OF.search(ctx.text, max(ctx.lo, hit.start - 16), hit.start)
    if before is None or hit.period is None:
        return hit
    week = Period.of("week", hit.period.first_day())
    return replace(hit, start=before.start(), period=week)


def mdy(m: re.Match[str], ctx: Context) -> Hit | None:
    return _calendar_day(m, ctx)


def dmy(m: re.Match[str], ctx: Context) -> Hit | None:
    if m["day"][0].isalpha() and not m["of"]:
        return None  # "the second March": an ordinal, not a day
    return _calendar_day(m, ctx)


_MONTH_DAY_BEFORE = re.compile(
    rf"(?P<mon>{MONTH_ANY})\s*(?:the\s+)?{DAY}\s*(?:-|–|—|to|and|through|until|till)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _range_day(m: re.Match[str], ctx: Context, month_token: str, year: str | None) -> Hit | None:
    month, day = month_number(month_token), parse_ordinal(m["day"])
    if month is None or day is None or not 1 <= day <= 31:
        return None
    impossible = real_part((m.start(), m.end()), ctx, (int(year) if year else None, month, day))
    if impossible is not None:  # "April 30-31"
        return impossible
    if year:
        period = _day(int(year), month, day)
        return Hit(m.start(), m.end(), "DATE", period=period, basis="explicit") if period else None
    found, candidates = day_period(ctx, month, day, None, (m.start(), m.end()))
    if found is None:
        return Hit(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}")
    return Hit(m.start(), m.end(), "DATE", period=found, basis="relative")


def range_head(m: re.Match[str], ctx: Context) -> Hit | None:
    """The 12 of "12-13 December": the month and year of the second day."""
    if m["day"][0].isalpha() or not _month_ok(m["mon"], bool(m["y"]), m["day"]):
        return None
    hit = _range_day(m, ctx, m["mon"], m["y"])
    return replace(hit, end=m.end("day")) if hit else None


def range_tail(m: re.Match[str], ctx: Context) -> Hit | None:
    """The 13 of "December 12-13, 2016": the month of the first day."""
    before = _MONTH_DAY_BEFORE.search(ctx.text, max(ctx.lo, m.start() - 30), m.start())
    if before is None or not _month_ok(before["mon"], bool(m["y"]), m["day"]):
        return None
    return _range_day(m, ctx, before["mon"], m["y"])


def year(m: re.Match[str], ctx: Context) -> Hit | None:
    lead, pos = m["lead"], m["pos"]
    context = lead or pos or m["prepost"]
    if not context and not year_context(ctx.text, m.start("y"), m.end("y"), ctx.lo, ctx.hi):
        return None
    if lead and lead.lower() == "fy" and not lead.isupper():
        return None
    mod = position_mod(pos)
    later = (m["later"] or "").lower()
    if m["prepost"]:
        mod = "BEFORE" if m["prepost"].lower() == "pre" else "AFTER"
    if later:
        mod = (
            "ON_OR_AFTER"
            if any(w in later for w in ("later", "after", "beyond"))
            else ("ON_OR_BEFORE")
        )
    period = Period("year", int(m["y"]))
    return Hit(m.start(), m.end(), "DATE", period=period, basis="explicit", mod=mod)


def spoken_year(m: re.Match[str], ctx: Context) -> Hit | None:
    value = parse_spoken_year(m["ys"])
    if value is None or not 1000 <= value <= 2099:
        return None
    if not m["lead"] and followed_by_count_noun(ctx.text, m.end(), ctx.hi):
        return None
    return Hit(m.start(), m.end(), "DATE", period=Period("year", value), basis="explicit")


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decade_index(m: re.Match[str], ctx: Context) -> int | None:
    if m["d4"]:
        return int(m["d4"]) // 10
    if m["d2"]:
        tens = int(m["d2"]) // 10
        now = ctx.dct.year if ctx.dct else 2000
        century = now // 100 if tens * 10 <= now % 100 else now // 100 - 1
        return century * 10 + tens
    tens = _DECADE_WORDS[m["dw"].lower()]
    if m["cw"]:
        return (18 if m["cw"].lower() == "eighteen" else 19) * 10 + tens
    if prev_word(ctx.text, m.start(), ctx.lo) in _AGE_WORDS:
        return None  # "in their twenties": an age
    return 190 + tens


def decade(m: re.Match[str], ctx: Context) -> Hit | None:
    index = _decade_index(m, ctx)
    if index is None:
        return None
    period = Period("decade", index)
    return Hit(
        m.start(), m.end(), "DATE", period=period, basis="explicit", mod=position_mod(m["pos"])
    )


def century(m: re.Match[str], ctx: Context) -> Hit | None:
    mod = position_mod(m["pos"])
    if m["ord"]:
        number = parse_ordinal(m["ord"])
        if number is None or not 1 <= number <= 30:
            return None
        return Hit(
            m.start(),
            m.end(),
            "DATE",
            period=Period("century", number - 1),
            basis="explicit",
            mod=mod,
        )
    rel = normalise(m["rel"])
    if rel in ("the past", "the last"):
        return Hit(m.start(), m.end(), "DURATION", "P100Y", anchor=False)  # "the past century"
    rel = rel.split()[-1]
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", "XX", mod=mod)
    offset = {"this": 0, "next": 1}.get(rel, -1)
    period = Period("century", ctx.dct.year // 100 + offset)
    return Hit(m.start(), m.end(), "DATE", period=period, basis="relative", mod=mod)
