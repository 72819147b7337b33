"""TimeML conventions and news phrasing the tagger follows (texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

# A Thursday in late October: the last quarter that ended is the third.
REPORT_DAY = date(1997, 10, 23)


def test_conventions_possessive_weekday_is_the_latest_one(one):
    # "would" makes the clause future, but "Monday's ruling" was already handed down
    timex = one("The party said it would try to overturn Monday's ruling.")
    assert (timex.text, timex.value) == ("Monday", "2016-12-05")


def test_conventions_possessive_weekday_with_a_plain_future_is_ahead(one):
    assert one("Voters will choose a mayor in Friday's election.").value == "2016-12-09"


def test_conventions_possessive_weekday_after_ahead_of_is_ahead(one):
    timex = one("Troops massed ahead of Friday's deadline.")
    assert timex.value == "2016-12-09"


def test_conventions_plan_that_was_is_past(tag):
    text = "The ceasefire had been due to expire Friday evening."
    assert [t.value for t in tag(text)] == ["2016-12-02TEV"]


def test_conventions_set_to_points_ahead(one):
    assert one("Talks are set to resume Monday in Geneva.").value == "2016-12-12"


def test_conventions_relative_clause_does_not_give_the_tense(one):
    # the verbs of ", which had been announced," do not make "by February" past
    timex = one("The sale, which had been announced, is meant to cut the debt by February.")
    assert timex.value == "2017-02"


def test_conventions_adjective_in_ed_is_a_weak_past_cue(one):
    timex = one("The carrier will add flights by August in markets untouched by the slump.")
    assert timex.value == "2017-08"


def test_conventions_verb_in_ed_right_before_the_date_is_past(one):
    assert one("The shares were issued July 1, and trade later.").value == "2016-07-01"


def test_conventions_quarter_ended_is_the_fiscal_quarter(tag):
    text = "The company lost $3 million in the quarter ended July 31."
    quarter = tag(text, REPORT_DAY)[0]
    assert (quarter.text, quarter.type, quarter.value) == ("the quarter", "DATE", "1997-Q2")


def test_conventions_the_weekend_ended_is_that_weekend(tag):
    # "ended" after a unit names a fiscal period only for units that have one
    timex = tag("Shelling went on until the weekend ended.", REPORT_DAY)[0]
    assert (timex.text, timex.type) == ("the weekend", "DATE")
    assert timex.value.endswith("-WE")


def test_conventions_year_ended_stays_a_duration(tag):
    text = "Revenue for the year ended June 30 rose 4%."
    assert (tag(text, REPORT_DAY)[0].type, tag(text, REPORT_DAY)[0].value) == ("DURATION", "P1Y")


def test_conventions_year_ago_compares_with_the_reported_quarter(tag):
    text = (
        "Profit rose in the third quarter. Sales reached $40 million, up from $35 million "
        "a year ago."
    )
    values = {t.text: t.value for t in tag(text, REPORT_DAY)}
    assert values == {"the third quarter": "1997-Q3", "a year ago": "1996-Q3"}


def test_conventions_year_earlier_period_ignores_a_forecast_quarter(tag):
    text = (
        "Analysts expect losses through the second quarter of 1998. In the year-ago period, "
        "the mill earned $9 million."
    )
    values = {t.text: t.value for t in tag(text, REPORT_DAY)}
    assert values["the year-ago period"] == "1996-Q3"


def test_conventions_current_quarter_is_the_one_under_way(tag):
    text = "Sales in the current quarter began well."
    assert tag(text, REPORT_DAY)[0].value == "1997-Q4"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clan ruled the valley for centuries.", "PXC"),
        ("The feud has gone on for decades.", "PXE"),
        ("Some ruins stand for millennia.", "PXL"),
        ("The mandate ran for a dozen years.", "P12Y"),
        ("They waited two dozen days.", "P24D"),
        ("The siege lasted half a dozen weeks.", "P6W"),
    ],
)
def test_conventions_duration_values(one, text, value):
    assert one(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        'The senator spoke on ABC\'s "This Week" about the vote.',
        "He told CBS's 60 Minutes that he would stay.",
        "This is VOA Today, with the news.",
        "Previously, the group had denied any role.",
        "A man formerly held in the camp spoke.",
        "The town awaited its high noon.",
    ],
)
def test_conventions_names_and_adverbs_that_are_not_timexes(texts, text):
    assert texts(text) == []


def test_conventions_headline_in_title_case_keeps_its_dates(texts):
    text = "Talks Resume Next Week in Geneva\n\nThe envoy confirmed the plan."
    assert texts(text) == ["Next Week"]


def test_conventions_today_at_sentence_start_is_still_today(one):
    assert one("Today, the crossing reopened.").value == "2016-12-07"


def test_conventions_month_day_takes_the_year_of_a_month_named_before(one_of):
    text = "In March 2014 the siege began; by August 12 the town had fallen."
    assert one_of(text, "August 12").value == "2014-08-12"


def test_conventions_a_bare_year_in_another_clause_does_not_move_a_date(one_of):
    text = "Under a plan approved in 2009, the city had repaired 40 bridges through Sept. 29."
    assert one_of(text, "Sept. 29").value == "2016-09-29"


def test_conventions_the_week_of_a_date(one):
    timex = one("A hearing is set for the week of March 6.")
    assert (timex.text, timex.value) == ("the week of March 6", "2017-W10")
    assert (timex.date_start, timex.date_end) == (date(2017, 3, 6), date(2017, 3, 12))


def test_conventions_the_day_before_a_weekday(one):
    timex = one("The day before last Tuesday's hearing, the lawyers met.")
    assert (timex.text, timex.value) == ("The day before last Tuesday", "2016-12-05")


def test_conventions_for_the_week_is_the_week_of_the_story(tag):
    text = "Shares fell on Friday. For the week, the index lost 3%."
    values = [(t.text, t.value) for t in tag(text)]
    assert values == [("Friday", "2016-12-02"), ("the week", "2016-W48")]


def test_conventions_the_week_before_an_event_is_no_date(texts):
    assert texts("Prices rose in the week before the vote.") == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The payment is due on the 15th.", "the 15th", "2016-12-15"),
        ("The fighters left on the 5th, monitors said.", "the 5th", "2016-12-05"),
        ("Talks stalled in March; on the 21st they resumed.", "the 21st", "2016-03-21"),
    ],
)
def test_conventions_day_of_month_alone(one_of, text, written, value):
    assert one_of(text, written).value == value


@pytest.mark.parametrize(
    "text", ["He lives on the 5th floor.", "Units of the 3rd Division moved in."]
)
def test_conventions_ordinal_before_a_noun_is_no_day(texts, text):
    assert texts(text) == []
