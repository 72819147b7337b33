"""Corpora, streamed: JSON lines, JSON arrays (or concatenated objects), CSV and TSV.

Records are read one at a time; a corpus is never held whole. A malformed record is a
``BadRecord`` naming ``file:line`` and the reason, yielded in its place, and reading goes
on (in JSON lines and CSV; a JSON array cannot be resynchronised after a broken element,
so reading it stops there). ``max_bytes`` bounds each record, not the corpus.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Final

from timeline.errors import BadRecord, EmptyInput, InputError, InputTooLarge
from timeline.ingest._decode import guess_encoding, is_utf8
from timeline.ingest._fields import FieldMap, record_to_article
from timeline.ingest._json_stream import JsonBroken, iter_json_values
from timeline.ingest._stream import peek
from timeline.records import Article

__all__ = ["CsvRest", "iter_csv", "iter_json", "iter_jsonl", "raise_field_limit"]

_SKIP_CHUNK: Final = 1 << 20
Item = Article | InputError


def _article(record: Any, fmap: FieldMap, default_id: str, where: str) -> Item:
    try:
        return record_to_article(record, fmap=fmap, default_id=default_id, where=where)
    except InputError as err:
        return err


def _read_line(stream: BinaryIO, max_bytes: int) -> tuple[bytes | None, bool]:
    """The next line (None at the end), and whether it was over ``max_bytes`` (skipped)."""
    line = stream.readline(max_bytes + 1)
    if not line:
        return None, False
    if len(line) > max_bytes and not line.endswith(b"\n"):
        rest = stream.readline(_SKIP_CHUNK)
        while rest and not rest.endswith(b"\n"):
            rest = stream.readline(_SKIP_CHUNK)
        return b"", True
    return line, False


def iter_jsonl(
    stream: BinaryIO, name: str, stem: str, fmap: FieldMap, max_bytes: int, first_line: int = 1
) -> Iterator[Item]:
    """The articles of a JSON-lines corpus, one object a line; blank lines are skipped.
    ``first_line`` numbers the stream's first line (a stream cut from a larger corpus)."""
    number = first_line - 1
    while True:
        raw, too_long = _read_line(stream, max_bytes)
        if raw is None:
            return
        number += 1
        where = f"{name}:{number}"
        if too_long:
            yield InputTooLarge(where, f"record over the size limit of {max_bytes:,} bytes")
            continue
        raw = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield BadRecord(where, "not UTF-8")
            continue
        except json.JSONDecodeError as err:
            reason = err.msg.removesuffix(" at")
            yield BadRecord(where, f"not valid JSON ({reason}, column {err.colno})")
            continue
        yield _article(record, fmap, f"{stem}:{number}", where)


def iter_json(
    stream: BinaryIO, name: str, stem: str, fmap: FieldMap, max_bytes: int
) -> Iterator[Item]:
    """The articles of a JSON array of records (or of records one after another)."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict")
    for number, item in enumerate(iter_json_values(text, max_bytes), start=1):
        if isinstance(item, JsonBroken):
            where = f"{name}:{item.line}"
            broken = InputTooLarge if item.too_large else BadRecord
            yield broken(where, item.reason)
            return
        yield _article(item.value, fmap, f"{stem}:{number}", f"{name}:{item.line}")


def _csv_text(stream: BinaryIO, name: str) -> io.TextIOWrapper:
    head, stream = peek(stream)
    encoding = "utf-8-sig" if is_utf8(head, truncated=True) else guess_encoding(head, name)
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")


def raise_field_limit(max_bytes: int) -> None:
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)


def iter_csv(
    stream: BinaryIO,
    name: str,
    stem: str,
    fmap: FieldMap,
    max_bytes: int,
    delimiter: str = ",",
    rest: CsvRest | None = None,
) -> Iterator[Item]:
    """The articles of a CSV (or TSV) corpus with a header row; ids fall back to row numbers.
    ``rest``: the stream is a run of whole records cut from a larger corpus, after the
    header and lines and rows ``rest`` gives."""
    raise_field_limit(max_bytes)
    if rest is not None:  # only UTF-8 corpora are cut
        utf8 = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
        yield from _csv_rows(
            csv.reader(utf8, delimiter=delimiter), list(rest.header), name, stem, fmap, rest
        )
        return
    try:
        text = _csv_text(stream, name)
    except InputError as err:
        yield err
        return
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = [cell.strip() for cell in next(reader, [])]
    except csv.Error as err:
        yield BadRecord(f"{name}:1", f"malformed header row ({err})")
        return
    if not any(header):
        yield EmptyInput(name, "no header row")
        return
    if not any(field in header for field in fmap.text):
        yield BadRecord(f"{name}:1", f"no text column (looked for {', '.join(fmap.text)})")
        return
    yield from _csv_rows(reader, header, name, stem, fmap)


@dataclass(frozen=True, slots=True)
class CsvRest:
    """Where a run of records cut from a CSV corpus stands: the corpus's header, the
    lines and the data rows before the run."""

    header: tuple[str, ...]
    lines: int = 1
    rows: int = 0


def _csv_rows(
    reader: Any,
    header: list[str],
    name: str,
    stem: str,
    fmap: FieldMap,
    rest: CsvRest | None = None,
) -> Iterator[Item]:
    lines_before = rest.lines if rest is not None else 0
    row_number = rest.rows if rest is not None else 0
    while True:
        line_before = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            line = reader.line_num + lines_before
            yield BadRecord(f"{name}:{line}", f"malformed CSV ({err})")
            if reader.line_num == line_before:
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        row_number += 1
        where = f"{name}:{reader.line_num + lines_before}"
        if len(row) != len(header):
            yield BadRecord(where, f"{len(row)} fields where the header has {len(header)}")
            continue
        yield _article(dict(zip(header, row, strict=True)), fmap, f"{stem}:{row_number}", where)
