"""The engine: the same table on one core, on a pool of processes and on a Dask cluster;
mentions of one happening merged across documents whichever task read them."""

import json
import socket
from pathlib import Path

import polars as pl
import pytest

import timeline.engine.run as engine_run
from timeline.engine.dask import LOCAL_SCHEDULER_HTTP
from timeline.engine.run import Execution, extract_table, extract_to_file, plan_tasks
from timeline.errors import InputError
from timeline.ingest import Piece

FIXTURES = Path(__file__).parent / "fixtures"
OUTLETS = FIXTURES / "outlets"
EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture
def small_tasks(monkeypatch):
    """Tasks of a few KB, so a handful of files make several tasks."""
    monkeypatch.setattr(engine_run, "FIRST_TASK_BYTES", 1024)
    monkeypatch.setattr(engine_run, "MAX_TASK_BYTES", 2048)


@pytest.fixture
def corpus(tmp_path):
    """Example pages, the outlets' reports, one of them twice in a JSONL corpus, and an
    input that does not exist, in that order."""
    records = tmp_path / "feed.jsonl"
    with records.open("w") as out:
        for path in sorted(OUTLETS.glob("*.txt")):
            lines = path.read_text().split("\n")
            text = "\n".join(lines[4:])
            out.write(json.dumps({"id": path.stem, "title": lines[0], "text": text}) + "\n")
    return [str(EXAMPLES), str(OUTLETS), str(tmp_path / "missing.txt"), str(records)]


def test_engine_merges_one_happening_told_by_three_outlets():
    table, done = extract_table([str(OUTLETS)])
    strikes = table.filter(pl.col("event_type") == "airstrike")
    assert strikes.height == 1
    strike = strikes.row(0, named=True)
    assert strike["mention_count"] == 3
    assert {s.split(":")[0] for s in strike["sources"]} == {
        "daily-market-strike",
        "weekly-market-strike",
        "wire-market-strike",
    }
    assert str(strike["date_start"]) == "2019-07-22" and strike["fatalities"] == 15
    assert done.documents == 4 and done.events == table.height


def test_engine_table_is_the_same_with_two_workers(corpus, small_tasks):
    one, done_one = extract_table(corpus)
    two, done_two = extract_table(corpus, execution=Execution(workers=2))
    assert one.height > 30
    assert one.equals(two)
    assert [str(e) for e in done_one.errors] == [str(e) for e in done_two.errors]
    assert [e.reason for e in done_one.errors] == ["no such file or folder"]


def test_engine_table_is_the_same_however_the_inputs_are_cut(corpus, monkeypatch):
    whole, _ = extract_table(corpus)
    monkeypatch.setattr(engine_run, "FIRST_TASK_BYTES", 512)
    monkeypatch.setattr(engine_run, "MAX_TASK_BYTES", 512)
    cut, _ = extract_table(corpus)
    assert whole.equals(cut)


def test_engine_table_is_the_same_when_many_parts_merge_in_runs(corpus, monkeypatch):
    import timeline.engine.blocking
    import timeline.engine.crossdoc

    whole, _ = extract_table(corpus)
    monkeypatch.setattr(engine_run, "FIRST_TASK_BYTES", 512)
    monkeypatch.setattr(engine_run, "MAX_TASK_BYTES", 512)
    monkeypatch.setattr(timeline.engine.crossdoc, "FAN_IN", 2)  # runs of runs of runs
    monkeypatch.setattr(timeline.engine.crossdoc, "MERGE_BATCH", 2)  # merged a few at a time
    monkeypatch.setattr(timeline.engine.crossdoc, "SPILL_ROWS", 3)  # their rows in many runs
    monkeypatch.setattr(timeline.engine.blocking, "CHUNK", 3)  # pairs of 3 events at a time
    monkeypatch.setattr(timeline.engine.crossdoc, "KEY_ROWS_HELD", 4)  # read again and again
    in_runs, _ = extract_table(corpus)
    assert (whole["mention_count"] > 1).sum() >= 2  # documents' mentions were merged
    assert whole.equals(in_runs)


def test_engine_one_worker_runs_a_large_job_in_a_process_of_its_own(corpus, monkeypatch):
    """The process that merges holds no gazetteer when the job is more than a few tasks;
    a small job stays in this process (a worker would only cost time)."""
    import timeline.engine.work as work

    monkeypatch.setattr(work, "_EXTRACTORS", {})
    small, _ = extract_table(corpus)
    assert small.height > 0 and len(work._EXTRACTORS) == 1
    monkeypatch.setattr(work, "_EXTRACTORS", {})
    monkeypatch.setattr(engine_run, "FIRST_TASK_BYTES", 512)
    monkeypatch.setattr(engine_run, "MAX_TASK_BYTES", 512)
    large, _ = extract_table(corpus, execution=Execution(workers=1))
    assert large.equals(small) and work._EXTRACTORS == {}


def test_engine_table_is_in_date_order_undated_last(corpus):
    table, _ = extract_table(corpus)
    dates = table["date_start"].to_list()
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates[: len(dated)] == dated


def test_engine_file_is_byte_identical_with_two_workers(corpus, small_tasks, tmp_path):
    one = extract_to_file(corpus, tmp_path / "one.parquet")
    two = extract_to_file(corpus, tmp_path / "two.parquet", execution=Execution(workers=2))
    assert one.events == two.events > 0
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "two.parquet").read_bytes()
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_engine_nothing_readable_writes_nothing(tmp_path):
    with pytest.raises(InputError, match="no input could be read"):
        extract_to_file([str(tmp_path / "missing.txt")], tmp_path / "events.parquet")
    assert not (tmp_path / "events.parquet").exists()


def test_engine_tasks_grow_and_keep_input_order():
    pieces = [Piece(f"p{i}", f"p{i}.txt", 40_000) for i in range(12)]
    tasks = list(plan_tasks(pieces))
    sizes = [t.size for t in tasks]
    assert sizes[0] < sizes[-2]  # small first, so every worker starts early
    flat = [number for t in tasks for number, _ in t.inputs]
    assert flat == list(range(12))
    assert [t.index for t in tasks] == list(range(len(tasks)))


def test_engine_workers_must_be_positive():
    from timeline.errors import ConfigError

    with pytest.raises(ConfigError, match="--workers 0"):
        extract_table([str(OUTLETS)], execution=Execution(workers=0))


@pytest.fixture
def served(corpus, local_site):
    """The corpus with the outlets' pages also named by URL (served on 127.0.0.1)."""
    folder, base = local_site
    for path in sorted(OUTLETS.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    return [*corpus, *(f"{base}/{p.name}" for p in sorted(OUTLETS.glob("*.txt")))]


def test_engine_workers_fetch_urls(served, small_tasks):
    one, _ = extract_table(served)
    two, done = extract_table(served, execution=Execution(workers=2))
    assert one.equals(two)
    fetched = [d for d in one["sources"].explode().to_list() if d.startswith("wire-market")]
    assert len(fetched) >= 2  # the page read from a file and from its URL, merged
    assert done.documents == 5 + 4 + 4 + 4  # examples, outlets, the feed, the URLs


@pytest.mark.dask
def test_engine_dask_local_cluster_gives_the_same_table(served, small_tasks):
    pytest.importorskip("distributed")
    one, _ = extract_table(served)
    on_dask, done = extract_table(served, execution=Execution(workers=2, engine="dask"))
    assert one.equals(on_dask)
    assert done.documents > 10


@pytest.mark.dask
def test_engine_dask_scheduler_address(corpus, small_tasks):
    distributed = pytest.importorskip("distributed")
    one, _ = extract_table(corpus)
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs=LOCAL_SCHEDULER_HTTP,
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        on_dask, _ = extract_table(corpus, execution=Execution(engine="dask", scheduler=address))
    assert one.equals(on_dask)


def test_engine_unreachable_scheduler_is_a_config_error(monkeypatch):
    pytest.importorskip("distributed")
    import socket

    import timeline.engine.dask

    monkeypatch.setattr(timeline.engine.dask, "CONNECT_TIMEOUT", "1s")
    from timeline.errors import ConfigError

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        extract_table(
            [str(OUTLETS)],
            execution=Execution(engine="dask", scheduler=f"tcp://127.0.0.1:{port}"),
        )


def test_cli_workers_give_the_same_file(corpus, small_tasks, tmp_path):
    from typer.testing import CliRunner

    from timeline.cli import app

    outputs = {}
    for workers in ("1", "2"):
        target = tmp_path / f"events-{workers}.csv"
        result = CliRunner().invoke(app, ["extract", *corpus, "-o", str(target), "-w", workers])
        assert result.exit_code == 1  # one input is missing: said, and the batch goes on
        lines = result.stderr.strip().splitlines()
        assert lines[0].startswith("timeline: ") and lines[0].endswith("no such file or folder")
        assert lines[-1].endswith("inputs failed")
        outputs[workers] = target.read_text()
    assert outputs["1"] == outputs["2"] and outputs["1"].count("\n") > 30


def test_cli_bad_engine_is_one_line():
    from typer.testing import CliRunner

    from timeline.cli import app

    result = CliRunner().invoke(app, ["extract", str(OUTLETS), "-o", "x.csv", "--engine", "spark"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "timeline: --engine 'spark': use local or dask"


def test_engine_a_fault_in_one_document_skips_it_and_goes_on(monkeypatch):
    from timeline.errors import ExtractionFailed
    from timeline.pipeline import Extractor

    real = Extractor.events

    def events(self, article):
        if article.doc_id == "daily-market-strike":
            raise KeyError("weekend")
        return real(self, article)

    monkeypatch.setattr(Extractor, "events", events)
    reported = []
    table, done = extract_table([str(OUTLETS)], on_error=reported.append)
    assert [type(e) for e in reported] == [ExtractionFailed]
    assert str(reported[0]).endswith(
        "daily-market-strike.txt: skipped: extraction failed (KeyError: 'weekend')"
    )
    told = {s.split(":")[0] for s in table["sources"].explode().to_list()}
    assert told == {"weekly-market-strike", "wire-market-strike", "talks-geneva"}


@pytest.mark.dask
def test_engine_dask_local_cluster_when_its_usual_port_is_taken(corpus):
    # the scheduler's HTTP server defaults to port 8787; another job or a notebook may
    # hold it, which must not disturb the run (it only warned, an error under pytest)
    pytest.importorskip("distributed")
    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass  # already taken by someone else: the same situation
    try:
        one, _ = extract_table(corpus)
        on_dask, _ = extract_table(corpus, execution=Execution(workers=1, engine="dask"))
    finally:
        holder.close()
    assert one.equals(on_dask)
