"""The first stage, as tasks any process can run: read a run of inputs, extract the
events of each document, write them as one part.

A task names its inputs (pieces of files, by path or URL, or articles given in memory)
and the index each gets in the input order, so where it runs changes nothing in what it
writes. Each process builds one Extractor per settings (one gazetteer) and keeps it.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.engine.parts import events_frame, write_part
from timeline.engine.settings import Settings, make_extractor
from timeline.errors import ExtractionFailed, InputError
from timeline.ingest import Manifest, Piece, load_manifest, read_piece
from timeline.pipeline import Extractor
from timeline.records import Article, Event

__all__ = ["ArticleBatch", "Task", "TaskResult", "capture_logs", "run_task"]

log = logging.getLogger("timeline.engine")


@dataclass(frozen=True, slots=True)
class ArticleBatch:
    """Articles handed over in memory (by a library caller), as one input."""

    articles: tuple[Article, ...]

    @property
    def size(self) -> int:
        return sum(len(a.text) for a in self.articles)


@dataclass(frozen=True, slots=True)
class Task:
    """Inputs to read together: ``(index in the input order, input)`` pairs; an input
    that named nothing is its error, reported in its turn."""

    index: int
    inputs: tuple[tuple[int, Piece | ArticleBatch | InputError], ...]

    @property
    def size(self) -> int:
        return sum(0 if isinstance(i, InputError) else i.size for _, i in self.inputs)


@dataclass(frozen=True, slots=True)
class TaskResult:
    """What a task did: its part (None when it found no event), the documents read, the
    inputs that failed, and the warnings logged while reading, in order."""

    index: int
    part: Path | None
    documents: int
    events: int
    size: int
    errors: tuple[InputError, ...] = ()
    warnings: tuple[str, ...] = field(default=())


_EXTRACTORS: dict[Settings, Extractor] = {}


def _extractor(settings: Settings) -> Extractor:
    """The Extractor of this process for ``settings``, built (and its gazetteer loaded) once."""
    if settings not in _EXTRACTORS:
        _EXTRACTORS.clear()
        _EXTRACTORS[settings] = make_extractor(settings)
    return _EXTRACTORS[settings]


def _read(
    item: Piece | ArticleBatch | InputError, settings: Settings
) -> Iterator[Article | InputError]:
    if isinstance(item, InputError):
        yield item
        return
    if isinstance(item, ArticleBatch):
        yield from item.articles
        return
    manifest = _manifest(settings.manifest)
    yield from read_piece(
        item,
        published=settings.published,
        manifest=manifest,
        fields=settings.fields,
        max_bytes=settings.max_bytes,
    )


_MANIFESTS: dict[Path, Manifest] = {}


def _manifest(path: Path | None) -> Manifest | None:
    if path is None:
        return None
    if path not in _MANIFESTS:
        _MANIFESTS.clear()
        _MANIFESTS[path] = load_manifest(path)
    return _MANIFESTS[path]


def _failed(article: Article, err: Exception) -> ExtractionFailed:
    where = article.source or article.doc_id
    if article.source and article.doc_id not in article.source:
        where = f"{article.source} ({article.doc_id})"
    return ExtractionFailed(where, f"skipped: extraction failed ({type(err).__name__}: {err})")


def run_task(task: Task, settings: Settings, folder: Path) -> TaskResult:
    """Read the task's inputs, extract each document's events, write them as one part
    in ``folder`` (``part-NNNNNN.parquet``, by task index)."""
    extractor = _extractor(settings)
    documents: list[tuple[int, int, Sequence[Event]]] = []
    errors: list[InputError] = []
    count = 0
    for source, item in task.inputs:
        for number, found in enumerate(_read(item, settings)):
            if isinstance(found, InputError):
                errors.append(found)
                continue
            count += 1
            try:
                events = extractor.events(found)
            except Exception as err:  # a fault in timeline: name the document, go on
                log.debug("extracting %s", found.source or found.doc_id, exc_info=True)
                errors.append(_failed(found, err))
                continue
            documents.append((source, number, events))
    frame = events_frame(documents)
    part = None
    if frame.height:
        part = write_part(frame, folder / f"part-{task.index:06d}.parquet")
    return TaskResult(task.index, part, count, frame.height, task.size, tuple(errors))


class _Collect(logging.Handler):
    """Keeps the messages logged, per thread (a Dask worker may run tasks in threads)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._local = threading.local()

    @property
    def lines(self) -> list[str]:
        if not hasattr(self._local, "lines"):
            self._local.lines = []
        lines: list[str] = self._local.lines
        return lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def drain(self) -> tuple[str, ...]:
        lines = tuple(self.lines)
        self.lines.clear()
        return lines


_COLLECT = _Collect()


def capture_logs() -> None:
    """In a worker process: keep timeline's warnings for the task's result, to be shown
    by the process that runs the job (a worker has no terminal of its own)."""
    logger = logging.getLogger("timeline")
    if _COLLECT not in logger.handlers:
        logger.addHandler(_COLLECT)
        logger.setLevel(logging.WARNING)
        logger.propagate = False
    for name in ("trafilatura", "htmldate", "charset_normalizer", "dateparser", "geopy"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def run_captured(task: Task, settings: Settings, folder: Path) -> TaskResult:
    """``run_task`` in a worker process, with the warnings it logged in its result."""
    capture_logs()
    _COLLECT.drain()
    result = run_task(task, settings, folder)
    return dataclasses.replace(result, warnings=_COLLECT.drain())
