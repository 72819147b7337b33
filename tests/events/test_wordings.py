"""Common wordings of deployments, captures, killings, bombings and truces, each with the
guard that keeps it from firing on an unrelated sense of the same verb."""

import pytest


def types_of(events_of, sentence: str, context: str = "") -> list[str]:
    body = f"{context} {sentence}".strip()
    return [e.event_type for e in events_of(body) if e.sentence.strip() == sentence]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # forces sent or arriving are deployed
        ("The navy sent two frigates to the coast near Mosul on Monday.", "deployment"),
        ("An extra battalion of marines had been sent to Aleppo last month.", "deployment"),
        ("The rebels sent hundreds of fighters from Idlib into Aleppo.", "deployment"),
        ("The first Turkish peacekeepers arrived in Manbij in June.", "deployment"),
        # a place regained or taken is a capture
        ("Soldiers regained control of Saraqib on Monday.", "capture"),
        ("The rebels took the village of Sarmin on Friday.", "capture"),
        ("Witnesses said the militants took Sarmin on Friday.", "capture"),
        # a killing of a named person, bombs dropped from the air
        ("The governor was assassinated in Mosul in 2019.", "attack"),
        ("Government jets dropped barrel bombs on Saraqib on Monday.", "airstrike"),
    ],
)
def test_wordings_new_triggers(events_of, sentence, event_type):
    assert event_type in types_of(events_of, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army sent a letter to the governor of Aleppo on Monday.",
        "The militia sent a message to the army in Idlib on Tuesday.",
        "Aid workers arrived in Aleppo on Tuesday.",
        "The rebels took part in the talks in Aleppo on Friday.",
        "The clashes between the army and the rebels took place near Idlib.",
        "The militants took two soldiers hostage near Idlib.",
        "The rebels said their forces would take Aleppo within days.",
        "The army extended the curfew in Aleppo on Thursday.",
    ],
)
def test_wordings_unrelated_senses_make_no_such_event(events_of, sentence):
    found = types_of(events_of, sentence)
    assert not {"deployment", "capture", "ceasefire"} & set(found), found


def test_wordings_the_town_which_they_took(events_of):
    sentence = "The town, which the rebels say they took in May, lies in ruins near Idlib."
    assert "capture" in types_of(events_of, sentence)


def test_wordings_a_truce_extended(events_of):
    context = "A truce between the army and the rebels was agreed in Aleppo on Sunday."
    assert types_of(events_of, "It was extended by ten days on Wednesday.", context) == [
        "ceasefire"
    ]
    other = "The army imposed a curfew in Aleppo on Sunday."
    assert types_of(events_of, "It was extended by ten days on Wednesday.", other) == []


def test_wordings_the_assassination_of_a_president_is_a_new_happening(events_of):
    body = (
        "Gunmen attacked a police post in Mosul on Monday. The city has been tense since "
        "the assassination of President Ali Hassan in 2019."
    )
    attacks = [e for e in events_of(body) if e.event_type == "attack"]
    assert len(attacks) == 2


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Rebel drones struck an army depot in Idlib on Monday.", "airstrike"),
        ("The navy said its sea drones struck a patrol boat near Mosul on Monday.", "attack"),
        ("Naval drones struck a frigate off the coast near Mosul on Monday.", "attack"),
    ],
)
def test_wordings_drones_from_the_air_and_from_the_sea(events_of, sentence, event_type):
    assert types_of(events_of, sentence) == [event_type]
