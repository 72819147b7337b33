"""Expressions that refer to a time mentioned before: the narrative state of one call,
across regions, and its reset between calls."""

from __future__ import annotations

from datetime import date

from timeline.recognisers.dates import DateRecogniser


def test_anaphora_later_this_day_is_the_day_just_mentioned(tag):
    text = "On December 6, the ministry published a note. Later this day, more details emerged."
    found = tag(text)
    assert [(t.text, t.value) for t in found] == [
        ("December 6", "2016-12-06"),
        ("Later this day", "2016-12-06"),
    ]
    assert (found[1].date_start, found[1].basis) == (date(2016, 12, 6), "relative")


def test_anaphora_next_day_and_days_later_follow_the_narrative(tag):
    text = (
        "Rebels agreed to leave on 14 November 2016. The next day, the first buses arrived. "
        "Two days later, the crossing closed. The day before, the army had shelled it."
    )
    assert [t.value for t in tag(text)] == ["2016-11-14", "2016-11-15", "2016-11-17", "2016-11-16"]


def test_anaphora_following_week_and_that_year(tag):
    text = "The siege began on 2 March 2013. The following week, aid stopped. That year was grim."
    assert [t.value for t in tag(text)] == ["2013-03-02", "2013-W10", "2013"]


def test_anaphora_without_any_earlier_date_uses_the_publication_date(one):
    assert one("The next day, the checkpoint reopened.").value == "2016-12-08"


def test_anaphora_deictic_words_ignore_the_narrative(tag):
    text = "The town fell on 3 May 2015. Yesterday, protesters marched; on Monday, talks began."
    assert [t.value for t in tag(text)] == ["2015-05-03", "2016-12-06", "2016-12-05"]


def test_anaphora_year_earlier_follows_the_period_mentioned(tag):
    text = "Attacks rose in the third quarter, up from a year earlier."
    assert [t.value for t in tag(text)] == ["2016-Q3", "2015-Q3"]


def test_anaphora_before_a_noun_phrase_is_a_duration(one):
    timex = one("The vote came three days after the attack on the convoy.")
    assert (timex.text, timex.type, timex.value) == ("three days", "DURATION", "P3D")


def test_anaphora_state_flows_across_regions_of_one_call(tag):
    text = "Troops crossed the river on 2 June 2016.\n\nSIDEBAR\n\nThe next day, they dug in."
    first = (0, text.index("\n"))
    last = (text.index("The next"), len(text))
    found = tag(text, regions=[first, last])
    assert [(t.text, t.value) for t in found] == [
        ("2 June 2016", "2016-06-02"),
        ("The next day", "2016-06-03"),
    ]


def test_anaphora_state_resets_between_calls():
    recogniser = DateRecogniser(date(2016, 12, 7))
    recogniser.find("Troops crossed the river on 2 June 2016.")
    (again,) = recogniser.find("The next day, they dug in.")
    assert again.value == "2016-12-08"


def test_anaphora_regions_limit_the_scan(tag):
    text = "Posted 5 March 2016. The comment: fighting on Tuesday was heavy."
    comment = (text.index("The comment"), len(text))
    assert [t.text for t in tag(text, regions=[comment])] == ["Tuesday"]


def test_anaphora_recogniser_protocol_shape():
    recogniser = DateRecogniser(None)
    assert recogniser.name == "dates"
    assert recogniser.find("") == []
