"""Date, actor, place and count labels shared by the map and the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.render.labels import (
    actors_label,
    counts_label,
    date_range_label,
    datetime_attr,
    day_label,
    group_label,
    movement_label,
    place_label,
    precision_note,
)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (date(2016, 12, 5), date(2016, 12, 5), "5 Dec 2016"),
        (date(2016, 12, 5), None, "5 Dec 2016"),
        (date(2016, 12, 5), date(2016, 12, 7), "5\u20137 Dec 2016"),
        (date(2016, 12, 1), date(2016, 12, 31), "Dec 2016"),
        (date(2017, 6, 1), date(2017, 8, 31), "Jun\u2013Aug 2017"),
        (date(2016, 12, 1), date(2017, 2, 28), "Dec 2016 \u2013 Feb 2017"),
        (date(2017, 1, 1), date(2017, 12, 31), "2017"),
        (date(2010, 1, 1), date(2019, 12, 31), "2010s"),
        (date(2015, 1, 1), date(2016, 12, 31), "2015\u20132016"),
        (date(2016, 11, 28), date(2016, 12, 4), "28 Nov \u2013 4 Dec 2016"),
        (date(2016, 12, 30), date(2017, 1, 2), "30 Dec 2016 \u2013 2 Jan 2017"),
    ],
)
def test_date_range_label_reads_as_written(start, end, label):
    assert date_range_label(start, end) == label


def test_date_range_label_undated_is_none():
    assert date_range_label(None, None) is None


def test_date_range_label_end_before_start_shows_start():
    assert date_range_label(date(2016, 12, 5), date(2016, 12, 1)) == "5 Dec 2016"


@pytest.mark.parametrize(
    ("precision", "end", "note"),
    [
        ("day", date(2016, 12, 5), None),
        ("week", date(2016, 12, 11), "week"),
        ("season", date(2017, 2, 28), "season"),
        ("unknown", date(2016, 12, 5), "precision unknown"),
        (None, date(2016, 12, 9), "precision unknown"),
    ],
)
def test_precision_note_shows_all_but_plain_days(precision, end, note):
    assert precision_note(precision, date(2016, 12, 5), end) == note


@pytest.mark.parametrize(
    ("start", "end", "value"),
    [
        (date(2016, 12, 5), date(2016, 12, 5), "2016-12-05"),
        (date(2016, 12, 5), date(2016, 12, 11), "2016-W49"),
        (date(2016, 12, 1), date(2016, 12, 31), "2016-12"),
        (date(2017, 1, 1), date(2017, 12, 31), "2017"),
        (date(2016, 12, 6), date(2016, 12, 8), "2016-12-06"),
    ],
)
def test_datetime_attr_is_a_valid_html_time_value(start, end, value):
    assert datetime_attr(start, end) == value


@pytest.mark.parametrize(
    ("start", "end", "heading"),
    [
        (date(2016, 12, 5), date(2016, 12, 7), "December 2016"),
        (date(2016, 12, 29), date(2017, 1, 4), "December 2016"),
        (date(2017, 6, 1), date(2017, 8, 31), "Jun 2017 \u2013 Aug 2017"),
        (date(2017, 1, 1), date(2017, 12, 31), "2017, date within the year"),
    ],
)
def test_group_label_uses_first_month_unless_whole_months(start, end, heading):
    assert group_label(start, end) == heading


def test_actors_label_shows_direction_then_others():
    assert (
        actors_label("Russia", "ISIS", ["Russia", "ISIS", "SDF"]) == "Russia \u2192 ISIS; also SDF"
    )
    assert actors_label(None, None, ["SDF", "SDF", "Turkey"]) == "SDF, Turkey"
    assert actors_label(None, None, []) is None


def test_counts_label_lists_fatalities_and_quantities():
    quantities = [{"value": 1500, "unit": "fighters", "text": "some 1,500 fighters"}]
    assert counts_label(12, quantities) == "12 killed; 1,500 fighters"
    assert counts_label(None, []) is None


def test_place_label_keeps_spelling_as_written_and_coarse_precision():
    label = place_label("Raqqa", "Rakka", None, "SY", "city")
    assert label == "Raqqa (SY), as written \u201cRakka\u201d"
    assert place_label("Syria", "Syria", None, "SY", "country") == "Syria (SY), country-level"
    assert place_label(None, None, None, None, None) is None


def test_movement_label_handles_one_known_end():
    assert movement_label("Raqqa", "Mayadin") == "from Raqqa \u2192 Mayadin"
    assert movement_label("Raqqa", None) == "from Raqqa"
    assert movement_label(None, "Mayadin") == "\u2192 to Mayadin"


@pytest.mark.parametrize(
    ("start", "end", "heading"),
    [
        (date(2016, 12, 5), date(2016, 12, 5), "Monday 5 December 2016"),
        (date(2016, 12, 5), None, "Monday 5 December 2016"),
        (date(2016, 12, 5), date(2016, 12, 11), "5\u201311 Dec 2016"),
        (date(2016, 11, 28), date(2016, 12, 4), "28 Nov \u2013 4 Dec 2016"),
        (date(2016, 12, 1), date(2016, 12, 31), None),  # the month heading says it all
        (date(2017, 1, 1), date(2017, 12, 31), None),
    ],
)
def test_day_label_names_days_and_ranges_of_days(start, end, heading):
    assert day_label(start, end) == heading
