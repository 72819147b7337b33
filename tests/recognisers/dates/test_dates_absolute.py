"""Dates written out in full: day, month and year, numeric forms, years, decades."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import find


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The convoy left Aleppo on December 6, 2016, under escort.", "December 6, 2016"),
        ("The convoy left Aleppo on 6 December 2016 under escort.", "6 December 2016"),
        ("The convoy left Aleppo on Dec. 6, 2016, under escort.", "Dec. 6, 2016"),
        ("The convoy left Aleppo on 2016-12-06 under escort.", "2016-12-06"),
        ("The convoy left Aleppo on 12/06/2016 under escort.", "12/06/2016"),
        ("The convoy left Aleppo on the 6th of December, 2016.", "the 6th of December, 2016"),
        ("The convoy left Aleppo on Tuesday, December 6, 2016.", "Tuesday, December 6, 2016"),
    ],
)
def test_absolute_full_dates_resolve_to_the_day(one, text, written):
    timex = one(text)
    assert timex.text == written
    assert text[timex.start : timex.end] == written
    assert (timex.type, timex.value) == ("DATE", "2016-12-06")
    assert (timex.date_start, timex.date_end) == (date(2016, 12, 6), date(2016, 12, 6))
    assert (timex.precision, timex.basis) == ("day", "explicit")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege began on the eighth of December 2016.", "2016-12-08"),
        ("The siege began on the ninth of December, 2016.", "2016-12-09"),
        ("The siege began on the thirtieth of December 2016.", "2016-12-30"),
        ("The siege began on the twenty-second of December 2016.", "2016-12-22"),
    ],
)
def test_absolute_days_written_as_ordinal_words(one, text, value):
    timex = one(text)
    assert timex.text.startswith("the ") and timex.text.endswith("2016")
    assert (timex.value, timex.precision) == (value, "day")


def test_absolute_offsets_index_the_text(one):
    text = "Shelling resumed on 6 December 2016 near the citadel."
    timex = one(text)
    assert (timex.start, timex.end) == (20, 35)


def test_absolute_numeric_dates_read_month_first_unless_impossible(one):
    assert one("Fighting stopped on 04/05/2016.").value == "2016-04-05"
    assert one("Fighting stopped on 25/05/2016.").value == "2016-05-25"


def test_absolute_numeric_dates_day_first_when_asked():
    (timex,) = find("Fighting stopped on 04/05/2016.", date(2016, 12, 7), day_first=True)
    assert timex.value == "2016-05-04"


def test_absolute_dotted_numeric_dates_read_day_first(one):
    assert one("The ceasefire held from 06.12.2016 onwards.").value == "2016-12-06"


def test_absolute_iso_date_with_time_is_a_time(one):
    timex = one("Logged at 2016-12-06T14:30 by the monitors.")
    assert (timex.type, timex.value) == ("TIME", "2016-12-06T14:30")


def test_absolute_month_and_year(one):
    timex = one("The siege tightened in December 2016 as supplies ran out.")
    assert (timex.text, timex.value, timex.precision) == ("December 2016", "2016-12", "month")
    assert (timex.date_start, timex.date_end) == (date(2016, 12, 1), date(2016, 12, 31))


def test_absolute_year_after_a_preposition(one):
    timex = one("The opposition has held the district since 2012.")
    assert (timex.text, timex.value, timex.precision) == ("2012", "2012", "year")
    assert (timex.date_start, timex.date_end) == (date(2012, 1, 1), date(2012, 12, 31))


def test_absolute_year_list_and_range(texts):
    assert texts("Talks failed in 2014, 2015 and 2016.") == ["2014", "2015", "2016"]
    assert texts("Between 2013 and 2015 the front barely moved.") == ["2013", "2015"]


def test_absolute_decade(one):
    timex = one("The dispute goes back to the 1990s, observers said.")
    assert (timex.text, timex.value, timex.precision) == ("the 1990s", "199", "decade")
    assert (timex.date_start, timex.date_end) == (date(1990, 1, 1), date(1999, 12, 31))


def test_absolute_decade_with_apostrophe_and_early(one):
    timex = one("The town changed hands in the early '80s.")
    assert (timex.value, timex.mod) == ("198", "START")
    assert (timex.date_start, timex.date_end) == (date(1980, 1, 1), date(1983, 4, 30))


def test_absolute_end_of_year_has_mod_end(one):
    timex = one("Both sides wanted a deal before the end of 2016.")
    assert (timex.text, timex.value, timex.mod) == ("the end of 2016", "2016", "END")
    assert timex.date_end == date(2016, 12, 31)
    assert timex.date_start is not None and timex.date_start > date(2016, 6, 30)


def test_absolute_mid_year(one):
    timex = one("Aid deliveries stalled in mid-2016.")
    assert (timex.text, timex.value, timex.mod) == ("mid-2016", "2016", "MID")
    assert (timex.date_start, timex.date_end) == (date(2016, 5, 1), date(2016, 8, 31))


def test_absolute_century(one):
    timex = one("The citadel has stood since the 12th century.")
    assert (timex.value, timex.precision) == ("11", "century")


def test_absolute_spoken_year(one):
    timex = one("The treaty dates from nineteen ninety-six, the envoy said.")
    assert timex.value == "1996"


def test_absolute_foreign_month_name_goes_to_dateparser(one):
    timex = one("Le convoi est parti le 6 décembre 2016 vers Idlib.")
    assert (timex.text, timex.value) == ("6 décembre 2016", "2016-12-06")


def test_absolute_explicit_dates_ignore_the_publication_date(tag):
    found = tag("Rebels withdrew on 3 March 2012.", None)
    assert [(t.value, t.basis) for t in found] == [("2012-03-03", "explicit")]


def test_absolute_day_ranges_give_both_days(tag):
    found = tag("Buses left on 12-13 December, and again between 15 and 20 December.")
    assert [(t.text, t.value) for t in found] == [
        ("12", "2016-12-12"),
        ("13 December", "2016-12-13"),
        ("15", "2016-12-15"),
        ("20 December", "2016-12-20"),
    ]


def test_absolute_range_year_applies_to_both_days(tag):
    found = tag("Talks ran from December 12 to 15, 2015, in Vienna.")
    assert [(t.text, t.value) for t in found] == [
        ("December 12", "2015-12-12"),
        ("15, 2015", "2015-12-15"),
    ]


def test_absolute_years_of_a_range_in_brackets(texts):
    assert texts("The battle for the city (2012–2016) ended in ruins.") == ["2012", "2016"]
