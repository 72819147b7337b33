"""Lines and blocks of a saved page, with their offsets into the page text.

A *line* is the text between two newlines, trimmed of surrounding whitespace (and of
furniture glued to its end); its offsets point at the trimmed text. A *block* is a run
of consecutive text lines: blank lines and furniture lines end it. Blocks remember how
many blank lines came before them and whether furniture did, which is how a comment
thread tells one comment from the next.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from timeline.ingest._furniture import LineKind, classify_line, strip_suffix_furniture

__all__ = ["Block", "Line", "build_blocks", "fold_text", "normalise_newlines", "split_lines"]

_NON_WORD_RE: Final = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its trimmed text, where that lies in the page, and its kind."""

    number: int
    start: int
    end: int
    kind: LineKind
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text lines with no blank or furniture line inside."""

    lines: tuple[Line, ...]
    gap: int
    after_furniture: bool

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def single_line(self) -> str | None:
        """The text of a one-line block, else None."""
        return self.lines[0].text if len(self.lines) == 1 else None


def fold_text(text: str) -> str:
    """``text`` for comparing headlines: case, quotes, dashes and punctuation ignored."""
    return _NON_WORD_RE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def normalise_newlines(text: str) -> str:
    """``text`` without a leading BOM, with ``\\r\\n`` and lone ``\\r`` made ``\\n``."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` (split on ``\\n`` only), classified."""
    lines: list[Line] = []
    pos = 0
    for number, raw in enumerate(text.split("\n")):
        if not raw or raw.isspace():
            lines.append(Line(number, pos, pos, "blank", ""))
            pos += len(raw) + 1
            continue
        kept = strip_suffix_furniture(raw)
        stripped = kept.strip()
        kind = classify_line(kept) if stripped or not raw.strip() else "furniture"
        start = pos + len(kept) - len(kept.lstrip())
        lines.append(Line(number, start, start + len(stripped), kind, stripped))
        pos += len(raw) + 1
    return lines


def build_blocks(
    lines: Sequence[Line],
    *,
    skip: Collection[int] = (),
    weak_is_text: bool = False,
) -> list[Block]:
    """Group ``lines`` into blocks; lines numbered in ``skip`` count as furniture."""
    blocks: list[Block] = []
    current: list[Line] = []
    gap, after_furniture = 0, False

    def close() -> None:
        nonlocal gap, after_furniture
        if current:
            blocks.append(Block(tuple(current), gap, after_furniture))
            current.clear()
            gap, after_furniture = 0, False

    for line in lines:
        is_text = line.kind == "content" or (weak_is_text and line.kind == "weak")
        if is_text and line.number not in skip:
            current.append(line)
        elif line.kind == "blank":
            close()
            gap += 1
        else:
            close()
            after_furniture = True
    close()
    return blocks
