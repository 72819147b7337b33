"""Ingest seen from the outside: `timeline extract` on a batch of good and bad inputs, and
where each publication date came from, through ``timeline.extract``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from ingest_helpers import write
from typer.testing import CliRunner

import timeline
from timeline.cli import app

REPO = Path(__file__).resolve().parents[2]
STORY = (
    "Troops shelled the northern district of Aleppo on {day}, and at least 12 civilians "
    "were killed, the civil defence service said.\n\nFighters withdrew from the hill "
    "overnight, residents said.\n"
)


def story(title: str, day: str = "Monday", head: str = "") -> str:
    return f"{title}\n\n{head}{STORY.format(day=day)}"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of inputs: five that read, seven that fail, one with an impossible date."""
    root = tmp_path_factory.mktemp("batch")
    write(root / "good.txt", story("Shelling in Aleppo"))
    write(root / "latin1.txt", story("Réfugiés à Alep", day="Tuesday").encode("cp1252"))
    write(root / "wide.txt", story("Shelling resumes", day="Friday").encode("utf-16"))
    write(root / "digits.txt", story("Digits") + "\n" + "7" * 100_000 + "\n")
    records = [
        {"id": "wire-1", "text": STORY.format(day="Sunday"), "published": "2017-03-05"},
        {"id": "wire-2", "text": STORY.format(day="Sunday"), "published": "December 45, 2017"},
        {"id": "wire-3", "title": "no text here"},
    ]
    lines = [json.dumps(r) for r in records] + ['{"id": "wire-4", "text": broken']
    write(root / "wire.jsonl", "\n".join(lines) + "\n")
    write(root / "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    write(root / "noise.txt", bytes(range(0x80, 0x100)) * 8)
    write(root / "empty.txt", b"")
    write(root / "abyss.html", "<html><body>" + "<div>" * 50_000 + "<p>Deep.</p></body></html>")
    huge = root / "huge.txt"  # 100 MB, sparse: refused by its size before it is read
    with open(huge, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    return root


@pytest.fixture(scope="module")
def extracted(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path]:
    target = tmp_path_factory.mktemp("out") / "events.parquet"
    args = ["extract", str(batch), "-o", str(target), "--published", "2017-03-01"]
    return CliRunner().invoke(app, args), target


def test_end_to_end_bad_inputs_exit_1_and_the_batch_goes_on(extracted: tuple[object, Path]) -> None:
    result, target = extracted
    assert result.exit_code == 1, result.stderr  # type: ignore[attr-defined]
    table = pl.read_parquet(target)
    assert {"good", "latin1", "wide", "digits", "wire-1", "wire-2"} <= set(table["doc_id"])


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("scan.txt", "not text: looks like a PNG image"),
        ("noise.txt", "not UTF-8, and no other encoding reads it as text"),
        ("empty.txt", "empty"),
        ("huge.txt", "104,857,600 bytes, over the limit"),
        ("abyss.html", "HTML nested 255 levels deep, the parser's limit"),
        ("wire.jsonl:3", "no text"),
        ("wire.jsonl:4", "not valid JSON"),
    ],
)
def test_end_to_end_one_clear_line_per_failed_input(
    extracted: tuple[object, Path], batch: Path, name: str, reason: str
) -> None:
    result, _ = extracted
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    mine = [line for line in lines if f"{os.path.join(str(batch), name)}:" in line]
    assert len(mine) == 1, lines
    assert mine[0].startswith("timeline: ") and reason in mine[0]


def test_end_to_end_impossible_record_date_is_one_warning(
    extracted: tuple[object, Path], batch: Path, tmp_path: Path
) -> None:
    # As a user runs it: the console script, its warning lines on stderr.
    command = [sys.executable, "-m", "timeline", "extract", str(batch / "wire.jsonl")]
    command += ["-o", str(tmp_path / "events.parquet"), "--published", "2017-03-01"]
    run = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    warning = [line for line in run.stderr.splitlines() if "December 45" in line]
    assert warning == [
        f"timeline: {batch / 'wire.jsonl'}:2: published value 'December 45, 2017' is not a "
        "date; ignored"
    ]
    assert run.returncode == 1  # lines 3 and 4 failed; the bad date alone is no failure
    _, target = extracted
    table = pl.read_parquet(target).filter(pl.col("doc_id") == "wire-2")
    assert set(table["published_basis"]) == {"option"}


def test_end_to_end_summary_counts_failed_inputs(extracted: tuple[object, Path]) -> None:
    result, _ = extracted
    assert result.stderr.splitlines()[-1].endswith("7 inputs failed")  # type: ignore[attr-defined]


def test_end_to_end_nothing_readable_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "in" / "empty.txt", b"")
    target = tmp_path / "events.parquet"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "-o", str(target)])
    assert result.exit_code == 1
    assert "no input could be read" in result.stderr
    assert not target.exists()


def test_end_to_end_stdin_corpus(tmp_path: Path) -> None:
    lines = "\n".join(
        json.dumps({"id": f"s{i}", "text": STORY.format(day="Monday"), "date": f"2016-12-0{i}"})
        for i in (5, 6)
    )
    target = tmp_path / "events.json"
    result = CliRunner().invoke(app, ["extract", "-", "-o", str(target)], input=lines)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(target.read_text())
    assert {(r["doc_id"], r["published"], r["published_basis"]) for r in rows} == {
        ("s5", "2016-12-05", "record"),
        ("s6", "2016-12-06", "record"),
    }


def test_end_to_end_publication_date_basis_in_the_table(tmp_path: Path) -> None:
    write(tmp_path / "manifested.txt", story("Listed in the manifest"))
    write(tmp_path / "dateline.txt", story("With a dateline", head="Wed 05 Apr 2017\n\n"))
    write(tmp_path / "plain.txt", story("No date at all"))
    write(
        tmp_path / "page.html",
        '<html><head><meta property="article:published_time" content="2018-05-17">'
        f"<title>A page</title></head><body><article><p>{STORY}</p></article></body></html>",
    )
    write(
        tmp_path / "wire.jsonl",
        json.dumps({"id": "record", "text": STORY.format(day="Monday"), "date": "2016-12-07"}),
    )
    manifest = write(tmp_path / "manifest.csv", "path,published\nmanifested.txt,2015-01-02\n")
    inputs = [str(tmp_path / n) for n in ("manifested.txt", "dateline.txt", "page.html")]
    inputs.append(str(tmp_path / "wire.jsonl"))
    dated = timeline.extract(inputs, published=date(2020, 2, 2), manifest=manifest)
    undated = timeline.extract([str(tmp_path / "plain.txt")])
    table = pl.concat([dated, undated]).select("doc_id", "published", "published_basis").unique()
    assert sorted(table.rows()) == [
        ("dateline", date(2017, 4, 5), "dateline"),
        ("manifested", date(2015, 1, 2), "manifest"),
        ("page", date(2018, 5, 17), "page"),
        ("plain", None, "none"),
        ("record", date(2016, 12, 7), "record"),
    ]
