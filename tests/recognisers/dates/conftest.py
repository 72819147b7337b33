"""Helpers for the date recogniser tests: one publication date, and short ways to ask
for the expressions of a text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from timeline.dates import find
from timeline.records import Timex

# A Wednesday: weekdays before it in the same week are Monday 5 and Tuesday 6 December.
PUBLISHED = date(2016, 12, 7)


@pytest.fixture
def published() -> date:
    return PUBLISHED


@pytest.fixture
def tag() -> Callable[..., list[Timex]]:
    """find() with the test publication date unless another one is given."""

    def run(
        text: str,
        published: date | None = PUBLISHED,
        regions: list[tuple[int, int]] | None = None,
    ) -> list[Timex]:
        return find(text, published, regions=regions)

    return run


@pytest.fixture
def one(tag: Callable[..., list[Timex]]) -> Callable[..., Timex]:
    """The single expression of a text (fails when there are none or several)."""

    def run(text: str, published: date | None = PUBLISHED) -> Timex:
        found = tag(text, published)
        assert len(found) == 1, [t.text for t in found]
        return found[0]

    return run


@pytest.fixture
def one_of(tag: Callable[..., list[Timex]]) -> Callable[..., Timex]:
    """The expression of a text written as ``written`` (fails unless there is one)."""

    def run(text: str, written: str, published: date | None = PUBLISHED) -> Timex:
        found = [t for t in tag(text, published) if t.text == written]
        assert len(found) == 1, [t.text for t in tag(text, published)]
        return found[0]

    return run


@pytest.fixture
def texts(tag: Callable[..., list[Timex]]) -> Callable[..., list[str]]:
    """The expressions of a text, as written."""

    def run(text: str, published: date | None = PUBLISHED) -> list[str]:
        return [t.text for t in tag(text, published)]

    return run
