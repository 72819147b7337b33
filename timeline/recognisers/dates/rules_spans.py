"""Rules for durations ("for six years", "the last two days"), sets ("every Tuesday",
"daily") and the vague references PRESENT_REF, PAST_REF and FUTURE_REF."""

from __future__ import annotations

import re
from datetime import date

from timeline.recognisers._case import fold
from timeline.recognisers._words import word_set
from timeline.recognisers.dates.context import next_word, prev_word
from timeline.recognisers.dates.cues import DURATION_CUES, FUNCTION_WORDS
from timeline.recognisers.dates.durations import duration_value, precision_of
from timeline.recognisers.dates.lexicon import (
    FUZZY,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    normalise,
)
from timeline.recognisers.dates.numbers import Quantity, parse_quantity
from timeline.recognisers.dates.patterns import CARD
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.resolve import month_number, weekday_number
from timeline.recognisers.dates.rules_time import quantity_mod
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["duration", "duration_hit", "lastn", "ref", "set_", "unit_code"]

_REFS = {
    "PRESENT_REF": "right now|just now|now|nowadays|currently|current|at present|presently"
    "|the present|these days",
    "PAST_REF": "recently|more recently|most recently|lately|the past",
    "FUTURE_REF": "the future|the near future|the foreseeable future|the distant future"
    "|the near term|the short term|the long term|as soon as possible|a later date",
}
_REF_VALUES = {phrase: value for value, phrases in _REFS.items() for phrase in phrases.split("|")}
_SET_EXTRA = {"weekday": "XXXX-WXX-WD", "weekend": "XXXX-WXX-WE"}
_DAY_OR_MONTH_UNITS = frozenset({"D", "W", "F", "M", "Q", "Y", "DE"})
_BARE_CUES = DURATION_CUES | {"of", "than"}
# An amount right before "a year" ("$2 million", "700 seats", "four flights"): a rate.
_RATE_BEFORE = re.compile(
    rf"(?<![\w.,])(?:[$£€]\s?)?(?:\d[\d,.]*|{CARD})(?:\s+(?:million|billion|thousand|hundred))?"
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s+$",
    re.IGNORECASE,
)
_YEAR_ALONE = re.compile(r"(?:1\d|20)\d\d")
_PERIOD_OPENERS = word_set("the early wee small late final first last opening closing")


def unit_code(word: str) -> str:
    return UNITS[fold(word)]  # as the case-blind pattern matched it ("MONTHſ" too)


def duration_hit(
    span: tuple[int, int], count: Quantity | None, unit: str, mod: str | None = None
) -> Hit:
    """A DURATION; "a couple of" counts as two, approximately."""
    if count is not None and count.fuzzy and (count.low, count.high) == FUZZY["couple"]:
        count, mod = Quantity(2.0, 1, 3), mod or "APPROX"
    value = duration_value(None if count is None or count.fuzzy else count.value, unit)
    return Hit(span[0], span[1], "DURATION", value, mod=mod, anchor=False)


def _recent_past(span: tuple[int, int], dct: date, count: Quantity, unit: str) -> Hit:
    """ "the past few months": PAST_REF, from as far back as the count may reach to now."""
    back = Period.of("day", dct).shift(-count.high, unit) if unit in _DAY_OR_MONTH_UNITS else None
    if back is None:
        return Hit(*span, "DATE", "PAST_REF", anchor=False)
    first = back.first_day()
    return Hit(
        *span,
        "DATE",
        "PAST_REF",
        interval=(first, dct),
        precision=precision_of(first, dct),
        basis="relative",
        anchor=False,
    )


def lastn(m: re.Match[str], ctx: Context) -> Hit | None:
    """the last two days, the next few weeks, the coming months, the weeks ahead."""
    span, mod = (m.start(), m.end()), quantity_mod(m["approx"])
    if m["num"]:
        count = parse_quantity(m["num"])
        if count is None or (count.value is not None and count.value <= 0):
            return None
        code = unit_code(m["unit"])
        if count.fuzzy and m["rel"].lower() in ("past", "last") and ctx.dct is not None:
            return _recent_past(span, ctx.dct, count, code)
        return duration_hit(span, count, code, mod)
    word = m["unit2"] or m["unit3"]
    if m["unit2"] and not word.lower().endswith("s"):
        return None
    code = unit_code(word)
    if normalise(m["rel2"]) == "recent" and code in ("Y", "DE"):
        return Hit(*span, "DATE", "PAST_REF", anchor=False)  # "in recent years"
    return duration_hit(span, None, code, mod)


def _idiom(m: re.Match[str], ctx: Context, number: str, unit: str) -> bool:
    """ "one day you will ...", "a second attack", "some day": not durations."""
    hyphen = "-" in ctx.text[m.start("num") : m.start("unit")]
    if unit in ("second", "sec") and number in ("a", "an", "one"):
        return True
    if number == "some" and not unit.endswith("s"):
        return True
    if number == "one" and unit in ("day", "night", "week", "year") and not hyphen:
        return prev_word(ctx.text, m.start(), ctx.lo) not in DURATION_CUES
    return False


def _not_a_duration(m: re.Match[str], ctx: Context) -> bool:
    """Ages ("a 6-year-old", "52 years old") and fractions ("three-quarters of")."""
    if m.group().lower().endswith("-old"):
        return True
    after = next_word(ctx.text, m.end(), ctx.hi).lower()
    if after == "old":
        return True
    if m["unit"].lower().startswith("quarter"):
        count = parse_quantity(m["num"])
        joined = "-" in ctx.text[m.end("num") : m.start("unit")]
        exact = count is not None and not count.fuzzy
        return exact and (after == "of" or (joined and not m["num"][0].isdigit()))
    return False


def _per_unit(m: re.Match[str], ctx: Context, number: str) -> str | None:
    """ "three times a week" is a frequency (a SET); "$2 million a year", "700 seats a
    week" a rate of an amount, which TimeBank and AQUAINT do not annotate."""
    if number not in ("a", "an"):
        return None
    if prev_word(ctx.text, m.start(), ctx.lo) in ("times", "once", "twice"):
        return "frequency"
    before = _RATE_BEFORE.search(ctx.text, max(ctx.lo, m.start() - 48), m.start())
    if before is None or _YEAR_ALONE.fullmatch(before.group().strip()):
        return None
    return "rate"


def duration(m: re.Match[str], ctx: Context) -> Hit | None:
    span, mod = (m.start(), m.end()), quantity_mod(m["approx"])
    if m["long"]:
        return duration_hit(span, Quantity(1.0, 1, 1), unit_code(m["long"]))
    if m["bare"]:
        before = prev_word(ctx.text, m.start(), ctx.lo)
        after = next_word(ctx.text, m.end(), ctx.hi).lower()
        if before in _PERIOD_OPENERS:
            return None  # "the early hours of Thursday", "the first days of the siege"
        if not (mod or before in _BARE_CUES or after == "of" or m.group().endswith("-long")):
            return None
        return duration_hit(span, None, unit_code(m["bare"]), mod)
    number, unit = normalise(m["num"]), m["unit"].lower()
    if _idiom(m, ctx, number, unit) or _not_a_duration(m, ctx):
        return None
    if "-" in ctx.text[m.end("num") : m.start("unit")] and m.group()[:4].lower() == "the ":
        span = (m.start("num"), m.end())  # "the 23-year occupation": the adjective only
    count = parse_quantity(number)
    if count is None:
        return None
    if m["half"] and count.value is not None:
        count = Quantity(count.value + 0.5, count.low, count.high + 1)
    per_unit = _per_unit(m, ctx, number)
    if per_unit == "rate":
        return None
    if per_unit == "frequency":
        return Hit(*span, "SET", duration_value(1, unit_code(unit)), anchor=False)
    return duration_hit(span, count, unit_code(unit), mod)


def _before_noun(ctx: Context, end: int) -> bool:
    word = next_word(ctx.text, end, ctx.hi)
    return word[:1].isalpha() and word.lower() not in FUNCTION_WORDS


def _set_value(word: str, count: int) -> str | None:
    lower = word.lower()
    weekday = weekday_number(lower)
    if weekday is not None:
        return f"XXXX-WXX-{weekday}"
    month = month_number(lower)
    if month is not None and len(lower) > 3:
        return f"XXXX-{month:02d}"
    if lower in SEASONS:
        return f"XXXX-{SEASONS[lower]}"
    if lower in PARTS_OF_DAY:
        return f"XXXX-XX-XXT{PARTS_OF_DAY[lower]}"
    if lower in _SET_EXTRA:
        return _SET_EXTRA[lower]
    return duration_value(count, UNITS[lower]) if lower in UNITS else None


def set_(m: re.Match[str], ctx: Context) -> Hit | None:
    span = (m.start(), m.end())
    if m["adv"]:
        adverb = m["adv"].lower()
        if adverb not in ("daily", "annually") and _before_noun(ctx, m.end()):
            return None  # "its quarterly dividend", "a weekly magazine"
        return Hit(*span, "SET", SET_ADVERBS[adverb], anchor=False)
    if m["wds"]:
        value = f"XXXX-WXX-{weekday_number(m['wds'])}"
        if m["pod"]:
            value += "T" + PARTS_OF_DAY[m["pod"].lower()]
        return Hit(*span, "SET", value, anchor=False)
    count = 2 if m["other"] and m["other"].lower() == "other" else 1
    if m["n"]:
        quantity = parse_quantity(m["n"])
        if quantity is None or quantity.value is None:
            return None
        count = int(quantity.value)
    unit_value = _set_value(m["unit"] or m["unit2"], count)
    return Hit(*span, "SET", unit_value, anchor=False) if unit_value else None


def ref(m: re.Match[str], ctx: Context) -> Hit | None:
    phrase = normalise(m["ref"])
    value = _REF_VALUES.get(phrase)
    if value is None:
        return None
    span = (m.start(), m.end())
    if value == "PRESENT_REF" and ctx.dct is not None:
        period = Period.of("day", ctx.dct)
        return Hit(*span, "DATE", value, period, basis="relative", anchor=False)
    return Hit(*span, "DATE", value, anchor=False)
