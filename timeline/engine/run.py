"""An extraction job from inputs to the event table, on one core, all cores, or a cluster.

1. The inputs are cut into tasks, lazily: runs of consecutive pieces (files, or articles
   given in memory), small at first so every worker starts early, then up to
   ``MAX_TASK_BYTES``.
2. Each task runs where the execution says (a pool of processes, a Dask cluster, or this
   process for a job of a few tasks) and writes the events of its documents as one
   part. One worker is a pool of one process too: the process that merges then holds
   no gazetteer.
3. The parts are merged across documents, once, and the table streams out in order.

The table is the same, row for row, however the work was split: each event carries its
place in the input, and merging and ordering depend on that, not on which task ran it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal, TextIO

import polars as pl

from timeline.engine.crossdoc import MergePlan, plan_merge
from timeline.engine.local import run_in_pool, run_in_process
from timeline.engine.settings import Settings
from timeline.engine.work import ArticleBatch, Task, TaskResult
from timeline.errors import ConfigError, InputError
from timeline.ingest import Piece, iter_pieces
from timeline.records import Article
from timeline.table import EVENT_SCHEMA, table_writer

__all__ = [
    "Execution",
    "Extraction",
    "Inputs",
    "extract_table",
    "extract_to_file",
    "plan_tasks",
]

log = logging.getLogger("timeline")

Engine = Literal["local", "dask"]
Inputs = str | Path | Iterable[str | Path | Article]
Runner = Callable[[Iterable[Task]], Iterator[TaskResult]]

#: A job of this many tasks or more runs them in worker processes even with one worker:
#: the process that then merges the events holds no gazetteer and no extraction state.
SOLO_TASKS = 4
FIRST_TASK_BYTES = 64 * 1024
MAX_TASK_BYTES = 1024 * 1024
_BATCH_ARTICLES = 64  # articles given in memory, per input


@dataclass(frozen=True, slots=True)
class Execution:
    """Where the work runs: ``workers`` processes on this machine, or a Dask cluster
    (``engine="dask"``; at ``scheduler``, else a local one of ``workers`` processes).
    ``work_dir`` holds the parts while the job runs (on a cluster, a folder every
    worker and this process reach under the same name)."""

    workers: int = 1
    engine: Engine = "local"
    scheduler: str | None = None
    work_dir: Path | None = None


@dataclass
class Extraction:
    """What a job did: events written, documents read, inputs that failed."""

    events: int = 0
    documents: int = 0
    errors: list[InputError] = field(default_factory=list)


Item = Piece | ArticleBatch | InputError


def _items(
    inputs: Inputs, spool: Path, stdin: TextIO | BinaryIO | None, max_bytes: int
) -> Iterator[Item]:
    """The inputs in order: paths as pieces, articles in batches."""
    given = [inputs] if isinstance(inputs, str | Path) else inputs
    paths: list[str] = []
    articles: list[Article] = []
    for item in given:
        if isinstance(item, Article):
            if paths:
                yield from iter_pieces(paths, spool=spool, stdin=stdin, max_bytes=max_bytes)
                paths = []
            articles.append(item)
            if len(articles) == _BATCH_ARTICLES:
                yield ArticleBatch(tuple(articles))
                articles = []
            continue
        if articles:
            yield ArticleBatch(tuple(articles))
            articles = []
        paths.append(str(item))
    if paths:
        yield from iter_pieces(paths, spool=spool, stdin=stdin, max_bytes=max_bytes)
    if articles:
        yield ArticleBatch(tuple(articles))


def plan_tasks(items: Iterable[Item]) -> Iterator[Task]:
    """Consecutive items in tasks of growing size (``FIRST_TASK_BYTES``, doubling, up to
    ``MAX_TASK_BYTES``); an input that names nothing travels with the next task, so its
    error is reported in input order."""
    batch: list[tuple[int, Piece | ArticleBatch | InputError]] = []
    size, limit, index = 0, FIRST_TASK_BYTES, 0
    for number, item in enumerate(items):
        batch.append((number, item))
        size += 0 if isinstance(item, InputError) else item.size
        if size >= limit:
            yield Task(index, tuple(batch))
            batch, size, index = [], 0, index + 1
            limit = min(MAX_TASK_BYTES, limit * 2)
    if batch:
        yield Task(index, tuple(batch))


@contextlib.contextmanager
def _runner(execution: Execution, settings: Settings, folder: Path, here: bool) -> Iterator[Runner]:
    """Where tasks run: a Dask cluster; this process (``here``); else a pool of
    ``execution.workers`` processes."""
    if execution.engine == "dask":
        from timeline.engine.dask import dask_client, run_on_dask

        with dask_client(execution.scheduler, execution.workers) as client:
            yield lambda tasks: run_on_dask(tasks, settings, folder, client)
    elif execution.engine != "local":
        raise ConfigError(f"engine {execution.engine!r}: use local or dask")
    elif here:
        yield lambda tasks: run_in_process(tasks, settings, folder)
    else:
        yield lambda tasks: run_in_pool(tasks, settings, folder, execution.workers)


def _checked(execution: Execution, settings: Settings) -> Execution:
    if execution.workers < 1:
        raise ConfigError(f"--workers {execution.workers}: give 1 or more")
    if settings.online is not None and (execution.workers > 1 or execution.engine == "dask"):
        log.warning("the online geocoder keeps to its rate limit in one process: 1 worker")
        return Execution(1, "local", None, execution.work_dir)
    return execution


@contextlib.contextmanager
def _extracted(
    inputs: Inputs,
    settings: Settings,
    execution: Execution,
    on_error: Callable[[InputError], None] | None,
    on_task: Callable[[TaskResult], None] | None,
    stdin: TextIO | BinaryIO | None,
) -> Iterator[tuple[MergePlan, Extraction]]:
    """Run the first stage into a temporary folder; yield the merge of its parts."""
    execution = _checked(execution, settings)
    done = Extraction()
    with tempfile.TemporaryDirectory(prefix="timeline-", dir=execution.work_dir) as tmp:
        folder = Path(tmp)
        parts: list[Path] = []
        tasks = plan_tasks(_items(inputs, folder, stdin, settings.max_bytes))
        first = list(itertools.islice(tasks, SOLO_TASKS))
        few = 2 if execution.workers > 1 else SOLO_TASKS
        # A small job (workers would only cost time), or the online geocoder's rate limit.
        here = execution.engine == "local" and (len(first) < few or settings.online is not None)
        with _runner(execution, settings, folder, here) as run:
            for result in run(itertools.chain(first, tasks)):
                for line in result.warnings:
                    log.warning("%s", line)
                for error in result.errors:
                    done.errors.append(error)
                    if on_error is not None:
                        on_error(error)
                done.documents += result.documents
                if result.part is not None:
                    parts.append(result.part)
                if on_task is not None:
                    on_task(result)
        plan = plan_merge(parts)
        done.events = plan.rows
        yield plan, done


def extract_to_file(
    inputs: Inputs,
    output: str | Path,
    *,
    settings: Settings | None = None,
    execution: Execution | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_task: Callable[[TaskResult], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Extraction:
    """Extract the events of ``inputs`` into the table file ``output`` (format by suffix),
    written a chunk at a time and atomically. Nothing is written when no input could be
    read (``InputError``)."""
    with _extracted(
        inputs, settings or Settings(), execution or Execution(), on_error, on_task, stdin
    ) as (plan, done):
        if done.documents == 0:
            raise InputError(_names(inputs), "no input could be read")
        with table_writer(output, plan.bbox) as writer:
            for chunk in plan.chunks():
                writer.write(chunk)
    return done


def extract_table(
    inputs: Inputs,
    *,
    settings: Settings | None = None,
    execution: Execution | None = None,
    on_error: Callable[[InputError], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> tuple[pl.DataFrame, Extraction]:
    """The event table of ``inputs`` in memory, and what the job did."""
    with _extracted(
        inputs, settings or Settings(), execution or Execution(), on_error, None, stdin
    ) as (plan, done):
        chunks = list(plan.chunks())
    table = pl.concat(chunks) if chunks else pl.DataFrame(schema=EVENT_SCHEMA)
    return table, done


def _names(inputs: Inputs) -> str:
    if isinstance(inputs, str | Path):
        return str(inputs)
    return ", ".join(str(i) for i in inputs if not isinstance(i, Article)) or "(no inputs)"
