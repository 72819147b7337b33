"""Per-article extraction throughput: ``Extractor().events`` on articles of about 5 KB.

    python bench/bench_extract.py [--repeat 3] [--size 5000] [--peer-articles 8] [--json]
    python bench/bench_extract.py --size 0     # the source texts as they are (0.5-2 KB)

The articles are built from the repository's own texts (examples/ and the bench/heldout*
sets, read by ``timeline.ingest``): each starts at one text and appends the next ones,
their titles, bodies and comment threads shifted into place, until it holds ``--size``
characters. Everything is measured warm (the gazetteer and lexicon loaded, one pass run
first), on one core, by this process's CPU time (steadier on a shared machine); the
fastest of ``--repeat`` passes counts.

Printed: articles/s and MB/s of ``Extractor().events`` end to end, then each stage alone
(dates, places, actors, triggers, quantities, modality cues, event assembly, the merge
within the article), and two peers measured in the same run on the same articles:
- the trigger lexicon as one case-insensitive alternation of every form, a named group
  per entry (how triggers were found before the first-word index), against the trigger
  stage;
- dateparser's ``search_dates`` over each whole text (on the first ``--peer-articles``
  articles; it is slow), against the whole of ``events``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timeline.records import Article, Segment  # noqa: E402

SOURCES = (ROOT / "examples", ROOT / "bench" / "heldout", ROOT / "bench" / "heldout2")
SEPARATOR = "\n\n"
PEER = "trigger alternation (peer)"


def _read_sources() -> list[Article]:
    from timeline.ingest import iter_articles

    paths = [str(p) for folder in SOURCES for p in sorted(folder.glob("*.txt"))]
    return [a for a in iter_articles(paths) if isinstance(a, Article)]


def _joined(parts: Sequence[Article], doc_id: str) -> Article:
    """One article made of ``parts`` in order, each part's segments moved to its offset."""
    text, segments = "", list[Segment]()
    for part in parts:
        offset = len(text) + (len(SEPARATOR) if text else 0)
        text = f"{text}{SEPARATOR}{part.text}" if text else part.text
        for seg in part.segments:
            kind = "body" if seg.kind == "title" and segments else seg.kind
            segments.append(replace(seg, kind=kind, start=seg.start + offset, end=seg.end + offset))
    head = parts[0]
    return replace(head, doc_id=doc_id, text=text, segments=tuple(segments))


def sized_articles(size: int = 5000) -> list[Article]:
    """One article of at least ``size`` characters starting at each source text (the
    source texts themselves when ``size`` is 0)."""
    sources = _read_sources()
    if size <= 0:
        return sources
    built = []
    for first in range(len(sources)):
        parts: list[Article] = []
        while sum(len(p.text) for p in parts) < size:
            parts.append(sources[(first + len(parts)) % len(sources)])
        built.append(_joined(parts, f"joined-{first}"))
    return built


def _alternation_triggers() -> Callable[[str], int]:
    """The peer: the trigger lexicon as one IGNORECASE alternation, a named group for each
    entry, scanned with finditer (how TriggerRecogniser found triggers before its
    first-word index); it returns how many it found, each told by its entry's group."""
    from timeline.lexicon import default_lexicon
    from timeline.recognisers.triggers import form_pattern

    entries = sorted(default_lexicon().triggers, key=lambda e: -max(map(len, e.forms)))
    alternatives = [
        f"(?P<t{i}>{'|'.join(form_pattern(f) for f in sorted(e.forms, key=len, reverse=True))})"
        for i, e in enumerate(entries)
    ]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)

    def find(text: str) -> int:
        found = [entries[int((m.lastgroup or "t0")[1:])] for m in pattern.finditer(text)]
        return len(found)

    return find


def _dateparser(article: Article) -> int:
    from bench_dates import dateparser_search

    return len(dateparser_search(article.text, article.published))


def _stages() -> dict[str, Callable[[Article], object]]:
    """Each stage of ``Extractor.events`` as a callable of one article."""
    from timeline.events import Spans, assemble_events, merge_events
    from timeline.pipeline import Extractor

    ex = Extractor()
    spans: dict[str, Spans] = {}

    def regions(a: Article) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in a.segments]

    def assemble(a: Article) -> object:
        return assemble_events(a, spans[a.doc_id])

    def merge(a: Article) -> object:
        return merge_events(assemble_events(a, spans[a.doc_id]))

    stages: dict[str, Callable[[Article], object]] = {
        "events (total)": ex.events,
        "dates": ex.dates,
        "places": ex.places,
        "actors": lambda a: ex._actors.find(a.text, regions(a)),
        "triggers": lambda a: ex._triggers.find(a.text, regions(a)),
        "quantities": lambda a: ex._quantities.find(a.text, regions(a)),
        "modality cues": lambda a: ex._modality.find(a.text, regions(a)),
        "assemble": assemble,
        "assemble+merge": merge,
    }
    stages["_spans"] = lambda a: spans.setdefault(a.doc_id, ex.spans(a))
    return stages


def _best(run: Callable[[Article], object], articles: Sequence[Article], repeat: int) -> float:
    """The fastest CPU time of ``repeat`` passes over ``articles``."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.process_time()
        for article in articles:
            run(article)
        best = min(best, time.process_time() - started)
    return best


def measure(articles: Sequence[Article], repeat: int, peer_articles: int) -> dict[str, object]:
    stages = _stages()
    for article in articles:  # warm: gazetteer, lexicon, caches; spans for assembly
        stages["_spans"](article)
    chars = sum(len(a.text) for a in articles)
    nbytes = sum(len(a.text.encode()) for a in articles)
    seconds = {name: _best(run, articles, repeat) for name, run in stages.items() if name[0] != "_"}
    alternation = _alternation_triggers()
    seconds[PEER] = _best(lambda a: alternation(a.text), articles, repeat)
    few = articles[: max(0, peer_articles)]
    dateparser = {"articles": len(few), "seconds": _best(_dateparser, few, 1) if few else None}
    ours_few = _best(stages["events (total)"], few, repeat) if few else None
    return {
        "articles": len(articles),
        "chars": chars,
        "bytes": nbytes,
        "seconds": seconds,
        "dateparser": dateparser,
        "events_on_peer_articles": ours_few,
    }


def _report(figures: dict[str, object]) -> None:
    n, nbytes = int(figures["articles"]), int(figures["bytes"])  # type: ignore[call-overload]
    seconds: dict[str, float] = figures["seconds"]  # type: ignore[assignment]
    print(f"{n} articles, mean {nbytes / n / 1000:.1f} KB (UTF-8); CPU time, best pass")
    print(f"{'stage':<36}{'ms/article':>11}{'articles/s':>12}{'MB/s':>8}")
    for name, secs in seconds.items():
        print(f"{name:<36}{secs / n * 1000:>11.2f}{n / secs:>12.1f}{nbytes / secs / 1e6:>8.3f}")
    ratio = seconds[PEER] / seconds["triggers"]
    print(f"triggers: {ratio:.1f}x faster than the one-alternation peer")
    peer: dict[str, float | int | None] = figures["dateparser"]  # type: ignore[assignment]
    ours = figures["events_on_peer_articles"]
    if peer["seconds"] and ours:
        per = float(peer["seconds"]) / int(peer["articles"]) * 1000  # type: ignore[arg-type]
        print(
            f"dateparser search_dates on {peer['articles']} of them: {per:.1f} ms/article; "
            f"events (total) is {float(peer['seconds']) / float(ours):.1f}x faster"  # type: ignore[arg-type]
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes (the fastest counts)")
    parser.add_argument(
        "--size", type=int, default=5000, help="characters per article (0: the texts as they are)"
    )
    parser.add_argument(
        "--peer-articles", type=int, default=8, help="articles dateparser reads (0: none)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = measure(sized_articles(args.size), args.repeat, args.peer_articles)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _report(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
