"""A generator of realistic synthetic news corpora (JSONL) for timeline's benchmarks.

Articles of about 5 KB of wire-style conflict reporting: two to six event sentences
(talks, deals, truces, withdrawals, evacuations, strikes, shelling, clashes, captures,
surrenders, denials, plans) with actors from timeline's actor lexicon, places from the
embedded gazetteer, counts, dates of every kind timeline resolves and every modality,
among filler paragraphs (background, quotes, analysis); a share carry a comment thread,
and ``--html-share`` of the records carry their text as an HTML page. The sentences come
from the grammar in bench/corpus_data/ (see grammar.py there); the same seed gives the
same bytes, and article ``i`` of a seed is the same whatever ``n`` is.

    python bench/corpus.py 100000 corpus.jsonl [--seed 0] [--html-share 0.1]

    >>> for record in generate(3, seed=7): print(record["title"])
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_data, run as a script

from corpus_data.grammar import Grammar, load_grammar  # noqa: E402
from corpus_data.page import html_page  # noqa: E402
from corpus_data.story import Story  # noqa: E402
from corpus_data.world import World, build_world  # noqa: E402

from timeline.fsutil import atomic_path  # noqa: E402

__all__ = ["generate", "main", "write_corpus"]

_FIRST_DAY = date(2014, 1, 1)
_DAYS = (date(2024, 12, 31) - _FIRST_DAY).days
# event type -> weight in articles (the types of timeline.vocabulary.EVENT_TYPES)
_EVENT_WEIGHTS = {
    "negotiation": 8, "agreement": 6, "ceasefire": 6, "withdrawal": 8, "evacuation": 6,
    "surrender": 4, "airstrike": 9, "shelling": 8, "armed_clash": 9, "attack": 7,
    "capture": 9, "deployment": 4, "appeal": 3, "arrest": 3,
}  # fmt: skip
_MODALITY_WEIGHTS = {"asserted": 50, "reported": 25, "alleged": 9, "denied": 8, "speculative": 8}
_LENGTH_MU, _LENGTH_SIGMA = 8.43, 0.36  # log-normal body length in characters: mean ~5 KB
_MIN_LENGTH, _MAX_LENGTH = 2100, 8400  # targets; a last paragraph adds up to ~600
_COMMENT_SHARE = 0.45  # of articles with a comment thread
_COMMENT_COUNTS = (0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12)


def _cumulative(weights: dict[str, int]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    keys, total, cumulative = tuple(weights), 0, []
    for key in keys:
        total += weights[key]
        cumulative.append(total)
    return keys, tuple(cumulative)


_EVENTS = _cumulative(_EVENT_WEIGHTS)
_MODALITIES = _cumulative(_MODALITY_WEIGHTS)


def _event_paragraph(story: Story, event_type: str, modality: str) -> str:
    """One paragraph telling an event, with zero to two sentences that follow it up."""
    story.new_paragraph()
    sentences = [story.event(event_type, modality)]
    used: set[tuple[str, int]] = set()
    for _ in range(story.rng.choice((0, 1, 1, 2))):
        sentences.append(story.sentence("follow_up", used=used))
    return " ".join(sentences)


def _body(story: Story, target: int) -> tuple[str, list[str]]:
    """The title and the paragraphs of an article of about ``target`` characters."""
    rng = story.rng
    types = rng.choices(_EVENTS[0], cum_weights=_EVENTS[1], k=rng.randint(2, 6))
    modalities = rng.choices(_MODALITIES[0], cum_weights=_MODALITIES[1], k=len(types))
    lead = _event_paragraph(story, types[0], "asserted")
    title = story.sentence(f"title_{types[0]}", end="")
    if rng.random() < 0.25:
        lead = f"{story.dateline()} \u2014 {lead}"
    pairs = zip(types[1:], modalities[1:], strict=True)
    events = [_event_paragraph(story, event_type, modality) for event_type, modality in pairs]
    filler: list[str] = []
    size = len(lead) + sum(len(p) + 2 for p in events)
    while size < target:
        story.new_paragraph()
        paragraph = story.paragraph()
        filler.append(paragraph)
        size += len(paragraph) + 2
    rest = events + filler
    rng.shuffle(rest)
    return title, [lead, *rest]


def _comments(story: Story) -> list[dict[str, str]]:
    rng = story.rng
    if rng.random() >= _COMMENT_SHARE:
        return []
    thread: list[dict[str, str]] = []
    for _ in range(rng.choice(_COMMENT_COUNTS)):
        story.new_paragraph()
        author = story.author()
        thread.append({"author": author, "text": story.comment()})
        story.commenter(author)
    return thread


def _record(
    index: int, seed: int, world: World, grammar: Grammar, html_share: float
) -> dict[str, Any]:
    """Article ``index`` of ``seed``: its own random generator, so any ``n`` agrees."""
    rng = random.Random(f"timeline-corpus:{seed}:{index}")
    published = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    story = Story(rng, world, grammar, published)
    target = min(_MAX_LENGTH, max(_MIN_LENGTH, int(rng.lognormvariate(_LENGTH_MU, _LENGTH_SIGMA))))
    title, paragraphs = _body(story, target)
    comments = _comments(story)
    doc_id = f"gen-{seed}-{index:07d}"
    url = f"https://news.example.org/{published:%Y/%m/%d}/{story.slug(title)}-{index}"
    if rng.random() < html_share:
        page = html_page(title, paragraphs, comments, published, url, rng)
        return {"id": doc_id, "title": title, "text": page, "published": published.isoformat(),
                "url": url, "comments": []}  # fmt: skip
    return {"id": doc_id, "title": title, "text": "\n\n".join(paragraphs),
            "published": published.isoformat(), "url": url, "comments": comments}  # fmt: skip


def generate(n: int, seed: int = 0, html_share: float = 0.0) -> Iterator[dict[str, Any]]:
    """``n`` article records, one at a time: id, title, text, published, url, comments."""
    world, grammar = build_world(), load_grammar()
    for index in range(n):
        yield _record(index, seed, world, grammar, html_share)


def write_corpus(path: Path, n: int, seed: int = 0, html_share: float = 0.0) -> int:
    """Write ``n`` records to ``path`` as JSON lines, atomically; return the bytes written."""
    written = 0
    with atomic_path(path) as tmp, open(tmp, "wb", buffering=1 << 20) as out:
        for record in generate(n, seed, html_share):
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            out.write(line)
            written += len(line)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same bytes")
    parser.add_argument("--html-share", type=float, default=0.0, help="share of HTML records")
    args = parser.parse_args(argv)
    if args.n < 0 or not 0.0 <= args.html_share <= 1.0:
        parser.error("N must be >= 0 and --html-share between 0 and 1")
    started = time.perf_counter()
    size = write_corpus(args.out, args.n, args.seed, args.html_share)
    seconds = max(time.perf_counter() - started, 1e-9)
    print(
        f"{args.out}: {args.n:,} articles, {size / 1e6:,.1f} MB in {seconds:,.1f} s "
        f"({args.n / seconds:,.0f} articles/s, {size / 1e6 / seconds:,.1f} MB/s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
