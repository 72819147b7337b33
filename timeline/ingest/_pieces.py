"""Inputs as pieces another process can read: what the parallel engines hand to workers.

A ``Piece`` names an input by path (never its text), so it travels cheaply to a worker
process or a Dask worker, which reads it with ``read_piece``. A JSON-lines or CSV corpus
larger than ``PIECE_BYTES`` is cut into pieces of whole records (``timeline.ingest.
_split``), read as the whole file would be: same articles, ids and error lines. Standard
input, which only this process can read, is first copied to a file in ``spool``.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Final, TextIO

from timeline.errors import InputError, UnreadableInput
from timeline.ingest._corpus import CsvRest, iter_csv, iter_jsonl, raise_field_limit
from timeline.ingest._decode import DEFAULT_MAX_BYTES, is_utf8
from timeline.ingest._fields import FieldMap
from timeline.ingest._manifest import Manifest
from timeline.ingest._read import _finish, _kind, _Options, _read_source
from timeline.ingest._sources import STDIN_NAME, Source, expand_inputs, is_url
from timeline.ingest._split import Cut, csv_cuts, csv_header, jsonl_cuts
from timeline.ingest._stream import SNIFF_BYTES, Kind, as_binary
from timeline.records import Article

__all__ = ["PIECE_BYTES", "Piece", "iter_pieces", "read_piece"]

#: A corpus is cut into pieces of about this many bytes (the same on any machine, so the
#: pieces, and the table, do not depend on how many workers read them).
PIECE_BYTES: Final = 1 << 20
_DELIMITERS: Final = {"csv": ",", "tsv": "\t"}
_URL_SIZE: Final = 64 * 1024  # what a page behind a URL is taken to weigh, to plan tasks


@dataclass(frozen=True, slots=True)
class Piece:
    """One input to read: its name as the user gave it, its path (or http(s) URL), its
    size in bytes and, for a piece of a corpus, the ``cut`` of it and the corpus's
    ``kind``."""

    name: str
    path: str
    size: int = 0
    cut: Cut | None = None
    kind: Kind | None = None


def _spooled(stdin: TextIO | BinaryIO | None, spool: Path) -> Piece:
    """Standard input copied to a file in ``spool`` (read once, here)."""
    stream = as_binary(stdin if stdin is not None else sys.stdin)
    path = Path(tempfile.mkdtemp(prefix="stdin-", dir=spool)) / "stdin"  # named as stdin is
    with open(path, "wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    return Piece(STDIN_NAME, str(path), path.stat().st_size)


def _cuts(source: Source, size: int, max_bytes: int) -> tuple[Kind | None, list[Cut]]:
    """The kind of a large UTF-8 corpus and its cuts; (None, []) for anything else."""
    assert source.path is not None
    with open(source.path, "rb") as stream:
        head = stream.read(SNIFF_BYTES)
        kind = _kind(source, head)
        if kind not in ("jsonl", "csv", "tsv") or not is_utf8(head, truncated=True):
            return None, []
        stream.seek(0)
        if kind == "jsonl":
            return kind, list(jsonl_cuts(stream, PIECE_BYTES))
        raise_field_limit(max_bytes)
        return kind, list(csv_cuts(stream, PIECE_BYTES, _DELIMITERS[kind]))


def _pieces(source: Source, max_bytes: int) -> Iterator[Piece]:
    assert source.path is not None
    size = 0
    with contextlib.suppress(OSError):
        size = source.path.stat().st_size
    kind: Kind | None = None
    cuts: list[Cut] = []
    if size > 2 * PIECE_BYTES:
        with contextlib.suppress(OSError):  # unreadable: its reader will say why
            kind, cuts = _cuts(source, size, max_bytes)
    if len(cuts) < 2:
        yield Piece(source.name, str(source.path), size)
        return
    for cut in cuts:
        end = size if cut.end is None else cut.end
        yield Piece(source.name, str(source.path), end - cut.start, cut, kind)


def iter_pieces(
    inputs: Sequence[str],
    *,
    spool: Path,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Piece | InputError]:
    """The pieces of ``inputs`` (files, folders, globs, ``-``) in input order, lazily; an
    input that names nothing is its ``InputError``."""
    for source in expand_inputs(inputs):
        if isinstance(source, InputError):
            yield source
        elif source.url is not None:
            yield Piece(source.name, source.url, _URL_SIZE)
        elif source.path is None:
            try:
                yield _spooled(stdin, spool)
            except OSError as err:
                yield UnreadableInput(source.name, f"cannot read standard input ({err})")
        else:
            yield from _pieces(source, max_bytes)


def _read_cut(piece: Piece, source: Source, options: _Options) -> Iterator[Article | InputError]:
    assert piece.cut is not None and piece.kind is not None
    cut, kind = piece.cut, piece.kind
    with open(piece.path, "rb") as stream:
        header = csv_header(stream, _DELIMITERS[kind]) if kind != "jsonl" else []
        stream.seek(cut.start)
        data = stream.read() if cut.end is None else stream.read(cut.end - cut.start)
    body = io.BytesIO(data)
    args = (body, source.name, source.stem, options.fields, options.max_bytes)
    if kind == "jsonl":
        items = iter_jsonl(*args, first_line=cut.line)
    elif cut.start == 0:
        items = iter_csv(*args, delimiter=_DELIMITERS[kind])
    else:
        rest = CsvRest(tuple(header), cut.line - 1, cut.rows)
        items = iter_csv(*args, delimiter=_DELIMITERS[kind], rest=rest)
    for item in items:
        yield item if isinstance(item, InputError) else _finish(item, source, options)


def read_piece(
    piece: Piece,
    *,
    published: date | None = None,
    manifest: Manifest | None = None,
    fields: FieldMap | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """The articles of ``piece`` (errors as values), as ``iter_articles`` reads them."""
    options = _Options(published, manifest, fields or FieldMap(), max_bytes, None)
    if is_url(piece.path):
        yield from _read_source(Source(piece.name, None, piece.path), options)
        return
    source = Source(piece.name, Path(piece.path))
    if piece.cut is None:
        yield from _read_source(source, options)
        return
    try:
        yield from _read_cut(piece, source, options)
    except OSError as err:
        yield UnreadableInput(piece.name, err.strerror or str(err))
