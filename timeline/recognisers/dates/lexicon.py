"""Word tables of the date grammar: months, weekdays, numbers, units, seasons, modifiers.

The month and weekday tables (and the number words) are the project's one copy: ingest
and the other recognisers import them, and build their patterns with ``alternation``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "CARDINALS",
    "FUZZY",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "ONES",
    "ORDINALS",
    "PARTS_OF_DAY",
    "POSITION_MODS",
    "QUANTITY_MODS",
    "SCALES",
    "SEASONS",
    "SET_ADVERBS",
    "TEENS",
    "TENS",
    "UNITS",
    "VERB_MONTHS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
    "alternation",
    "normalise",
]


def _sequence(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def normalise(text: str | None) -> str:
    """``text`` lower-cased with its runs of white space made single spaces ("" for None)."""
    return " ".join(text.lower().split()) if text else ""


def alternation(entries: Iterable[str], *, space: str = r"\s+") -> str:
    """A regular-expression group matching any of ``entries`` (lower-case words or
    phrases), longest first. A space in an entry matches ``space`` (any run of white
    space by default) and an apostrophe either form, so "new year's day" also matches
    "New  Year’s Day" when the pattern ignores case."""
    branches = (
        space.join(re.escape(word) for word in entry.split()).replace("'", "['’]")
        for entry in sorted(set(entries), key=lambda entry: (-len(entry), entry))
    )
    return "(?:" + "|".join(branches) + ")"


# Each month: its name, then its abbreviations (lower case, without the full stop).
_MONTH_WORDS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: dict[str, int] = {
    word: number for number, names in enumerate(_MONTH_WORDS, start=1) for word in names
}
MONTH_NAMES: tuple[str, ...] = tuple(names[0] for names in _MONTH_WORDS)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(word for names in _MONTH_WORDS for word in names[1:])
# Month names that are also verbs ("May said", "they march"): months only in context.
VERB_MONTHS: frozenset[str] = frozenset(("may", "march"))

# Each weekday, Monday first (ISO numbers 1 to 7): its name, then its abbreviations.
_WEEKDAY_WORDS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
WEEKDAYS: dict[str, int] = {
    word: number for number, names in enumerate(_WEEKDAY_WORDS, start=1) for word in names
}
WEEKDAY_NAMES: tuple[str, ...] = tuple(names[0] for names in _WEEKDAY_WORDS)
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(
    word for names in _WEEKDAY_WORDS for word in names[1:]
)

# Number words: one to nine, ten to nineteen, the tens; CARDINALS gives their values
# and SCALES the words that multiply them ("two hundred", "three thousand").
ONES = _sequence("one two three four five six seven eight nine")
TEENS = _sequence("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
TENS = _sequence("twenty thirty forty fifty sixty seventy eighty ninety")
CARDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(ONES)},
    **{w: i + 10 for i, w in enumerate(TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(TENS)},
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_ORDINAL_UNITS = _sequence("first second third fourth fifth sixth seventh eighth ninth")
_ORDINAL_TEENS = _sequence(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth"
)
ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(_ORDINAL_TEENS)},
    "twentieth": 20,
    "thirtieth": 30,
    "last": -1,
    "final": -1,
    **{f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{f"twenty {w}": 20 + i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    "thirty-first": 31,
    "thirty first": 31,
}

# Fuzzy quantities: the number a duration takes ("a few days" -> PXD), and a span of
# plausible counts used for the interval of "a few days ago".
FUZZY: dict[str, tuple[int, int]] = {
    "few": (2, 6),
    "a few": (2, 6),
    "several": (3, 9),
    "some": (2, 9),
    "many": (3, 12),
    "couple": (1, 3),
    "a couple": (1, 3),
    "a couple of": (1, 3),
    "couple of": (1, 3),
    "a number of": (2, 9),
    "dozens of": (20, 99),
    "hundreds of": (200, 999),
    "thousands of": (2000, 9999),
}

# Unit words -> TIMEX3 unit codes. "T" units are times of day (PT3H).
UNITS: dict[str, str] = {
    "second": "TS",
    "seconds": "TS",
    "sec": "TS",
    "secs": "TS",
    "minute": "TM",
    "minutes": "TM",
    "min": "TM",
    "mins": "TM",
    "hour": "TH",
    "hours": "TH",
    "hr": "TH",
    "hrs": "TH",
    "h": "TH",
    "day": "D",
    "days": "D",
    "night": "D",
    "nights": "D",
    "week": "W",
    "weeks": "W",
    "fortnight": "F",
    "fortnights": "F",
    "weekend": "WE",
    "weekends": "WE",
    "month": "M",
    "months": "M",
    "quarter": "Q",
    "quarters": "Q",
    "year": "Y",
    "years": "Y",
    "yr": "Y",
    "yrs": "Y",
    "decade": "DE",
    "decades": "DE",
    "century": "CE",
    "centuries": "CE",
    "millennium": "ML",
    "millennia": "ML",
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}

# Position modifiers -> TIMEX3 mod.
POSITION_MODS: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "beginning": "START",
    "start": "START",
    "dawn": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "later": "END",
    "end": "END",
    "close": "END",
    "turn": "END",
}

# Quantity modifiers of durations and "ago" expressions -> TIMEX3 mod.
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "close to": "APPROX",
    "or so": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}

SET_ADVERBS: dict[str, str] = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "bi-weekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
}
