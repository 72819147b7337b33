"""Throughput of timeline.dates.find against dateparser's search_dates on the same news text.

    python bench/bench_dates.py [--subset-kb 150] [--default-kb 20] [--repeat 3]

The text is the TimeBank and AQUAINT documents when ../shared/data is there, else the
repository's examples/*.txt and test fixtures. search_dates is slow, so it runs on
subsets (the first documents up to --subset-kb with languages=["en"], and up to
--default-kb with its default settings, which detect the language of every text);
timeline runs on the same subsets and on everything. Figures are characters per second
and MB/s of UTF-8 text, on one core: times are the CPU time of this (single-threaded)
process, so other work on a shared machine does not count against either side.

Other scripts time the same comparison on their own texts with ``compare_speed``::

    from bench_dates import compare_speed
    figures = compare_speed([(text, published), ...], repeat=3)
    print(figures.ratio)
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timeline.dates import find  # noqa: E402

#: A text and its reference date (the publication date; a datetime is taken at its day).
Doc = tuple[str, date | None]
#: The reference search_dates gets for a text that has none.
FALLBACK_REFERENCE = date(2016, 12, 7)


@dataclass(frozen=True, slots=True)
class SpeedFigures:
    """One run of ``compare_speed``: the text measured, and each side's best time and count.

    The dateparser figures are None when the peer was not run.
    """

    chars: int
    nbytes: int
    timeline_seconds: float
    timeline_found: int
    dateparser_seconds: float | None = None
    dateparser_found: int | None = None

    @property
    def ratio(self) -> float | None:
        """How many times faster timeline is than search_dates on the same text."""
        if self.dateparser_seconds is None:
            return None
        return self.dateparser_seconds / self.timeline_seconds


def _day(reference: date | None) -> date | None:
    return reference.date() if isinstance(reference, datetime) else reference


def dateparser_search(
    text: str, reference: date | None, languages: Sequence[str] | None = ("en",)
) -> list[tuple[str, datetime]]:
    """dateparser's search_dates on ``text``, relative expressions read from ``reference``
    (``FALLBACK_REFERENCE`` when None); ``languages`` None lets it detect the language."""
    from dateparser.search import search_dates

    day = _day(reference) or FALLBACK_REFERENCE
    settings = {"RELATIVE_BASE": datetime.combine(day, datetime.min.time())}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(
            text, languages=list(languages) if languages else None, settings=settings
        )
    return list(found or [])


def _timed(
    run: Callable[[str, date | None], int], docs: Sequence[Doc], repeat: int
) -> tuple[float, int]:
    """Best CPU time over ``repeat`` passes, and the expressions found in one pass."""
    best, found = float("inf"), 0
    for _ in range(max(1, repeat)):
        start = time.process_time()
        found = sum(run(text, reference) for text, reference in docs)
        best = min(best, time.process_time() - start)
    return best, found


def compare_speed(
    texts: Sequence[tuple[str, date | datetime | None]],
    *,
    repeat: int = 3,
    languages: Sequence[str] | None = ("en",),
    peer: bool = True,
) -> SpeedFigures:
    """Time ``timeline.dates.find`` (best of ``repeat`` passes) and, with ``peer``, one pass
    of dateparser's search_dates (``languages`` None: its default language detection) on
    the same (text, reference date) pairs, in this process."""
    docs = [(text, _day(reference)) for text, reference in texts]
    seconds, found = _timed(lambda text, day: len(find(text, day)), docs, repeat)
    figures = SpeedFigures(
        chars=sum(len(text) for text, _ in docs),
        nbytes=sum(len(text.encode("utf-8")) for text, _ in docs),
        timeline_seconds=seconds,
        timeline_found=found,
    )
    if not peer:
        return figures
    peer_seconds, peer_found = _timed(
        lambda text, day: len(dateparser_search(text, day, languages)), docs, 1
    )
    return replace(figures, dateparser_seconds=peer_seconds, dateparser_found=peer_found)


def load_texts() -> tuple[str, list[Doc]]:
    from eval_timebank import CORPORA, DEFAULT_DATA, documents

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


def line(name: str, chars: int, nbytes: int, seconds: float, found: int) -> str:
    return (
        f"{name:<28}{chars:>10,} chars {seconds:>8.3f} s {chars / seconds:>12,.0f} chars/s"
        f" {nbytes / seconds / 1e6:>7.3f} MB/s {found:>6} expressions"
    )


def _print(label: str, figures: SpeedFigures, peer_label: str | None = None) -> None:
    size = (figures.chars, figures.nbytes)
    print(
        line(
            f"timeline.dates.find ({label})",
            *size,
            figures.timeline_seconds,
            figures.timeline_found,
        )
    )
    if peer_label and figures.dateparser_seconds is not None:
        found = figures.dateparser_found or 0
        print(line(f"{peer_label} ({label})", *size, figures.dateparser_seconds, found))


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
    dateparser_search(*tiny[0], languages=None)  # load dateparser's language data first
    _print("all", compare_speed(docs, repeat=args.repeat, peer=False))
    en = compare_speed(small, repeat=args.repeat)
    _print("subset", en, "search_dates en")
    default = compare_speed(tiny, repeat=args.repeat, languages=None)
    _print("small", default, "search_dates default")
    print(
        f"ratio: timeline is {en.ratio or 0:.1f}x faster than search_dates(languages=['en']) "
        f"and {default.ratio or 0:.0f}x faster than search_dates with its default settings"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
