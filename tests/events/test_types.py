"""Every event type and every modality, each from a sentence written for the purpose."""

from datetime import date

import pytest

MON = (date(2017, 6, 5), date(2017, 6, 5), "day", "weekday")

TYPES = [
    ("negotiation", "Turkish and Russian envoys held talks on Monday about the siege of Idlib."),
    ("agreement", "The SDF and ISIS reached an agreement on Monday over Raqqa."),
    ("ceasefire", "A ceasefire took hold around Aleppo on Monday."),
    ("withdrawal", "ISIS fighters withdrew from Manbij on Monday."),
    ("evacuation", "Buses evacuated 300 civilians from Aleppo on Monday."),
    ("surrender", "About 40 rebels surrendered to government forces near Idlib on Monday."),
    ("airstrike", "Russian jets carried out air strikes on Palmyra on Monday."),
    ("shelling", "Rebel artillery shelled government positions in Aleppo on Monday."),
    ("armed_clash", "Heavy fighting raged between the SDF and ISIS near Raqqa on Monday."),
    ("attack", "Gunmen ambushed an army convoy near Mosul on Monday."),
    ("capture", "Government forces recaptured Palmyra on Monday."),
    ("deployment", "Turkey deployed tanks to the border near Idlib on Monday."),
    (
        "appeal",
        "Helicopters dropped leaflets over Raqqa on Monday calling on fighters to surrender.",
    ),
    ("statement", "The SDF denied on Monday that it had struck any deal over Manbij."),
    ("arrest", "Police arrested five ISIS members in Mosul on Monday."),
    ("other", "The SDF flooded the road out of Raqqa on Monday."),
]


@pytest.mark.parametrize(("event_type", "sentence"), TYPES, ids=[t for t, _ in TYPES])
def test_types_each_has_a_sentence_that_yields_it(events_of, event_type, sentence):
    events = events_of(
        sentence, published=date(2017, 6, 6), dates={"on Monday": MON, "Monday": MON}
    )
    assert event_type in {e.event_type for e in events}
    event = next(e for e in events if e.event_type == event_type)
    assert event.date_start == date(2017, 6, 5)


MODALITIES = [
    ("asserted", "Government forces captured Palmyra."),
    ("reported", "Government forces captured Palmyra, state media reported."),
    ("alleged", "Government forces allegedly captured Palmyra."),
    ("denied", "Government forces did not capture Palmyra, a spokesman said."),
    ("speculative", "Government forces may capture Palmyra."),
]


@pytest.mark.parametrize(("modality", "sentence"), MODALITIES, ids=[m for m, _ in MODALITIES])
def test_modalities_each_has_a_sentence_that_yields_it(events_of, modality, sentence):
    events = [e for e in events_of(sentence) if e.event_type == "capture"]
    assert [e.modality for e in events] == [modality]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels captured two government soldiers near Idlib on Monday.",
        "The army said it had captured 40 militants in Saraqib.",
        "It was not clear whether any of the gunmen had been killed or captured near Idlib.",
    ],
)
def test_types_people_captured_are_an_arrest(events_of, sentence):
    """DESIGN.md's capture is of territory: people taken are an arrest."""
    assert [e.event_type for e in events_of(sentence)] == ["arrest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels captured Saraqib on Monday.",
        "Two villages near Idlib were captured by the army.",
        "Rebels captured the town of Sarmin and 20 soldiers on Monday.",
    ],
)
def test_types_territory_captured_stays_a_capture(events_of, sentence):
    assert [e.event_type for e in events_of(sentence)] == ["capture"]
