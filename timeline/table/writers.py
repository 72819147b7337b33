"""Write and read the event table: Parquet, CSV, JSON and GeoJSON, chosen by suffix.

Every writer goes through ``atomic_path``: a reader never sees a half-written file.
Parquet is GeoParquet 1.1: every event-table column plus a ``geometry`` column of WKB
points (see ``timeline.table.geoparquet``), so GIS tools open it as a layer.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.errors import ConfigError, InputError, UnreadableInput
from timeline.fsutil import atomic_path
from timeline.table.geoparquet import GEOMETRY_COLUMN, BBox, table_bbox, with_geometry
from timeline.table.readers import LIST_SEPARATOR, read_frame
from timeline.table.schema import EVENT_COLUMNS, EVENT_SCHEMA, empty_table

__all__ = ["SUFFIXES", "conform_table", "read_table", "table_writer", "write_table"]

SCHEMA_VERSION = "1"


def _flat(frame: pl.DataFrame) -> pl.DataFrame:
    """Lists as text, for formats without nested types (CSV)."""
    return frame.with_columns(
        pl.col("actors").list.join(LIST_SEPARATOR),
        pl.col("sources").list.join(LIST_SEPARATOR),
        pl.col("quantities").map_elements(
            lambda qs: json.dumps(qs.to_list(), ensure_ascii=False), return_dtype=pl.Utf8
        ),
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _records(frame: pl.DataFrame) -> Iterator[dict[str, Any]]:
    for row in frame.iter_rows(named=True):
        yield {k: _jsonable(v) for k, v in row.items()}


def _feature(row: dict[str, Any]) -> dict[str, Any]:
    lat, lon = row.get("latitude"), row.get("longitude")
    geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "id": row["event_id"], "geometry": geometry, "properties": row}


class _Format:
    """Writes one table to an open binary file, a batch of rows at a time."""

    def __init__(self, fh: BinaryIO, bbox: BBox | None) -> None:
        self.fh, self.bbox, self.rows = fh, bbox, 0

    def write(self, frame: pl.DataFrame) -> None:
        raise NotImplementedError  # pragma: no cover - every format overrides it

    def close(self) -> None:
        """Write what follows the last row."""

    def abort(self) -> None:
        """Let go of the file after a failure (its temporary file is then removed)."""


class _Parquet(_Format):
    """GeoParquet 1.1: the columns, a WKB point column, and the ``geo`` metadata."""

    def __init__(self, fh: BinaryIO, bbox: BBox | None) -> None:
        super().__init__(fh, bbox)
        self._writer: pq.ParquetWriter | None = None

    def write(self, frame: pl.DataFrame) -> None:
        table = with_geometry(frame.drop(GEOMETRY_COLUMN, strict=False), self.bbox)
        if self._writer is None:
            meta = dict(table.schema.metadata or {})
            meta[b"timeline.schema_version"] = SCHEMA_VERSION.encode()
            meta[b"timeline.columns"] = json.dumps(list(EVENT_COLUMNS)).encode()
            schema = table.schema.with_metadata(meta)
            self._writer = pq.ParquetWriter(self.fh, schema, compression="zstd")
        self._writer.write_table(table.cast(self._writer.schema), row_group_size=_ROW_GROUP)

    def close(self) -> None:
        if self._writer is None:
            self.write(empty_table())
        assert self._writer is not None
        self._writer.close()

    def abort(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):  # the file is thrown away whatever it holds
                self._writer.close()


class _Csv(_Format):
    def write(self, frame: pl.DataFrame) -> None:
        _flat(frame).write_csv(self.fh, include_header=not self.rows)
        self.rows += 1  # batches written: the header goes with the first

    def close(self) -> None:
        if not self.rows:
            self.write(empty_table())


class _Json(_Format):
    """A JSON array of row objects, one key per line (as ``json.dumps(indent=1)``)."""

    def write(self, frame: pl.DataFrame) -> None:
        for row in _records(frame):
            text = json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n ")
            self.fh.write(f"{',' if self.rows else '['}\n {text}".encode())
            self.rows += 1

    def close(self) -> None:
        self.fh.write(b"\n]" if self.rows else b"[]")


class _GeoJson(_Format):
    """A FeatureCollection with a Point (or null) geometry and every column as properties."""

    def write(self, frame: pl.DataFrame) -> None:
        for row in _records(frame):
            text = json.dumps(_feature(row), ensure_ascii=False)
            self.fh.write(f"{', ' if self.rows else _GEOJSON_HEAD}{text}".encode())
            self.rows += 1

    def close(self) -> None:
        self.fh.write(b"]}" if self.rows else _GEOJSON_HEAD.encode() + b"]}")


_GEOJSON_HEAD = '{"type": "FeatureCollection", "features": ['
_ROW_GROUP = 64 * 1024
_FORMATS: dict[str, type[_Format]] = {
    ".parquet": _Parquet,
    ".csv": _Csv,
    ".json": _Json,
    ".geojson": _GeoJson,
}
SUFFIXES: tuple[str, ...] = tuple(_FORMATS)


@contextlib.contextmanager
def table_writer(path: str | Path, bbox: BBox | None = None) -> Iterator[_Format]:
    """Write the event table to ``path``, in the format its suffix names, a batch at a time
    (``writer.write(frame)``), atomically: the file appears, whole, when the block ends.

    ``bbox`` (west, south, east, north) is the extent of every row's point, for the
    GeoParquet metadata of a table written in batches; without it, each batch's own.
    """
    path = Path(path)
    kind = _FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ConfigError(f"{path}: unknown output format; use one of {', '.join(SUFFIXES)}")
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        writer = kind(fh, bbox)
        try:
            yield writer
            writer.close()
        except BaseException:
            writer.abort()
            raise


def write_table(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write the event table to ``path`` in the format its suffix names, atomically."""
    with table_writer(path, bbox=table_bbox(frame)) as writer:
        writer.write(frame)
    return Path(path)


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
