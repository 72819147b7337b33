"""Fixtures of the benchmark tests: bench/ on the import path, a generated sample corpus
and its event table (made once per session: extraction is the slow part)."""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import corpus  # noqa: E402

import timeline  # noqa: E402

SAMPLE_SIZE = 30


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "sample.jsonl"
    corpus.write_corpus(path, SAMPLE_SIZE, seed=11)
    return path


@pytest.fixture(scope="session")
def sample_events(sample_path: Path) -> pl.DataFrame:
    return timeline.extract([str(sample_path)])
