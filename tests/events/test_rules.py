"""The event rules one by one: modality scope, roles, grounding, merging."""

import dataclasses
from datetime import date

from timeline.events import merge_events
from timeline.events.dating import usable
from timeline.records import Timex

WED = (date(2016, 12, 7), date(2016, 12, 7), "day", "weekday")
TUE = (date(2016, 12, 6), date(2016, 12, 6), "day", "weekday")


def only(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.modality, e.sentence) for e in events]
    return found[0]


# modality


def test_modality_condition_outranks_negation(events_of):
    ev = only(events_of("If the rebels do not surrender, the army will attack Idlib."), "surrender")
    assert ev.modality == "speculative"


def test_modality_modal_after_noun_trigger(events_of):
    ev = only(events_of("The army's liberation of Aleppo would change the war."), "capture")
    assert ev.modality == "speculative"


def test_modality_purpose_after_noun_is_not_speculation(events_of):
    ev = only(events_of("Turkey and Russia began talks meant to end the siege."), "negotiation")
    assert ev.modality == "asserted"


def test_modality_denial_stops_at_a_contrast(events_of):
    events = events_of(
        "ISIS denied that its fighters had withdrawn, but residents said a column of 40 vehicles "
        "carrying fighters left Mosul."
    )
    modalities = sorted(e.modality for e in events if e.event_type == "withdrawal")
    assert modalities == ["denied", "reported"]


def test_modality_trailing_attribution_covers_the_sentence(events_of):
    ev = only(
        events_of("Government forces captured two villages near Idlib, officials said."), "capture"
    )
    assert ev.modality == "reported"


def test_modality_statement_claiming_something_is_itself_asserted(events_of):
    events = events_of(
        "The SDF issued a statement claiming that ISIS fighters withdrew from Raqqa."
    )
    assert only(events, "statement").modality == "asserted"
    assert only(events, "withdrawal").modality == "alleged"


def test_modality_suspected_people_do_not_make_the_arrest_alleged(events_of):
    events = events_of("Police arrested 15 suspected ISIS members outside Mosul.")
    assert only(events, "arrest").modality == "asserted"
    assert only(events_of("A suspected air strike hit Idlib."), "airstrike").modality == "alleged"


def test_modality_contrastive_negation_of_an_actor_keeps_the_event(events_of):
    ev = only(events_of("It was the SDF, not ISIS, who flooded parts of Raqqa."), "other")
    assert ev.modality == "asserted"
    assert ev.actor1 == "SDF" and ev.actor2 is None


# roles


def test_roles_verb_object_is_acted_on(events_of):
    ev = only(events_of("Police arrested 15 ISIS members outside Mosul."), "arrest")
    assert (ev.actor1, ev.actor2) == ("Government forces", "ISIS")  # the police


def test_roles_noun_target_after_on(events_of):
    ev = only(
        events_of("The air strikes on the ISIS convoy near Raqqa went on all day."), "airstrike"
    )
    assert ev.actor2 == "ISIS" and ev.actor1 is None


def test_roles_generic_source_is_not_a_party(events_of):
    ev = only(
        events_of(
            "Residents said a column of fighters left Raqqa on Tuesday.", dates={"Tuesday": TUE}
        ),
        "withdrawal",
    )
    assert "Civilians" not in ev.actors


def test_roles_named_part_of_a_distant_namesake_is_not_used(events_of):
    # "Moscow of Mosul" stands for any named part whose namesake lies far away.
    ev = only(events_of("Heavy fighting raged in Moscow of Mosul on Sunday."), "armed_clash")
    assert ev.place_name == "Mosul"


def test_roles_previous_sentence_place_places_the_next_event(events_of):
    events = events_of(
        "Aleppo is quiet tonight. The rebels surrendered on Tuesday.", dates={"Tuesday": TUE}
    )
    assert only(events, "surrender").place_name == "Aleppo"


def test_roles_previous_sentence_names_the_fighters(events_of):
    events = events_of(
        "The SAA will not let the militants go. They will try to break out toward Idlib."
    )
    assert only(events, "withdrawal").destination_name == "Idlib"


def test_roles_comment_opinions_are_not_events(events_of):
    comments = (
        ("A", "They have an agreement, everybody knows it."),
        ("B", "Kurds attack whenever it suits them."),
        ("C", "More than 100 ISIS fighters are dead from an air raid."),
    )
    events = events_of("Nothing happened.", comments=comments)
    assert [(e.event_type, e.comment_author) for e in events] == [("airstrike", "C")]


def test_roles_loose_trigger_needs_an_anchor(events_of):
    assert events_of("Everyone cuts a deal with the SDF sooner or later.") == []
    ev = only(events_of("The SDF cut a deal with ISIS over Manbij."), "agreement")
    assert ev.place_name == "Manbij"


def test_dating_now_does_not_date_an_event():
    present = Timex(0, 3, "now", "DATE", "PRESENT_REF", date(2016, 12, 7), date(2016, 12, 7), "day")
    recent = Timex(
        0, 14, "a few days ago", "DATE", "PAST_REF", date(2016, 12, 1), date(2016, 12, 5), "week"
    )
    assert not usable(present)
    assert usable(recent)


# merging


def test_merge_needs_support_across_documents(events_of):
    first = events_of("ISIS fighters withdrew under an SDF deal.", published=date(2017, 6, 1))
    second = [
        dataclasses.replace(e, doc_id="other", event_id=e.event_id + "x")
        for e in events_of("ISIS fighters withdrew under an SDF deal.", published=date(2017, 6, 1))
    ]
    # Same actors, but no place and only the publication-week date: not enough to be one.
    assert len(merge_events(first + second)) == 2


def test_merge_core_actors_must_meet(events_of):
    events = events_of(
        "On Wednesday, Turkey and Russia held talks on Douma.\n\n"
        "On Wednesday, militants held talks in Douma with local elders.",
        dates={"On Wednesday": WED},
        published=date(2016, 12, 8),
    )
    assert len([e for e in merge_events(events) if e.event_type == "negotiation"]) == 2


def test_merge_comment_does_not_relocate_the_article(events_of):
    events = events_of(
        "ISIS fighters withdrew under an SDF deal on Tuesday.",
        comments=(("R", "Those ISIS fighters withdrew from Mosul on Tuesday, I saw it."),),
        dates={"Tuesday": TUE},
    )
    merged = only(merge_events(events), "withdrawal")
    assert merged.source_kind == "article" and merged.mention_count == 2
    assert merged.place_name is None


# summaries


def test_summary_uses_the_place_as_written_and_names_other_events(events_of):
    ev = only(
        events_of("The SDF flooded parts of Raqqa's old town on Tuesday.", dates={"Tuesday": TUE}),
        "other",
    )
    assert ev.summary == "Flood: SDF, in Raqqa"
    assert ev.place_name == "Ar Raqqah"


# clauses that tell two happenings, closing attributions


def test_clause_with_two_distant_happenings_yields_both(events_of):
    sat = (date(2022, 5, 14), date(2022, 5, 14), "day", "weekday")
    events = events_of(
        "Under a local ceasefire that held for four hours on Saturday, buses evacuated "
        "about 300 civilians from Aleppo to Idlib.",
        dates={"Saturday": sat},
    )
    ceasefire, evacuation = only(events, "ceasefire"), only(events, "evacuation")
    assert ceasefire.origin_name is None and ceasefire.quantities == ()
    assert (evacuation.origin_name, evacuation.destination_name) == ("Aleppo", "Idlib")
    assert [q.value for q in evacuation.quantities] == [300]


def test_closing_attribution_and_its_speaker(events_of):
    ev = only(
        events_of("Drone strikes hit ISIS fighters near Raqqa on Sunday, the United Nations said."),
        "airstrike",
    )
    assert ev.modality == "reported"
    assert "United Nations" not in (ev.actor1, ev.actor2)
    coordinated = only(
        events_of("Rebels clashed with ISIS near Aleppo, and sources said ten were killed."),
        "armed_clash",
    )
    assert coordinated.modality == "asserted"
    accused = only(events_of("Police arrested three men accused of smuggling in Mosul."), "arrest")
    assert accused.modality == "asserted"


# the denied claim, written places, the thread, wholes and parts


def test_merge_denial_absorbs_the_claim_it_denies(events_of):
    events = events_of(
        "Reports said the SDF would let ISIS fighters leave Raqqa for Palmyra.\n\n"
        "The SDF denied any safe passage deal."
    )
    merged = [e for e in merge_events(events) if e.event_type == "withdrawal"]
    assert len(merged) == 1
    assert merged[0].modality == "denied"
    assert (merged[0].origin_name, merged[0].destination_name) == ("Ar Raqqah", "Tadmur")


def test_merge_deal_joins_the_specific_deal_it_names(events_of):
    events = events_of(
        "In 2017 the SDF gave ISIS fighters safe passage out of Tabqa.\n\n"
        "The SDF-ISIS agreement was signed by local commanders in Tabqa.",
        dates={"2017": (date(2017, 1, 1), date(2017, 12, 31), "year", "explicit")},
    )
    merged = merge_events(events)
    assert [e.event_type for e in merged] == ["withdrawal"]
    assert merged[0].mention_count == 2


def test_written_place_anchors_a_comment_event(events_of):
    events = events_of(
        "ISIS fighters are surrounded in the east of the city.",
        comments=(("R", "My guess is that the militants will break out toward Ain Qarqur."),),
    )
    ev = only(events, "withdrawal")
    assert ev.destination_name == "Ain Qarqur" and ev.destination_latitude is None
    assert ev.modality == "speculative"


def test_comment_first_sentence_leans_on_the_article(events_of):
    events = events_of(
        "ISIS fighters are surrounded in Raqqa.",
        comments=(("R", "They will try to break out toward Idlib."),),
    )
    assert only(events, "withdrawal").destination_name == "Idlib"
    fighting = events_of("Fighting broke out near Idlib on Tuesday.", dates={"Tuesday": TUE})
    assert not [e for e in fighting if e.event_type == "withdrawal"]


def test_reader_opinion_denial_is_not_an_event(events_of):
    comments = (
        ("R", "Nobody in their right mind moves ISIS fighters from Raqqa to Palmyra."),
        ("S", "The SDF denied moving ISIS fighters from Raqqa to Palmyra."),
    )
    events = events_of("The talks ended.", comments=comments)
    assert [(e.comment_author, e.modality) for e in events if e.event_type == "withdrawal"] == [
        ("S", "denied")
    ]


def test_unit_named_with_its_whole_counts_as_the_whole(events_of):
    events = events_of(
        "The YPG, the core of the SDF, allowed ISIS fighters to leave Raqqa on Tuesday.",
        dates={"Tuesday": TUE},
    )
    assert only(events, "withdrawal").actor1 == "SDF"
    alone = events_of(
        "The YPG allowed ISIS fighters to leave Raqqa on Tuesday.", dates={"Tuesday": TUE}
    )
    assert only(alone, "withdrawal").actor1 == "YPG"


# back-references, refusals, speakers


def test_definite_reference_to_a_told_event_is_no_new_event(events_of):
    events = events_of(
        "A ceasefire between Turkey and Russia took hold in Idlib on Tuesday.\n\n"
        "Observers will monitor the truce, and Russia denied any conditions for the ceasefire.",
        dates={"Tuesday": TUE},
    )
    assert [e.event_type for e in events if e.event_type == "ceasefire"] == ["ceasefire"]


def test_refusal_is_no_event(events_of):
    assert not [
        e
        for e in events_of("The government will not negotiate with the rebels in Idlib.")
        if e.event_type == "negotiation"
    ]


def test_statement_speaker_is_the_actor_before_the_saying(events_of):
    events = events_of("Turkish forces captured Manbij, a claim the SDF denied.")
    statement = only(events, "statement")
    assert statement.actor1 == "SDF" and statement.modality == "asserted"


def test_civilians_leaving_is_an_evacuation(events_of):
    events = events_of(
        "Hundreds of families fled Aleppo toward Idlib on Tuesday.", dates={"Tuesday": TUE}
    )
    ev = only(events, "evacuation")
    assert (ev.actor1, ev.actor2) == (None, "Civilians") and ev.destination_name == "Idlib"
    assert events_of("Investors left Aleppo on Tuesday.", dates={"Tuesday": TUE}) == []


def test_projectiles_fired_and_strikes_as_verbs(events_of):
    assert only(
        events_of("Militants fired rockets at Aleppo on Tuesday.", dates={"Tuesday": TUE}),
        "shelling",
    )
    struck = only(
        events_of(
            "Russian bombers struck ISIS positions near Raqqa on Tuesday.", dates={"Tuesday": TUE}
        ),
        "airstrike",
    )
    assert (struck.actor1, struck.actor2) == ("Russia", "ISIS")


# the agent of a verb is in the verb's clause; victims are acted on


def test_roles_victims_of_a_main_clause_do_not_act_in_the_when_clause(events_of):
    ev = only(
        events_of(
            "Nine villagers were killed when government jets bombed a bakery in Idlib on Tuesday.",
            dates={"Tuesday": TUE},
        ),
        "airstrike",
    )
    assert (ev.actor1, ev.actor2) == ("Government forces", "Civilians")
    assert (ev.place_name, ev.date_start) == ("Idlib", date(2016, 12, 6))


def test_roles_wounded_after_rebels_shelled(events_of):
    ev = only(
        events_of(
            "Five civilians were wounded after rebels shelled a clinic in Aleppo on Tuesday.",
            dates={"Tuesday": TUE},
        ),
        "shelling",
    )
    assert (ev.actor1, ev.actor2) == ("Rebels", "Civilians")
    assert ev.place_name == "Aleppo"


def test_roles_died_as_aircraft_struck(events_of):
    ev = only(
        events_of("Two residents died as Russian aircraft struck a bridge near Raqqa on Tuesday."),
        "airstrike",
    )
    assert (ev.actor1, ev.actor2) == ("Russia", "Civilians")


def test_roles_victims_named_before_a_noun_trigger_are_acted_on(events_of):
    ev = only(
        events_of("Eleven civilians were killed in an air strike on Manbij on Tuesday."),
        "airstrike",
    )
    assert ev.actor1 is None and ev.actor2 == "Civilians"


def test_roles_event_noun_before_its_actors_is_acted_by_them(events_of):
    # "attack" after a determiner is a noun: the fighters after it act in it
    ev = only(
        events_of("In a second raid on Tuesday, ISIS fighters stormed a farm near Raqqa."),
        "attack",
    )
    assert ev.actor1 == "ISIS" and ev.actor2 is None


def test_roles_victims_inside_a_trigger_phrase_are_acted_on(events_of):
    ev = only(
        events_of("Near Manbij, the SDF killed at least 12 villagers in a night raid on Tuesday."),
        "attack",
    )
    assert (ev.actor1, ev.actor2) == ("SDF", "Civilians")


def test_clause_after_with_its_own_subject_is_its_own_event(events_of):
    events = events_of(
        "Rebels withdrew from Manbij after ISIS fighters attacked a checkpoint on Tuesday.",
        dates={"Tuesday": TUE},
    )
    withdrawal, attack = only(events, "withdrawal"), only(events, "attack")
    assert withdrawal.actor1 == "Rebels" and withdrawal.origin_name == "Manbij"
    assert attack.actor1 == "ISIS" and "Rebels" not in attack.actors


def test_clause_after_a_noun_phrase_stays_one_event(events_of):
    # "after" before a noun phrase is a preposition: no clause of its own
    events = events_of("Government forces stormed Raqqa on Tuesday after days of heavy fighting.")
    assert [e.event_type for e in events] == ["attack"]
    assert events[0].actor1 == "Government forces"


def test_clause_people_decide_its_type(events_of):
    events = events_of(
        "Hundreds of villagers fled Manbij when ISIS fighters attacked the town on Tuesday.",
        dates={"Tuesday": TUE},
    )
    assert only(events, "evacuation").actor2 == "Civilians"
    assert only(events, "attack").actor1 == "ISIS"


# coordinated places: one event per place


def test_places_coordinated_objects_give_one_capture_each(events_of):
    events = events_of(
        "Rebels took control of Manbij and Tabqa on Tuesday.", dates={"Tuesday": TUE}
    )
    captures = [e for e in events if e.event_type == "capture"]
    assert sorted(e.place_name for e in captures) == ["Al-Tabqa", "Manbij"]
    for ev in captures:
        assert (ev.actor1, ev.date_start) == ("Rebels", date(2016, 12, 6))
    assert len({e.event_id for e in captures}) == 2


def test_places_comma_list_gives_one_event_per_place(events_of):
    events = events_of(
        "Government forces seized Aleppo, Idlib and Palmyra on Tuesday.", dates={"Tuesday": TUE}
    )
    captures = [e for e in events if e.event_type == "capture"]
    assert [e.place_name for e in captures] == ["Aleppo", "Idlib", "Tadmur"]
    assert {e.actor1 for e in captures} == {"Government forces"}


def test_places_list_with_a_name_the_gazetteer_lacks(events_of):
    events = events_of(
        "Rebels took control of Kafr Hamra and Idlib on Tuesday.", dates={"Tuesday": TUE}
    )
    captures = [e for e in events if e.event_type == "capture"]
    assert sorted((e.place_text, e.place_name) for e in captures) == [
        ("Idlib", "Idlib"),
        ("Kafr Hamra", None),
    ]


def test_places_split_rows_survive_merging(events_of):
    # neighbouring towns, well within the distance at which two mentions may be one
    events = events_of(
        "Rebels took control of Saraqib and Sarmin on Tuesday.", dates={"Tuesday": TUE}
    )
    merged = [e for e in merge_events(events) if e.event_type == "capture"]
    assert sorted(e.place_name for e in merged) == ["Saraqib", "Sarmīn"]
    unknown = events_of(
        "Rebels took control of Kafr Hamra and Saraqib on Tuesday.", dates={"Tuesday": TUE}
    )
    merged = [e for e in merge_events(unknown) if e.event_type == "capture"]
    assert sorted(e.place_text for e in merged) == ["Kafr Hamra", "Saraqib"]


def test_places_coordination_that_is_not_of_places_is_not_split(events_of):
    events = events_of("Rebels seized Manbij and two tanks on Tuesday.", dates={"Tuesday": TUE})
    assert [e.place_name for e in events if e.event_type == "capture"] == ["Manbij"]


def test_places_second_conjunct_of_another_clause_is_not_split(events_of):
    events = events_of(
        "Rebels seized Manbij and Aleppo remained quiet on Tuesday.", dates={"Tuesday": TUE}
    )
    assert [e.place_name for e in events if e.event_type == "capture"] == ["Manbij"]


def test_roles_people_killed_by_shelling_are_acted_on(events_of):
    ev = only(
        events_of("Rebels shelled a market in Aleppo on Tuesday, killing at least 23 people."),
        "shelling",
    )
    assert (ev.actor1, ev.actor2) == ("Rebels", "Civilians")


def test_roles_host_of_talks_is_no_party(events_of):
    ev = only(
        events_of("Turkey hosted talks between Russia and the SDF in Manbij on Tuesday."),
        "negotiation",
    )
    assert (ev.actor1, ev.actor2) == ("Russia", "SDF")
    assert "Turkey" in ev.actors


def test_roles_mediator_of_talks_stays_their_actor(events_of):
    ev = only(
        events_of("Turkey mediated talks between Russia and the SDF in Manbij on Tuesday."),
        "negotiation",
    )
    assert ev.actor1 == "Turkey"


def test_roles_the_two_sides_are_the_two_parties_named_before(events_of):
    ev = only(
        events_of(
            "The SDF said it returned fire on ISIS positions near Raqqa, and residents said "
            "the two sides clashed through the night."
        ),
        "armed_clash",
    )
    assert (ev.actor1, ev.actor2) == ("SDF", "ISIS")
    events = events_of("Rebels raided Russian troops near Aleppo. Both sides clashed again later.")
    ev = only(events, "armed_clash")
    assert (ev.actor1, ev.actor2) == ("Rebels", "Russia")


def test_roles_the_two_sides_name_nobody_among_three(events_of):
    ev = only(
        events_of("The SDF, ISIS and Russia were named, and the two sides clashed near Raqqa."),
        "armed_clash",
    )
    assert ev.actor1 is None


def test_roles_pronoun_subject_names_the_lone_party_before_it(events_of):
    events = events_of("Drones struck ISIS fighters near Raqqa as they withdrew on Tuesday.")
    assert only(events, "withdrawal").actor1 == "ISIS"
    events = events_of(
        "The Syrian army is no better. Its jets bombed a school in Idlib on Tuesday.",
        dates={"Tuesday": TUE},
    )
    assert only(events, "airstrike").actor1 == "Syrian government"


def test_roles_pronoun_subject_among_two_parties_names_nobody(events_of):
    events = events_of("Russian jets struck ISIS fighters near Raqqa as they withdrew on Tuesday.")
    assert only(events, "withdrawal").actor1 is None


def test_roles_victims_inside_a_killing_phrase_never_act(events_of):
    ev = only(events_of("Unknown attackers killed more than 60 villagers near Raqqa."), "attack")
    assert (ev.actor1, ev.actor2) == (None, "Civilians")


def test_arrest_charge_is_no_statement_and_names_nobody_arrested(events_of):
    events = events_of(
        "Police detained 30 men in Aleppo on Tuesday, accusing them of spying for ISIS, "
        "a rights group said."
    )
    ev = only(events, "arrest")
    assert not [e for e in events if e.event_type == "statement"]
    assert ev.modality == "reported" and ev.actor2 == "Civilians"  # the men, not ISIS
    ev = only(events_of("Police arrested 12 men in Aleppo on suspicion of helping ISIS."), "arrest")
    assert ev.actor2 == "Civilians"
    ev = only(
        events_of("Police arrested 12 men in Aleppo on suspicion of belonging to ISIS."), "arrest"
    )
    assert ev.actor2 == "ISIS"


def test_clause_fighting_that_led_to_a_capture_is_told_with_it(events_of):
    events = events_of(
        "Rebels captured an airbase near Aleppo, in the north, on Tuesday after weeks of "
        "fighting, the group said.",
        dates={"Tuesday": TUE},
    )
    assert [e.event_type for e in events] == ["capture"]


def test_merge_two_readers_guesses_about_one_city_stay_two(events_of):
    august = (date(2016, 8, 1), date(2016, 8, 31), "month", "relative")
    comments = (
        ("R", "The rebels will withdraw from Aleppo, I am sure of it."),
        ("S", "Maybe they will withdraw from Aleppo as they nearly did in August."),
    )
    events = events_of("The talks ended.", comments=comments, dates={"August": august})
    merged = [e for e in merge_events(events) if e.event_type == "withdrawal"]
    assert sorted((e.comment_author, e.date_start) for e in merged) == [
        ("R", None),
        ("S", date(2016, 8, 1)),
    ]
    # One reader saying it twice is one happening.
    again = (("R", comments[0][1]), ("R", "Trust me, they will withdraw from Aleppo."))
    events = events_of("The talks ended.", comments=again)
    assert len([e for e in merge_events(events) if e.event_type == "withdrawal"]) == 1


def test_roles_people_harmed_or_detained_and_places_struck_are_the_civilians(events_of):
    def roles(body):
        return [(e.event_type, e.actor1, e.actor2) for e in events_of(body, dates={"Tuesday": TUE})]

    assert roles("Gunmen raided a camp near Palmyra on Tuesday, killing six gold miners.") == [
        ("attack", "Militants", "Civilians")
    ]
    assert roles("Soldiers detained three young men in Aleppo on Tuesday.") == [
        ("arrest", "Government forces", "Civilians")
    ]
    assert roles("Russian jets bombed a clinic in Idlib on Tuesday.") == [
        ("airstrike", "Russia", "Civilians")
    ]


def test_roles_members_of_an_open_group_are_the_ones_arrested(events_of):
    body = (
        "Rival gangs fought in Aleppo on Tuesday. Police arrested 22 suspected members of "
        "Los Toros in Aleppo on Tuesday."
    )
    ev = only(events_of(body, dates={"Tuesday": TUE}), "arrest")
    assert (ev.actor1, ev.actor2) == ("Government forces", "Los Toros")


def test_roles_the_actor_accused_of_an_act_is_its_actor1(events_of):
    body = "The SDF accused Turkey of shelling Manbij on Tuesday."
    ev = only(events_of(body, dates={"Tuesday": TUE}), "shelling")
    assert ev.actor1 == "Turkey" and ev.actor2 != "Turkey"


def test_the_speaker_before_a_saying_is_no_party_to_the_act_it_reports(events_of):
    body = "The SDF said nine ISIS fighters surrendered to Turkish troops near Manbij on Tuesday."
    ev = only(events_of(body, dates={"Tuesday": TUE}), "surrender")
    assert (ev.actor1, ev.actor2) == ("ISIS", "Turkey")


def test_a_spokesman_of_the_speaker_closing_the_sentence_takes_no_role(events_of):
    body = "ISIS fighters attacked a post near Raqqa on Tuesday, a Russian army spokesman said."
    ev = only(events_of(body, dates={"Tuesday": TUE}), "attack")
    assert ev.actor1 == "ISIS" and ev.actor2 != "Russia"


def test_an_ally_backing_the_side_that_acts_is_not_acted_on(events_of):
    body = "SDF fighters backed by Russian jets retook Tabqa on Tuesday."
    ev = only(events_of(body, dates={"Tuesday": TUE}), "capture")
    assert ev.actor1 == "SDF" and ev.actor2 != "Russia"


def test_fighters_from_a_named_group_are_the_group(events_of):
    body = "Gunmen from the Nusra Front stormed a village near Idlib on Tuesday."
    ev = only(events_of(body, dates={"Tuesday": TUE}), "attack")
    assert ev.actor1 == "Hayat Tahrir al-Sham"


def test_militants_from_a_country_are_no_state_force(events_of):
    body = "Militants from Turkey stormed a village near Idlib on Tuesday."
    ev = only(events_of(body, dates={"Tuesday": TUE}), "attack")
    assert ev.actor1 == "Militants"
