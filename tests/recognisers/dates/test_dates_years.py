"""Year inference when the publication date is unknown."""

from __future__ import annotations

from datetime import date


def test_years_partial_date_without_dct_keeps_x_and_no_candidates(one):
    timex = one("Government troops entered the old city on December 6.", None)
    assert (timex.value, timex.date_start, timex.year_candidates) == ("XXXX-12-06", None, ())
    assert (timex.basis, timex.precision) == ("none", "unknown")


def test_years_attached_weekday_gives_candidates(one):
    timex = one("Talks resumed on Tuesday, December 6, in the capital.", None)
    assert timex.value == "XXXX-12-06"
    assert timex.year_candidates == (1994, 2005, 2011, 2016, 2022, 2033)
    assert all(date(y, 12, 6).isoweekday() == 2 for y in timex.year_candidates)


def test_years_explicit_year_elsewhere_picks_the_candidate(tag):
    text = "Talks resumed on Tuesday, December 6. Officials had promised them in 2016."
    first = tag(text, None)[0]
    assert (first.value, first.basis, first.precision) == ("2016-12-06", "relative", "day")
    assert (first.date_start, first.date_end) == (date(2016, 12, 6), date(2016, 12, 6))


def test_years_evidence_must_match_a_candidate(tag):
    text = "Talks resumed on Tuesday, December 6, as they had in 2015."
    partial = tag(text, None)[0]
    assert (partial.value, partial.date_start) == ("XXXX-12-06", None)
    assert 2015 not in partial.year_candidates and 2016 in partial.year_candidates


def test_years_weekday_in_same_paragraph_links_to_the_date(tag):
    text = (
        "On December 6, the monitors reported heavy shelling, and on Tuesday the first "
        "convoy crossed. Officials said in 2016 that the corridor would stay open."
    )
    found = {t.text: t for t in tag(text, None)}
    assert found["December 6"].value == "2016-12-06"
    assert found["Tuesday"].value == "2016-12-06"


def test_years_resolved_date_anchors_later_anaphora(tag):
    text = "Tuesday, December 6: the ministry spoke. Later this day, buses left. Back in 2016, ..."
    found = tag(text, None)
    assert [t.value for t in found][:2] == ["2016-12-06", "2016-12-06"]


def test_years_unresolved_partial_date_still_anchors_same_day(tag):
    text = "On December 6, the ministry published a note. Later that day, more details emerged."
    assert [t.value for t in tag(text, None)] == ["XXXX-12-06", "XXXX-12-06"]


def test_years_weekday_without_dct(one):
    timex = one("The council met on Tuesday.", None)
    assert (timex.value, timex.date_start) == ("XXXX-WXX-2", None)


def test_years_year_written_earlier_in_the_sentence_resolves_a_partial_date(tag):
    found = tag("In May 2014 the offensive began; by 12 August it was over.", None)
    assert [(t.value, t.basis) for t in found] == [
        ("2014-05", "explicit"),
        ("2014-08-12", "relative"),
    ]
