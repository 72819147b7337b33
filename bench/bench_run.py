"""Benchmark of the main job: `timeline run` on the bundled examples.

Prints, measured now:
- seconds and peak resident memory of `timeline run examples/` in a fresh process, with a
  warm gazetteer cache (the usual case) and a cold one (the first run on a machine);
- characters per second of date recognition (timeline.dates.find) against dateparser's
  search_dates on the same text, in the same process, and the ratio.

    python bench/bench_run.py [--repeat 3] [--inputs examples/] [--skip-cold]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the other bench scripts
SEEDS = ROOT.parent / "shared" / "seeds"


def _run_once(inputs: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `timeline run` in a child process."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "timeline", "run", *inputs, "--out", out]
        started = time.perf_counter()
        child = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise SystemExit(
                f"timeline run failed: {child.stderr.read().decode() if child.stderr else ''}"
            )
    return seconds, usage.ru_maxrss / 1024


def _texts(inputs: list[str]) -> list[tuple[str, datetime]]:
    from timeline.ingest import iter_articles
    from timeline.records import Article

    texts = []
    for item in iter_articles(inputs):
        if isinstance(item, Article) and item.published is not None:
            body = "\n\n".join(item.segment_text(s) for s in item.segments)
            texts.append((body, datetime.combine(item.published, datetime.min.time())))
    return texts


def _date_speed(texts: list[tuple[str, datetime]], repeat: int) -> None:
    from bench_dates import compare_speed

    figures = compare_speed(texts, repeat=repeat)
    assert figures.dateparser_seconds is not None and figures.ratio is not None
    print(f"\ndate recognition on {figures.chars:,} characters of article and comment text")
    print(
        f"  timeline.dates.find        {figures.chars / figures.timeline_seconds:>12,.0f} chars/s"
        f"   {figures.timeline_found:>4} expressions"
    )
    print(
        f"  dateparser search_dates    {figures.chars / figures.dateparser_seconds:>12,.0f} chars/s"
        f"   {figures.dateparser_found:>4} expressions"
    )
    print(f"  ratio                      {figures.ratio:>12.1f}x faster")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--inputs", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--skip-cold", action="store_true", help="do not time a first run")
    args = parser.parse_args()

    env = dict(os.environ)
    _run_once(args.inputs, env)  # make sure the cache is built
    warm = [_run_once(args.inputs, env) for _ in range(args.repeat)]
    print(f"timeline run {' '.join(Path(i).name for i in args.inputs)} (fresh process each time)")
    print(
        f"  warm cache   {statistics.median(s for s, _ in warm):6.2f} s   "
        f"peak RSS {max(m for _, m in warm):6.0f} MB   (median of {args.repeat})"
    )
    if not args.skip_cold:
        with tempfile.TemporaryDirectory() as cache:
            seconds, peak = _run_once(args.inputs, env | {"TIMELINE_CACHE_DIR": cache})
        print(f"  cold cache   {seconds:6.2f} s   peak RSS {peak:6.0f} MB   (builds the gazetteer)")

    inputs = list(args.inputs)
    texts = _texts(inputs)
    if SEEDS.is_dir():  # the sample pages, read in place, with their publication dates
        from timeline.ingest import read_article

        for path, published in (
            (SEEDS / "000_e1a4c6f7e639122b.txt", "2016-12-07"),
            (SEEDS / "003_de639a4a227266a7.txt", "2017-06-01"),
        ):
            article = read_article(path)
            body = "\n\n".join(article.segment_text(s) for s in article.segments)
            texts.append((body, datetime.fromisoformat(published)))
    _date_speed(texts, args.repeat)


if __name__ == "__main__":
    main()
