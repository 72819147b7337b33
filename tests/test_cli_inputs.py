"""Command-line options for real feeds: corpus field names, the size limit, appending a
day's extraction to an existing table, and warnings shown as lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.cli._app import DEFAULT_MAX_MB
from timeline.ingest import DEFAULT_MAX_BYTES
from timeline.table import read_table

STORY = (
    "Government forces shelled the town of {town} on {day}, killing at least {dead} "
    "civilians, residents said.\n\nRebel fighters withdrew from {town} the next day.\n"
)


def invoke(*args: object, stdin: str | None = None) -> object:
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)


def feed(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def day_one(folder: Path) -> Path:
    return feed(
        folder / "day1.jsonl",
        [
            {
                "id": "a1",
                "text": STORY.format(town="Idlib", day="Monday", dead=9),
                "date": "2017-03-07",
            },
            {
                "id": "a2",
                "text": STORY.format(town="Hama", day="Sunday", dead=4),
                "date": "2017-03-07",
            },
        ],
    )


def day_two(folder: Path) -> Path:
    return feed(
        folder / "day2.jsonl",
        [
            {
                "id": "b1",
                "text": STORY.format(town="Homs", day="Tuesday", dead=6),
                "date": "2017-03-08",
            }
        ],
    )


def test_cli_fields_read_a_corpus_with_its_own_field_names(tmp_path: Path) -> None:
    records = [
        {
            "key": "w1",
            "story": STORY.format(town="Idlib", day="Monday", dead=9),
            "day": "2017-03-07",
        }
    ]
    corpus = feed(tmp_path / "wire.jsonl", records)
    target = tmp_path / "events.parquet"
    plain = invoke("extract", corpus, "-o", target)
    assert plain.exit_code == 1 and "no text" in plain.stderr  # type: ignore[attr-defined]
    mapped = invoke("extract", corpus, "-o", target, "--fields", "id=key,text=story,published=day")
    assert mapped.exit_code == 0, mapped.stderr  # type: ignore[attr-defined]
    table = read_table(target)
    assert set(table["doc_id"]) == {"w1"}
    assert set(table["published"].cast(pl.String)) == {"2017-03-07"}


def test_cli_fields_also_serve_dates_and_places(tmp_path: Path) -> None:
    corpus = feed(tmp_path / "wire.jsonl", [{"story": "Troops left Idlib on Monday."}])
    for command in ("dates", "places"):
        result = invoke(
            command, corpus, "--json", "--fields", "text=story", "--published", "2017-03-07"
        )
        assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
        texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]  # type: ignore[attr-defined]
        assert texts == (["Monday"] if command == "dates" else ["Idlib"])


def test_cli_fields_malformed_is_one_line(tmp_path: Path) -> None:
    corpus = feed(tmp_path / "wire.jsonl", [{"text": "Troops left Idlib."}])
    result = invoke("extract", corpus, "-o", tmp_path / "e.parquet", "--fields", "headline")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [  # type: ignore[attr-defined]
        "timeline: field map 'headline': expected KEY=NAME, KEY one of comment_author, "
        "comment_text, comments, id, published, text, title, url"
    ]


def test_cli_max_size_refuses_bigger_files_and_goes_on(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("Shelling in Hama\n\n" + STORY.format(town="Hama", day="Monday", dead=3))
    big = tmp_path / "big.txt"
    big.write_text("Shelling in Homs\n\n" + STORY.format(town="Homs", day="Monday", dead=3) * 1000)
    target = tmp_path / "events.parquet"
    result = invoke("extract", small, big, "-o", target, "--max-size", "0.1")
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if "big.txt" in ln]  # type: ignore[attr-defined]
    assert len(lines) == 1 and "over the limit" in lines[0]
    assert set(read_table(target)["doc_id"]) == {"small"}


def test_cli_max_size_default_is_the_readers_limit() -> None:
    assert int(DEFAULT_MAX_MB * 2**20) == DEFAULT_MAX_BYTES


def test_cli_append_adds_a_day_and_never_a_duplicate(tmp_path: Path) -> None:
    table = tmp_path / "feed.parquet"
    first = invoke("extract", day_one(tmp_path), "-o", table, "--append")
    assert first.exit_code == 0, first.stderr  # type: ignore[attr-defined]
    after_one = read_table(table)
    assert set(after_one["doc_id"]) == {"a1", "a2"}

    second = invoke("extract", day_two(tmp_path), "-o", table, "--append")
    assert second.exit_code == 0, second.stderr  # type: ignore[attr-defined]
    after_two = read_table(table)
    assert set(after_two["doc_id"]) == {"a1", "a2", "b1"}
    assert after_two.head(after_one.height).equals(after_one)  # yesterday's rows untouched
    added = after_two.height - after_one.height
    assert f"{added} events added, 0 already in the table, {after_two.height} in all" in (
        second.stderr  # type: ignore[attr-defined]
    )

    again = invoke("extract", day_one(tmp_path), day_two(tmp_path), "-o", table, "--append")
    assert again.exit_code == 0
    assert read_table(table).equals(after_two)
    assert f"0 events added, {after_two.height} already in the table" in again.stderr  # type: ignore[attr-defined]


def test_cli_append_ids_match_a_fresh_extraction(tmp_path: Path) -> None:
    table = tmp_path / "feed.parquet"
    invoke("extract", day_one(tmp_path), "-o", table, "--append")
    fresh = tmp_path / "fresh.parquet"
    invoke("extract", day_one(tmp_path), "-o", fresh)
    assert read_table(table)["event_id"].to_list() == read_table(fresh)["event_id"].to_list()


@pytest.mark.parametrize("suffix", [".csv", ".geojson"])
def test_cli_append_to_a_table_that_cannot_be_read_back_is_refused(
    tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"feed{suffix}"
    result = invoke("extract", day_one(tmp_path), "-o", target, "--append")
    assert result.exit_code == 1
    assert "--append needs a table that can be read back" in result.stderr  # type: ignore[attr-defined]
    assert not target.exists()


def test_cli_append_to_something_else_than_a_table_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "feed.json"
    target.write_text('{"not": "a table"}')
    result = invoke("extract", day_one(tmp_path), "-o", target, "--append")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("timeline: ")  # type: ignore[attr-defined]
    assert target.read_text() == '{"not": "a table"}'


def test_cli_warnings_are_lines_on_stderr(tmp_path: Path) -> None:
    corpus = feed(
        tmp_path / "wire.jsonl",
        [
            {
                "id": "w",
                "text": STORY.format(town="Hama", day="Monday", dead=2),
                "date": "May 45, 2017",
            }
        ],
    )
    result = invoke("extract", corpus, "-o", tmp_path / "e.parquet", "--published", "2017-03-01")
    assert result.exit_code == 0
    assert (
        f"timeline: {corpus}:1: published value 'May 45, 2017' is not a date; ignored"
        in result.stderr.splitlines()  # type: ignore[attr-defined]
    )


def _stderr_on_a_terminal(args: list[str]) -> str:
    """Run the console script with stderr on a pseudo-terminal; what it showed there."""
    import os
    import subprocess
    import sys

    primary, secondary = os.openpty()
    command = [sys.executable, "-m", "timeline", *args]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=secondary) as process:
        os.close(secondary)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the terminal closed with the process (EIO on Linux)
                break
            if not chunk:
                break
            shown += chunk
        process.wait()
    os.close(primary)
    return shown.decode("utf-8", "replace")


def test_cli_progress_on_a_terminal_and_silent_otherwise(tmp_path: Path) -> None:
    args = ["extract", str(day_one(tmp_path)), "-o", str(tmp_path / "e.parquet"), "-w", "1"]
    assert "documents read" in _stderr_on_a_terminal(args)
    piped = invoke(*args)
    assert piped.exit_code == 0
    assert "documents read" not in piped.stderr  # type: ignore[attr-defined]
    last = piped.stderr.splitlines()[-1]  # type: ignore[attr-defined]
    assert re.fullmatch(r"\d+ events from 2 documents", last), last
