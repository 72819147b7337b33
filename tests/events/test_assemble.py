from datetime import date

import pytest

from timeline.events import merge_events

DEC6 = (date(2016, 12, 6), date(2016, 12, 6), "day", "weekday")
Y2017 = (date(2017, 1, 1), date(2017, 12, 31), "year", "explicit")
Y2016 = (date(2016, 1, 1), date(2016, 12, 31), "year", "explicit")


def one(events, event_type):
    matching = [e for e in events if e.event_type == event_type]
    assert len(matching) == 1, [(e.event_type, e.sentence) for e in events]
    return matching[0]


def test_assemble_talks_between_governments_with_corridor_destination(events_of):
    events = events_of(
        "Washington has pressed Moscow for negotiations on a corridor that would take the advisers "
        "out of eastern Aleppo to Turkey, media reports said Tuesday.",
        published=date(2016, 12, 7),
        dates={"Tuesday": DEC6},
    )
    talks = one(events, "negotiation")
    assert (talks.actor1, talks.actor2) == ("United States", "Russia")
    assert talks.place_name == "Aleppo"
    assert talks.destination_name == "Turkey"
    assert talks.date_start == date(2016, 12, 6) and talks.date_basis == "weekday"
    assert talks.modality == "reported"
    assert len(events) == 1  # the corridor and the withdrawal it implies belong to the talks


def test_assemble_allowed_withdrawal_has_allower_as_actor1(events_of):
    events = events_of(
        "In 2017 the SDF allowed some 60 ISIS fighters to quit the Tabqa dam area.",
        dates={"2017": Y2017},
    )
    ev = one(events, "withdrawal")
    assert (ev.actor1, ev.actor2) == ("SDF", "ISIS")
    assert ev.place_name == "Al-Tabqa" and ev.origin_name == "Al-Tabqa"
    assert ev.date_start == date(2017, 1, 1) and ev.date_precision == "year"
    assert [(q.value, q.unit) for q in ev.quantities] == [(60, "fighters")]
    assert ev.modality == "asserted"


def test_assemble_passive_safe_passage_by_agent(events_of):
    events = events_of(
        "About 400 vehicles carrying ISIS fighters were given safe passage by the SDF "
        "out of the city of Manbij in 2016.",
        dates={"2016": Y2016},
    )
    ev = one(events, "withdrawal")
    assert (ev.actor1, ev.actor2) == ("SDF", "ISIS")
    assert ev.origin_name == "Manbij"
    assert ev.date_end == date(2016, 12, 31)


def test_assemble_denial_yields_statement_and_denied_deal(events_of):
    events = events_of("The SDF denied that any safe passage agreement with ISIS exists.")
    statement = one(events, "statement")
    deal = one(events, "withdrawal")
    assert statement.modality == "asserted" and statement.actor1 == "SDF"
    assert deal.modality == "denied"


def test_assemble_negated_deal_is_denied(events_of):
    events = events_of(
        "The army has never made a deal with the militants around Palmyra, officials said."
    )
    assert one(events, "agreement").modality == "denied"


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither the army nor the rebels have launched an offensive near Palmyra this year.",
        "No air strikes were reported around Palmyra on Monday.",
        "Government forces did not attack Palmyra on Monday.",
    ],
)
def test_assemble_narrators_negation_is_no_event(events_of, sentence):
    """Nothing happened, and nobody denies that something did: no event."""
    assert events_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it did not attack Palmyra on Monday.",
        '"Our troops did not attack Palmyra," a commander told reporters.',
        "The SDF denied that its fighters had attacked Palmyra.",
    ],
)
def test_assemble_denial_of_a_happening_is_kept(events_of, sentence):
    assert one(events_of(sentence), "attack").modality == "denied"


def test_assemble_call_not_to_do_something_is_no_event(events_of):
    events = events_of("The governor urged civilians not to leave Palmyra on Monday.")
    assert [e.event_type for e in events if e.event_type != "appeal"] == []


def test_assemble_speculation_in_comment(events_of):
    events = events_of(
        "Fighters are gathering in the east of the city.",
        comments=(
            ("Reader One", "My guess is that the militants want to break out toward Idlib."),
        ),
    )
    ev = one(events, "withdrawal")
    assert ev.modality == "speculative"
    assert ev.source_kind == "comment" and ev.comment_author == "Reader One"
    assert ev.destination_name == "Idlib"
    assert ev.confidence < 0.6


def test_assemble_air_strike_on_convoy_with_counts_and_route(events_of):
    events = events_of(
        "Russian jets hit an ISIS convoy heading from Raqqa toward Palmyra, "
        "destroying 30 vehicles and killing about 100 fighters."
    )
    ev = one(events, "airstrike")
    assert (ev.actor1, ev.actor2) == ("Russia", "ISIS")
    assert (ev.origin_name, ev.destination_name) == ("Ar Raqqah", "Tadmur")
    assert ev.fatalities == 100
    assert {(q.value, q.unit) for q in ev.quantities} == {(30, "vehicles"), (100, "fighters")}


def test_assemble_undated_event_falls_back_to_publication_week(events_of):
    events = events_of(
        "Government forces captured the hills north of Aleppo.", published=date(2017, 6, 2)
    )
    ev = one(events, "capture")
    assert ev.date_basis == "document"
    assert (ev.date_start, ev.date_end) == (date(2017, 5, 26), date(2017, 6, 2))
    assert ev.date_precision == "week"


def test_assemble_paragraph_date_governs_following_sentence(events_of):
    events = events_of(
        "On Tuesday, the talks resumed in Aleppo. "
        "Government forces then captured two districts of Aleppo.",
        published=date(2016, 12, 7),
        dates={"On Tuesday": DEC6},
    )
    assert one(events, "capture").date_start == date(2016, 12, 6)


def test_assemble_reporting_date_yields_to_event_date(events_of):
    events = events_of(
        "ISIS fighters withdrew from Manbij in 2016, the coalition said on Tuesday.",
        published=date(2016, 12, 7),
        dates={"2016": Y2016, "Tuesday": DEC6},
    )
    assert one(events, "withdrawal").date_precision == "year"


def test_assemble_government_place_is_not_a_location(events_of):
    events = events_of(
        "Moscow said its jets carried out air strikes on ISIS positions.",
        government=frozenset({"Moscow"}),
    )
    ev = one(events, "airstrike")
    assert ev.place_name is None
    assert ev.actor1 == "Russia"


def test_assemble_leaflets_are_an_appeal_not_a_surrender(events_of):
    events = events_of(
        "On Monday, Syrian helicopters dropped thousands of leaflets over Aleppo, "
        "urging fighters to lay down their arms."
    )
    ev = one(events, "appeal")
    assert ev.actor1 == "Syrian government"
    assert [(q.value, q.unit) for q in ev.quantities] == [(2000, "leaflets")]
    assert not [e for e in events if e.event_type == "surrender"]


def test_assemble_opinion_without_trigger_yields_nothing(events_of):
    assert (
        events_of(
            "Nobody believes a word of this.",
            comments=((None, "What a mess, they are all liars."),),
        )
        == []
    )


def test_merge_folds_repeated_mentions_in_a_document(events_of):
    events = events_of(
        "On Monday, Syrian helicopters dropped thousands of leaflets over Aleppo.\n\n"
        "Syrian Army helicopters scattered thousands of leaflets across eastern Aleppo, "
        "calling on militants to surrender."
    )
    merged = merge_events(events)
    appeal = one(merged, "appeal")
    assert appeal.mention_count == 2
    assert len(appeal.sources) == 2


def test_event_ids_are_stable_and_distinct(events_of):
    body = "ISIS fighters withdrew from Manbij. Government forces captured Aleppo."
    first = [e.event_id for e in events_of(body)]
    assert first == [e.event_id for e in events_of(body)]
    assert len(set(first)) == 2


def test_assemble_movement_with_only_a_destination_has_no_location(events_of):
    events = events_of("The militants want to break out toward Idlib.")
    ev = one(events, "withdrawal")
    assert ev.destination_name == "Idlib"
    assert ev.place_name is None


def test_assemble_denial_has_no_second_actor(events_of):
    statement = one(events_of("The SDF denied any safe passage agreement with ISIS."), "statement")
    assert statement.actor2 is None
    assert "ISIS" in statement.actors
