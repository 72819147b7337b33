"""Word tables of the date grammar: months, weekdays, numbers, units, seasons, modifiers."""

from __future__ import annotations

__all__ = [
    "CARDINALS",
    "FUZZY",
    "MONTHS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "POSITION_MODS",
    "QUANTITY_MODS",
    "SEASONS",
    "SET_ADVERBS",
    "UNITS",
    "WEEKDAYS",
    "normalise",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The words of ``text``: word lists are written as runs of words."""
    return frozenset(text.split())


def _sequence(text: str) -> list[str]:
    return text.split()


def normalise(text: str | None) -> str:
    """``text`` lower-cased with its runs of white space made single spaces ("" for None)."""
    return " ".join(text.lower().split()) if text else ""


# Month names and abbreviations, lower case, without the full stop.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# ISO weekday numbers (Monday 1 ... Sunday 7), full names and abbreviations.
WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

_UNITS_WORDS = _sequence("one two three four five six seven eight nine")
_TEENS_WORDS = _sequence(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS_WORDS = _sequence("twenty thirty forty fifty sixty seventy eighty ninety")

CARDINALS: dict[str, int] = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "dozen": 12,
    **{w: i + 1 for i, w in enumerate(_UNITS_WORDS)},
    **{w: i + 10 for i, w in enumerate(_TEENS_WORDS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS_WORDS)},
}

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
