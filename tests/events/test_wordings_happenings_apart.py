"""Two happenings in one sentence told apart: a "days after" clause with a verb of its
own, and wordings whose words of one kind tell another (a helicopter sent to evacuate, a
drone shot down, people crossing a border, units ordered into a district)."""

from datetime import date

import pytest

from tests.events.test_wordings_recall import types_of

_DATES = {"on Friday": (date(2024, 5, 10), date(2024, 5, 10), "day", "weekday")}


def test_a_days_after_clause_with_its_own_verb_is_a_happening_of_its_own(events_of):
    body = (
        "Soldiers recaptured the airport in Gao on Friday, three days after the rebels overran it."
    )
    found = {
        (e.event_type, e.actor1, e.date_start, e.date_end)
        for e in events_of(body, dates=_DATES, published=date(2024, 5, 11))
    }
    assert found == {
        ("capture", "Government forces", date(2024, 5, 10), date(2024, 5, 10)),
        ("capture", "Rebels", date(2024, 5, 7), date(2024, 5, 7)),
    }


def test_a_days_after_clause_counts_in_digits_too(events_of):
    body = "Soldiers recaptured the airport in Gao on Friday, 12 days after the rebels overran it."
    found = {
        (e.event_type, e.actor1, e.date_start, e.date_end)
        for e in events_of(body, dates=_DATES, published=date(2024, 5, 11))
    }
    assert ("capture", "Rebels", date(2024, 4, 28), date(2024, 4, 28)) in found


def test_weeks_after_a_passive_arrest_is_an_arrest_weeks_before(events_of):
    body = (
        "Heavy fighting erupted between rebels and soldiers in Gao on Friday, weeks after "
        "two rebel commanders, both brothers of the leader, were arrested."
    )
    found = {
        e.event_type: (e.date_start, e.date_end)
        for e in events_of(body, dates=_DATES, published=date(2024, 5, 11))
    }
    assert found == {
        "armed_clash": (date(2024, 5, 10), date(2024, 5, 10)),
        "arrest": (date(2024, 3, 8), date(2024, 4, 26)),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb of a happening: the clause dates the one before it
        "Rebel and army envoys resumed talks in Gao on Friday, two days after a truce expired.",
        # too long ago to be told as a happening of its own
        "The army and the rebels signed a deal in Gao on Friday, a year after it was agreed.",
    ],
)
def test_a_days_after_clause_without_a_happening_stays_with_its_sentence(events_of, sentence):
    assert len(types_of(events_of, sentence)) == 1


def test_a_vehicle_sent_to_evacuate_soldiers_is_no_deployment(events_of):
    sentence = "A helicopter sent to evacuate wounded soldiers was hit by gunfire near Gao."
    assert "deployment" not in types_of(events_of, sentence)


def test_soldiers_sent_are_still_a_deployment(events_of):
    assert types_of(events_of, "The army sent 300 soldiers to Gao on Monday.") == ["deployment"]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 4,000 refugees have crossed from the Menaka region into Niger since Friday.",
        "Hundreds of civilians crossed into Turkey on Monday.",
    ],
)
def test_civilians_crossing_a_border_are_an_evacuation(events_of, sentence):
    assert types_of(events_of, sentence) == ["evacuation"]


def test_troops_crossing_a_border_are_no_evacuation(events_of):
    assert "evacuation" not in types_of(
        events_of, "Russian troops crossed into Ukraine on Thursday."
    )


def test_units_ordered_into_a_district_are_a_deployment(events_of):
    sentence = "The government said it had ordered three more army battalions into Kidal district."
    assert "deployment" in types_of(events_of, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The commander ordered troops to withdraw from Gao.",
        "The judge ordered the documents into evidence.",
    ],
)
def test_no_deployment_without_a_force_ordered_into_a_place(events_of, sentence):
    assert "deployment" not in types_of(events_of, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said they had shot down an army drone near Gao on Saturday.",
        "Militants shot down a military helicopter near Kidal.",
    ],
)
def test_an_aircraft_shot_down_is_the_target_of_an_attack(events_of, sentence):
    assert types_of(events_of, sentence) == ["attack"]
