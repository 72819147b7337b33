"""Running tasks on a Dask distributed cluster (``pip install 'timeline[dask]'``).

The client sends each task (the inputs' paths or URLs, never their text) to the cluster;
a worker reads them, extracts, and writes its part into the shared work folder; the
client collects the results in task order and merges the parts. Each worker process
keeps one Extractor, hence one gazetteer, for every task it runs. The work folder and
the inputs must be reachable under the same names from the workers (a shared file
system, or URLs); on one machine, a temporary folder is.
"""

from __future__ import annotations

import contextlib
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.engine.settings import Settings
from timeline.engine.work import Task, TaskResult, run_captured
from timeline.errors import ConfigError

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["LOCAL_SCHEDULER_HTTP", "dask_client", "run_on_dask"]

_AHEAD = 2  # tasks queued per worker thread beyond the one it runs
CONNECT_TIMEOUT = "15s"


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise ConfigError(
            "the Dask engine needs the dask extra: pip install 'timeline[dask]'"
        ) from err
    return distributed


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at ``scheduler`` (``tcp://host:port``), or of a local
    cluster of ``workers`` processes on 127.0.0.1 made for the job and shut after it."""
    distributed = _import_distributed()
    if scheduler is not None:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            raise ConfigError(f"{scheduler}: cannot reach the Dask scheduler ({err})") from err
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        # no dashboard, and the scheduler's own HTTP server on a free local port: its
        # default, 8787, may be taken (another job, a notebook), which only warns
        scheduler_kwargs=LOCAL_SCHEDULER_HTTP,
        silence_logs=50,  # logging.CRITICAL: the job's own lines are the output
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


#: Scheduler options of a local cluster: no dashboard, its HTTP server on a free port.
LOCAL_SCHEDULER_HTTP: dict[str, Any] = {"dashboard": False, "dashboard_address": "127.0.0.1:0"}


def _threads(client: Client) -> int:
    workers: dict[str, dict[str, Any]] = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def run_on_dask(
    tasks: Iterable[Task], settings: Settings, folder: Path, client: Client
) -> Iterator[TaskResult]:
    """Run the tasks on the cluster behind ``client``; results in task order."""
    run = uuid.uuid4().hex[:8]
    window = _threads(client) * (_AHEAD + 1)
    pending: deque[Any] = deque()
    for task in tasks:
        key = f"timeline-{run}-{task.index}"
        pending.append(client.submit(run_captured, task, settings, folder, key=key, pure=False))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
