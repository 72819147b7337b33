"""One default gazetteer for the session, and helpers to read the place fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

import gazetteer
from timeline.recognisers.places import PlaceRecogniser

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.fixture(scope="session")
def recogniser(gaz) -> PlaceRecogniser:
    return PlaceRecogniser(gaz)


@pytest.fixture
def fixture_text():
    def read(name: str) -> str:
        return (FIXTURES / name).read_text(encoding="utf-8")

    return read
