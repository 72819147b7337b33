import pytest

from timeline.lexicon import load_lexicon
from timeline.lexicon.inflect import noun_forms, verb_forms
from timeline.recognisers.triggers import TriggerRecogniser


@pytest.fixture(scope="module")
def triggers():
    return TriggerRecogniser()


def found(recogniser, text):
    return [(t.text, t.event_type) for t in recogniser.find(text)]


def test_inflect_regular_and_irregular_verbs():
    assert verb_forms("negotiate") == ("negotiate", "negotiates", "negotiated", "negotiating")
    assert verb_forms("withdraw", past="withdrew", part="withdrawn") == (
        "withdraw",
        "withdraws",
        "withdrew",
        "withdrawn",
        "withdrawing",
    )
    assert verb_forms("pull out") == ("pull out", "pulls out", "pulled out", "pulling out")
    assert noun_forms("air strike") == ("air strike", "air strikes")
    assert verb_forms("deny", past="denied")[1] == "denies"


def test_triggers_find_inflected_forms_and_phrases(triggers):
    text = "They were negotiating; the rebels withdrew and laid down their arms after air strikes."
    assert found(triggers, text) == [
        ("negotiating", "negotiation"),
        ("withdrew", "withdrawal"),
        ("laid down their arms", "surrender"),
        ("air strikes", "airstrike"),
    ]


def test_triggers_match_whole_words_only(triggers):
    assert found(triggers, "The dealer and the talkative leaver.") == []


def test_triggers_longest_phrase_wins(triggers):
    assert found(triggers, "a cessation of hostilities") == [
        ("cessation of hostilities", "ceasefire")
    ]


def test_lexicon_user_table_extends_and_overrides_triggers():
    mine = ("mine.tsv", "capture\tverb\tstorm\tarmed\narrest\tverb\tround up\n")
    recogniser = TriggerRecogniser(load_lexicon(triggers=[mine]))
    assert found(recogniser, "Troops stormed the town and rounded up men.") == [
        ("stormed", "capture"),
        ("rounded up", "arrest"),
    ]


def test_lexicon_bad_user_table_is_a_config_error():
    from timeline.errors import ConfigError

    with pytest.raises(ConfigError, match="bad.tsv:2"):
        load_lexicon(triggers=[("bad.tsv", "# fine\nattack only-two-columns\n")])


def test_triggers_a_word_of_an_organisations_name_is_no_trigger(triggers):
    # "Liberation Army", "Salvation Front": a group's name, not a capture or a rescue
    text = "Fighters of the National Liberation Army attacked a post held by the Salvation Front."
    assert found(triggers, text) == [("attacked", "attack")]
    # a trigger written capitalised elsewhere is still one
    assert found(triggers, "Airstrikes hit the town.") == [("Airstrikes", "airstrike")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers and rebels exchanged fire near the border.", ("exchanged fire", "armed_clash")),
        ("Patrols traded fire across the river.", ("traded fire", "armed_clash")),
        ("The army said it shot down two drones.", ("shot down", "attack")),
        ("Gunmen took 12 guards hostage.", ("took 12 guards hostage", "attack")),
    ],
)
def test_triggers_fire_exchanged_aircraft_shot_down_and_hostages(triggers, text, expected):
    assert expected in found(triggers, text)
