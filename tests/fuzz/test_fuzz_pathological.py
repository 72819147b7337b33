"""Pathological documents through ingest and the whole extraction, in bounded time.

Each document is ``SCALE.text_size`` characters (20,000; 100,000 with TIMELINE_FUZZ=long)
of one shape that strains a text pipeline: a line with no sentence end, runs of one
character, a million digits. The bound grows with the size, as linear work does; a stage
whose time grows with the square of a run's length does not make it at 100,000.

Runs of spaces, blank lines and full stops once took quadratic time (a regular expression
tried at every character of the run read the rest of it each time; see the dates grammar,
the sentence and clause boundaries, and the actor aliases); so did a sentence of thousands
of mentions, each asking whether a contrast stood between it and every event.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from fuzz_redos import time_limited
from fuzz_settings import SCALE

from timeline.errors import InputError
from timeline.ingest import iter_articles, parse_html, parse_text
from timeline.pipeline import Extractor
from timeline.records import Article

N = SCALE.text_size
BOUND = 2.0 + N / 10_000  # seconds
PROSE = (
    "Troops shelled the town of Marea on Monday and fighters withdrew toward Aleppo, "
    "officials said, while about 300 families left "
)


def prose(n: int) -> str:
    return (PROSE * (n // len(PROSE) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "one-long-word": lambda n: "Troops shelled " + "a" * n + " on Monday.",
    "digits-paragraph": lambda n: "Troops shelled the town.\n\n" + "7" * n + "\n",
    "digits-in-sentence": lambda n: "Troops shelled " + "7" * n + " houses on Monday.",
    "hyphens": lambda n: "Troops shelled the town" + "-" * n + " on Monday.",
    "commas": lambda n: "Troops shelled the town" + "," * n + " on Monday.",
    "brackets": lambda n: "Troops shelled the town" + "(" * n + " on Monday.",
    "apostrophes": lambda n: "Troops shelled " + "'" * n + " houses.",
    "numbers-list": lambda n: "Troops shelled " + "1," * (n // 2) + " houses.",
    "cyrillic-word": lambda n: "Troops shelled " + "Ж" * n + " on Monday.",
    "emoji": lambda n: "Troops shelled the town 😀" + "👍🏽" * (n // 4) + " on Monday.",
    "combining-marks": lambda n: "Troops shelled Ale" + "\u0301" * n + "ppo on Monday.",
    "impossible-dates": lambda n: (
        "On December 45, 2017 and in the year 99999, on February 30 and 0000-00-00, "
        "troops shelled the town. " * (n // 100 + 1)
    )[:n],
    "one-line-of-prose": prose,
    "capitals": lambda n: "Troops shelled " + "ALEPPO " * (n // 7) + "on Monday.",
    "blank-lines": lambda n: "Troops shelled the town.\n" + "\n" * n + "They left on Monday.",
    "dots-then-letter": lambda n: "Troops shelled the town" + "." * n + "x on Monday.",
    "spaces-in-sentence": lambda n: "Troops shelled the town" + "\u00a0" * n + "officials said.",
    "spaces-after-that": lambda n: "They said that troops shelled" + " " * n + "the town.",
    "spaces-after-weekday": lambda n: "On Wednesday" + " " * n + "troops attacked the town.",
    "spaces-after-month": lambda n: "On 5 December" + " " * n + "troops attacked the town.",
    "spaces-after-holiday": lambda n: "On Eid al-Fitr" + " " * n + "troops left the town.",
}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    extractor = Extractor()
    extractor.events(parse_text("Troops entered Aleppo on Monday.", doc_id="warm-up"))
    return extractor


def extract_within_bound(extractor: Extractor, text: str) -> None:
    def run() -> None:
        article = parse_text(text, doc_id="shape", published=date(2017, 3, 1))
        for event in extractor.events(article):
            assert 0 <= event.char_start < event.char_end <= len(article.text)

    took = time_limited(run, BOUND)
    assert took is not None, f"over {BOUND:.0f} s for {len(text):,} characters"


@pytest.mark.parametrize("shape", list(SHAPES))
def test_pathological_text_is_extracted_in_bounded_time(extractor: Extractor, shape: str) -> None:
    extract_within_bound(extractor, SHAPES[shape](N))


def test_pathological_million_digits_corpus_record_is_read() -> None:
    record = '{"id": "digits", "text": "Troops left.\\n\\n' + "7" * 1_000_000 + '"}\n'
    (article,) = iter_articles(["-"], stdin=io.BytesIO(record.encode()))
    assert isinstance(article, Article) and len(article.text) > 1_000_000


def test_pathological_long_html_paragraph_and_attribute() -> None:
    html = (
        f'<html><body><article data-x="{"y" * N}"><h1>Siege</h1>'
        f"<p>{prose(N)}</p></article></body></html>"
    )
    assert time_limited(lambda: parse_html(html, doc_id="long"), BOUND) is not None
    assert len(parse_html(html, doc_id="long").body) >= N - 1


def test_pathological_deep_html_is_one_input_error() -> None:
    html = "<html><body>" + "<div>" * 50_000 + "<p>Deep.</p>" + "</div>" * 50_000
    (item,) = iter_articles(["-"], stdin=io.BytesIO(html.encode()))
    assert isinstance(item, InputError) and item.source == "<stdin>"
