"""Wordings of killings, arson, raids, fire, shelling, troop moves, protests, talks,
appeals and captures that once had no trigger or the wrong type, each with the guard that
keeps it from firing on an unrelated sense of the same words."""

import pytest

from tests.events.test_denials_after import modality_of


def types_of(events_of, sentence: str, context: str = "") -> list[str]:
    body = f"{context} {sentence}".strip()
    return [e.event_type for e in events_of(body) if e.sentence.strip() == sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said the cartel had ordered the killing of a judge in Cali last week.",
        "Two farmers were shot and hacked to death near Mopti on Sunday.",
        "Police shot dead a protester in Yangon on Friday.",
        "The killing of nine engineers near Kidal in 2019 was never solved.",
        "Al-Shabaab fighters killed six truck drivers near Baidoa on Monday.",
    ],
)
def test_recall_killings_are_attacks(events_of, sentence):
    assert types_of(events_of, sentence) == ["attack"]


def test_recall_killing_in_an_after_clause_is_its_own_attack(events_of):
    sentence = "The army sent troops to Kidal after rebels killed six gold miners near the town."
    assert types_of(events_of, sentence) == ["deployment", "attack"]


def test_recall_accused_of_shooting_dead_is_an_alleged_attack(events_of):
    sentence = "Residents accused soldiers of shooting dead three herders near Sikasso."
    assert modality_of(events_of, sentence, "attack") == ["alleged"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels killed the peace deal in Bogota on Monday.",
        "Fighters killed time in Mogadishu on Monday.",
        "The militia has killed 30 people near Gao since Thursday.",
    ],
)
def test_recall_killed_needs_people_counted_as_its_object(events_of, sentence):
    assert "attack" not in types_of(events_of, sentence)


def test_recall_a_toll_after_a_comma_of_the_date_is_the_same_happening(events_of):
    sentence = "Shelling on Mopti on March 4, 2023 killed at least 25 people."
    assert types_of(events_of, sentence) == ["shelling"]
    clash = "Clashes between the army and rebels near Gao on May 2, 2021 killed 30 civilians."
    assert types_of(events_of, clash) == ["armed_clash"]


@pytest.mark.parametrize(
    "sentence",
    [
        "FARC dissidents set fire to a school in Cucuta on Monday.",
        "Militiamen torched houses in Lashio on Tuesday.",
        "The church was burned down in Kidal on Sunday.",
        "The gangs burned the clinic in Cucuta on Saturday.",
    ],
)
def test_recall_property_set_on_fire_is_an_attack(events_of, sentence):
    assert types_of(events_of, sentence) == ["attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what is burned is no property, or the participle only describes it
        "Rebels burned their weapons at a ceremony near Lashio in July.",
        "The bodies were found in a burned car outside Cucuta on Friday.",
        # the attackers' arson is part of the attack that made them attackers
        "The attackers set fire to dozens of huts near Gao on Monday.",
        "Residents said the assailants, who came on motorbikes, set fire to shelters in Kidal.",
    ],
)
def test_recall_no_attack_of_its_own_from_other_burnings(events_of, sentence):
    assert "attack" not in types_of(events_of, sentence)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Gunmen on motorbikes shot at an army patrol in Gao last night.", "attack"),
        ("The gunmen shot at a police post in Kidal on Monday.", "attack"),
        ("The helipad in Kidal was shot at on Tuesday afternoon.", "attack"),
        ("Masked gunmen burst into a radio station in Cucuta on Monday.", "attack"),
        ("Three projectiles landed on the outskirts of Kidal late on Sunday.", "shelling"),
        ("Shells fell on the market in Lashio on Tuesday.", "shelling"),
        ("Five people were killed when rockets slammed into a bus station in Gao.", "shelling"),
    ],
)
def test_recall_shots_raids_and_projectiles_landing(events_of, sentence, event_type):
    assert types_of(events_of, sentence) == [event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "He took a shot at the title in Gao on Monday.",
        "The soldier burst into tears in Gao on Monday.",
        "Survivors said the militants shot at everything that moved in Kidal on Monday.",
    ],
)
def test_recall_no_attack_from_other_senses_of_shots_and_bursts(events_of, sentence):
    assert "attack" not in types_of(events_of, sentence)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # forces moved forward are deployed; moved out of a place, they withdraw
        ("Myanmar's army has moved armoured units and artillery towards Lashio.", "deployment"),
        ("Malian troops moved into the buffer zone near Gao in May.", "deployment"),
        ("The rebels moved out of Kidal on Monday.", "withdrawal"),
        ("The fighters were allowed to move from Kidal toward Gao on Monday.", "withdrawal"),
        # a protest through an ambassador, a matter raised with the other side
        ("Colombia summoned the Venezuelan ambassador in Cucuta on Wednesday.", "statement"),
        ("Somali officials expect to raise the raids with a Kenyan delegation.", "negotiation"),
        # a call on the parties, whatever it calls for
        ("Algeria on Monday urged both sides to return to negotiations.", "appeal"),
        ("The African Union on Wednesday urged Sudan and Chad to respect the border.", "appeal"),
    ],
)
def test_recall_moves_protests_talks_and_appeals(events_of, sentence, event_type):
    assert types_of(events_of, sentence) == [event_type]


def test_recall_a_strike_judged_in_a_protest_is_no_new_attack(events_of):
    sentence = (
        "Colombia summoned the Venezuelan ambassador on Wednesday and said the strike was "
        "a violation of Colombian sovereignty."
    )
    assert types_of(events_of, sentence) == ["statement"]


def test_recall_an_appeal_to_civilians_is_no_appeal(events_of):
    sentence = "The governor of Gao urged residents not to abandon their homes on Monday."
    assert types_of(events_of, sentence) == []


def test_recall_an_appeal_that_goes_on_with_and_is_one_appeal(events_of):
    sentence = (
        "The United Nations on Monday called on both sides to stop the fighting near Gao, "
        "and urged the government to restore internet services."
    )
    assert types_of(events_of, sentence) == ["appeal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, militia commanders took over the governor's office in Kidal.",
        "Kachin rebels backed by drone strikes retook the town of Lashio in May.",
        "Government forces, with the support of air strikes, captured Gao on Monday.",
    ],
)
def test_recall_a_building_taken_and_a_capture_with_its_backing_is_one_capture(events_of, sentence):
    assert types_of(events_of, sentence) == ["capture"]


def test_recall_words_to_parliament_are_a_statement(events_of):
    sentence = (
        "Prime Minister Anwar told parliament on Tuesday that Malaysia had no intention of "
        "sending troops to Myanmar."
    )
    assert types_of(events_of, sentence)[:1] == ["statement"]


def test_recall_urged_for_talks_is_the_talks_not_an_appeal(events_of):
    sentence = "Bogota has urged for negotiations with the ELN over a ceasefire near Cucuta."
    assert types_of(events_of, sentence) == ["negotiation"]


def test_recall_killings_told_with_a_capture_are_an_attack_of_their_own(events_of):
    sentence = "Jihadist fighters overran Kidal in May 2012, killing hundreds of soldiers."
    assert types_of(events_of, sentence) == ["capture", "attack"]
