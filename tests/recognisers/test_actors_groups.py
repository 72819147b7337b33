"""Open-vocabulary armed groups: names the text marks as a group (timeline.recognisers.groups)."""

import pytest

from timeline.recognisers.actors import ActorRecogniser


@pytest.fixture(scope="module")
def actors():
    return ActorRecogniser()


def resolved(recogniser, text):
    mentions = recogniser.resolve(text, recogniser.find(text), [[(0, len(text))]])
    return [(m.text, m.name) for m in mentions]


def test_groups_long_name_with_its_acronym_is_named_by_the_acronym(actors):
    text = (
        "The Kivu Freedom Brigades (KFB) ambushed a convoy near Uvira on Monday. "
        "KFB fighters later withdrew, and the group said it had lost two men."
    )
    assert resolved(actors, text) == [
        ("Kivu Freedom Brigades (KFB)", "KFB"),
        ("KFB fighters", "KFB"),
        ("the group", "KFB"),
    ]


def test_groups_acronym_known_as_after_a_weak_name_near_armed_words(actors):
    text = (
        "Gunmen shot two drivers. The Delta Resistance Units, known as the DRU, hold "
        "the roads. The DRU denied it."
    )
    assert [n for _, n in resolved(actors, text)][-2:] == ["DRU", "DRU"]


def test_groups_long_name_keeps_the_part_after_a_sentence_opener(actors):
    text = "In Mali the Macina Liberation Front (FLM) attacked a post."
    assert resolved(actors, text) == [("Macina Liberation Front (FLM)", "FLM")]


def test_groups_long_name_does_not_swallow_a_dictionary_group_inside_it(actors):
    # "National Liberation Army" alone is the ELN's name; inside a longer name it is not.
    text = "The Pa-O National Liberation Army (PNLA) seized a hill. The PNLA said so."
    assert [n for _, n in resolved(actors, text)] == ["PNLA", "PNLA"]


def test_groups_gang_named_before_the_noun_and_the_gang_refers_back(actors):
    text = "In Haiti the Ti Makak gang burned homes in Carrefour. The gang denied it."
    assert resolved(actors, text) == [("Ti Makak gang", "Ti Makak"), ("The gang", "Ti Makak")]


def test_groups_gangs_named_together(actors):
    text = "Clashes between the Lobos and Tigres gangs killed nine. The Tigres denied it."
    assert [n for _, n in resolved(actors, text)] == ["Lobos", "Tigres", "Tigres"]


def test_groups_cartel_is_named_with_its_noun(actors):
    text = "Soldiers clashed with the Ojinaga cartel. Ojinaga was quiet on Monday."
    assert ("Ojinaga cartel", "Ojinaga Cartel") in resolved(actors, text)
    assert all(written != "Ojinaga" for written, _ in resolved(actors, text))


def test_groups_members_of_a_name_among_gang_words(actors):
    text = (
        "Rival gangs fought in Esmeraldas. Police arrested 14 suspected members of "
        "Los Toros on Monday. Los Toros denied the attack."
    )
    assert [(w, n) for w, n in resolved(actors, text) if n == "Los Toros"] == [
        ("Los Toros", "Los Toros"),
        ("Los Toros", "Los Toros"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defence (MoD) said the Norwegian Refugee Council (NRC) had left.",
        "The Movement for Democratic Change (MDC) won the vote in Harare.",
        "The Zambia Defence Force (ZDF) and the Joint Task Force (JTF) fought militants.",
        "Members of Parliament and members of the European Parliament voted on Monday.",
        "Members of Rotary Club and friends of Maria Lopez met the Sunrise Group (SG).",
        "Rival gang members fought. Armed gangs attacked a bus. A Shiite militia left.",
        "Smith joined the Cartel (a film) in 2001. Reuters and Al Jazeera reported it.",
        "The Papuan Council of Churches (PCC) said rebels were seen near the town.",
        "Bolivian Army (EB) soldiers and SPLA-IO fighters met.",
    ],
)
def test_groups_institutions_people_states_and_sentence_openers_are_no_group(actors, text):
    found = {n for _, n in resolved(actors, text)}
    dictionary_or_generic = {
        "Militants",
        "Rebels",
        "Civilians",
        "Government forces",
        "SPLM-IO",
        "Bolivia",
    }
    assert found <= dictionary_or_generic
