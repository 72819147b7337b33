"""Wordings once misread: the "that" of a reported clause taken for "that attack", a bomb
that explodes taken for an air strike, goods seized taken for territory, an armed group's
announced disbanding lost, and meetings planned between officials lost."""

import pytest

from tests.events.test_denials_after import modality_of
from tests.events.test_wordings_recall import types_of


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Aid workers reported that rocket fire hit a camp near Lashio on Monday.", "shelling"),
        ("Witnesses told reporters on Sunday that clashes erupted in Cucuta.", "armed_clash"),
        ("The governor said on Friday that mortar fire struck a school in Baidoa.", "shelling"),
    ],
)
def test_readings_that_after_a_reporting_word_opens_a_clause(events_of, sentence, event_type):
    context = "An attack on a convoy near Kidal killed four people on Thursday."
    assert types_of(events_of, sentence, context) == [event_type]


def test_readings_that_after_a_denied_report_is_a_denied_happening(events_of):
    sentence = "The junta denied reports that clashes had erupted near Lashio on Tuesday."
    assert types_of(events_of, sentence) == ["statement", "armed_clash"]
    assert modality_of(events_of, sentence, "armed_clash") == ["denied"]


def test_readings_that_as_a_demonstrative_still_names_the_happening_told(events_of):
    context = "Rebels attacked a police post in Cucuta on Monday."
    sentence = "The police have not commented on that attack in Cucuta."
    assert types_of(events_of, sentence, context) == []
