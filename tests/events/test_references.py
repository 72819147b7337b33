"""Trigger words that tell no new happening: named again, or habitual."""

import pytest

from timeline.events.references import habitual, named_again
from timeline.records import Trigger


def _trigger(text: str, word: str) -> Trigger:
    start = text.index(word)
    return Trigger(start, start + len(word), word, "attack")


@pytest.mark.parametrize(
    ("text", "word", "again"),
    [
        ("Officials have not commented on that attack.", "attack", True),
        ("Residents fled during the attack.", "attack", True),
        ("The attack came days after the talks.", "attack", True),
        ("The attack on the base killed five.", "attack", False),
        ("The army said it had repelled the attack and killed 40 militants.", "attack", True),
        ("Troops repelled an attack on their base on Monday.", "attack", False),
        ("Militants that attacked the base fled.", "attacked", False),
        ("Ten soldiers were killed in the fighting.", "fighting", False),
        ("The president vowed that troops would answer the attack.", "attack", True),
        ("The rebels have not commented on the strikes, officials said.", "strikes", True),
        ("Militants responded to the raid with mortar fire.", "raid", True),
        ("Militants responded with a raid on the base.", "raid", False),
        # the "that" of a clause after a word of saying opens what is said
        ("Monitors reported that mortar fire hit the port.", "mortar fire", False),
        ("The ministry denied claims that clashes broke out.", "clashes", False),
        ("Officials said on Monday that rocket fire hit the camp.", "rocket fire", False),
        ("Officials said the army repelled that attack.", "attack", True),
    ],
)
def test_references_named_again(text, word, again):
    assert named_again(text, _trigger(text, word)) is again


def test_references_habitual_needs_a_frequency_adverb():
    text = "The town has been attacked repeatedly since 2017."
    assert habitual(text, _trigger(text, "attacked"))
    text = "The town was attacked on Monday."
    assert not habitual(text, _trigger(text, "attacked"))


def test_references_habitual_frequency_adjectives():
    text = "Farmers describe near-daily raids on their villages."
    assert habitual(text, _trigger(text, "raids"))
    text = "Residents fear the nightly shelling of the port."
    assert habitual(text, _trigger(text, "shelling"))
    text = "Residents described a raid on their village."
    assert not habitual(text, _trigger(text, "raid"))
