"""Properties that hold for any text: find never raises and returns ordered spans."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import find
from timeline.errors import ConfigError

_WORDS = [
    "on",
    "in",
    "the",
    "last",
    "next",
    "December",
    "6",
    "2016",
    "Tuesday",
    "ago",
    "days",
    "early",
    "week",
    "may",
    "March",
    "1990s",
    "'80s",
    "10:30",
    "p.m.",
    "a",
    "few",
    "later",
    "that",
    "day",
    ",",
    ".",
    "-",
    "12/06/2016",
    "year",
    "quarter",
    "third",
    "every",
    "for",
    "\n",
    "nineteen",
    "ninety-six",
    "yesterday",
    "of",
    "mid",
    "2,500",
    "$",
    "%",
    "24/7",
]
_DCTS = st.one_of(st.none(), st.dates(min_value=date(100, 1, 1), max_value=date(9899, 12, 31)))


def _check(text: str, published: date | None) -> None:
    found = find(text, published)
    previous_end = 0
    for timex in found:
        assert previous_end <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start : timex.end]
        assert (timex.date_start is None) == (timex.date_end is None)
        if timex.date_start is not None and timex.date_end is not None:
            assert timex.date_start <= timex.date_end
        previous_end = timex.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), _DCTS)
def test_properties_arbitrary_text_never_raises(text, published):
    _check(text, published)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), _DCTS)
def test_properties_date_like_word_soup_gives_ordered_spans(words, published):
    _check(" ".join(words), published)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.lists(st.integers(0, 200), max_size=6))
def test_properties_regions_keep_spans_inside(words, cuts):
    text = " ".join(words)
    bounds = sorted(min(c, len(text)) for c in cuts)
    regions = list(zip(bounds[::2], bounds[1::2], strict=False))
    for timex in find(text, date(2016, 12, 7), regions=regions):
        assert any(lo <= timex.start and timex.end <= hi for lo, hi in regions)


def test_properties_publication_date_out_of_range_is_a_config_error():
    with pytest.raises(ConfigError, match="0001-01-01"):
        find("Talks resumed on Tuesday.", date(1, 1, 1))


def test_properties_calendar_edges_do_not_overflow():
    text = "Next Saturday, 4999 centuries ago, the 1st century, 99999999 weeks ago, next year."
    for published in (date(100, 1, 1), date(9899, 12, 31), None):
        _check(text, published)


def test_properties_empty_and_huge_text():
    assert find("", date(2016, 12, 7)) == []
    assert find("", None) == []
    block = "Talks resumed on December 6, 2016 after 3 days of shelling. " * 5000
    found = find(block, date(2016, 12, 7))
    assert len(found) == 10000
