"""Throughput of timeline.dates.find against dateparser's search_dates on the same news text.

    python bench/bench_dates.py [--subset-kb 150] [--default-kb 20] [--repeat 3]

The text is the TimeBank and AQUAINT documents when ../shared/data is there, else the
repository's examples/*.txt and test fixtures. search_dates is slow, so it runs on
subsets (the first documents up to --subset-kb with languages=["en"], and up to
--default-kb with its default settings, which detect the language of every text);
timeline runs on the same subsets and on everything. Figures are characters per second
and MB/s of UTF-8 text, on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_timebank import CORPORA, DEFAULT_DATA, documents  # noqa: E402

from timeline.dates import find  # noqa: E402

Doc = tuple[str, date | None]


def load_texts() -> tuple[str, list[Doc]]:
    if all((DEFAULT_DATA / corpus).is_dir() for corpus in CORPORA):
        docs = [(d.text, d.dct) for corpus in CORPORA for d in documents(DEFAULT_DATA, corpus)]
        return "TimeBank+AQUAINT", docs
    paths = sorted((ROOT / "examples").glob("*.txt"))
    paths += sorted((ROOT / "tests").rglob("fixtures/*.txt"))
    return "examples and fixtures", [(p.read_text(encoding="utf-8"), None) for p in paths]


def subset(docs: list[Doc], limit: int) -> list[Doc]:
    chosen: list[Doc] = []
    size = 0
    for doc in docs:
        if size >= limit:
            break
        chosen.append(doc)
        size += len(doc[0])
    return chosen


def timed(run: Callable[[Doc], int], docs: list[Doc], repeat: int) -> tuple[float, int]:
    """Best wall time over ``repeat`` passes, and the expressions found in one pass."""
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(run(doc) for doc in docs)
        best = min(best, time.perf_counter() - start)
    return best, found


def run_timeline(doc: Doc) -> int:
    return len(find(doc[0], doc[1]))


def _search_dates(doc: Doc, languages: list[str] | None) -> int:
    from dateparser.search import search_dates

    text, dct = doc
    base = datetime.combine(dct or date(2016, 12, 7), datetime.min.time())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=languages, settings={"RELATIVE_BASE": base})
    return len(found or [])


def run_dateparser_en(doc: Doc) -> int:
    return _search_dates(doc, ["en"])


def run_dateparser_default(doc: Doc) -> int:
    return _search_dates(doc, None)


def _sizes(docs: list[Doc]) -> tuple[int, int]:
    return sum(len(d[0]) for d in docs), sum(len(d[0].encode("utf-8")) for d in docs)


def line(name: str, chars: int, nbytes: int, seconds: float, found: int) -> str:
    return (
        f"{name:<28}{chars:>10,} chars {seconds:>8.3f} s {chars / seconds:>12,.0f} chars/s"
        f" {nbytes / seconds / 1e6:>7.3f} MB/s {found:>6} expressions"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset-kb", type=int, default=150, help="text for search_dates")
    parser.add_argument("--default-kb", type=int, default=20, help="text for default settings")
    parser.add_argument("--repeat", type=int, default=3, help="passes of timeline (best kept)")
    args = parser.parse_args(argv)
    source, docs = load_texts()
    if not docs:
        print("no text to measure")
        return 0
    small = subset(docs, args.subset_kb * 1000)
    tiny = subset(docs, args.default_kb * 1000)
    print(f"text: {source}, {len(docs)} documents; subsets of {len(small)} and {len(tiny)}")
    run_dateparser_default(tiny[0])  # load dateparser's language data outside the clock
    rows = [
        ("timeline.dates.find (all)", docs, run_timeline, args.repeat),
        ("timeline.dates.find (subset)", small, run_timeline, args.repeat),
        ("search_dates en (subset)", small, run_dateparser_en, 1),
        ("timeline.dates.find (small)", tiny, run_timeline, args.repeat),
        ("search_dates default (small)", tiny, run_dateparser_default, 1),
    ]
    seconds = {}
    for name, chosen, run, repeat in rows:
        elapsed, found = timed(run, chosen, repeat)
        seconds[name] = elapsed
        print(line(name, *_sizes(chosen), elapsed, found))
    en = seconds["search_dates en (subset)"] / seconds["timeline.dates.find (subset)"]
    default = seconds["search_dates default (small)"] / seconds["timeline.dates.find (small)"]
    print(
        f"ratio: timeline is {en:.1f}x faster than search_dates(languages=['en']) and "
        f"{default:.0f}x faster than search_dates with its default settings"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
