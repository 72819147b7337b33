"""Days and weeks counted from a past month, season or year the story has just named
("In August 2014 ... Two days later"): an interval after that period, not a day after
the publication date."""

from __future__ import annotations

from datetime import date

import pytest


def test_story_time_days_after_a_past_month_count_from_that_month(tag):
    text = "In August 2014, militia fighters took the dam. Two days later, engineers fled."
    found = tag(text)
    assert [(t.text, t.value) for t in found] == [
        ("August 2014", "2014-08"),
        ("Two days later", "2014-08"),
    ]
    assert (found[1].date_start, found[1].date_end) == (date(2014, 8, 3), date(2014, 9, 2))
    assert (found[1].precision, found[1].basis, found[1].mod) == ("month", "relative", None)


def test_story_time_fuzzy_days_and_weeks_after_a_month_in_the_next_paragraph(tag):
    text = (
        "In May 2013, gunmen raided the depot.\n\n"
        "Days later, a convoy was ambushed. Weeks later, the road reopened."
    )
    days, weeks = tag(text)[1:]
    assert (days.value, days.mod, days.date_start) == ("2013-05", "APPROX", date(2013, 5, 4))
    assert days.date_end is not None and days.date_end < date(2013, 7, 1)
    assert weeks.mod == "APPROX" and weeks.date_start is not None and weeks.date_end is not None
    assert date(2013, 5, 1) < weeks.date_start and weeks.date_end < date(2013, 9, 1)


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        (
            "Back in 2011, the envoy resigned. A week later, the talks collapsed.",
            "2011",
            date(2011, 1, 8),
            date(2012, 1, 7),
        ),
        (
            "In March 2012, the council met in secret. The next day, it dissolved itself.",
            "2012-03",
            date(2012, 3, 2),
            date(2012, 4, 1),
        ),
    ],
)
def test_story_time_week_or_day_after_a_year_or_month_stays_in_it(tag, text, value, first, last):
    later = tag(text)[1]
    assert (later.value, later.date_start, later.date_end) == (value, first, last)


def test_story_time_weeks_that_followed_a_month(tag):
    text = "In October 2015, the garrison surrendered, and in the weeks that followed, raids grew."
    found = tag(text)
    assert [t.text for t in found] == ["October 2015", "the weeks that followed"]
    assert (found[1].mod, found[1].date_start) == ("APPROX", date(2015, 10, 2))
    assert found[1].date_end is not None and found[1].date_end < date(2016, 2, 1)


def test_story_time_ensuing_days_after_a_day_and_days_after_an_event(tag):
    text = "On 4 June 2012, the bridge fell. In the ensuing days, ferries ran."
    assert [(t.text, t.date_start) for t in tag(text)][1] == ("the ensuing days", date(2012, 6, 5))
    assert [t.type for t in tag("Prices rose in the days after the vote.")] == ["DURATION"]


def test_story_time_a_month_far_back_or_not_over_is_no_reference(tag):
    far = (
        "In April 2010, the mine closed. Workers left. Shops shut. Schools emptied. "
        "Two days later, a strike began."
    )
    assert tag(far)[1].value == "2016-12-09"
    current = "In December, the mine closed. Two days later, a strike began."
    assert tag(current)[1].value == "2016-12-09"
