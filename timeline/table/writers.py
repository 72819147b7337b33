"""Write and read the event table: Parquet, CSV, JSON and GeoJSON, chosen by suffix.

Every writer goes through ``atomic_path``: a reader never sees a half-written file.
Parquet is GeoParquet 1.1: every event-table column plus a ``geometry`` column of WKB
points (see ``timeline.table.geoparquet``), so GIS tools open it as a layer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.errors import ConfigError, InputError, UnreadableInput
from timeline.fsutil import atomic_path
from timeline.table.geoparquet import GEOMETRY_COLUMN, with_geometry
from timeline.table.readers import read_frame
from timeline.table.schema import EVENT_COLUMNS, EVENT_SCHEMA

__all__ = ["SUFFIXES", "conform_table", "read_table", "write_table"]

SCHEMA_VERSION = "1"


def _write_parquet(frame: pl.DataFrame, path: Path) -> None:
    frame = frame.drop(GEOMETRY_COLUMN, strict=False)
    table = with_geometry(frame.to_arrow(), frame)
    meta = dict(table.schema.metadata or {})
    meta[b"timeline.schema_version"] = SCHEMA_VERSION.encode()
    meta[b"timeline.columns"] = json.dumps(list(EVENT_COLUMNS)).encode()
    pq.write_table(table.replace_schema_metadata(meta), path, compression="zstd")


def _flat(frame: pl.DataFrame) -> pl.DataFrame:
    """Lists as text, for formats without nested types (CSV)."""
    return frame.with_columns(
        pl.col("actors").list.join("; "),
        pl.col("sources").list.join("; "),
        pl.col("quantities").map_elements(
            lambda qs: json.dumps(qs.to_list(), ensure_ascii=False), return_dtype=pl.Utf8
        ),
    )


def _write_csv(frame: pl.DataFrame, path: Path) -> None:
    _flat(frame).write_csv(path)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _records(frame: pl.DataFrame) -> list[dict[str, Any]]:
    return [{k: _jsonable(v) for k, v in row.items()} for row in frame.iter_rows(named=True)]


def _write_json(frame: pl.DataFrame, path: Path) -> None:
    path.write_text(json.dumps(_records(frame), ensure_ascii=False, indent=1), encoding="utf-8")


def _write_geojson(frame: pl.DataFrame, path: Path) -> None:
    features = []
    for row in _records(frame):
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = (
            None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        )
        features.append(
            {"type": "Feature", "id": row["event_id"], "geometry": geometry, "properties": row}
        )
    collection = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")


_WRITERS: dict[str, Callable[[pl.DataFrame, Path], None]] = {
    ".parquet": _write_parquet,
    ".csv": _write_csv,
    ".json": _write_json,
    ".geojson": _write_geojson,
}
SUFFIXES: tuple[str, ...] = tuple(_WRITERS)


def write_table(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write the event table to ``path`` in the format its suffix names, atomically."""
    path = Path(path)
    writer = _WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ConfigError(f"{path}: unknown output format; use one of {', '.join(SUFFIXES)}")
    with atomic_path(path) as tmp:
        writer(frame, tmp)
    return path


def conform_table(frame: pl.DataFrame, source: str) -> pl.DataFrame:
    """``frame`` as an event table: every EVENT_COLUMNS column, in order, cast to EVENT_SCHEMA.

    Raises InputError naming ``source`` when columns are missing.
    """
    missing = [c for c in EVENT_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(source, f"not an event table (missing columns: {', '.join(missing[:5])})")
    return frame.select(pl.col(c).cast(EVENT_SCHEMA[c]) for c in EVENT_COLUMNS)


def read_table(path: str | Path) -> pl.DataFrame:
    """Read an event table written by ``write_table``, in any of its formats."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ConfigError(f"{path}: read an event table from {', '.join(SUFFIXES)}")
    if not path.is_file():
        raise UnreadableInput(str(path), "no such file")
    try:
        frame = read_frame(path)
    except (OSError, ValueError, pa.ArrowException, pl.exceptions.PolarsError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(str(path), f"cannot read event table ({err})") from err
    if frame is None:  # SUFFIXES and READERS name the same formats
        raise ConfigError(f"{path}: no reader for {path.suffix}")
    return conform_table(frame, str(path))
