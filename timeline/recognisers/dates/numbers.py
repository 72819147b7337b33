"""Numbers as news writes them in time expressions: "24", "2 1/2", "twenty-four",
"a couple of", "nineteen ninety-six"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.recognisers.dates.lexicon import CARDINALS, FUZZY, ORDINALS, SCALES

__all__ = ["Quantity", "parse_ordinal", "parse_quantity", "parse_spoken_year"]

_SPLIT = re.compile(r"[\s-]+")
_FRACTION = re.compile(r"^(\d+)\s+(\d)/(\d)$")
# The number words of counts in time expressions: "a day", "a single week", "zero hours".
_COUNT_WORDS = {"zero": 0, "a": 1, "an": 1, "single": 1} | CARDINALS
# Words that multiply the count before them: "a dozen" is 12, "two dozen" 24.
_MULTIPLIERS = {"dozen": 12} | SCALES


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count: exact (``value``) or fuzzy (``low``..``high``, ``value`` None)."""

    value: float | None
    low: int
    high: int

    @property
    def fuzzy(self) -> bool:
        return self.value is None


def _words_to_int(words: list[str]) -> int | None:
    total, current = 0, 0
    if words[:2] == ["half", "a"]:  # "half a dozen"
        whole = _words_to_int(["a", *words[2:]])
        return whole // 2 if whole is not None and whole % 2 == 0 else None
    for word in words:
        if word == "and":
            continue
        scale = _MULTIPLIERS.get(word)
        if scale is not None:
            current = max(current, 1) * scale
            if scale >= 1000:  # "two thousand three hundred": a group ends at a thousand
                total, current = total + current, 0
            continue
        number = _COUNT_WORDS.get(word)
        if number is None:
            return None
        current += number
    return total + current


def parse_quantity(text: str) -> Quantity | None:
    """The count in ``text``: digits, a fraction, number words, or a fuzzy word."""
    phrase = " ".join(_SPLIT.split(text.strip().lower()))
    if phrase in FUZZY:
        low, high = FUZZY[phrase]
        return Quantity(None, low, high)
    fraction = _FRACTION.match(phrase)
    if fraction:
        whole, num, den = (int(g) for g in fraction.groups())
        value = whole + num / den if den else float(whole)
        return Quantity(value, int(value), int(value) + 1)
    digits = phrase.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        value = float(digits)
        return Quantity(value, int(value), int(value))
    number = _words_to_int(phrase.split())
    if number is None:
        return None
    return Quantity(float(number), number, number)


def parse_ordinal(text: str) -> int | None:
    """1 for "1st", "first"; None when ``text`` is no ordinal."""
    phrase = " ".join(_SPLIT.split(text.strip().lower()))
    if phrase in ORDINALS:
        return ORDINALS[phrase]
    digits = phrase.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None


def parse_spoken_year(text: str) -> int | None:
    """1996 for "nineteen ninety-six", 2000 for "two thousand", 1905 for "nineteen oh five"."""
    words = [w for w in _SPLIT.split(text.strip().lower()) if w]
    if not words:
        return None
    if "thousand" in words:
        return _words_to_int(words)
    head = _COUNT_WORDS.get(words[0])
    if head is None or not 10 <= head <= 29:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return head * 100
    if rest[:1] in (["oh"], ["o"]):
        tail = _words_to_int(rest[1:])
        return head * 100 + tail if tail is not None and tail < 10 else None
    tail = _words_to_int(rest)
    return head * 100 + tail if tail is not None and 10 <= tail < 100 else None
