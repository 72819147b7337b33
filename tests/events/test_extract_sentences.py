"""Sentences through the whole extractor (recognisers, gazetteer, assembly, merging), read
as a user reads the event table: type, actors, place, date."""

from datetime import date

import pytest

from timeline.pipeline import Extractor
from timeline.records import Article, Event, Segment

WEDNESDAY = date(2016, 12, 7)  # Monday before it: 5 December; Sunday: 4 December


@pytest.fixture(scope="module")
def events_in():
    extractor = Extractor()

    def run(body: str, published: date = WEDNESDAY) -> list[Event]:
        segment = Segment("body", 0, len(body), index=0)
        article = Article("doc", body, (segment,), title="Test", published=published)
        return extractor.events(article)

    return run


def rows(events: list[Event], event_type: str) -> list[tuple]:
    return sorted(
        (e.actor1, e.actor2, e.place_name, e.date_start)
        for e in events
        if e.event_type == event_type
    )


def test_extract_victims_are_not_the_attacker(events_in):
    events = events_in(
        "Eight civilians were killed when government jets bombed a market in Saraqib on Monday."
    )
    assert rows(events, "airstrike") == [
        ("Syrian government", "Civilians", "Saraqib", date(2016, 12, 5))
    ]


def test_extract_one_capture_per_coordinated_place(events_in):
    # neighbouring towns: merging must not join the rows the sentence told apart
    events = events_in("Government forces took control of Saraqib and Sarmin on Sunday.")
    assert rows(events, "capture") == [
        ("Syrian government", None, "Saraqib", date(2016, 12, 4)),
        ("Syrian government", None, "Sarmīn", date(2016, 12, 4)),
    ]
    listed = events_in("Rebels seized Saraqib, Sarmin and Kafr Nabl on Sunday.")
    assert [place for _, _, place, _ in rows(listed, "capture")] == [
        "Kafranbel",
        "Saraqib",
        "Sarmīn",
    ]


def test_extract_past_narrative_through_a_weekday_is_the_last_one(events_in):
    events = events_in("The shelling of Kafr Nabl continued through Monday.")
    shelling = [e for e in events if e.event_type == "shelling"]
    assert [(e.place_name, e.date_start) for e in shelling] == [("Kafranbel", date(2016, 12, 5))]


def test_extract_town_the_verb_takes_beats_the_country_around_it(events_in):
    events = events_in("Russian jets bombed Saraqib in Syria on Monday.")
    assert rows(events, "airstrike") == [("Russia", None, "Saraqib", date(2016, 12, 5))]


def test_extract_dateline_city_is_the_place_only_when_no_other_is_named(events_in):
    events = events_in(
        "DAMASCUS - Rebels shelled army positions on the road to Saraqib on Monday.\n\n"
        "ALEPPO - A car bomb exploded outside a mosque on Monday."
    )
    assert rows(events, "shelling") == [("Rebels", None, "Saraqib", date(2016, 12, 5))]
    assert [e.place_name for e in events if e.event_type == "attack"] == ["Aleppo"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the army moves them: who the verb takes decides
        "Soldiers evacuated more than 300 people by helicopter from Saraqib on Monday.",
        # people, not fighters, leave
        "Hundreds of people have left Saraqib on foot since Monday.",
        # the first people named are the ones who leave, not the convoy they join
        "Some 2,000 refugees from camps near Saraqib signed up to leave with the convoy.",
    ],
)
def test_extract_civilians_moved_are_an_evacuation(events_in, sentence):
    types = {e.event_type for e in events_in(sentence)}
    assert "evacuation" in types
    assert "withdrawal" not in types


def test_extract_fighters_leaving_with_their_families_are_a_withdrawal(events_in):
    events = events_in("Militants and their families left Saraqib on buses on Monday.")
    assert [e.event_type for e in events] == ["withdrawal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ISIS claimed the attack on Monday in a post on its news agency.",
        "ISIS claimed responsibility for the ambush on Monday, saying it had seized rifles.",
    ],
)
def test_extract_claim_of_responsibility_is_a_statement_only(events_in, sentence):
    events = events_in(sentence)
    assert [(e.event_type, e.actor1) for e in events] == [("statement", "ISIS")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A string of suicide bombings hit Saraqib on Monday.",
        "Two suicide bombers set off explosives at a checkpoint in Saraqib on Monday.",
    ],
)
def test_extract_suicide_bombing_is_an_attack_not_an_air_strike(events_in, sentence):
    assert [e.event_type for e in events_in(sentence)] == ["attack"]


def test_extract_comma_set_relative_clause_is_background(events_in):
    # its negation, its date and its loose words are not the main verb's
    shelled = events_in(
        "The Turkish army, which did not take part in the offensive, shelled rebel "
        "positions near Saraqib on Monday."
    )
    assert [(e.event_type, e.modality, e.date_start) for e in shelled] == [
        ("shelling", "asserted", date(2016, 12, 5))
    ]
    deployed = events_in(
        "Russian troops, who have been fighting near Aleppo since 2015, were deployed "
        "to Saraqib on Monday."
    )
    assert [(e.event_type, e.date_start) for e in deployed] == [("deployment", date(2016, 12, 5))]


def test_extract_ground_attack_stays_an_attack_beside_air_words(events_in):
    events = events_in(
        "Gunmen ambushed a convoy near Saraqib on Monday as drones circled overhead."
    )
    assert [e.event_type for e in events] == ["attack"]
    events = events_in("Two female bombers set off explosives at a market in Saraqib on Monday.")
    assert [e.event_type for e in events] == ["attack"]


def test_extract_claim_nobody_made_is_no_event(events_in):
    assert events_in("No group has claimed the bombing of the market in Saraqib.") == []


def test_extract_clashes_between_two_sides_name_both(events_in):
    events = events_in("Clashes between the SDF and ISIS were reported near Raqqa on Monday.")
    assert [(e.actor1, e.actor2) for e in events] == [("SDF", "ISIS")]


def test_extract_report_dated_after_a_statement_phrase_does_not_date_the_event(events_in):
    events = events_in(
        "The army said in a statement on Monday that rebels had captured the town of "
        "Saraqib from government troops last week."
    )
    assert [(e.actor1, e.date_start) for e in events] == [("Rebels", date(2016, 11, 28))]


def test_extract_bare_troops_are_the_government_of_the_story(events_in):
    events = events_in("Militants surrendered to troops in Aleppo on Monday.")
    assert [(e.actor1, e.actor2) for e in events] == [("Militants", "Syrian government")]


def test_extract_source_described_in_lower_case_takes_no_role(events_in):
    events = events_in(
        "Shells hit a market in Aleppo on Monday, according to a doctor and two residents."
    )
    # the residents take no role; the market hit is the civilians'
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [("shelling", None, "Civilians")]


def test_extract_actors_joined_by_and_the_act_together(events_in):
    events = events_in("Russia and the United States held talks on Aleppo on Monday.")
    assert [(e.actor1, e.actor2) for e in events] == [("Russia", "United States")]
    events = events_in("Russia and the Syrian army shelled rebel positions in Aleppo on Monday.")
    assert [(e.actor1, e.actor2) for e in events] == [("Russia", "Rebels")]


def test_extract_aircraft_as_a_means_of_transport_make_no_air_strike(events_in):
    events = events_in(
        "Militants destroyed the bridges into Saraqib on Monday, and food now arrives "
        "by helicopter."
    )
    assert [e.event_type for e in events] == ["attack"]


def test_extract_ruling_out_talks_is_a_statement_not_talks(events_in):
    events = events_in("The SDF ruled out negotiations with ISIS over Raqqa on Monday.")
    assert [(e.event_type, e.actor1) for e in events] == [("statement", "SDF")]


def test_extract_happening_named_again_with_a_demonstrative_is_no_new_event(events_in):
    assert events_in("The army has not commented on that attack.") == []
    events = events_in("Militants that attacked the base in Saraqib on Monday fled.")
    assert "attack" in {e.event_type for e in events}


def test_extract_speaker_is_not_the_group_an_appositive_names(events_in):
    events = events_in("Hayat Tahrir al-Sham, the former al-Qaeda affiliate, condemned the raid.")
    assert [(e.event_type, e.actor1) for e in events] == [("statement", "Hayat Tahrir al-Sham")]


def test_extract_speaker_after_a_claim_noun_is_no_appositive(events_in):
    events = events_in("Rebels took Saraqib, Russia said, a claim the Turkish army later denied.")
    assert ("statement", "Turkey") in {(e.event_type, e.actor1) for e in events}


def test_extract_occupying_a_town_is_a_capture_and_beheading_an_attack(events_in):
    assert [e.event_type for e in events_in("Rebels occupied Saraqib on Monday.")] == ["capture"]
    events = events_in("Gunmen beheaded two teachers near Saraqib on Monday.")
    assert [e.event_type for e in events] == ["attack"]


def test_extract_deployment_happens_where_the_troops_are_sent(events_in):
    events = events_in(
        "Russian troops were deployed to Saraqib on Monday from their base in Aleppo."
    )
    assert [(e.event_type, e.actor1, e.place_name) for e in events] == [
        ("deployment", "Russia", "Saraqib")
    ]


def test_extract_bare_noun_after_a_preposition_names_the_story_s_happening(events_in):
    events = events_in("Soldiers left their posts in Saraqib on Monday, a day before the attack.")
    assert [e.event_type for e in events] == ["withdrawal"]
    events = events_in("Rebels captured Saraqib after the battle for the airport.")
    assert {e.event_type for e in events} == {"capture"}


def test_extract_countrywide_event_does_not_swallow_a_listed_town(events_in):
    events = events_in(
        "Heavy fighting between the SDF and ISIS in Syria killed 80 people on Monday.\n\n"
        "The clashes were heaviest around Manbij, Raqqa and Aleppo, officials said."
    )
    places = sorted(e.place_name or "" for e in events if e.event_type == "armed_clash")
    assert places == ["Aleppo", "Ar-Raqqah", "Manbij"]


def test_extract_the_happening_that_came_after_other_news_is_a_link(events_in):
    assert events_in("The attack came days after Turkish and Russian envoys met in Ankara.") == []


def test_extract_meeting_to_discuss_is_talks(events_in):
    events = events_in("Envoys from Turkey and Russia met in Ankara on Monday to discuss Idlib.")
    assert [(e.event_type, e.place_name) for e in events] == [("negotiation", "Ankara")]


def test_extract_joined_sources_of_a_report_take_no_role(events_in):
    events = events_in(
        "Militants pulled back from Saraqib on Monday, residents and officials said."
    )
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [
        ("withdrawal", "Militants", None)
    ]


def test_extract_troops_sent_in_a_number_with_separators_are_a_deployment(events_in):
    events = events_in("Turkey sent about 5,000 soldiers to Idlib on Sunday.")
    assert [(e.event_type, e.actor1, e.place_name) for e in events] == [
        ("deployment", "Turkey", "Idlib")
    ]


def test_extract_fighters_and_their_families_are_one_side(events_in):
    events = events_in("About 300 ISIS fighters and their families surrendered to troops in Mosul.")
    assert [(e.actor1, e.actor2) for e in events] == [("ISIS", "Iraqi government")]


def test_extract_herders_and_farmers_are_civilians(events_in):
    events = events_in("Soldiers shelled farms near Aleppo on Monday, killing herders and farmers.")
    assert [e.actor2 for e in events] == ["Civilians"]


def test_extract_long_closing_source_makes_the_event_reported(events_in):
    events = events_in(
        "Turkish troops entered Manbij on Monday, a spokesman for the Turkish defence "
        "ministry said."
    )
    assert [e.modality for e in events] == ["reported"]


def test_extract_troops_entering_a_town_take_it_and_refugees_entering_a_country_flee(events_in):
    events = events_in("Turkish troops entered Manbij on Monday.")
    assert [(e.event_type, e.actor1, e.place_name) for e in events] == [
        ("capture", "Turkey", "Manbij")
    ]
    assert [e.event_type for e in events_in("Refugees entered Turkey on Monday.")] == ["evacuation"]


def test_extract_accused_of_killing_villagers_is_an_alleged_attack(events_in):
    events = events_in("Soldiers were accused of killing more than 150 villagers in Saraqib.")
    assert ("attack", "alleged") in {(e.event_type, e.modality) for e in events}
    assert events_in("The insurgency has killed more than 40,000 people since 2009.") == []


def test_extract_habitual_violence_is_no_single_event(events_in):
    assert events_in("Government forces have shelled Saraqib repeatedly since 2012.") == []


def test_extract_kidnapping_civilians_is_an_attack(events_in):
    events = events_in("Gunmen kidnapped 20 farmers near Saraqib on Monday.")
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [
        ("attack", "Militants", "Civilians")
    ]


def test_extract_the_town_of_the_next_sentence_is_the_town_just_named(events_in):
    events = events_in(
        "The army pulled out of Manbij again last week. ISIS fighters walked into the town "
        "without firing a shot."
    )
    assert ("capture", "ISIS", "Manbij") in {(e.event_type, e.actor1, e.place_name) for e in events}


def test_extract_named_actor_after_a_source_without_a_comma_stays_a_party(events_in):
    events = events_in("According to Sputnik the RuAF strikes on Saraqib killed 12 militants.")
    assert [e.actor1 for e in events if e.event_type == "airstrike"] == ["Russia"]


def test_extract_to_inside_a_description_by_allegiance_is_no_purpose(events_in):
    # "linked to" is part of the actor's name: what follows stays in the clause
    events = events_in(
        "Al-Shabaab fighters were seen near Kismayo last year. In a new raid on Monday, militants "
        "linked to al-Qaeda stormed a market near Kismayo and killed 11 civilians."
    )
    attack = next(e for e in events if e.event_type == "attack")
    assert attack.actor2 == "Civilians"


def test_extract_a_weekday_of_unknown_year_leaves_the_event_undated(events_in):
    # No publication date: the clause's own weekday cannot be resolved, and the century
    # in an outlet's name is no date for the surrender.
    events = events_in(
        "According to 21st Century Wire, the rebels surrendered in Aleppo on Tuesday afternoon.",
        published=None,
    )
    surrender = [e for e in events if e.event_type == "surrender"]
    assert [(e.place_name, e.date_start, e.date_end) for e in surrender] == [("Aleppo", None, None)]


def test_extract_a_century_does_not_date_an_event(events_in):
    events = events_in("In the 20th century, the army shelled Homs.", published=None)
    assert [(e.event_type, e.date_start) for e in events] == [("shelling", None)]


def place_of(events: list[Event], event_type: str) -> list[tuple]:
    return [
        (e.place_name, e.origin_name, e.destination_name)
        for e in events
        if e.event_type == event_type
    ]


def test_extract_the_town_is_the_last_town_the_story_named(events_in):
    events = events_in(
        "Jihadist fighters seized Djibo on Sunday, the army said.\n\n"
        "The governor called for calm and asked aid groups for food.\n\n"
        "On Monday, the fighters torched a school in the town."
    )
    assert place_of(events, "attack") == [("Djibo", None, None)]


def test_extract_families_leaving_the_town_leave_the_last_town_named(events_in):
    events = events_in(
        "Jihadist fighters attacked Djibo on Sunday.\n\n"
        "Hundreds of families left the town for Kaya on Monday, aid workers said."
    )
    assert place_of(events, "evacuation") == [("Djibo", "Djibo", "Kaya")]


def test_extract_the_city_of_its_own_sentence_comes_first(events_in):
    events = events_in(
        "Jets bombed Djibo on Sunday.\n\n"
        "Fighting has reached the outskirts of Kaya, where the rebels shelled a police post "
        "on Monday, residents across the city said."
    )
    assert place_of(events, "shelling") == [("Kaya", None, None)]


def test_extract_the_jail_of_the_story_lies_in_its_town(events_in):
    events = events_in(
        "Inmates seized guards at the central prison in Kaya on Sunday, officials said.\n\n"
        "The minister thanked the guards' families for their patience.\n\n"
        "About 200 soldiers were deployed into the jail on Monday night."
    )
    assert place_of(events, "deployment") == [("Kaya", None, None)]


def test_extract_a_unit_named_after_a_region_does_not_place_its_acts(events_in):
    events = events_in(
        "Militants attacked a convoy near Chaman on Sunday.\n\n"
        "Soldiers of the Punjab Regiment detained two men at a checkpoint near the town on "
        "Monday."
    )
    assert place_of(events, "arrest") == [("Chaman", None, None)]


def test_extract_the_city_after_a_street_is_the_town_the_street_lies_in(events_in):
    events = events_in(
        "Gunmen attacked a checkpoint in Kirkuk on Monday.\n\n"
        "Police closed Elm Street after the attack.\n\n"
        "On Tuesday, militants shelled the city."
    )
    assert place_of(events, "shelling") == [("Kirkuk", None, None)]
