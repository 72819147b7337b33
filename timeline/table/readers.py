"""Read an event table back from any format ``write_table`` writes, chosen by suffix.

Each reader returns the frame as stored; ``read_table`` then checks and casts it to the
schema. CSV holds no nested types, so its writer joins ``actors`` and ``sources`` with
"; " and writes ``quantities`` as JSON: the CSV reader undoes exactly that.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from timeline.errors import InputError
from timeline.table.geoparquet import GEOMETRY_COLUMN
from timeline.table.schema import EVENT_SCHEMA

__all__ = ["LIST_SEPARATOR", "READERS", "read_frame"]

LIST_SEPARATOR = "; "
_DATES = ("date_start", "date_end", "published")
# Columns written as "; "-joined text in CSV, and the one written as JSON.
_JOINED = ("actors", "sources")
_AS_JSON = "quantities"


def _text_dates(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(
        pl.col(c).str.to_date(strict=False)
        for c in _DATES
        if c in frame.columns and frame.schema[c] == pl.Utf8
    )


def _from_records(records: Any, path: Path) -> pl.DataFrame:
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(str(path), "not an event table (expected a list of records)")
    return _text_dates(pl.DataFrame(records, infer_schema_length=None))


def _read_parquet(path: Path) -> pl.DataFrame:
    names = pq.read_schema(path).names  # all but the GeoParquet geometry, never used here
    frame = pl.from_arrow(pq.read_table(path, columns=[n for n in names if n != GEOMETRY_COLUMN]))
    if not isinstance(frame, pl.DataFrame):
        raise InputError(str(path), "not a table")
    return frame


def _read_json(path: Path) -> pl.DataFrame:
    return _from_records(json.loads(path.read_text(encoding="utf-8")), path)


def _read_geojson(path: Path) -> pl.DataFrame:
    collection = json.loads(path.read_text(encoding="utf-8"))
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise InputError(str(path), "not a GeoJSON FeatureCollection")
    return _from_records(
        [f.get("properties") if isinstance(f, dict) else None for f in features], path
    )


def _joined(name: str) -> pl.Expr:
    """A "; "-joined text column back to a list; empty text is an empty list."""
    parts = (
        pl.col(name).str.split(LIST_SEPARATOR).list.eval(pl.element().filter(pl.element() != ""))
    )
    return parts.fill_null(pl.lit([], dtype=EVENT_SCHEMA[name]))


def _read_csv(path: Path) -> pl.DataFrame:
    frame = pl.read_csv(path, infer_schema=False)  # every column as text; cast by the schema
    lists = [_joined(c) for c in _JOINED if c in frame.columns]
    if _AS_JSON in frame.columns:
        dtype = EVENT_SCHEMA[_AS_JSON]
        decoded = pl.col(_AS_JSON).str.json_decode(dtype)
        lists.append(decoded.fill_null(pl.lit([], dtype=dtype)))
    return _text_dates(frame.with_columns(lists))


READERS: dict[str, Callable[[Path], pl.DataFrame]] = {
    ".parquet": _read_parquet,
    ".csv": _read_csv,
    ".json": _read_json,
    ".geojson": _read_geojson,
}


def read_frame(path: Path) -> pl.DataFrame | None:
    """The table stored at ``path`` as written, or None when its suffix is not a format."""
    reader = READERS.get(path.suffix.lower())
    return None if reader is None else reader(path)
