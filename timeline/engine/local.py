"""Running tasks on this machine: in this process, or on a pool of worker processes.

Workers are started fresh (``spawn``: no state copied from a process that may hold
threads), each loads the gazetteer once, and results come back in task order. Only a
few tasks per worker are in flight at a time, so reading never runs far ahead of
extraction and memory stays bounded by the tasks in flight, not by the inputs.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from timeline.engine.settings import Settings
from timeline.engine.work import Task, TaskResult, capture_logs, run_captured, run_task

__all__ = ["default_workers", "run_in_pool", "run_in_process"]

_AHEAD = 2  # tasks queued per worker beyond the one it runs


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run_in_process(tasks: Iterable[Task], settings: Settings, folder: Path) -> Iterator[TaskResult]:
    """Run each task here, one after the other."""
    for task in tasks:
        yield run_task(task, settings, folder)


def _start_worker(settings: Settings) -> None:
    capture_logs()
    from timeline.engine.work import _extractor

    _extractor(settings).gazetteer  # noqa: B018 -- load it now, not in the first task


def run_in_pool(
    tasks: Iterable[Task], settings: Settings, folder: Path, workers: int
) -> Iterator[TaskResult]:
    """Run the tasks on ``workers`` processes; results in task order."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    ) as pool:
        pending: deque[Future[TaskResult]] = deque()
        for task in tasks:
            pending.append(pool.submit(run_captured, task, settings, folder))
            if len(pending) >= workers * (_AHEAD + 1):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
