"""Weekdays of a named week, the tense of a clause with a subordinate clause after the
date, and "this week" told of the past (publication: Wednesday 7 December 2016)."""

from __future__ import annotations

from datetime import date

import pytest

D = date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen ambushed a convoy on Friday last week, police said.", "2016-12-02"),
        ("The two sides met on Tuesday of last week.", "2016-11-29"),
        ("The envoy will arrive on Monday next week.", "2016-12-12"),
        ("Talks were held on Monday this week.", "2016-12-05"),
    ],
)
def test_weeks_a_weekday_of_a_named_week(one, text, value):
    timex = one(text)
    assert (timex.value, timex.precision) == (value, "day")


def test_weeks_a_subordinate_clause_after_the_day_keeps_its_own_tense(one):
    # the day the troops were deployed is past, whatever the road will do
    timex = one("Troops were deployed along the road on Monday to guard it once it reopens.")
    assert timex.value == "2016-12-05"
    assert one("Troops will be deployed along the road on Monday.").value == "2016-12-12"


def test_weeks_this_week_in_the_past_ends_on_the_publication_day(one):
    past = one("Hundreds of families left the city this week.")
    assert (past.value, past.date_start, past.date_end) == (
        "2016-W49",
        D(2016, 12, 5),
        D(2016, 12, 7),
    )
    future = one("The envoy will visit the city this week.")
    assert (future.date_start, future.date_end) == (D(2016, 12, 5), D(2016, 12, 11))
