"""Generic mentions that refer back to a named group (timeline.recognisers.coreference)."""

import pytest

from timeline.lexicon import load_lexicon
from timeline.recognisers.actors import ActorRecogniser


@pytest.fixture(scope="module")
def actors():
    return ActorRecogniser()


def resolved(recogniser, text, narratives=None):
    mentions = recogniser.find(text)
    return [
        (m.text, m.name)
        for m in recogniser.resolve(text, mentions, narratives or [[(0, len(text))]])
    ]


def test_coreference_definite_noun_names_the_group_before(actors):
    text = "Boko Haram raided a market on Monday. The insurgents burned every stall."
    assert resolved(actors, text)[-1] == ("insurgents", "Boko Haram")


def test_coreference_possessive_determiner_refers_back(actors):
    text = "ISWAP overran a base. Their fighters took two trucks."
    assert resolved(actors, text)[-1] == ("fighters", "Islamic State West Africa Province")


def test_coreference_bare_noun_stays_generic(actors):
    text = "Boko Haram raided a market. Militants burned a school in another town."
    assert ("Militants", "Militants") in resolved(actors, text)


def test_coreference_never_crosses_to_a_state(actors):
    text = "The Congolese army shelled the hills. The rebels fled north."
    assert resolved(actors, text)[-1] == ("rebels", "Rebels")


def test_coreference_jihadist_noun_needs_a_jihadist_group(actors):
    text = "The Kachin Independence Army seized a post. The jihadists were blamed."
    assert resolved(actors, text)[-1] == ("jihadists", "Militants")
    text = "The Pakistani Taliban seized a post. The jihadists were blamed."
    assert resolved(actors, text)[-1] == ("jihadists", "Pakistani Taliban")


def test_coreference_rebels_follow_the_group_named_last(actors):
    text = "Boko Haram left the town. Weeks later the Houthis fired a drone. The rebels denied it."
    assert resolved(actors, text)[-1] == ("rebels", "Houthis")


def test_coreference_two_groups_named_together_equally_stay_generic(actors):
    text = "ISWAP and Boko Haram fought near the lake. The militants later withdrew."
    assert resolved(actors, text)[-1] == ("militants", "Militants")


def test_coreference_the_group_named_more_often_breaks_a_tie(actors):
    text = (
        "Boko Haram burned a village. Boko Haram then raided a farm. "
        "ISWAP and Boko Haram fought near the lake. The militants later withdrew."
    )
    assert resolved(actors, text)[-1] == ("militants", "Boko Haram")


def test_coreference_description_by_allegiance_names_the_sworn_group(actors):
    text = "Gunmen linked to al-Qaeda burned a clinic. JNIM said nothing about the clinic."
    assert resolved(actors, text) == [
        ("Gunmen linked to al-Qaeda", "JNIM"),
        ("clinic", "Civilians"),
        ("JNIM", "JNIM"),
    ]


def test_coreference_hyphenated_allegiance_names_the_sworn_group(actors):
    text = "ISWAP has grown. Islamic State-linked militants attacked a convoy."
    assert resolved(actors, text)[-1] == ("militants", "Islamic State West Africa Province")


def test_coreference_allegiance_falls_back_to_the_network_named_as_a_party(actors):
    text = "Islamic State-linked militants attacked a convoy. Islamic State claimed it."
    assert resolved(actors, text)[0] == ("militants", "ISIS")


def test_coreference_allegiance_to_a_network_unnamed_stays_generic(actors):
    text = "The Houthis fired a drone. Militants linked to al-Qaeda attacked a convoy."
    names = resolved(actors, text)
    assert ("Militants", "Militants") in names
    assert ("al-Qaeda", "al-Qaeda") in names


def test_coreference_network_describing_a_group_is_no_party(actors):
    text = "The ADF, which pledged allegiance to ISIS, attacked a village."
    assert resolved(actors, text) == [("ADF", "Allied Democratic Forces")]


def test_coreference_back_reference_after_a_generic_one_gets_the_group(actors):
    text = "The Houthis fired a drone. The rebels denied it. The movement said it would reply."
    assert resolved(actors, text)[-1] == ("The movement", "Houthis")


def test_coreference_comment_refers_back_to_the_article(actors):
    body = "The M23 seized a hill on Monday."
    comment = "The rebels shelled my street again."
    text = body + "\n\n" + comment
    start = len(body) + 2
    narratives = [[(0, len(body))], [(start, len(text))]]
    assert resolved(actors, text, narratives)[-1] == ("rebels", "M23")


def test_coreference_one_comment_does_not_feed_another(actors):
    first, second = "ISWAP burned a farm.", "The insurgents came back."
    text = "Nothing today.\n\n" + first + "\n\n" + second
    a = text.index(first)
    b = text.index(second)
    narratives = [[(0, 14)], [(a, a + len(first))], [(b, len(text))]]
    assert resolved(actors, text, narratives)[-1] == ("insurgents", "Militants")


def test_lexicon_allegiance_column_is_read():
    extra = ("mine.tsv", "Red Hand\tarmed_group\t\tRed Hand|RH\t\tal-Qaeda\n")
    lexicon = load_lexicon(actors=[extra])
    assert lexicon.allegiance("Red Hand") == "al-Qaeda"
    assert lexicon.jihadist("Red Hand") and lexicon.jihadist("al-Qaeda")
    assert not lexicon.jihadist("M23")
    assert lexicon.allegiance("Boko Haram") is None and lexicon.jihadist("Boko Haram")
