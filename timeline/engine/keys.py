"""The columns of the event table that merging reads, as a frame and as light records."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl

__all__ = ["KEY_COLUMNS", "RANK_ORDER", "KeyRow", "key_rows"]

#: What ``timeline.events.merge.same_happening`` and ``merge_rank`` read of an event.
KEY_COLUMNS: tuple[str, ...] = (
    "event_type",
    "modality",
    "doc_id",
    "source_kind",
    "confidence",
    "char_start",
    "date_start",
    "date_end",
    "date_basis",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
    "country_code",
    "actor1",
    "actor2",
    "actors",
    "place_text",
    "comment_author",
)

#: ``merge_rank`` as a polars sort: an article before a comment, higher confidence, then
#: the earlier mention; ties in input order (``_src``, ``_doc``, ``_ev``).
RANK_ORDER: tuple[pl.Expr, ...] = (
    pl.col("source_kind") != "article",
    -pl.col("confidence"),
    pl.col("doc_id"),
    pl.col("char_start"),
    pl.col("_src"),
    pl.col("_doc"),
    pl.col("_ev"),
)


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One event as merging sees it (a ``timeline.events.merge.Mention``)."""

    event_type: str
    modality: str
    doc_id: str
    source_kind: str
    confidence: float
    char_start: int
    date_start: date | None
    date_end: date | None
    date_basis: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: str | None
    country_code: str | None
    actor1: str | None
    actor2: str | None
    actors: tuple[str, ...]
    place_text: str | None = None
    comment_author: str | None = None


def key_rows(frame: pl.DataFrame) -> Iterator[tuple[int, KeyRow]]:
    """``(_id, KeyRow)`` for each row of ``frame`` (which holds ``_id`` and KEY_COLUMNS).

    Equal values share one object (an archive repeats its types, documents, dates,
    places and actors on many rows), so a row costs little more than its slots."""
    columns = []
    for name in KEY_COLUMNS:
        values = frame[name].to_list()
        if name == "actors":
            values = [tuple(v or ()) for v in values]
        shared: dict[Any, Any] = {}  # per column: 1 == 1.0 == True across columns
        columns.append([shared.setdefault(v, v) for v in values])
    records = itertools.starmap(KeyRow, zip(*columns, strict=True))
    yield from zip(frame["_id"].to_list(), records, strict=True)
