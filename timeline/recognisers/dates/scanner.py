"""The scan: find trigger words, step back over the words that may open an expression
before them, try every rule there, keep the longest accepted match, and carry the
narrative state along."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.recognisers.dates.cues import PREFIX_WORDS, TRIGGER_WORDS
from timeline.recognisers.dates.grammar import RULES_ANYWHERE, RULES_BY_FIRST, Rule, rules_for_word
from timeline.recognisers.dates.state import Context, Hit
from timeline.recognisers.dates.titles import titled

__all__ = ["merge_times", "normalise_regions", "scan"]

_TOKEN = re.compile(r"\w+")
_LOOKBACK = 8
# The word right before a position, and what may join it to the next: "mid-2016",
# "Dec. 6, 2016", "the '80s".
_WORD_BEFORE = re.compile(r"(\w+)[\s,.'’-]{1,4}$")
_WORD_CHARS = 24
# Rules whose words are capitalised anyway (months, weekdays, holidays, named periods).
_NAMED_RULES = frozenset(
    (
        "iso",
        "numeric",
        "mdy",
        "dmy",
        "foreign",
        "range_head",
        "range_tail",
        "ordinal_day",
        "month",
        "holiday",
        "hijri",
        "quarter",
        "decade",
        "century",
        "year",
        "spoken_year",
        "season",
        "weekday",
    )
)
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


def _rules_at(text: str, start: int, hi: int) -> tuple[Rule, ...]:
    """The rules that may match at ``start``: by the word there when it is ASCII and
    starts with a letter (as the rules see it: cut at ``hi``), else by its character."""
    word = _TOKEN.match(text, start, hi)
    if word is not None:
        written = word.group()
        if written.isascii() and written[0].isalpha():
            return rules_for_word(written.lower())
    return RULES_BY_FIRST.get(text[start], RULES_ANYWHERE)


def _best_at(ctx: Context, start: int) -> Hit | None:
    """The longest rule match at ``start`` whose handler accepts it."""
    found = []
    rules = _rules_at(ctx.text, start, ctx.hi)
    for order, rule in enumerate(rules):
        match = rule.pattern.match(ctx.text, start, ctx.hi)
        if match is not None and match.end() > start:
            found.append((-match.end(), order, match))
    for _, order, match in sorted(found, key=lambda item: (item[0], item[1])):
        rule = rules[order]
        hit = rule.handler(match, ctx)
        if hit is None or hit.start >= hit.end:
            continue
        if rule.name not in _NAMED_RULES and titled(ctx.text, hit.start, hit.end, ctx.lo):
            continue  # "60 Minutes", "This Week With David Brinkley"
        if hit.period is None or hit.period.valid():  # "the 1st century" has no dates
            return replace(hit, rule=rule.name)
    return None


def _starts(text: str, token: re.Match[str], floor: int) -> list[int]:
    """Where an expression ending in ``token`` may start: the leftmost of the prefix
    words right before it first, then each next word (no further back than ``floor``)."""
    starts = [token.start()]
    for _ in range(_LOOKBACK - 1):
        before = _WORD_BEFORE.search(text, max(floor, starts[-1] - _WORD_CHARS), starts[-1])
        if before is None or before.group(1).lower() not in PREFIX_WORDS:
            break
        if before.start(1) > floor and text[before.start(1) - 1].isalnum():
            break  # the window cut a longer word
        starts.append(before.start(1))
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
    for token in _TOKEN.finditer(ctx.text, ctx.lo, ctx.hi):
        word = token.group()
        if token.start() < pos or not (word[0].isdigit() or word.lower() in TRIGGER_WORDS):
            continue
        for start in _starts(ctx.text, token, pos):
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
