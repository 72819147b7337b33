"""The building blocks: periods, number words, duration values, holidays, tense."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline.dates import find
from timeline.recognisers.dates.context import tense
from timeline.recognisers.dates.durations import duration_value
from timeline.recognisers.dates.holidays import HOLIDAYS, easter
from timeline.recognisers.dates.lexicon import (
    CARDINALS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    alternation,
)
from timeline.recognisers.dates.numbers import parse_ordinal, parse_quantity, parse_spoken_year
from timeline.recognisers.dates.periods import Period


@pytest.mark.parametrize(
    ("kind", "value", "first", "last"),
    [
        ("week", "2016-W49", date(2016, 12, 5), date(2016, 12, 11)),
        ("weekend", "2016-W49-WE", date(2016, 12, 10), date(2016, 12, 11)),
        ("quarter", "2016-Q4", date(2016, 10, 1), date(2016, 12, 31)),
        ("half", "2016-H2", date(2016, 7, 1), date(2016, 12, 31)),
        ("season", "2016-WI", date(2016, 12, 1), date(2017, 2, 28)),
        ("decade", "201", date(2010, 1, 1), date(2019, 12, 31)),
        ("century", "20", date(2000, 1, 1), date(2099, 12, 31)),
    ],
)
def test_units_period_values_and_intervals(kind, value, first, last):
    period = Period.of(kind, date(2016, 12, 7))
    assert (period.value(), period.first_day(), period.last_day()) == (value, first, last)


def test_units_period_iso_week_across_new_year():
    assert Period.of("week", date(2017, 1, 1)).value() == "2016-W52"
    assert Period.of("week", date(2015, 12, 31)).value() == "2015-W53"


def test_units_period_shift_keeps_its_kind():
    third = Period.of("quarter", date(2016, 8, 1))
    assert third.shift(-1, "Y") == Period.of("quarter", date(2015, 8, 1))
    assert Period.of("day", date(2016, 2, 29)).shift(1, "Y") == Period.of("day", date(2017, 2, 28))
    assert third.shift(1, "D") is None


def test_units_period_parts():
    year = Period("year", 2016)
    assert year.part("START") == (date(2016, 1, 1), date(2016, 4, 30))
    assert year.part("END") == (date(2016, 9, 1), date(2016, 12, 31))
    assert Period.month(2016, 2).part("END") == (date(2016, 2, 21), date(2016, 2, 29))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("24", 24.0),
        ("twenty-four", 24.0),
        ("twenty four", 24.0),
        ("a", 1.0),
        ("2 1/2", 2.5),
        ("a hundred", 100.0),
        ("1,500", 1500.0),
    ],
)
def test_units_quantities(text, value):
    quantity = parse_quantity(text)
    assert quantity is not None and quantity.value == value


def test_units_fuzzy_quantities_and_ordinals():
    few = parse_quantity("a few")
    assert few is not None and few.fuzzy and (few.low, few.high) == (2, 6)
    assert (parse_ordinal("6th"), parse_ordinal("twenty-first"), parse_ordinal("x")) == (
        6,
        21,
        None,
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("nineteen ninety-six", 1996),
        ("two thousand", 2000),
        ("twenty sixteen", 2016),
        ("nineteen oh five", 1905),
        ("nineteen", None),
    ],
)
def test_units_spoken_years(text, year):
    assert parse_spoken_year(text) == year


@pytest.mark.parametrize(
    ("count", "unit", "value"),
    [
        (3, "D", "P3D"),
        (24, "TH", "PT24H"),
        (2.5, "Y", "P2Y6M"),
        (1.5, "TH", "PT1H30M"),
        (2, "DE", "P20Y"),
        (None, "W", "PXW"),
        (None, "TH", "PTXH"),
        (1, "F", "P2W"),
    ],
)
def test_units_duration_values(count, unit, value):
    assert duration_value(count, unit) == value


def test_units_holidays():
    assert easter(2016) == date(2016, 3, 27)
    assert HOLIDAYS["thanksgiving"](2016) == date(2016, 11, 24)
    assert HOLIDAYS["memorial day"](2016) == date(2016, 5, 30)


@pytest.mark.parametrize("name", sorted(HOLIDAYS))
def test_units_holidays_every_name_in_the_table_is_read(name: str) -> None:
    written = name.title().replace("'S", "’s")  # "New Year’s Day", as typeset
    (timex,) = find(f"The market closed on {written} 2015, traders said.", date(2016, 12, 7))
    assert timex.text == f"{written} 2015"
    assert timex.basis == "explicit"
    assert timex.date_start is not None and timex.date_end is not None
    assert timex.date_start <= HOLIDAYS[name](2015) <= timex.date_end  # Easter week: a week


def test_units_alternation_prefers_the_longest_entry_and_any_spacing() -> None:
    pattern = re.compile(alternation(["sep", "sept", "new year's day"]) + r"\b", re.IGNORECASE)
    found = [pattern.match(text) for text in ("Sept. 6", "New  Year’s Day", "news")]
    assert [m.group() if m else None for m in found] == ["Sept", "New  Year’s Day", None]


def test_units_lexicon_tables_agree() -> None:
    assert [MONTHS[name] for name in MONTH_NAMES] == list(range(1, 13))
    assert [WEEKDAYS[name] for name in WEEKDAY_NAMES] == list(range(1, 8))
    assert {MONTHS[a] for a in MONTH_ABBREVIATIONS} == set(range(1, 13)) - {5}
    assert {WEEKDAYS[a] for a in WEEKDAY_ABBREVIATIONS} == set(range(1, 8))
    assert CARDINALS["nineteen"] == 19 and CARDINALS["ninety"] == 90 and len(CARDINALS) == 27


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegations will meet on Tuesday.", "future"),
        ("The delegations met on Tuesday.", "past"),
        ("The deadline was extended until Tuesday.", "future"),
        ("Until Tuesday, they had refused.", "past"),
        ("The shelling continued through Tuesday.", "past"),
        ("The talks were adjourned until Tuesday.", "future"),
        ("Talks on Tuesday.", None),
    ],
)
def test_units_tense_of_the_clause(text, expected):
    start = text.index("Tuesday")
    assert tense(text, start, start + 7) == expected
