"""Runs of spaces and full stops, and hyphenated chains, through the recognisers and the
clause rules: read in time that grows with the run, not its square, and read as before.

Each long run is ``SCALE.text_size`` characters (20,000; 100,000 with TIMELINE_FUZZ=long):
a pattern that tried every character of the run and read the rest of it from there (two
quantifiers splitting one run, or a search started again at each space) takes seconds at
that size, minutes at the long size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from fuzz_redos import time_limited
from fuzz_settings import FUZZ, SCALE
from hypothesis import given
from hypothesis import strategies as st

import timeline.dates
from timeline.events.clauses import clause_bounds, contrasted
from timeline.lexicon import default_lexicon, load_lexicon
from timeline.recognisers._case import fold
from timeline.recognisers.actors import ActorRecogniser
from timeline.recognisers.sentences import split_sentences

N = SCALE.text_size
BOUND = 2.0 + N / 10_000  # seconds, as for the pathological documents
PUBLISHED = date(2017, 3, 1)


def within_bound(call: Callable[[], None]) -> None:
    took = time_limited(call, BOUND)
    assert took is not None, f"over {BOUND:.0f} s on a run of {N:,} characters"


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("Monday ,  December 5 was quiet.", "Monday ,  December 5", "2016-12-05"),
        ("On Monday\n\nDecember 5 they met.", "Monday\n\nDecember 5", "2016-12-05"),
        ("On 5 December ,  2016 they left.", "5 December ,  2016", "2016-12-05"),
        ("December 12 ,\t2016 was calm.", "December 12 ,\t2016", "2016-12-12"),
        ("Tuesday,  the 3rd of March 2015", "Tuesday,  the 3rd of March 2015", "2015-03-03"),
        ("During Eid al-Fitr , 2017 they left.", "Eid al-Fitr , 2017", "2017-06-25"),
        ("They fought from December 12 to 15 , 2015.", "December 12", "2015-12-12"),
        ("It ended two  weeks  ago.", "two  weeks  ago", "2017-W07"),
    ],
)
def test_runs_dates_read_any_spacing_between_their_words(text: str, found: str, value: str) -> None:
    timexes = timeline.dates.find(text, PUBLISHED)
    assert (timexes[0].text, timexes[0].value) == (found, value)


@pytest.mark.parametrize(
    "head",
    ["On Wednesday", "On 5 December", "Eid al-Fitr", "Christmas"],
)
@pytest.mark.parametrize("run", [" ", "\u00a0", "\n"])
def test_runs_dates_after_a_long_run_take_linear_time(head: str, run: str) -> None:
    text = head + run * (N // len(run)) + "troops attacked the town."

    def find() -> None:
        assert timeline.dates.find(text, PUBLISHED)[0].start <= 3

    within_bound(find)


@pytest.mark.parametrize("said", ["", "Officials said that "])
def test_runs_clause_break_at_a_comma_after_a_space(said: str) -> None:
    text = said + "troops held the town , before the rebels came."
    first, second = clause_bounds(text, 0, len(text))[-2:]
    assert text[first[0] : first[1]].endswith("the town ")
    assert text[second[0] : second[1]] == "the rebels came."


@pytest.mark.parametrize("said", ["", "Officials said that "])
@pytest.mark.parametrize("run", [" ", "\u00a0", "\n", " \t "])
def test_runs_clause_breaks_after_a_long_run_of_spaces(said: str, run: str) -> None:
    text = said + "troops shelled" + run * (N // len(run)) + "the town but rebels held."

    def bounds() -> None:
        *_, (lo, hi), (after, end) = clause_bounds(text, 0, len(text))
        assert text[lo:hi].endswith("the town") and text[after:end] == "rebels held."

    within_bound(bounds)


_WORDS = ["but", "butter", "yet", "yeti", "however", "Although", "though", "whilst", "x", "é"]


@FUZZ
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", " ", ", ", "-"]))),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
)
def test_runs_contrasted_finds_a_contrast_word_between_the_offsets(
    words: list[tuple[str, str]], start: int, end: int
) -> None:
    text = "".join(word + gap for word, gap in words)
    lo, hi = min(start, end), max(start, end)
    # Read within [lo, hi) as a text of its own on the right: a word cut there is whole.
    window = re.compile(r"\b(?:but|while|whereas|although|though|however|yet)\b")
    assert contrasted(text, start, end) == (window.search(fold(text), lo, hi) is not None)


@pytest.mark.parametrize("mark", [".", "!", "?", "…", "?!"])
def test_runs_sentences_after_a_long_run_of_stops_take_linear_time(mark: str) -> None:
    text = "Troops shelled the town" + mark * (N // len(mark)) + "x on Monday. They left."

    def split() -> None:
        spans = split_sentences(text, [(0, len(text))])
        assert [text[lo:hi] for lo, hi in spans][-1] == "They left."

    within_bound(split)


def test_runs_sentences_end_after_a_run_of_stops_and_quotes() -> None:
    text = 'Wait... They left?!" Then!!! (Done.) Next'
    spans = split_sentences(text, [(0, len(text))])
    assert [text[lo:hi] for lo, hi in spans] == [
        "Wait...",
        'They left?!"',
        "Then!!!",
        "(Done.)",
        "Next",
    ]


def test_runs_actor_aliases_with_stray_spaces_are_found_as_written() -> None:
    table = "Curaçao\tstate\tCW\t@ Willemstad|Bab  al Hawa Front \n"
    actors = ActorRecogniser(load_lexicon(actors=[("mine.tsv", table)]))
    text = "Troops left.\n" + "\n" * N + "Willemstad and Bab al\tHawa Front said so.\n"

    def find() -> None:
        # "Troops" of the first line name the story's own government forces
        found = [(m.text, m.name) for m in actors.find(text) if m.kind != "government"]
        assert found[:2] == [("Willemstad", "Curaçao"), ("Bab al\tHawa Front", "Curaçao")]

    within_bound(find)


def test_runs_every_nationality_adjective_names_its_forces_alone_and_in_a_chain() -> None:
    lexicon = default_lexicon()
    actors = ActorRecogniser(lexicon)
    names = dict(lexicon.adjectives)
    for adjective, name in names.items():
        found = actors.find(f"{adjective} troops crossed.")
        assert found and (found[0].start, found[0].name) == (0, name), adjective
        chain = actors.find(f"Russian-{adjective} jets struck.")
        assert [m.name for m in chain] == [names["Russian"], name], adjective
