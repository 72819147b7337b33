"""The scan: find trigger words, step back over the words that may open an expression
before them, try every rule there, keep the longest accepted match, and carry the
narrative state along."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.recognisers.dates.cues import PREFIX_WORDS, TRIGGER_WORDS
from timeline.recognisers.dates.grammar import RULES, START
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["merge_times", "normalise_regions", "scan"]

_TOKEN = re.compile(r"\w+")
# What may separate the words of one expression: "mid-2016", "Dec. 6, 2016", "the '80s".
_JOINER = re.compile(r"[\s,.'’-]{1,4}")
_LOOKBACK = 8
_PARTIAL_DAY = re.compile(r"XXXX-\d\d-\d\d")
_DATE_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?", re.IGNORECASE)
_CLOCK_THEN_DATE = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)


def normalise_regions(
    length: int, regions: Sequence[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """The regions clipped to the text, sorted, overlapping ones merged (adjacent ones stay
    apart: no span crosses from one region into the next); the whole text if None."""
    if regions is None:
        return [(0, length)]
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted((max(0, lo), min(length, hi)) for lo, hi in regions):
        if hi <= lo:
            continue
        if merged and lo < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _best_at(ctx: Context, start: int) -> Hit | None:
    """The longest rule match at ``start`` whose handler accepts it."""
    if START.match(ctx.text, start, ctx.hi) is None:
        return None
    found = []
    for order, rule in enumerate(RULES):
        match = rule.pattern.match(ctx.text, start, ctx.hi)
        if match is not None and match.end() > start:
            found.append((-match.end(), order, match))
    for _, order, match in sorted(found, key=lambda item: (item[0], item[1])):
        rule = RULES[order]
        hit = rule.handler(match, ctx)
        if hit is None or hit.start >= hit.end:
            continue
        if hit.period is None or hit.period.valid():  # "the 1st century" has no dates
            return replace(hit, rule=rule.name)
    return None


def _starts(text: str, history: list[tuple[int, int, str]], floor: int) -> list[int]:
    """Where an expression ending in the last token of ``history`` may start: the
    leftmost of the prefix words right before it first, then each next word."""
    starts = [history[-1][0]]
    for index in range(len(history) - 2, -1, -1):
        start, end, word = history[index]
        following = starts[-1]
        if start < floor or word not in PREFIX_WORDS:
            break
        if _JOINER.fullmatch(text, end, following) is None:
            break
        starts.append(start)
    ordered = []
    for start in reversed(starts):
        if start > floor and text[start - 1] in "'’":
            ordered.append(start - 1)  # "the '80s"
        ordered.append(start)
    return ordered


def _remember(ctx: Context, hit: Hit) -> None:
    if not hit.anchor or hit.type not in ("DATE", "TIME"):
        return
    if hit.period is not None:
        ctx.narrative.remember(hit.period, hit.end, hit.basis == "explicit")
    elif _PARTIAL_DAY.match(hit.value):
        ctx.narrative.remember_partial(hit.value[:10], hit.end)


def _scan_region(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    pos = ctx.lo
    history: list[tuple[int, int, str]] = []
    for token in _TOKEN.finditer(ctx.text, ctx.lo, ctx.hi):
        word = token.group().lower()
        history.append((token.start(), token.end(), word))
        if len(history) > _LOOKBACK:
            del history[0]
        if token.start() < pos or not (word[0].isdigit() or word in TRIGGER_WORDS):
            continue
        for start in _starts(ctx.text, history, pos):
            hit = _best_at(ctx, start)
            if hit is None:
                continue
            hits.append(hit)
            _remember(ctx, hit)
            pos = hit.end
            break
    return hits


def scan(ctx: Context, regions: list[tuple[int, int]]) -> list[Hit]:
    """Every hit in ``regions`` of ``ctx.text``, in order; state flows across regions."""
    hits: list[Hit] = []
    for lo, hi in regions:
        ctx.lo, ctx.hi = lo, hi
        hits.extend(_scan_region(ctx))
    return hits


def _is_day(hit: Hit) -> bool:
    return hit.type == "DATE" and hit.period is not None and hit.period.kind == "day"


def _joined(text: str, first: Hit, second: Hit) -> Hit | None:
    """ "5 p.m. Nov. 9" or "December 6 at 10:00": one TIME on that day."""
    clock, day = (first, second) if first.rule == "clock" else (second, first)
    if clock.rule != "clock" or not _is_day(day) or day.rule == "clock":
        return None
    gap = _CLOCK_THEN_DATE if clock is first else _DATE_THEN_CLOCK
    if gap.fullmatch(text, first.end, second.start) is None:
        return None
    assert day.period is not None
    value = day.period.value() + "T" + clock.value.split("T", 1)[1]
    return replace(
        day, start=first.start, end=second.end, type="TIME", value=value, mod=clock.mod or day.mod
    )


def merge_times(text: str, hits: list[Hit]) -> list[Hit]:
    """Clock times joined with the day written next to them."""
    merged: list[Hit] = []
    for hit in hits:
        joined = _joined(text, merged[-1], hit) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(hit)
    return merged
