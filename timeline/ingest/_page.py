"""The layout of a saved text page: title, dateline, body paragraphs, comment thread.

Reading order: a dateline among the first lines gives the publication date (a line that
holds only the date is page furniture); the title is the first headline-like line, or a
line repeated among the first text lines (page title and h1: kept once, the copy dropped,
text before it taken for site chrome); the body runs from there to the first comment-
widget label after it, or to a thread found without a label (see ``_thread``); every
body block is one body segment; the thread is split into comment segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from timeline.ingest._dates import Dateline, find_dateline
from timeline.ingest._lines import Block, Line, build_blocks, fold_text, split_lines
from timeline.ingest._thread import group_comments, unlabelled_thread_start
from timeline.records import Segment

__all__ = ["PageLayout", "layout_page"]

_TITLE_WINDOW: Final = 4
_DATELINE_WINDOW: Final = 3
_MAX_TITLE_CHARS: Final = 250
_MAX_TITLE_WORDS: Final = 35


@dataclass(frozen=True, slots=True)
class PageLayout:
    """Where the title, body and comments of a page lie, and its dateline's date."""

    segments: tuple[Segment, ...]
    title: str | None
    dateline: date | None


def _headline_like(line: Line) -> bool:
    text = line.text
    return (
        len(text) <= _MAX_TITLE_CHARS
        and len(text.split()) <= _MAX_TITLE_WORDS
        and any(c.isalpha() for c in text)
        and (not text.endswith(".") or text.endswith(".."))
    )


def _find_dateline(lines: list[Line]) -> tuple[date | None, set[int]]:
    """The dateline's date among the first lines, and the date-only lines to drop."""
    found: list[Dateline] = []
    drop: set[int] = set()
    seen_text = 0
    for line in lines:
        if line.kind == "label" or seen_text >= _DATELINE_WINDOW:
            break
        if line.kind in ("blank", "weak"):
            continue
        seen_text += line.kind == "content"
        dateline = find_dateline(line.text)
        if dateline is not None:
            found.append(dateline)
            if dateline.date_only:
                drop.add(line.number)
    found.sort(key=lambda d: d.updated)
    return (found[0].value if found else None), drop


def _find_title(text_lines: list[Line], title_given: bool) -> tuple[Line | None, set[int]]:
    """The title line, and the lines to drop with it (its copies, chrome before it)."""
    window = text_lines[:_TITLE_WINDOW]
    if not window:
        return None, set()
    candidates = window[:1] if title_given else window[: _TITLE_WINDOW - 1]
    for i, line in enumerate(candidates):
        copies = {w.number for w in window[i + 1 :] if fold_text(w.text) == fold_text(line.text)}
        if copies and (title_given or _headline_like(line)):
            return line, copies | {w.number for w in window[:i]}
    if title_given or _headline_like(window[0]):
        return window[0], set()
    return None, set()


def _split_thread(lines: list[Line], blocks: list[Block], first_text: int, unlabelled: bool) -> int:
    """The number of the line where the comment thread starts (``len(lines)`` if none)."""
    for line in lines[first_text + 1 :]:
        if line.kind == "label":
            return line.number
    start = unlabelled_thread_start(blocks) if unlabelled else None
    return blocks[start].first if start is not None else len(lines)


def layout_page(
    text: str, *, title_given: bool = False, unlabelled_threads: bool = True
) -> PageLayout:
    """Lay out ``text`` (newlines normalised); with ``title_given``, its first line is the title."""
    lines = split_lines(text)
    dateline, skip = _find_dateline(lines)
    text_lines = [line for line in lines if line.kind == "content" and line.number not in skip]
    title, dropped = _find_title(text_lines, title_given)
    skip |= dropped
    segments: list[Segment] = []
    if title is not None:
        skip.add(title.number)
        segments.append(Segment("title", title.start, title.end))
    body_lines = [line for line in text_lines if line.number not in skip]
    if not body_lines:
        return PageLayout(tuple(segments), title.text if title else None, dateline)
    body_blocks = build_blocks(lines, skip=skip)
    thread_at = _split_thread(lines, body_blocks, body_lines[0].number, unlabelled_threads)
    body = [block for block in body_blocks if block.first < thread_at]
    segments.extend(Segment("body", b.start, b.end, index=i) for i, b in enumerate(body))
    thread = build_blocks(lines[thread_at:], skip=skip, weak_is_text=True)
    segments.extend(
        Segment("comment", c.start, c.end, author=c.author, index=i)
        for i, c in enumerate(group_comments(thread))
    )
    return PageLayout(tuple(segments), title.text if title else None, dateline)
