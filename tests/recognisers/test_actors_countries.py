from timeline.lexicon import default_lexicon
from timeline.recognisers.actors import ActorRecogniser


def names(text, country=None):
    recogniser = ActorRecogniser()
    return [(m.text, m.name) for m in recogniser.of_country(recogniser.find(text), country)]


def test_every_country_is_a_state_actor_with_its_adjective_and_capital():
    assert names("Azerbaijani forces took the town; Armenian officials denied it.") == [
        ("Azerbaijani forces", "Azerbaijan"),
        ("Armenian officials", "Armenia"),
    ]
    assert names("Omani mediators met Houthi negotiators.")[0] == ("Omani mediators", "Oman")
    assert names("Yerevan said it would respond.") == [("Yerevan", "Armenia")]


def test_listed_actors_keep_their_own_entries():
    assert names("Syrian military helicopters") == [("Syrian military", "Syrian government")]
    lexicon = default_lexicon()
    assert lexicon.actor_for_country("SY") == "Syrian government"
    assert lexicon.actor_for_country("AM") == "Armenia"


def test_government_forces_are_the_government_of_the_story_country():
    text = "Government forces retook the district after the army regrouped."
    assert [n for _, n in names(text, "AF")] == ["Afghanistan", "Afghanistan"]
    assert [n for _, n in names(text, "SY")] == ["Syrian government", "Syrian government"]
    assert [n for _, n in names(text, None)] == ["Government forces", "Government forces"]
