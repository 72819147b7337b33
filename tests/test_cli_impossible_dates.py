"""A date in the article text that does not exist ("December 45, 2017"): one warning line
naming the document, whatever runs the work, and the rest of the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

import timeline.engine.run as engine_run
from timeline.cli import app

FLOOD = (
    "River road closed near Mosul\n\n"
    "Engineers closed the river road south of Mosul on December 45, 2017, after the water "
    "rose over the embankment, the provincial office said. A second closure was logged on "
    "31 April 2017, and a third on 2017-13-05, according to the same office.\n\n"
    "Fighters withdrew from the nearby hill on Monday, residents said.\n"
)
MARKET = (
    "Covered market reopens in Homs\n\n"
    "Traders reopened the covered market in Homs on 4 January 2018, the city council said, "
    "a year after shelling closed it.\n"
)
VILLAGES = (
    "Shelling south of Idlib\n\n"
    "Artillery shelled two villages south of Idlib on Sunday, killing three people, "
    "rescuers said.\n"
)
RECORDS = [
    {
        "id": "wire-1",
        "text": "Fighters withdrew from the hill east of Hama on 2 January 2018, monitors said.",
    },
    {
        "id": "wire-2",
        "text": "Police arrested two men in Aleppo on February 30, 2018, the interior "
        "ministry said in a statement.",
    },
    {
        "id": "wire-3",
        "text": "Government forces shelled the town of Marea on 9 January 2018, activists said.",
    },
]
NOT_REAL = ("is not a real date", "are not real dates")


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "market.txt").write_text(MARKET, encoding="utf-8")
    (folder / "villages.txt").write_text(VILLAGES, encoding="utf-8")
    lines = "".join(json.dumps(record) + "\n" for record in RECORDS)
    (folder / "wire.jsonl").write_text(lines, encoding="utf-8")
    return folder


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if any(n in line for n in NOT_REAL)]


def _check_lines(stderr: str, notes: Path) -> None:
    flood, wire = _warnings(stderr)  # one line per document, in input order
    assert flood == (
        f"timeline: {notes / 'flood.txt'}: 3 expressions are not real dates: "
        "'December 45, 2017' (December has no day 45; read as 2017-12), "
        "'31 April 2017' (April has no day 31; read as 2017-04), "
        "'2017-13-05' (there is no month 13; read as 2017)"
    )
    assert wire == (
        f"timeline: {notes / 'wire.jsonl'}:2: 'February 30, 2018' is not a real date "
        "(February has no day 30); read as 2018-02"
    )


def test_cli_extract_impossible_dates_one_line_per_document(notes: Path, tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    args = ["extract", str(notes), "-o", str(target), "--published", "2018-01-15", "-w", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr  # a warning alone is no failure
    _check_lines(result.stderr, notes)
    table = pl.read_csv(target)
    assert {"flood", "market", "villages", "wire-1", "wire-3"} <= set(table["doc_id"])
    assert result.stderr.splitlines()[-1].endswith("from 6 documents")


def test_cli_run_impossible_dates_from_worker_processes(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tasks of a few hundred bytes: several tasks, so two worker processes run them.
    monkeypatch.setattr(engine_run, "FIRST_TASK_BYTES", 200)
    monkeypatch.setattr(engine_run, "MAX_TASK_BYTES", 400)
    pools: list[int] = []
    run_in_pool = engine_run.run_in_pool

    def counted(tasks, settings, folder, workers):  # type: ignore[no-untyped-def]
        pools.append(workers)
        return run_in_pool(tasks, settings, folder, workers)

    monkeypatch.setattr(engine_run, "run_in_pool", counted)
    out = tmp_path / "out"
    args = ["run", str(notes), "--out", str(out), "--published", "2018-01-15", "-w", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert pools == [2]  # the documents were read in two worker processes
    _check_lines(result.stderr, notes)
    for name in ("events.parquet", "map.html", "timeline.html"):
        assert (out / name).is_file()
    assert "wire-3" in set(pl.read_parquet(out / "events.parquet")["doc_id"])


@pytest.mark.dask
def test_cli_extract_impossible_dates_on_dask(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(engine_run, "FIRST_TASK_BYTES", 200)
    monkeypatch.setattr(engine_run, "MAX_TASK_BYTES", 400)
    target = tmp_path / "events.parquet"
    args = ["extract", str(notes), "-o", str(target), "--published", "2018-01-15"]
    result = CliRunner().invoke(app, [*args, "--engine", "dask", "-w", "2"])
    assert result.exit_code == 0, result.stderr
    _check_lines(result.stderr, notes)
    assert target.is_file()


def test_cli_dates_json_carries_the_note(notes: Path) -> None:
    args = ["dates", str(notes / "wire.jsonl"), "--json", "--published", "2018-01-15"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    noted = [(r["doc"], r["text"], r["value"], r["note"]) for r in rows if r["note"]]
    assert noted == [("wire-2", "February 30, 2018", "2018-02", "February has no day 30")]
    assert {r["doc"] for r in rows} == {"wire-1", "wire-2", "wire-3"}
    assert all(r["note"] is None for r in rows if r["doc"] != "wire-2")
