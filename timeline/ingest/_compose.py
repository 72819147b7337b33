"""Composing an article text from extracted pieces, with segments pointing into it.

HTML pages and corpus records do not arrive as one text: their title, paragraphs and
comments are separate strings. The composed text lays them out as a saved page would:
the title line, a blank line, the body paragraphs separated by blank lines, two blank
lines, then each comment (its author on a line of its own, then its text), comments
separated by two blank lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.records import Segment, SegmentKind

__all__ = ["ComposedComment", "TextBuilder", "compose"]


@dataclass(frozen=True, slots=True)
class ComposedComment:
    """A comment as extracted: its author where known, and its paragraphs."""

    author: str | None
    paragraphs: tuple[str, ...]


class TextBuilder:
    """Appends pieces of text and records segments over some of them."""

    def __init__(self, text: str = "", segments: Sequence[Segment] = ()) -> None:
        self._parts = [text] if text else []
        self._length = len(text)
        self._segments = list(segments)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(self._segments)

    def append(self, text: str) -> None:
        if text:
            self._parts.append(text)
            self._length += len(text)

    def separate(self, blank_lines: int) -> None:
        """Start a new line after ``blank_lines`` blank ones (nothing at the very start)."""
        if self._length:
            self.append("\n" * (blank_lines + 1))

    def add(
        self, kind: SegmentKind, text: str, *, author: str | None = None, index: int = 0
    ) -> None:
        """Append ``text`` as one segment of ``kind``."""
        start = self._length
        self.append(text)
        self._segments.append(Segment(kind, start, self._length, author=author, index=index))


def compose(
    title: str | None,
    paragraphs: Sequence[str],
    comments: Sequence[ComposedComment],
    builder: TextBuilder | None = None,
) -> TextBuilder:
    """Lay out a title, body paragraphs and comments (after what ``builder`` holds)."""
    out = builder or TextBuilder()
    if title:
        out.separate(2)
        out.add("title", title)
    for i, paragraph in enumerate(paragraphs):
        out.separate(1)
        out.add("body", paragraph, index=i)
    first = sum(1 for s in out.segments if s.kind == "comment")
    for i, comment in enumerate(comments, start=first):
        out.separate(2)
        if comment.author:
            out.append(comment.author + "\n")
        out.add("comment", "\n".join(comment.paragraphs), author=comment.author, index=i)
    return out
