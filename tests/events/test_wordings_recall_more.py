"""More wordings that once had no event or the wrong date: forces flown in, a date told in
an aside, bombs that go off, shootouts, people crossing a border, fire taken."""

from datetime import date

import pytest

from tests.events.test_wordings_recall import types_of

_DATES = {
    "in March 2021": (date(2021, 3, 1), date(2021, 3, 31), "month", "explicit"),
    "on Tuesday": (date(2024, 5, 7), date(2024, 5, 7), "day", "weekday"),
}


def test_recall_an_asides_date_does_not_date_the_main_verb(events_of):
    body = (
        "Chad, whose troops were airlifted to Gao in March 2021 to help the army, said on "
        "Tuesday that it had sent 200 more soldiers to Kidal."
    )
    found = {
        e.date_text: e.event_type for e in events_of(body, dates=_DATES, published=date(2024, 5, 9))
    }
    assert found == {"in March 2021": "deployment", "on Tuesday": "deployment"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan police officers were flown into Mogadishu on Monday.",
        "The army airlifted 300 paratroopers to Kidal on Friday.",
    ],
)
def test_recall_forces_flown_in_are_a_deployment(events_of, sentence):
    assert types_of(events_of, sentence) == ["deployment"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president flew into Kidal on Monday for talks with elders.",
        "A helicopter airlifted the wounded to a hospital in Gao.",
    ],
)
def test_recall_no_deployment_when_no_force_is_flown(events_of, sentence):
    assert "deployment" not in types_of(events_of, sentence)
