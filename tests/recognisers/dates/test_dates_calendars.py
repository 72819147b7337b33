"""Islamic holidays, and the dateline of a wire story as its reference day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.recognisers.dates import hijri

# During Ramadan 1437 (6 June - 5 July 2016 in the Umm al-Qura calendar).
MIDSUMMER = date(2016, 6, 28)


@pytest.fixture
def umm_al_qura() -> None:
    """The exact days below are the Umm al-Qura calendar's (the hijridate package)."""
    pytest.importorskip("hijridate")


def test_calendars_ramadan_is_the_whole_month(one, umm_al_qura):
    timex = one("Attacks fell during Ramadan, monitors said.", MIDSUMMER)
    assert (timex.text, timex.type, timex.value) == ("Ramadan", "DATE", "2016")
    assert (timex.date_start, timex.date_end) == (date(2016, 6, 6), date(2016, 7, 5))
    assert timex.precision == "month"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Families prepared for Eid al-Fitr.", "Eid al-Fitr", "2016-07-06"),
        ("Prisoners were freed before Eid ul-Adha.", "Eid ul-Adha", "2016-09-11"),
        ("Shops closed for Eid.", "Eid", "2016-07-06"),
        ("The truce held through last Ramadan.", "last Ramadan", "2015"),
    ],
)
def test_calendars_islamic_holidays_near_the_publication_date(
    one, umm_al_qura, text, written, value
):
    timex = one(text, MIDSUMMER)
    assert (timex.text, timex.value) == (written, value)


def test_calendars_islamic_holiday_with_a_year(one, umm_al_qura):
    timex = one("The offensive began in Ramadan 2013.")
    assert (timex.value, timex.date_start, timex.basis) == ("2013", date(2013, 7, 9), "explicit")


def test_calendars_islamic_holiday_without_publication_date(one):
    assert one("They met after Eid al-Adha.", None).value == "XXXX-XX-XX"


def test_calendars_lower_case_eid_is_no_holiday(texts):
    assert texts("The eid field was empty.") == []


def test_calendars_tabular_calendar_stays_within_a_day(monkeypatch, umm_al_qura):
    exact = [hijri.hijri_date(1437, month, 1) for month in range(1, 13)]
    monkeypatch.setattr(hijri, "_umm_al_qura", lambda: None)  # as without hijridate
    tabular = [hijri.hijri_date(1437, month, 1) for month in range(1, 13)]
    assert all(abs((a - b).days) <= 1 for a, b in zip(exact, tabular, strict=True))


def test_calendars_without_hijridate_holidays_still_resolve(monkeypatch, one):
    monkeypatch.setattr(hijri, "_umm_al_qura", lambda: None)
    timex = one("Shops closed for Eid al-Fitr.", MIDSUMMER)
    assert abs((timex.date_start - date(2016, 7, 6)).days) <= 1


def test_calendars_hijri_year_of_a_day():
    assert hijri.hijri_year_near(date(2016, 12, 7)) == 1438
    assert hijri.hijri_year_near(date(2016, 9, 30)) == 1437


WIRE = (
    "MOSUL, Nov. 3 (Reuters) --\n\n"
    "Government forces advanced on Thursday, and today the army said more would follow."
)


def test_calendars_dateline_is_the_reference_for_a_late_archived_story(tag):
    found = tag(WIRE, date(2016, 11, 4))  # archived the next day, a Friday
    assert [(t.text, t.value) for t in found] == [
        ("Nov. 3", "2016-11-03"),
        ("Thursday", "2016-11-03"),
        ("today", "2016-11-03"),
    ]


def test_calendars_stale_dateline_is_ignored(tag):
    found = tag(WIRE, date(2016, 12, 7))
    assert found[-1].value == "2016-12-07"


def test_calendars_dateline_with_year_stands_in_for_a_missing_publication_date(tag):
    text = "Fighting resumes\n\nALEPPO, Dec. 6, 2016 (AP) -- Rebels withdrew on Tuesday."
    found = tag(text, None)
    assert [(t.text, t.value) for t in found] == [
        ("Dec. 6, 2016", "2016-12-06"),
        ("Tuesday", "2016-12-06"),
    ]
