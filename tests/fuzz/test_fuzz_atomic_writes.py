"""Output files are never half-written: writers killed with SIGKILL at random moments."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from fuzz_settings import SCALE

from timeline.table import read_table, write_table

REPO = Path(__file__).resolve().parents[2]
ROWS = 20_000

#: A writer that rewrites the table over and over, each version a different summary, and
#: says when it starts; killed at a random moment, mostly in the middle of a write.
WRITER = textwrap.dedent(
    """
    import sys
    import polars as pl
    from timeline.table import empty_table, write_table

    target, rows = sys.argv[1], int(sys.argv[2])
    ids = pl.DataFrame({"event_id": [f"{i:016x}" for i in range(rows)]})
    base = pl.concat([empty_table(), ids], how="diagonal_relaxed")
    print("ready", flush=True)
    version = 0
    while True:
        write_table(base.with_columns(pl.lit(f"v{version}").alias("summary")), target)
        version += 1
    """
)


def table(version: str) -> pl.DataFrame:
    from timeline.table import empty_table

    ids = pl.DataFrame({"event_id": [f"{i:016x}" for i in range(ROWS)]})
    frame = pl.concat([empty_table(), ids], how="diagonal_relaxed")
    return frame.with_columns(pl.lit(version).alias("summary"))


def assert_whole(target: Path) -> str:
    """The version a table holds; fails unless it is one complete version."""
    frame = read_table(target)
    versions = frame.get_column("summary").unique().to_list()
    assert frame.height == ROWS and len(versions) == 1, (frame.height, versions[:3])
    return str(versions[0])


@contextlib.contextmanager
def writer(target: Path, rows: int) -> Iterator[subprocess.Popen[bytes]]:
    """A writer process, started and ready; killed with SIGKILL when the block ends."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", WRITER, str(target), str(rows)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env, cwd=REPO) as process:
        try:
            assert process.stdout is not None and process.stdout.readline() == b"ready\n"
            yield process
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()


def leftovers(folder: Path, target: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p != target]


@pytest.mark.parametrize("suffix", [".parquet", ".json"])
def test_atomic_write_killed_writer_leaves_old_or_complete_table(
    tmp_path: Path, suffix: str
) -> None:
    rng = random.Random(7)
    target = tmp_path / f"events{suffix}"
    write_table(table("old"), target)
    for _ in range(SCALE.kills):
        with writer(target, ROWS):
            time.sleep(rng.uniform(0.05, 0.6))
        assert_whole(target)
        assert all(name.startswith(f".{target.name}.") for name in leftovers(tmp_path, target))
    # A temporary file left behind is a write the kill interrupted: the test hit its mark.
    assert leftovers(tmp_path, target), "no kill landed in the middle of a write"


def test_atomic_write_killed_first_writer_leaves_no_table(tmp_path: Path) -> None:
    target = tmp_path / "events.json"
    with writer(target, ROWS):
        while not leftovers(tmp_path, target):  # the temporary file exists: writing began
            time.sleep(0.001)
    assert not target.exists()
