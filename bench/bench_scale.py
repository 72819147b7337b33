"""Benchmark of scale: `timeline extract` on generated corpora of 10,000 and 100,000
articles (about 5 KB each, from bench/corpus.py), at 1, 2 and N workers on this machine
and on a Dask LocalCluster, to Parquet.

For each run it prints wall seconds, articles per second (and per worker), and the peak
memory of the whole process tree (the job and its workers, sampled every 0.1 s; for
Dask, the scheduler and workers too). Then the ratios the scale goals name, each against
a peer measured in the same run: the speed-up from 1 to 2 workers, Dask against the
local pool at the same number of workers, and peak memory at the largest corpus against
the smallest. Every run's table is checked to be byte-identical to the 1-worker one.

    python bench/bench_scale.py [--sizes 10000 100000] [--workers 1 2] [--no-dask]
                                [--corpus-dir /tmp/timeline-bench] [--seed 0]

Corpora are generated once and kept in --corpus-dir (about 5.6 KB an article).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


@dataclass
class Measure:
    size: int
    engine: str
    workers: int
    seconds: float
    peak_mb: float
    events: str
    output: Path

    @property
    def rate(self) -> float:
        return self.size / self.seconds


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            continue
    return total


def _run(corpus: Path, size: int, engine: str, workers: int, out: Path) -> Measure:
    command = [
        sys.executable, "-m", "timeline", "extract", str(corpus), "-o", str(out),
        "--workers", str(workers), "--engine", engine,
    ]  # fmt: skip
    peak = 0
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(child.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            with contextlib.suppress(psutil.Error):
                peak = max(peak, _tree_rss(watched))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = child.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"timeline extract failed ({engine}, {workers}):\n{err}")
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    return Measure(size, engine, workers, seconds, peak / 2**20, summary, out)


def _corpus(folder: Path, size: int, seed: int) -> Path:
    from corpus import write_corpus

    path = folder / f"corpus-{size}-seed{seed}.jsonl"
    if not path.exists():
        started = time.perf_counter()
        written = write_corpus(path, size, seed=seed)
        took = time.perf_counter() - started
        print(f"generated {path}: {written / 1e6:.0f} MB in {took:.0f} s", flush=True)
    return path


def _line(m: Measure) -> str:
    per = m.rate / m.workers
    return (
        f"{m.size:>7,} articles  {m.engine:<5} {m.workers} worker(s)  {m.seconds:7.1f} s  "
        f"{m.rate:6.1f} articles/s ({per:5.1f} per worker)  peak {m.peak_mb:6.0f} MB  "
        f"[{m.events}]"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    cores = len(os.sched_getaffinity(0))
    parser.add_argument("--workers", type=int, nargs="+", default=sorted({1, 2, cores}))
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    parser.add_argument(
        "--corpus-dir", type=Path, default=Path(tempfile.gettempdir()) / "timeline-bench"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.corpus_dir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {cores} cores; python {sys.version.split()[0]}", flush=True)
    measures: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = _corpus(args.corpus_dir, size, args.seed)
            runs = [("local", w) for w in args.workers]
            if not args.no_dask:
                runs += [("dask", max(args.workers))]
            for engine, workers in runs:
                out = Path(tmp) / f"events-{size}-{engine}-{workers}.parquet"
                measure = _run(corpus, size, engine, workers, out)
                measures.append(measure)
                print(_line(measure), flush=True)
        _report(measures)
    return 0


def _report(measures: list[Measure]) -> None:
    print()
    for size in sorted({m.size for m in measures}):
        runs = {(m.engine, m.workers): m for m in measures if m.size == size}
        one = runs.get(("local", 1))
        if one is not None:
            same = all(m.output.read_bytes() == one.output.read_bytes() for m in runs.values())
            print(f"{size:,}: every table byte-identical to the 1-worker one: {same}")
            print(f"{size:,}: 1 worker, per core: {one.rate:.1f} articles/s (goal >= 200)")
            two = runs.get(("local", 2))
            if two is not None:
                speedup = one.seconds / two.seconds
                print(f"{size:,}: speed-up 1 -> 2 workers: {speedup:.2f}x (goal >= 1.8x)")
        for (engine, workers), m in runs.items():
            local = runs.get(("local", workers))
            if engine == "dask" and local is not None:
                print(
                    f"{size:,}: Dask / local pool at {workers} workers: "
                    f"{m.seconds / local.seconds:.2f}x the time (goal <= 1.2x)"
                )
    sizes = sorted({m.size for m in measures})
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for key in sorted({(m.engine, m.workers) for m in measures}):
            a = next((m for m in measures if (m.size, m.engine, m.workers) == (small, *key)), None)
            b = next((m for m in measures if (m.size, m.engine, m.workers) == (large, *key)), None)
            if a is not None and b is not None:
                print(
                    f"peak memory {large:,} / {small:,} articles ({key[0]}, {key[1]} workers): "
                    f"{b.peak_mb / a.peak_mb:.2f}x (goal <= 1.5x)"
                )


if __name__ == "__main__":
    raise SystemExit(main())
