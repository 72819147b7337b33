"""Every regular expression of the package against its worst-case inputs.

Catastrophic (exponential) backtracking is looked for in every pattern: each attack (see
``fuzz_redos``) at a few hundred characters must finish within ``LIMIT``; one that
backtracks exponentially would not finish at all. Ingest's own patterns must also run in
linear time, as ingest uses them, on inputs of thousands of characters; so must the
recognisers' patterns that read whole texts (the date rules, sentence and clause breaks).

A report of every pattern, with how its time grows (quadratic patterns included):
``python tests/fuzz/fuzz_redos.py 16000 2``.
"""

from __future__ import annotations

from typing import Any

import pytest
from fuzz_redos import KILLERS, QUICK_KILLERS, Found, Use, catastrophic, collect_patterns, verdict
from fuzz_settings import LONG, SCALE

import gazetteer
from timeline.events import clauses
from timeline.lexicon import default_lexicon
from timeline.recognisers import sentences
from timeline.recognisers.actors import ActorRecogniser
from timeline.recognisers.dates.grammar import RULES
from timeline.recognisers.places import PlaceRecogniser
from timeline.recognisers.triggers import TriggerRecogniser

LIMIT = 2.0
#: How ingest uses the patterns that it runs only at one place, or only on short lines;
#: every other ingest pattern is searched through whole texts.
INGEST_USE: dict[str, tuple[Use, int]] = {
    # one match per line, at its start
    "timeline.ingest._dates._PREFIX_RE": ("match", 0),
    # fullmatch on a record's date value of at most 80 characters
    "timeline.ingest._dates._VALUE_TAIL_RE": ("fullmatch", 80),
    # fullmatch on lines of at most _MAX_FURNITURE_LEN (400) characters
    "timeline.ingest._furniture._LABEL_RE": ("fullmatch", 400),
    "timeline.ingest._furniture._FURNITURE_RE": ("fullmatch", 400),
    "timeline.ingest._furniture._CASED_RE": ("fullmatch", 400),
    "timeline.ingest._furniture._SYMBOLS_RE": ("fullmatch", 0),
    "timeline.ingest._furniture._URL_RE": ("fullmatch", 0),
    # the head of a page: 4096 characters
    "timeline.ingest._html._DOCUMENT_START_RE": ("match", 4096),
    "timeline.ingest._html._HTML_START_RE": ("match", 4096),
    "timeline.ingest._html_comments.COMMENT_ID": ("match", 0),
}
LINEAR_SIZE = 8_000
#: Linear time grows about eightfold from an eighth of the size; quadratic, 64-fold.
MAX_GROWTH = 24


@pytest.fixture(scope="module")
def patterns() -> list[Found]:
    lexicon = default_lexicon()
    built: dict[str, Any] = {
        "ActorRecogniser()": ActorRecogniser(lexicon),
        "TriggerRecogniser()": TriggerRecogniser(lexicon),
        "PlaceRecogniser()": PlaceRecogniser(gazetteer.load()),
    }
    return collect_patterns(built)


def test_regex_patterns_of_every_recogniser_are_collected(patterns: list[Found]) -> None:
    places = [p.where for p in patterns]
    assert len(patterns) >= 100
    for module in (
        "timeline.ingest._furniture",
        "timeline.ingest._html",
        "timeline.recognisers.dates.grammar.RULES",
        "timeline.recognisers.quantities",
        "timeline.recognisers.modality",
        "timeline.recognisers.sentences",
        "timeline.recognisers.places",
        "timeline.events",
        "ActorRecogniser()",
        "TriggerRecogniser()",
    ):
        assert any(where.startswith(module) for where in places), module


def test_regex_no_pattern_backtracks_catastrophically(patterns: list[Found]) -> None:
    killers = KILLERS if LONG else QUICK_KILLERS
    runaway = [catastrophic(found, SCALE.regex_size, LIMIT, killers=killers) for found in patterns]
    assert not [v.describe() for v in runaway if v is not None]


def test_regex_ingest_patterns_take_linear_time(patterns: list[Found]) -> None:
    slow = []
    for found in patterns:
        if not found.where.startswith("timeline.ingest."):
            continue
        use, bound = INGEST_USE.get(found.where, ("search", 0))
        worst = verdict(found, bound or LINEAR_SIZE, LIMIT, use)
        if worst.seconds is None or (worst.growth or 0) > MAX_GROWTH:
            slow.append(worst.describe())
    assert not slow


def _text_patterns() -> list[tuple[Found, Use]]:
    """The recognisers' patterns that read whole texts, and how: the date rules matched at
    each word that may start a date, the boundaries searched through each sentence."""
    match: Use = "match"
    search: Use = "search"
    rules = [(Found(r.pattern, f"dates.grammar.RULES[{r.name}]"), match) for r in RULES]
    searched = [
        (Found(pattern, where), search)
        for where, pattern in (
            ("sentences._BOUNDARY", sentences._BOUNDARY),
            ("events.clauses._CLAUSE_BREAK", clauses._CLAUSE_BREAK),
            ("events.clauses._PLAIN_BREAK", clauses._PLAIN_BREAK),
        )
    ]
    return [*rules, *searched]


def test_regex_patterns_reading_whole_texts_take_linear_time() -> None:
    slow = []
    for found, use in _text_patterns():
        worst = verdict(found, LINEAR_SIZE, LIMIT, use)
        if worst.seconds is None or (worst.growth or 0) > MAX_GROWTH:
            slow.append(worst.describe())
    assert not slow
