"""Durations and sets: TIMEX3 values, modifiers, and no date interval."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "written", "value", "mod"),
    [
        ("The city was besieged for six years.", "six years", "P6Y", None),
        ("Prices rose over 6 years of war.", "over 6 years", "P6Y", "MORE_THAN"),
        ("The crossing stayed shut for nearly a year.", "nearly a year", "P1Y", "LESS_THAN"),
        ("Shelling went on for the last two days.", "the last two days", "P2D", None),
        ("Shelling went on over the last two days.", "the last two days", "P2D", None),
        ("A 24 hr truce was declared.", "24 hr", "PT24H", None),
        ("The talks dragged on for weeks.", "weeks", "PXW", None),
        ("Sniper fire lasted about 5 1/2 hours.", "about 5 1/2 hours", "PT5H30M", "APPROX"),
        ("The siege lasted a year and a half.", "a year and a half", "P1Y6M", None),
        ("They held out for a couple of months.", "a couple of months", "P2M", "APPROX"),
        ("A 10-day ceasefire began.", "10-day", "P10D", None),
        ("Aid will flow over the next few weeks.", "the next few weeks", "PXW", None),
        ("the four days of talks ended", "the four days", "P4D", None),
    ],
)
def test_spans_durations(one, text, written, value, mod):
    timex = one(text)
    assert (timex.text, timex.type, timex.value, timex.mod) == (written, "DURATION", value, mod)
    assert (timex.date_start, timex.date_end, timex.precision) == (None, None, "unknown")


def test_spans_past_few_months_reaches_back_from_publication(one):
    timex = one("Over the past few months, thousands fled.")
    assert (timex.text, timex.type, timex.value) == ("the past few months", "DATE", "PAST_REF")
    assert (timex.date_start, timex.date_end) == (date(2016, 6, 7), date(2016, 12, 7))


def test_spans_next_few_days_stays_a_duration(one):
    timex = one("Aid will flow in the next few days.")
    assert (timex.text, timex.type, timex.value) == ("the next few days", "DURATION", "PXD")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Planes bombed the road every day.", "every day", "P1D"),
        ("Convoys run daily.", "daily", "P1D"),
        ("Monitors report each week.", "each week", "P1W"),
        ("The council meets weekly.", "weekly", "P1W"),
        ("Markets open every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
        ("Prayers are held on Fridays.", "Fridays", "XXXX-WXX-5"),
        ("Trucks cross twice a week.", "twice a week", "P1W"),
        ("Trucks cross three times a week.", "three times a week", "P1W"),
    ],
)
def test_spans_sets(one, text, written, value):
    timex = one(text)
    assert (timex.text, timex.type, timex.value) == (written, "SET", value)
    assert timex.date_start is None


@pytest.mark.parametrize(
    "text",
    [
        "Fighters earned $100 a month.",
        "The airline will add 700 seats a week on the route.",
        "The plant would save $500 million a year in costs.",
        "Rooms cost between $35 and $55 a night.",
    ],
)
def test_spans_rates_of_an_amount_are_not_time_expressions(texts, text):
    # "a year" after an amount is a rate; TimeBank and AQUAINT leave it unannotated
    assert texts(text) == []


def test_spans_durations_are_not_narrative_anchors(tag):
    text = "The siege lasted six months. The next day, aid arrived."
    assert [t.value for t in tag(text)] == ["P6M", "2016-12-08"]


def test_spans_ages_are_not_durations(texts):
    assert texts("A 6-year-old boy and a man, 52 years old, were wounded.") == []
