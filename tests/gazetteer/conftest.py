"""The default gazetteer, loaded once for the session (built into the user cache if missing)."""

from __future__ import annotations

import pytest

import gazetteer


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()
