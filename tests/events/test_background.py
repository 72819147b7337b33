"""Trigger words that tell a state, a habit or a generic truth make no event."""

import pytest


def kinds(events):
    return sorted(e.event_type for e in events)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an ongoing state or habit: the perfect with a long span
        ("The army has been accused of looting villages near Idlib since 2019.", "statement"),
        (
            "Rebels have besieged Saraqib since early 2021, cutting roads and destroying wells.",
            "attack",
        ),
        ("Russia has long accused the rebels of hiding in Idlib.", "statement"),
        # a frequency adverb before the trigger in its clause
        ("The rebel radio usually exaggerates the damage done by its raids near Idlib.", "attack"),
        # an indefinite past
        ("Farmers said the army had shelled the bridge near Sarmin before.", "shelling"),
        ("Rebels said the road to Sarmin had been shelled many times.", "shelling"),
        # a state under fire
        ("Farmers near Saraqib plant their crops under artillery fire.", "shelling"),
        # the simple present of a verb that is no noun too
        (
            "The army and the rebels both claim Saraqib, and each side blames the other.",
            "statement",
        ),
        ("The defeat at Sarmin leaves the army with few roads into Idlib.", "withdrawal"),
        # a generic subject
        ("Rebels near Idlib say those who surrender are sent to camps.", "surrender"),
        # a cause, not a force leaving
        ("The mutiny left the rebel garrison of Saraqib exposed.", "withdrawal"),
        # a coup, not territory taken
        ("Russia accused the colonel of plotting to seize power in Moscow.", "capture"),
        ("Rebel officers seized power in Idlib on Monday.", "capture"),
    ],
)
def test_background_trigger_makes_no_event(events_of, sentence, kind):
    assert kind not in kinds(events_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a present perfect is a new happening; a short span is the happening's own
        ("Rebels have seized Saraqib, officials said.", "capture"),
        (
            "Fighting between rebels and the army near Idlib has killed 30 people since Thursday.",
            "armed_clash",
        ),
        ("Rebels have captured Sarmin, held by the army since 2012.", "capture"),
        ("Rebels have captured Sarmin held by the army since 2012.", "capture"),
        ("The rebels have held Saraqib for years, and on Monday they shelled Sarmin.", "shelling"),
        # a convoy coming under fire is a happening; so is a night before
        ("A convoy came under artillery fire near Saraqib on Monday.", "shelling"),
        ("The army shelled the bridge near Sarmin the night before.", "shelling"),
        # a plural noun is no present verb
        ("Militant attacks on Saraqib killed 12 soldiers on Monday.", "attack"),
        # a denial in the present answers the claim told with it
        ("The Idlib council accused the army of the raid, which the army denies.", "statement"),
        # fighters leaving with their weapons
        ("The fighters left Saraqib with their weapons on Monday.", "withdrawal"),
    ],
)
def test_background_keeps_happenings(events_of, sentence, kind):
    assert kind in kinds(events_of(sentence))


def test_background_generic_subject_is_the_present_only(events_of):
    events = events_of("Fighters who surrendered near Idlib on Monday were bused out.")
    assert "surrender" in kinds(events)
