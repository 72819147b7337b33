import pytest

from timeline.recognisers.actors import ActorRecogniser


@pytest.fixture(scope="module")
def actors():
    return ActorRecogniser()


def names(recogniser, text):
    return [(m.text, m.name) for m in recogniser.find(text)]


def test_actors_aliases_get_canonical_names(actors):
    text = "Daesh, the Islamic State and ISIL are one group; the SAA and RuAF fought it."
    assert [n for _, n in names(actors, text)] == [
        "ISIS",
        "ISIS",
        "ISIS",
        "Syrian government",
        "Russia",
    ]


def test_actors_capital_used_as_government_is_an_actor(actors):
    assert names(actors, "Washington urged talks with Moscow.") == [
        ("Washington", "United States"),
        ("Moscow", "Russia"),
    ]


def test_actors_capital_after_place_preposition_is_not(actors):
    assert names(actors, "Protests in Moscow and Ankara continued; envoys flew to Turkey.") == []


def test_actors_modifier_compounds_are_skipped(actors):
    assert names(actors, "The US-backed SDF advanced.") == [("SDF", "SDF")]


def test_actors_nationality_adjective_with_force_word(actors):
    assert names(actors, "Syrian military helicopters and Russian media") == [
        ("Syrian military", "Syrian government")
    ]
    chain = names(actors, "the Syrian-Iranian-Russian alliance")
    assert [n for _, n in chain] == ["Syrian government", "Iran", "Russia"]


def test_actors_short_acronym_in_shouted_text_is_ignored(actors):
    assert names(actors, "THIS IS NOT WHAT IT IS") == []
    assert names(actors, "IS fighters left.") == [("IS fighters", "ISIS")]


def test_actors_short_mixed_case_alias_is_not_a_word(actors):
    assert names(actors, "They would let ISIS fighters go; LeT denied it.") == [
        ("ISIS fighters", "ISIS"),
        ("LeT", "Lashkar-e-Taiba"),
    ]


def test_actors_case_blind_alias_with_turkish_capital_i_is_named(actors):
    # A case-blind alias written with the dotted capital I (or with runs of spaces) is
    # still found and named, where the lookup of its canonical name used to fail.
    assert names(actors, "İRAN said on Monday that ISLAMİC  STATE fighters had left.") == [
        ("İRAN", "Iran"),
        ("ISLAMİC  STATE fighters", "ISIS"),
    ]


def test_actors_capital_in_a_dateline_is_where_the_story_was_filed(actors):
    text = "NAIROBI - Police said so.\n"
    text += "CAIRO, Egypt (Reuters) - Egyptian mediators met Hamas.\nCairo said no."
    assert names(actors, text) == [
        ("Police", "Government forces"),  # the police are the government's (not Nairobi)
        ("Egyptian mediators", "Egypt"),
        ("Hamas", "Hamas"),
        ("Cairo", "Egypt"),
    ]


def test_actors_country_after_a_compass_point_is_a_place(actors):
    assert names(actors, "Clashes in north-eastern Syria and in northwest Iraq.") == []


def test_actors_force_noun_of_a_named_group_is_the_group(actors):
    assert names(actors, "Fighters of the Houthis and militants of the former Nusra Front") == [
        ("Fighters of the Houthis", "Houthis"),
        ("militants of the former Nusra Front", "Hayat Tahrir al-Sham"),
    ]


def test_actors_troops_from_a_country_are_its_forces(actors):
    assert names(actors, "Soldiers from Kenya left; aid came from Kenya.") == [
        ("Soldiers from Kenya", "Kenya")
    ]


def test_actors_officials_from_a_country_speak_for_it(actors):
    assert names(actors, "Officials from Kenya and Somalia met in Nairobi.") == [
        ("Kenya", "Kenya"),
        ("Somalia", "Somalia"),
    ]


def test_actors_people_counted_as_killed_are_civilians(actors):
    text = "Rebels shelled a market, killing at least 23 people and wounding six children."
    assert names(actors, text) == [
        ("Rebels", "Rebels"),
        ("market", "Civilians"),
        ("people", "Civilians"),
        ("children", "Civilians"),
    ]
    assert names(actors, "The people of the town and their children stayed.") == []


def test_actors_regional_adjective_of_an_alias_takes_any_fighter_word(actors):
    # The dictionary lists "Tigrayan forces" and "Ambazonian fighters"; the adjective
    # names the group with the other fighter words too.
    text = "Tigrayan troops crossed the river; Ambazonian militia burned a bridge."
    assert names(actors, text) == [
        ("Tigrayan troops", "TPLF"),
        ("Ambazonian militia", "Ambazonian separatists"),
    ]


def test_actors_nationality_adjective_with_one_aircraft_or_positions(actors):
    text = "A Malian drone hit a truck after gunmen fired at Nigerien positions."
    assert [n for _, n in names(actors, text)] == ["Mali", "Militants", "Niger"]
