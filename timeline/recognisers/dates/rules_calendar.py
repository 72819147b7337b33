"""Rules for named calendar periods: months, seasons, quarters and halves, fiscal
comparisons ("the year-earlier quarter"), year-end, and holidays."""

from __future__ import annotations

import re

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import next_word, prev_word
from timeline.recognisers.dates.holidays import holiday_date
from timeline.recognisers.dates.lexicon import SEASONS, VERB_MONTHS, normalise
from timeline.recognisers.dates.numbers import parse_ordinal
from timeline.recognisers.dates.periods import SEASON_CODES, Period
from timeline.recognisers.dates.resolve import month_number, nearest, position_mod, written_year
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["finance", "holiday", "month", "month_near", "quarter", "season", "yearend"]

_CUES = word_set(
    """
    in since by until till from during through throughout before after of between and or
    to last next this early late mid around on for into"""
)
_WEAK_CUES = frozenset({"and", "or", "to"})
# The words that make a lower-case or verb-like month name ("may", "March") a month.
_VERB_CUES = word_set(
    "in since by until till from during through throughout last next early late mid of"
)
_BEFORE = frozenset({"last", "past", "this past", "previous"})
_AFTER = frozenset({"next", "coming", "this coming"})
_REL_YEARS = {"this": 0, "last": -1, "next": 1}


def _pick(candidates: list[Period], current: Period, rel: str, tense: str | None) -> Period | None:
    """last/next/this/bare choice among same-named periods around ``current``."""
    if rel in _BEFORE:
        before = [c for c in candidates if c.index < current.index]
        return max(before, key=lambda p: p.index) if before else None
    if rel in _AFTER:
        after = [c for c in candidates if c.index > current.index]
        return min(after, key=lambda p: p.index) if after else None
    return nearest(candidates, current, tense)


def _bare_month_ok(m: re.Match[str], ctx: Context) -> bool:
    token = m["mon"]
    before = prev_word(ctx.text, m.start(), ctx.lo)
    if token[:1].islower():
        return before in (_VERB_CUES if token.lower() in VERB_MONTHS else _CUES)
    if before in _CUES and before not in _WEAK_CUES:
        return True
    if token.lower() in VERB_MONTHS and before not in _WEAK_CUES:
        return False  # "May said"
    following = next_word(ctx.text, m.end(), ctx.hi)
    return not following[:1].isupper()  # "June Carter", "and March Madness" are names


def month(m: re.Match[str], ctx: Context) -> Hit | None:
    number = month_number(m["mon"])
    if number is None:
        return None
    year, rel, rely = written_year(m), normalise(m["rel"]), normalise(m["rely"])
    pos = m["pos"] or m["pos2"]
    if not (year or rel or rely or pos) and not _bare_month_ok(m, ctx):
        return None
    if rel == "this" and m["mon"].islower() and m["mon"] in VERB_MONTHS:
        return None  # "at this march"
    span, mod = (m.start(), m.end()), position_mod(pos)
    if year:
        return Hit(*span, "DATE", period=Period.month(year, number), basis="explicit", mod=mod)
    if ctx.dct is None:
        return Hit(*span, "DATE", f"XXXX-{number:02d}", mod=mod)
    period = month_near(ctx, number, rel, span, rely)
    if period is None:
        return None
    return Hit(*span, "DATE", period=period, basis="relative", mod=mod)


def month_near(
    ctx: Context, number: int, rel: str, span: tuple[int, int], rely: str = ""
) -> Period | None:
    """The month ``number`` of a month name without a year, near the DCT: "last", "next"
    or "this" (``rel``) month, in "this/last/next year" (``rely``), else the nearest
    one by the clause's tense. None without a DCT."""
    if ctx.dct is None:
        return None
    if rely:
        return Period.month(ctx.dct.year + _REL_YEARS[rely], number)
    if rel == "this":
        return Period.month(ctx.dct.year, number)
    current = Period.of("month", ctx.dct)
    candidates = [Period.month(ctx.dct.year + k, number) for k in (-1, 0, 1)]
    return _pick(candidates, current, rel, ctx.tense(*span))


def _bare_season_ok(m: re.Match[str], ctx: Context, rel: str) -> bool:
    name = m["season"].lower()
    if next_word(ctx.text, m.end(), ctx.hi).lower() == "of":
        return False  # "the fall of Aleppo"
    before = prev_word(ctx.text, m.start(), ctx.lo)
    if name == "fall":
        return rel == "the" and before in _CUES
    if m["season"][:1].isupper() and before[:1].isalpha() and before not in _CUES:
        return False  # "Arab Spring"
    return before in _CUES or rel == "the"


def season(m: re.Match[str], ctx: Context) -> Hit | None:
    code = SEASON_CODES.index(SEASONS[m["season"].lower()])
    year, rel, rely = written_year(m), normalise(m["rel"]), normalise(m["rely"])
    pos = m["pos"] or m["pos2"]
    if not (year or rely or pos or rel not in ("", "the")) and not _bare_season_ok(m, ctx, rel):
        return None
    span, mod = (m.start(), m.end()), position_mod(pos)
    if year:
        return Hit(
            *span, "DATE", period=Period("season", year * 4 + code), basis="explicit", mod=mod
        )
    if ctx.dct is None:
        return Hit(*span, "DATE", f"XXXX-{SEASON_CODES[code]}", mod=mod)
    current = Period.of("season", ctx.dct)
    if rely:
        period: Period | None = Period("season", (ctx.dct.year + _REL_YEARS[rely]) * 4 + code)
    elif rel == "this":
        same = current.index % 4 == code
        period = current if same else Period("season", ctx.dct.year * 4 + code)
    else:
        candidates = [Period("season", (ctx.dct.year + k) * 4 + code) for k in (-2, -1, 0, 1)]
        period = _pick(candidates, current, rel, ctx.tense(*span))
    if period is None:
        return None
    return Hit(*span, "DATE", period=period, basis="relative", mod=mod)


def _quarter_number(m: re.Match[str]) -> tuple[str, int, int | None] | None:
    """(kind, number, written year) of Q3 2016, H1 2016, the third quarter (of 2016)."""
    if m["qn"]:
        year = int(m["y3"]) if m["y3"] else None
        return ("quarter", int(m["qn"][1]), year) if m["qn"][0] == "Q" else None
    if m["hn"]:
        return ("half", int(m["hn"][1]), int(m["y4"])) if m["hn"][0] == "H" else None
    kind = "quarter" if m["qh"].lower() == "quarter" else "half"
    number = parse_ordinal(m["ord"])
    if number is None:
        return None
    year = int(m["y2"] or m["yy"]) if (m["y2"] or m["yy"]) else None
    if number < 0 and year is None and not m["rely"] and not m["yq"]:
        return None  # "the last quarter" is the previous one (relunit)
    count = 4 if kind == "quarter" else 2
    if number < 0:
        number = count  # the last or final one
    return (kind, number, year) if number <= count else None


def _quarter_year(m: re.Match[str], ctx: Context, kind: str, number: int) -> int | None:
    relative = normalise(m["yq"]).split(" ")[0] or normalise(m["rely"])
    if ctx.dct is None:
        return None
    if relative in _REL_YEARS:
        return ctx.dct.year + _REL_YEARS[relative]
    if normalise(m["adj"]) in ("year-earlier", "year-ago"):
        return ctx.dct.year - 1
    size = 4 if kind == "quarter" else 2
    current = Period.of(kind, ctx.dct)
    candidates = [Period(kind, (ctx.dct.year + k) * size + number - 1) for k in (-1, 0)]
    return max((c for c in candidates if c.index <= current.index), key=lambda p: p.index).year


def quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    parsed = _quarter_number(m)
    if parsed is None:
        return None
    kind, number, year = parsed
    size = 4 if kind == "quarter" else 2
    span = (m.start(), m.end())
    if m["the"] and m["join"] and "-" in m["join"] and not m["yq"]:
        span = (m.end("the") + 1, m.end())  # "the third-quarter results": the adjective only
    basis = "explicit" if year else "relative"
    year = year or _quarter_year(m, ctx, kind, number)
    if year is None:
        return Hit(*span, "DATE", f"XXXX-{'Q' if kind == 'quarter' else 'H'}{number}")
    return Hit(*span, "DATE", period=Period(kind, year * size + number - 1), basis=basis)


def finance(m: re.Match[str], ctx: Context) -> Hit | None:
    """The year-earlier quarter, the year-ago period, the latest quarter, the 1988 period."""
    base = ctx.reporting_period()
    if base is None:
        base = Period.of("quarter", ctx.dct).shift(-1) if ctx.dct else None
    if m["ya"] and (ctx.narrative.period is None or ctx.narrative.period.kind != "quarter"):
        base = Period("year", ctx.dct.year) if ctx.dct else None  # "the year-ago results"
    span = (m.start(), m.end())
    if base is None:
        return None
    adj = normalise(m["adj"])
    if m["yy"]:
        period: Period | None = Period("year", int(m["yy"]))
        if base.kind == "quarter":
            period = Period("quarter", int(m["yy"]) * 4 + base.index % 4)
    elif m["ya"] or m["tail"] or m["lq"] or adj in ("year-earlier", "year-ago", "prior-year"):
        period = base.shift(-1, "Y")
    elif adj == "previous":
        period = base.shift(-1)
    elif adj == "current" and ctx.dct is not None and m["noun"].lower() == "quarter":
        period = Period.of("quarter", ctx.dct)
    else:
        period = base
    if period is None:
        return None
    return Hit(*span, "DATE", period=period, basis="relative", anchor=period == base)


def yearend(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", "XXXX", mod="END")
    period = Period("year", ctx.dct.year)
    return Hit(m.start(), m.end(), "DATE", period=period, basis="relative", mod="END")


def _holiday_day(name: str, year: int) -> Period:
    kind = "week" if name.lower().endswith("week") else "day"
    return Period.of(kind, holiday_date(name, year))


def holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    name = m["name"]
    span = (m.start(), m.end())
    if m["y"]:
        return Hit(*span, "DATE", period=_holiday_day(name, int(m["y"])), basis="explicit")
    if ctx.dct is None:
        return Hit(*span, "DATE", "XXXX-XX-XX")
    candidates = [_holiday_day(name, ctx.dct.year + k) for k in (-1, 0, 1)]
    rel = normalise(m["rel"])
    if rel == "this":
        rel = ""
    picked = _pick(candidates, Period.of(candidates[0].kind, ctx.dct), rel, ctx.tense(*span))
    return Hit(*span, "DATE", period=picked, basis="relative") if picked else None
