"""Times of day: clock times ("10:35 a.m.", "noon") and parts of the day ("Tuesday
afternoon" is TIME 2016-12-06TAF)."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import prev_word
from timeline.recognisers.dates.cues import DURATION_CUES
from timeline.recognisers.dates.lexicon import PARTS_OF_DAY, QUANTITY_MODS
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["clock", "parse_clock", "quantity_mod", "timed_hit"]

_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?:(?P<ap>[ap])\.?\s?m\b\.?)?|(?P<w>noon|midday|midnight)",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(r"(?:\b\d{4}|\d{1,2}/\d{1,2}/\d{2,4}),?\s+$")
_CLOCK_CUES = word_set("at around about by from until till to before after since between")


def parse_clock(text: str | None) -> tuple[int, int] | None:
    """(hour, minute) of a clock time; midnight is 24:00 as TimeML writes it."""
    if not text:
        return None
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    if match["w"]:
        return (24, 0) if match["w"].lower() == "midnight" else (12, 0)
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ap"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def quantity_mod(token: str | None) -> str | None:
    """APPROX, LESS_THAN, MORE_THAN ... for "about", "nearly", "more than" ..."""
    if not token:
        return None
    return QUANTITY_MODS.get(" ".join(token.lower().split()))


def _suffix(pod: str | None, hour_minute: tuple[int, int] | None) -> str:
    if hour_minute is not None:
        return "T{:02d}:{:02d}".format(*hour_minute)
    if pod:
        return "T" + PARTS_OF_DAY.get(pod.lower(), "")
    return ""


def timed_hit(
    span: tuple[int, int],
    day: Period | None,
    pod: str | None = None,
    hour_minute: tuple[int, int] | None = None,
    basis: str = "relative",
    mod: str | None = None,
) -> Hit:
    """A DATE hit for ``day``, or a TIME hit when a part of the day or a clock time is
    given; with no day known, the value keeps X placeholders."""
    suffix = _suffix(pod, hour_minute)
    kind = "TIME" if suffix else "DATE"
    if day is None:
        return Hit(span[0], span[1], kind, "XXXX-XX-XX" + suffix, mod=mod)
    return Hit(span[0], span[1], kind, day.value() + suffix, day, basis=basis, mod=mod)


def _after_date(ctx: Context, start: int) -> bool:
    """ "07/12/2016 09:14", "6 December 2016, 14:30": a clock time right after a date."""
    return _DATE_BEFORE.search(ctx.text, max(ctx.lo, start - 16), start) is not None


def clock(m: re.Match[str], ctx: Context) -> Hit | None:
    """A clock time on its own, on the day the narrative is at (else the DCT)."""
    if m["mil"]:  # "0400 GMT", "1400 hours" (but not "for 1400 hours")
        if m["miltz"].lower().startswith("h") and prev_word(ctx.text, m.start()) in DURATION_CUES:
            return None
        hour_minute: tuple[int, int] | None = (int(m["mil"][:2]), int(m["mil"][2:]))
        text = m["mil"] + " gmt"
    else:
        hour_minute = parse_clock(m["clock"])
        text = (m["clock"] or "").lower()
    if hour_minute is None:
        return None
    if text in ("noon", "midnight") and prev_word(ctx.text, m.start(), ctx.lo) == "high":
        return None  # "high noon": an idiom (and a film)
    bare = ":" in text and not any(c in text for c in "ap") and not m["tz"]
    cued = prev_word(ctx.text, m.start(), ctx.lo) in _CLOCK_CUES or _after_date(ctx, m.start())
    if bare and not m["approx"] and not cued:
        return None  # "3:16" with nothing saying it is a time
    day, basis = ctx.anchor_day()
    hit = timed_hit((m.start(), m.end()), day, None, hour_minute, basis, quantity_mod(m["approx"]))
    return replace(hit, anchor=False)
