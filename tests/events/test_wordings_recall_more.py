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


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("A police patrol came under heavy fire near Gao late on Monday.", "attack"),
        ("A roadside bomb exploded under an army truck near Kidal on Monday.", "attack"),
        ("A bomb went off outside a mosque in Lashio on Friday.", "attack"),
        ("There was a shootout between two gangs in Cucuta on Saturday night.", "armed_clash"),
        ("A gunbattle broke out between police and smugglers in Cucuta on Friday.", "armed_clash"),
    ],
)
def test_recall_fire_taken_bombs_going_off_and_shootouts(events_of, sentence, event_type):
    assert types_of(events_of, sentence) == [event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army came under fire for its conduct in Gao on Monday.",
        "The defence minister came under fire over the troop cuts in Kidal.",
    ],
)
def test_recall_criticism_is_no_fire_taken(events_of, sentence):
    assert "attack" not in types_of(events_of, sentence)
