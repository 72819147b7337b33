"""Every recogniser, on any text: spans inside the text (and the regions), in order, each
with the text it covers, and no exception.

The bound on time is hypothesis's deadline (FUZZ_DEADLINE per example, some hundred times
what an example takes), so a text that sends a recogniser into a long search fails here
with that text as its example.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from fuzz_settings import FUZZ
from fuzz_texts import PUBLISHED, TEXTS, regions
from hypothesis import given
from hypothesis import strategies as st

import gazetteer
import timeline.dates
import timeline.places
from timeline.lexicon import default_lexicon
from timeline.recognisers.actors import ActorRecogniser
from timeline.recognisers.modality import ModalityRecogniser
from timeline.recognisers.quantities import QuantityRecogniser
from timeline.recognisers.sentences import split_sentences
from timeline.recognisers.triggers import TriggerRecogniser

Regions = list[tuple[int, int]] | None


@pytest.fixture(scope="module")
def built() -> dict[str, Any]:
    """The recognisers, built once (the gazetteer loaded once)."""
    lexicon = default_lexicon()
    return {
        "actors": ActorRecogniser(lexicon),
        "triggers": TriggerRecogniser(lexicon),
        "quantities": QuantityRecogniser(),
        "modality": ModalityRecogniser(),
        "gazetteer": gazetteer.load(),
    }


def inside(start: int, end: int, text: str, where: Regions) -> bool:
    if not 0 <= start < end <= len(text):
        return False
    return where is None or any(lo <= start and end <= hi for lo, hi in where)


def check_spans(spans: Sequence[Any], text: str, where: Regions) -> None:
    """Spans in text order, inside the text and the regions, each covering its own text."""
    starts = [s.start for s in spans]
    assert starts == sorted(starts)
    for span in spans:
        assert inside(span.start, span.end, text, where), (span, len(text), where)
        assert span.text == text[span.start : span.end], span


@FUZZ
@given(st.data(), TEXTS, PUBLISHED)
def test_fuzz_dates_find(data: st.DataObject, text: str, published: date | None) -> None:
    where = data.draw(regions(text))
    found = timeline.dates.find(text, published, regions=where)
    check_spans(found, text, where)
    for timex in found:
        if timex.date_start is not None and timex.date_end is not None:
            assert timex.date_start <= timex.date_end, timex


@FUZZ
@given(st.data(), TEXTS)
def test_fuzz_places_find(built: dict[str, Any], data: st.DataObject, text: str) -> None:
    where = data.draw(regions(text))
    people = data.draw(st.lists(st.sampled_from(["Nadia Haddad", "Jordan", "Paris Hilton"])))
    found = timeline.places.find(text, gazetteer=built["gazetteer"], people=people, regions=where)
    check_spans(found, text, where)
    for mention in found:
        assert -90 <= mention.place.latitude <= 90 and -180 <= mention.place.longitude <= 180


def check_lexicon_recogniser(recogniser: Any, data: st.DataObject, text: str) -> None:
    where = data.draw(regions(text))
    check_spans(recogniser.find(text, where), text, where)


@FUZZ
@given(st.data(), TEXTS)
def test_fuzz_actors_find(built: dict[str, Any], data: st.DataObject, text: str) -> None:
    check_lexicon_recogniser(built["actors"], data, text)


@FUZZ
@given(st.data(), TEXTS)
def test_fuzz_triggers_find(built: dict[str, Any], data: st.DataObject, text: str) -> None:
    check_lexicon_recogniser(built["triggers"], data, text)


@FUZZ
@given(st.data(), TEXTS)
def test_fuzz_quantities_find(built: dict[str, Any], data: st.DataObject, text: str) -> None:
    check_lexicon_recogniser(built["quantities"], data, text)


@FUZZ
@given(st.data(), TEXTS)
def test_fuzz_modality_find(built: dict[str, Any], data: st.DataObject, text: str) -> None:
    check_lexicon_recogniser(built["modality"], data, text)


@FUZZ
@given(st.data(), TEXTS)
def test_fuzz_sentences_split(data: st.DataObject, text: str) -> None:
    where = data.draw(regions(text))
    spans = split_sentences(text, where)
    ends = [0]
    for start, end in spans:
        assert inside(start, end, text, where), (start, end, len(text), where)
        assert start >= ends[-1], spans  # in order, no overlap
        ends.append(end)
