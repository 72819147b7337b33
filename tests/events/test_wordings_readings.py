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


@pytest.mark.parametrize(
    "sentence",
    [
        "A roadside bomb exploded near an army convoy outside Baidoa on Sunday.",
        "A bomb went off during Friday prayers at a mosque in Cucuta on Friday.",
        "An IED hit a police patrol near Kidal on Monday.",
        "A bomb blast tore through a bus station in Lashio on Tuesday.",
        "Militants bombed a church in Gao on Sunday.",
    ],
)
def test_readings_a_bomb_that_explodes_is_an_attack(events_of, sentence):
    assert types_of(events_of, sentence) == ["attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Government jets bombed two villages near Lashio on Saturday.",
        "Turkey bombed a clinic near Mosul on Monday.",
    ],
)
def test_readings_bombing_by_aircraft_or_a_state_is_an_air_strike(events_of, sentence):
    assert types_of(events_of, sentence) == ["airstrike"]


def test_readings_an_accused_state_bombing_is_an_alleged_air_strike(events_of):
    sentence = "The rebels accused the army of bombing a market in Gao on Sunday."
    assert types_of(events_of, sentence) == ["statement", "airstrike"]


def test_readings_a_bomb_as_a_weapon_is_no_act(events_of):
    assert (
        types_of(events_of, "Soldiers defused a bomb near the barracks in Kidal on Monday.") == []
    )


def test_readings_the_attackers_bombs_are_part_of_the_attack_told(events_of):
    context = "Gunmen attacked a police post near Kidal on Monday, killing four officers."
    sentence = "The attackers used roadside bombs before opening fire, officials said."
    assert types_of(events_of, sentence, context) == []


def test_readings_months_of_bombing_before_a_capture_are_its_background(events_of):
    sentence = (
        "Troops retook Gao in May 2019 after five months of bombing and street fighting "
        "that left more than 900 people dead."
    )
    assert types_of(events_of, sentence) == ["capture"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Navy troops seized two tonnes of cocaine near Cucuta on Monday.",
        "Police seized rifles, grenades and cash in Lashio on Tuesday.",
        "More than 40 kilograms of heroin were seized by troops near Kidal on Friday.",
    ],
)
def test_readings_goods_seized_are_no_capture(events_of, sentence):
    assert "capture" not in types_of(events_of, sentence)


def test_readings_suspects_detained_and_rifles_seized_is_one_arrest(events_of):
    sentence = "Troops detained four suspects after a car chase near Gao and seized two rifles."
    assert types_of(events_of, sentence) == ["arrest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels seized the town of Lashio on Monday.",
        "Rebels seized Gao on Monday.",
        "Militants seized the army base and its weapons near Kidal on Sunday.",
    ],
)
def test_readings_territory_seized_is_still_a_capture(events_of, sentence):
    assert types_of(events_of, sentence) == ["capture"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ethiopian and Sudanese officials are due to meet in Nairobi to discuss the border.",
        "The Kenyan president is expected to visit Mogadishu to meet Somali officials.",
    ],
)
def test_readings_a_planned_meeting_is_a_speculative_negotiation(events_of, sentence):
    assert modality_of(events_of, sentence, "negotiation") == ["speculative"]


def test_readings_meeting_a_demand_is_no_negotiation(events_of):
    sentence = "Kenyan farmers are expected to meet demand in Nairobi this season."
    assert "negotiation" not in types_of(events_of, sentence)
