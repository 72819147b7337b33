"""Whatever the text, find() returns in-order spans that index it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_WORDS = st.sampled_from(
    [
        "Aleppo",
        "aleppo",
        "Palmyra",
        "N.Y.",
        "Ga.",
        ",",
        ".",
        "-",
        "'s",
        "’",
        "the",
        "The",
        "East",
        "south of",
        "Washington",
        "said",
        "Mr.",
        "Bill",
        "Wilson",
        "US",
        "SDF",
        "\n",
        "Deir",
        "ez",
        "Zor",
        "al-Bab",
        "Ez-zor",
        "Weâ",
        "\x80",
        "Reading",
        "tel aviv",
        "Tenn.",
        "Syrian",
        "Sri Lankan",
        "Co.",
        "I've",
        "Saint",
        "St.",
        "Louis",
        "countryside",
        "highway",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(_WORDS, max_size=60).map(" ".join),
    st.lists(st.one_of(_WORDS, st.text(max_size=5)), max_size=40).map("".join),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_TEXT)
def test_places_find_never_raises_and_returns_ordered_spans(recogniser, text):
    mentions = recogniser.find(text)
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end
        assert text[m.start : m.end] == m.text
        assert 0.0 <= m.score <= 1.0
        assert m.role in ("location", "government")
        previous_end = m.end


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_TEXT, cut=st.integers(min_value=0, max_value=400))
def test_places_regions_limit_mentions(recogniser, text, cut):
    regions = [(0, min(cut, len(text)))]
    for m in recogniser.find(text, regions):
        assert m.end <= regions[0][1]
