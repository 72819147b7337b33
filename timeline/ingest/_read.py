"""Reading sources: opening, telling their kind, and the batch and single-file entry points.

Publication dates, by precedence: the manifest's entry, else the input's own date (the
record's field, the HTML page's metadata, or else a dateline at the start of the text),
else the ``published`` option, else none. ``Article.published_basis`` says which.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Final, TextIO

from timeline.errors import InputError, InputTooLarge, UnreadableInput
from timeline.ingest._corpus import iter_csv, iter_json, iter_jsonl
from timeline.ingest._dates import publication_date
from timeline.ingest._decode import DEFAULT_MAX_BYTES
from timeline.ingest._document import document_from_bytes
from timeline.ingest._fetch import open_url
from timeline.ingest._fields import FieldMap
from timeline.ingest._manifest import Manifest, ManifestEntry, load_manifest
from timeline.ingest._sources import Source, expand_inputs
from timeline.ingest._stream import SUFFIX_KINDS, Kind, as_binary, kind_of, peek, read_bounded
from timeline.records import Article

__all__ = ["iter_articles", "read_article"]

_CORPUS_KINDS: Final = frozenset({"jsonl", "json", "csv", "tsv"})
Item = Article | InputError


@dataclass(frozen=True, slots=True)
class _Options:
    published: date | None
    manifest: Manifest | None
    fields: FieldMap
    max_bytes: int
    stdin: TextIO | BinaryIO | None


def _os_reason(err: OSError) -> str:
    if err.errno == errno.EISDIR:
        return "is a folder, not a file"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno == errno.ENOENT:
        return "no such file"
    return err.strerror or str(err)


def _check_size(source: Source, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputTooLarge(source.name, f"{size:,} bytes, over the limit of {max_bytes:,}")


def _open(source: Source, options: _Options, *, whole: bool) -> BinaryIO:
    """Open ``source``; for a whole-document read, refuse it early when over the limit."""
    if source.url is not None:
        return open_url(source.url, options.max_bytes)
    if source.path is None:
        return as_binary(options.stdin if options.stdin is not None else sys.stdin)
    if source.path.is_symlink() and not source.path.exists():
        raise UnreadableInput(source.name, "broken symbolic link")
    try:
        stream = open(source.path, "rb")  # noqa: SIM115 -- closed by the caller's ExitStack
        size = os.fstat(stream.fileno()).st_size
    except OSError as err:
        raise UnreadableInput(source.name, _os_reason(err)) from err
    if whole and size > options.max_bytes:
        stream.close()
        _check_size(source, size, options.max_bytes)
    return stream


def _kind(source: Source, head: bytes) -> Kind:
    known = SUFFIX_KINDS.get(source.suffix)
    if known == "json":
        return "jsonl" if kind_of(head) == "jsonl" else "json"
    if known == "text":
        return kind_of(head, strict_html=True)
    return known or kind_of(head)


def _finish(article: Article, source: Source, options: _Options) -> Article:
    """Apply the manifest's entry and the ``published`` option to an article read."""
    entry = options.manifest.lookup(source.path, article.doc_id) if options.manifest else None
    if entry is None:
        entry = ManifestEntry()
    published, basis = publication_date(
        (entry.published, "manifest"),
        (article.published, article.published_basis),
        (options.published, "option"),
    )
    return dataclasses.replace(
        article,
        published=published,
        published_basis=basis,
        url=entry.url or article.url or source.url,
        title=entry.title or article.title,
    )


def _corpus(stream: BinaryIO, kind: Kind, source: Source, options: _Options) -> Iterator[Item]:
    args = (stream, source.name, source.stem, options.fields, options.max_bytes)
    if kind == "jsonl":
        return iter_jsonl(*args)
    if kind == "json":
        return iter_json(*args)
    return iter_csv(*args, delimiter="\t" if kind == "tsv" else ",")


def _opened(
    source: Source, options: _Options, stack: contextlib.ExitStack, *, whole: bool
) -> tuple[Kind, BinaryIO]:
    """The kind of ``source`` and a stream of it from its start, closed with ``stack``."""
    raw = _open(source, options, whole=whole)
    if source.path is not None or source.url is not None:
        stack.callback(raw.close)
    head, stream = peek(raw)
    return _kind(source, head), stream


def _document(source: Source, options: _Options, kind: Kind, stream: BinaryIO) -> Article:
    """The article of a single-document ``source`` (a text or HTML page); a file over the
    size limit is refused by its size, before it is read."""
    if source.path is not None:
        _check_size(source, os.stat(source.path).st_size, options.max_bytes)
    data = read_bounded(stream, source.name, options.max_bytes)
    article = document_from_bytes(data, kind=kind, doc_id=source.stem, source=source.name)
    return _finish(article, source, options)


def _read_source(source: Source, options: _Options) -> Iterator[Item]:
    with contextlib.ExitStack() as stack:
        try:
            kind, stream = _opened(source, options, stack, whole=False)
            if kind in _CORPUS_KINDS:
                for item in _corpus(stream, kind, source, options):
                    yield item if isinstance(item, InputError) else _finish(item, source, options)
                return
            article = _document(source, options, kind, stream)
        except InputError as err:
            yield err
            return
        except OSError as err:
            yield UnreadableInput(source.name, _os_reason(err))
            return
    yield article


def _iterate(inputs: Sequence[str], options: _Options) -> Iterator[Item]:
    for source in expand_inputs(inputs):
        if isinstance(source, InputError):
            yield source
        else:
            yield from _read_source(source, options)


def iter_articles(
    inputs: Sequence[str],
    *,
    published: date | None = None,
    manifest: str | Path | None = None,
    stdin: TextIO | BinaryIO | None = None,
    fields: FieldMap | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Every article in ``inputs`` (files, folders, globs, ``-`` for ``stdin``), lazily.

    An input that cannot be read is yielded as its ``InputError`` and reading goes on.
    A bad manifest raises ``ConfigError`` here, before anything is read.
    """
    loaded = load_manifest(manifest) if manifest is not None else None
    options = _Options(published, loaded, fields or FieldMap(), max_bytes, stdin)
    return _iterate([inputs] if isinstance(inputs, str) else inputs, options)


def read_article(
    path: str | Path,
    *,
    published: date | None = None,
    manifest: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """The article in one saved page (text or HTML); raise an ``InputError`` if there is none."""
    name = str(path)
    if os.path.isdir(name):
        raise UnreadableInput(name, "is a folder, not a file")
    loaded = load_manifest(manifest) if manifest is not None else None
    options = _Options(published, loaded, FieldMap(), max_bytes, None)
    source = Source(name, Path(name))
    with contextlib.ExitStack() as stack:
        kind, stream = _opened(source, options, stack, whole=True)
        if kind in _CORPUS_KINDS:
            raise InputError(name, "holds a corpus of records; read it with iter_articles")
        return _document(source, options, kind, stream)
