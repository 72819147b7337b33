"""Dates that do not exist ("December 45, 2017", "31 April 2018", "2017-13-05"): the real
part is kept (the month, else the year) and the span says why the rest was dropped."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import describe_impossible, find


@pytest.mark.parametrize(
    ("text", "written", "value", "reason"),
    [
        (
            "The aid convoy reached the depot on December 45, 2017, drivers said.",
            "December 45, 2017",
            "2017-12",
            "December has no day 45",
        ),
        (
            "Payments were frozen on 31 April 2018 by the provincial council.",
            "31 April 2018",
            "2018-04",
            "April has no day 31",
        ),
        (
            "The bridge reopened on 30 February 2015 after repairs.",
            "30 February 2015",
            "2015-02",
            "February has no day 30",
        ),
        (
            "The last ferry sailed on the 31st of June, 2019, the operator said.",
            "the 31st of June, 2019",
            "2019-06",
            "June has no day 31",
        ),
        (
            "Ballots were counted on Nov. 31, 2014 in the northern districts.",
            "Nov. 31, 2014",
            "2014-11",
            "November has no day 31",
        ),
        (
            "The registry lists the sale as 2016-09-31 in its ledger.",
            "2016-09-31",
            "2016-09",
            "September has no day 31",
        ),
        (
            "The permit was stamped 30/02/2016 at the border post.",
            "30/02/2016",
            "2016-02",
            "February has no day 30",
        ),
    ],
)
def test_impossible_day_keeps_the_month(text, written, value, reason):
    (timex,) = find(text, date(2020, 5, 4))
    assert (timex.text, timex.value, timex.precision) == (written, value, "month")
    assert timex.basis == "explicit"
    assert timex.note == reason


def test_impossible_month_keeps_the_year():
    (timex,) = find("The ledger dates the transfer 2017-13-05, a clerk's slip.", date(2020, 5, 4))
    assert (timex.text, timex.value, timex.precision) == ("2017-13-05", "2017", "year")
    assert timex.note == "there is no month 13"


def test_impossible_leap_day_of_a_common_year():
    (timex,) = find("Voting closed on 29 February 2017 in most towns.", date(2017, 3, 9))
    assert (timex.text, timex.value, timex.precision) == ("29 February 2017", "2017-02", "month")
    assert timex.note == "2017 is not a leap year"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voting closed on 29 February 2016 in most towns.", "2016-02-29"),
        ("Voting closed on February 29, 2000 in most towns.", "2000-02-29"),
        ("The aid convoy reached the depot on December 5, 2017.", "2017-12-05"),
        ("The aid convoy reached the depot on 31 December 2017.", "2017-12-31"),
        ("The registry lists the sale as 2016-09-30 in its ledger.", "2016-09-30"),
    ],
)
def test_impossible_real_dates_carry_no_note(text, value):
    (timex,) = find(text, date(2020, 5, 4))
    assert (timex.value, timex.note) == (value, None)


def test_impossible_1900_was_not_a_leap_year():
    (timex,) = find("The harbour froze on 29 February 1900.", date(2020, 5, 4))
    assert (timex.value, timex.note) == ("1900-02", "1900 is not a leap year")


def test_impossible_day_without_a_year_reads_as_the_month_nearest():
    published = date(2019, 3, 20)
    (timex,) = find("Talks are due to resume on February 30, a mediator said.", published)
    (month,) = find("Talks are due to resume in February, a mediator said.", published)
    assert (timex.text, timex.value, timex.precision) == ("February 30", month.value, "month")
    assert timex.note == "February has no day 30"


def test_impossible_day_without_any_year_keeps_the_month_unplaced():
    (timex,) = find("The rally was moved to April 31 by the organisers.")
    assert (timex.text, timex.value) == ("April 31", "XXXX-04")
    assert timex.note == "April has no day 31"


def test_impossible_leap_day_without_a_year_is_a_real_day():
    (timex,) = find("Rents fall due on February 29 each leap year.", date(2019, 3, 20))
    assert timex.note is None and timex.value.endswith("-02-29")


@pytest.mark.parametrize(
    "text",
    [
        "In December 45 soldiers deserted from the garrison.",  # a count, not a day
        "On December 45 the figures were revised.",  # no year: left as the month alone
        "The vote was 45-12, 2017 turnout being low.",
        "Order number 2017/13 was filed.",
    ],
)
def test_impossible_counts_and_codes_are_not_reported(text):
    assert all(t.note is None for t in find(text, date(2018, 1, 10)))


def test_impossible_describe_one():
    found = find("The convoy arrived on December 45, 2017, drivers said.", date(2018, 1, 10))
    assert describe_impossible(found) == (
        "'December 45, 2017' is not a real date (December has no day 45); read as 2017-12"
    )


def test_impossible_describe_none_for_real_dates():
    assert describe_impossible(find("It rained on 3 May 2018.", date(2018, 6, 1))) is None


def test_impossible_describe_several_in_one_line_capped():
    text = (
        "Crews worked on 31 April 2018, on 30 February 2018, on June 31, 2018, "
        "on 2018-13-02 and on 2018-11-31, and rested on 2 May 2018."
    )
    line = describe_impossible(find(text, date(2018, 12, 1)))
    assert line == (
        "5 expressions are not real dates: '31 April 2018' (April has no day 31; read as "
        "2018-04), '30 February 2018' (February has no day 30; read as 2018-02), "
        "'June 31, 2018' (June has no day 31; read as 2018-06) and 2 more"
    )
    assert "\n" not in line
