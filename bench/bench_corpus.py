"""A corpus streamed through `timeline extract`: peak memory and articles per second.

Generates a JSON-lines corpus with bench/corpus.py (about 5 KB articles of our own
templates: events, actors, places, dates, counts, comment threads), then runs, each in a
fresh process:

* ``timeline extract CORPUS -o events.parquet`` (the product),
* ingest alone (``timeline.ingest.iter_articles``, every record read and dropped),
* plain ``json.loads`` of every line (the peer: what reading the file costs at least),

at two corpus sizes (1,000 and 10,000 articles by default), and prints the peak resident
memory (RSS) and articles per second of each, the ratio of the peak at the large size to
the peak at the small one (bounded memory: no more than 1.5), and the speed of extraction
against the peers.

    python bench/bench_corpus.py                   # 1,000 and 10,000 articles
    python bench/bench_corpus.py --sizes 200 2000  # a quicker look
    python bench/bench_corpus.py --keep DIR        # keep the corpora and tables in DIR
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENERATOR = Path(__file__).resolve().parent / "corpus.py"


def write_corpus(path: Path, size: int, seed: int = 2017) -> int:
    """Generate ``size`` articles into ``path`` with bench/corpus.py, in a process of its
    own (so this one stays small: its children's peak memory is what is measured)."""
    command = [sys.executable, str(GENERATOR), str(size), str(path), "--seed", str(seed)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return path.stat().st_size


# -- measuring --------------------------------------------------------------------------

INGEST_ONLY = """
import sys
from timeline.ingest import iter_articles
from timeline.errors import InputError
n = sum(1 for item in iter_articles([sys.argv[1]]) if not isinstance(item, InputError))
print(n)
"""
JSON_ONLY = """
import json, sys
n = 0
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        json.loads(line)
        n += 1
print(n)
"""


@dataclass(frozen=True)
class Run:
    """One measured process: wall time, peak RSS of its largest process (wait4), peak RSS
    of it and its worker processes together (sampled from /proc), and exit status."""

    name: str
    articles: int
    seconds: float
    peak_mb: float
    tree_peak_mb: float
    status: int

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree_rss(root: int) -> int:
    """Bytes resident in ``root`` and its descendants now (Linux /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


class _Sampler(threading.Thread):
    """Samples the resident memory of a process tree until told to stop."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.every):
            self.peak = max(self.peak, _tree_rss(self.pid))


def measure(name: str, command: list[str], articles: int) -> Run:
    """Run ``command``: its wall time, and its peak resident memory (wait4's rusage for
    the largest process; /proc samples for all its processes together)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        sampler = _Sampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
        process.returncode = code = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        if code:
            print(f"  {name}: exit {code}\n{errors.read()[-2000:].decode()}", file=sys.stderr)
    largest = usage.ru_maxrss / 1024
    return Run(name, articles, seconds, largest, max(largest, sampler.peak / 2**20), code)


def runs_for(corpus: Path, size: int, out: Path) -> list[Run]:
    python = sys.executable
    table = out / f"events-{size}.parquet"
    return [
        measure("json.loads", [python, "-c", JSON_ONLY, str(corpus)], size),
        measure("ingest", [python, "-c", INGEST_ONLY, str(corpus)], size),
        measure(
            "extract", [python, "-m", "timeline", "extract", str(corpus), "-o", str(table)], size
        ),
    ]


def report(results: dict[int, list[Run]]) -> None:
    sizes = sorted(results)
    print(
        f"{'articles':>9} {'process':<11} {'seconds':>9} {'art/s':>9} "
        f"{'peak RSS':>10} {'all procs':>10}"
    )
    for size in sizes:
        for run in results[size]:
            print(
                f"{size:>9,} {run.name:<11} {run.seconds:>9.1f} {run.per_second:>9.1f} "
                f"{run.peak_mb:>8.0f}MB {run.tree_peak_mb:>8.0f}MB"
            )
    small, large = sizes[0], sizes[-1]
    for index, name in enumerate(("json.loads", "ingest", "extract")):
        a, b = results[small][index], results[large][index]
        print(
            f"peak RSS {name}: {large:,} / {small:,} articles = {b.peak_mb / a.peak_mb:.2f}x "
            f"(all processes: {b.tree_peak_mb / a.tree_peak_mb:.2f}x)"
        )
    extract = results[large][2]
    for peer in results[large][:2]:
        print(
            f"speed at {large:,}: extract {extract.per_second:.1f} art/s = "
            f"{extract.per_second / peer.per_second:.4f}x {peer.name}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--keep", type=Path, help="keep the corpora and tables here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        results: dict[int, list[Run]] = {}
        for size in sorted(args.sizes):
            corpus = folder / f"corpus-{size}.jsonl"
            print(
                f"{size:,} articles: {write_corpus(corpus, size) / 1e6:.1f} MB",
                flush=True,
            )
            results[size] = runs_for(corpus, size, folder)
        report(results)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
