"""Expressions resolved against the publication date (Wednesday 7 December 2016)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

D = date


def test_relative_partial_date_takes_the_nearest_year(one):
    timex = one("Government troops entered the old city on December 6.")
    assert (timex.value, timex.basis, timex.precision) == ("2016-12-06", "relative", "day")


def test_relative_partial_date_after_new_year_leans_to_the_past(one):
    timex = one("Evacuations began on December 20.", date(2017, 1, 4))
    assert timex.value == "2016-12-20"


def test_relative_partial_date_in_the_future_tense(one):
    timex = one("The parties will meet again on January 10.")
    assert timex.value == "2017-01-10"


def test_relative_month_name_after_preposition(one):
    timex = one("The siege of the eastern districts began in August.")
    assert (timex.text, timex.value, timex.precision) == ("August", "2016-08", "month")
    assert (timex.date_start, timex.date_end) == (D(2016, 8, 1), D(2016, 8, 31))


def test_relative_lowercase_month_counts_after_preposition(one):
    assert one("the shelling got worse in august, i think").value == "2016-08"


def test_relative_months_with_position_and_last(tag):
    found = tag("A truce was agreed in late November and broke down last May.")
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("late November", "2016-11", "END"),
        ("last May", "2016-05", None),
    ]
    assert (found[0].date_start, found[0].date_end) == (D(2016, 11, 21), D(2016, 11, 30))


def test_relative_month_with_next_year(one):
    assert one("Elections are planned for March next year.").value == "2017-03"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Air strikes hit the market on Tuesday.", "Tuesday", "2016-12-06"),
        ("On Monday, rebels shelled the district.", "Monday", "2016-12-05"),
        ("The monitors arrived on Thursday.", "Thursday", "2016-12-01"),
        ("The ministry said Wednesday that talks continue.", "Wednesday", "2016-12-07"),
        ("The delegations will meet on Tuesday.", "Tuesday", "2016-12-13"),
        ("Talks resume next Tuesday in Geneva.", "next Tuesday", "2016-12-13"),
        ("Talks resume this coming Monday.", "this coming Monday", "2016-12-12"),
        ("Fighting flared last Wednesday.", "last Wednesday", "2016-11-30"),
    ],
)
def test_relative_weekdays(one, text, written, value):
    timex = one(text)
    assert (timex.text, timex.value) == (written, value)
    assert timex.basis == "weekday"


def test_relative_weekday_with_part_of_day_is_a_time(one):
    timex = one("Tuesday afternoon, the last buses left the enclave.")
    assert (timex.text, timex.type, timex.value) == ("Tuesday afternoon", "TIME", "2016-12-06TAF")
    assert (timex.date_start, timex.date_end) == (D(2016, 12, 6), D(2016, 12, 6))


def test_relative_weekday_with_a_clock_time(one):
    timex = one("The strike came at 10:30 p.m. on Monday, witnesses said.")
    assert (timex.type, timex.value) == ("TIME", "2016-12-05T22:30")


@pytest.mark.parametrize(
    ("word", "value", "kind"),
    [
        ("today", "2016-12-07", "DATE"),
        ("yesterday", "2016-12-06", "DATE"),
        ("tomorrow", "2016-12-08", "DATE"),
        ("tonight", "2016-12-07TNI", "TIME"),
        ("this morning", "2016-12-07TMO", "TIME"),
        ("last night", "2016-12-06TNI", "TIME"),
        ("yesterday evening", "2016-12-06TEV", "TIME"),
    ],
)
def test_relative_days(one, word, value, kind):
    timex = one(f"Mortar rounds fell on the square {word}, residents said.")
    assert (timex.text, timex.value, timex.type) == (word, value, kind)


def test_relative_now_and_vague_references(tag):
    found = tag("Now the road is open; the town was recently shelled, as in the future.")
    assert [(t.text, t.value) for t in found] == [
        ("Now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the future", "FUTURE_REF"),
    ]
    assert (found[0].date_start, found[0].date_end) == (D(2016, 12, 7), D(2016, 12, 7))
    assert found[1].date_start is None and found[1].basis == "none"


@pytest.mark.parametrize(
    ("phrase", "value", "interval", "precision"),
    [
        # told in the past: up to the publication day, not the days still to come
        ("this week", "2016-W49", (D(2016, 12, 5), D(2016, 12, 7)), "week"),
        ("last week", "2016-W48", (D(2016, 11, 28), D(2016, 12, 4)), "week"),
        ("next week", "2016-W50", (D(2016, 12, 12), D(2016, 12, 18)), "week"),
        ("last month", "2016-11", (D(2016, 11, 1), D(2016, 11, 30)), "month"),
        ("next year", "2017", (D(2017, 1, 1), D(2017, 12, 31)), "year"),
        ("this weekend", "2016-W49-WE", (D(2016, 12, 10), D(2016, 12, 11)), "week"),
        ("last summer", "2016-SU", (D(2016, 6, 1), D(2016, 8, 31)), "season"),
        ("earlier this week", "2016-W49", (D(2016, 12, 5), D(2016, 12, 7)), "week"),
        ("later this week", "2016-W49", (D(2016, 12, 7), D(2016, 12, 11)), "week"),
        ("earlier this year", "2016", (D(2016, 1, 1), D(2016, 12, 7)), "year"),
        ("late last year", "2015", (D(2015, 9, 1), D(2015, 12, 31)), "year"),
        ("the third quarter", "2016-Q3", (D(2016, 7, 1), D(2016, 9, 30)), "quarter"),
    ],
)
def test_relative_periods(one, phrase, value, interval, precision):
    timex = one(f"Aid convoys were blocked {phrase}, the agency said.")
    assert (timex.text, timex.value, timex.precision) == (phrase, value, precision)
    assert (timex.date_start, timex.date_end) == interval


def test_relative_the_weekend_is_the_last_one_in_news(one):
    timex = one("Over the weekend, rebels fired rockets at the airport.")
    assert (timex.text, timex.value) == ("the weekend", "2016-W48-WE")


def test_relative_days_ago_is_that_day(one):
    timex = one("The hospital was hit 11 days ago.")
    assert (timex.value, timex.precision) == ("2016-11-26", "day")


def test_relative_weeks_ago_is_that_week(one):
    timex = one("The offensive began six weeks ago.")
    assert (timex.value, timex.precision) == ("2016-W43", "week")
    assert (timex.date_start, timex.date_end) == (D(2016, 10, 24), D(2016, 10, 30))


def test_relative_years_and_decades_ago(tag):
    found = tag("Two years ago the town fell; a decade ago it was calm.")
    assert [(t.text, t.value) for t in found] == [
        ("Two years ago", "2014"),
        ("a decade ago", "2006"),
    ]
    decade = found[1]
    assert (decade.precision, decade.mod) == ("decade", "APPROX")
    assert decade.date_start is not None and decade.date_start.year < 2006 < decade.date_end.year


@pytest.mark.parametrize(
    ("phrase", "interval"),
    [
        ("a few days ago", (D(2016, 12, 1), D(2016, 12, 5))),
        ("a couple of days ago", (D(2016, 12, 4), D(2016, 12, 6))),
        ("couple days ago", (D(2016, 12, 4), D(2016, 12, 6))),
    ],
)
def test_relative_fuzzy_ago_covers_the_fuzziness(one, phrase, interval):
    timex = one(f"The checkpoint was dismantled {phrase}.")
    assert timex.text == phrase
    assert (timex.date_start, timex.date_end) == interval
    assert timex.basis == "relative"


def test_relative_couple_of_days_ago_is_about_two_days(one):
    timex = one("They left a couple of days ago.")
    assert (timex.value, timex.mod) == ("2016-12-05", "APPROX")


def test_relative_few_days_ago_is_past_ref(one):
    assert one("They left a few days ago.").value == "PAST_REF"


def test_relative_past_year_is_the_year_up_to_publication(one):
    timex = one("Over the past year the front line barely moved.")
    assert (timex.text, timex.value) == ("the past year", "2015")
    assert (timex.date_start, timex.date_end) == (D(2015, 12, 8), D(2016, 12, 7))


def test_relative_holiday(one):
    assert one("The truce was meant to hold until Christmas.").value == "2016-12-25"


def test_relative_without_publication_date_keeps_placeholders(tag):
    found = tag("Yesterday and last week, then on Tuesday and in August.", None)
    assert [t.value for t in found] == ["XXXX-XX-XX", "XXXX-WXX", "XXXX-WXX-2", "XXXX-08"]
    assert all(t.date_start is None and t.basis == "none" for t in found)


def test_relative_military_time_is_on_the_narrative_day(tag):
    found = tag("On December 3, jets struck at 0400 GMT; the siege lasted for 1400 hours.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("December 3", "DATE", "2016-12-03"),
        ("0400 GMT", "TIME", "2016-12-03T04:00"),
        ("1400 hours", "DURATION", "PT1400H"),
    ]


def test_relative_to_this_day_means_until_now(one):
    timex = one("To this day the families have no news of them.")
    assert (timex.text, timex.value) == ("this day", "PRESENT_REF")


def test_relative_present_tense_schedule_points_ahead(tag):
    found = tag("A 72-hour truce begins on Friday, officials said.")
    assert [(t.text, t.value) for t in found] == [("72-hour", "PT72H"), ("Friday", "2016-12-09")]


def test_relative_partial_date_takes_the_year_written_earlier_in_its_sentence(tag):
    found = tag("In May 2014 the offensive began; by 12 August it was over.")
    assert [(t.text, t.value) for t in found] == [
        ("May 2014", "2014-05"),
        ("12 August", "2014-08-12"),
    ]


def test_relative_partial_date_in_a_later_sentence_follows_the_publication_date(tag):
    found = tag("The war began in March 2011. On December 6 rebels withdrew.")
    assert [t.value for t in found] == ["2011-03", "2016-12-06"]


def test_relative_by_a_date_in_a_past_clause_is_past(one):
    assert one("By 12 August the pocket had collapsed.").value == "2016-08-12"


def test_relative_clock_time_right_after_a_date(one):
    timex = one("Updated 6 December 2016, 14:30 by the desk.")
    assert (timex.text, timex.type, timex.value) == (
        "6 December 2016, 14:30",
        "TIME",
        "2016-12-06T14:30",
    )


def test_relative_timestamp_as_publication_date_uses_its_day(tag):
    found = tag("Shelling resumed yesterday.", datetime(2016, 12, 7, 23, 50))
    assert [t.value for t in found] == ["2016-12-06"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past-tense verb governs: the span ran up to a day already past
        ("The shelling continued through Monday.", "2016-12-05"),
        ("Power cuts lasted until Tuesday in the old city.", "2016-12-06"),
        ("Fighting raged till Monday, residents said.", "2016-12-05"),
        # a future, or a verb that moves something later, points ahead
        ("The curfew will last through Monday.", "2016-12-12"),
        ("The vote was postponed until Monday.", "2016-12-12"),
        ("The truce was extended through Tuesday.", "2016-12-13"),
        ("The crossing stays open through Monday.", "2016-12-12"),
    ],
)
def test_relative_weekday_after_through_follows_the_governing_verb(one, text, value):
    assert one(text).value == value
