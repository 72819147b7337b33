"""Where a large corpus can be cut, so that several processes read it at once.

A JSON-lines corpus is cut at line ends; a CSV or TSV corpus at record ends, found by
the csv module itself, so a line break inside a quoted field never cuts a record. Each
cut is a byte range with the line number it starts at and, for CSV, the data rows before
it, so a worker names what it reads as a reader of the whole file would
(``feed.jsonl:1234``). Only UTF-8 corpora are cut; a CSV the csv module cannot read
through is cut no further than where it stopped.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Final

__all__ = ["Cut", "csv_cuts", "csv_header", "jsonl_cuts"]

_LINE_CHUNK: Final = 1 << 20


@dataclass(frozen=True, slots=True)
class Cut:
    """Bytes ``[start, end)`` of a corpus (``end`` None: to its end), the number of its
    first line, and (CSV) the data rows before it."""

    start: int
    end: int | None
    line: int = 1
    rows: int = 0


def jsonl_cuts(stream: BinaryIO, size: int) -> Iterator[Cut]:
    """Ranges of whole lines of about ``size`` bytes, front to back."""
    start = offset = 0
    line = lines = 1
    while chunk := stream.readline(_LINE_CHUNK):
        offset += len(chunk)
        if chunk.endswith(b"\n"):
            lines += 1
            if offset - start >= size:
                yield Cut(start, offset, line)
                start, line = offset, lines
    if start < offset or start == 0:
        yield Cut(start, None, line)


class _Lines:
    """The decoded lines of a byte stream, counting the bytes handed out."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.offset = 0

    def __iter__(self) -> Iterator[str]:
        first = True
        while chunk := self._stream.readline(_LINE_CHUNK):
            self.offset += len(chunk)
            text = chunk.decode("utf-8", errors="replace")
            yield text.removeprefix("\ufeff") if first else text
            first = False


def csv_header(stream: BinaryIO, delimiter: str) -> list[str]:
    """The header row of a CSV corpus (empty if it has none)."""
    try:
        row = next(csv.reader(_Lines(stream), delimiter=delimiter), [])
    except csv.Error:
        return []
    return [cell.strip() for cell in row]


def csv_cuts(stream: BinaryIO, size: int, delimiter: str) -> Iterator[Cut]:
    """Ranges of whole records of about ``size`` bytes, front to back; the first holds
    the header row."""
    lines = _Lines(stream)
    reader = csv.reader(lines, delimiter=delimiter)
    start, line, before, rows = 0, 1, 0, 0
    try:
        next(reader, None)  # the header
        for row in reader:
            rows += any(cell.strip() for cell in row)  # blank rows are not counted
            if lines.offset - start >= size:
                yield Cut(start, lines.offset, line, before)
                start, line, before = lines.offset, reader.line_num + 1, rows
    except csv.Error:
        pass  # the rest is one range; its reader says what is wrong there
    yield Cut(start, None, line, before)
