"""GeoParquet 1.1: the event table's Parquet file as a point layer GIS tools open directly.

``events.parquet`` carries, besides every event-table column, a ``geometry`` column: the
event's place (``longitude``, ``latitude``) as a WKB Point, null where the event has no
usable coordinates. The file's ``geo`` metadata key describes it as GeoParquet 1.1
(https://geoparquet.org/releases/v1.1.0/), so QGIS, GeoPandas (``read_parquet``), DuckDB
spatial and GDAL read the file as a layer of points in WGS84 longitude/latitude
(OGC:CRS84, the GeoParquet default, hence no ``crs`` key). The WKB is written here with
``struct``: a point is 21 bytes and needs no geometry library.

Readers of the event table (``read_table``) ignore the ``geometry`` column; the
coordinates stay in ``latitude`` and ``longitude`` as DESIGN.md fixes them.
"""

from __future__ import annotations

import json
import math
import struct
from typing import Any

import polars as pl
import pyarrow as pa

__all__ = [
    "GEOMETRY_COLUMN",
    "GEOPARQUET_VERSION",
    "geo_metadata",
    "point_wkb",
    "with_geometry",
]

GEOMETRY_COLUMN = "geometry"
GEOPARQUET_VERSION = "1.1.0"
# WKB: byte order 1 (little endian), geometry type 1 (Point), then x and y as doubles.
_POINT = struct.Struct("<BIdd")
_LITTLE_ENDIAN, _WKB_POINT = 1, 1


def point_wkb(longitude: float, latitude: float) -> bytes:
    """The ISO WKB encoding of the point (``longitude``, ``latitude``)."""
    return _POINT.pack(_LITTLE_ENDIAN, _WKB_POINT, longitude, latitude)


def _usable(lon: float | None, lat: float | None) -> bool:
    if lon is None or lat is None or not (math.isfinite(lon) and math.isfinite(lat)):
        return False
    return -180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0


def _points(frame: pl.DataFrame) -> list[tuple[float, float] | None]:
    pairs = zip(frame["longitude"].to_list(), frame["latitude"].to_list(), strict=True)
    return [(lon, lat) if _usable(lon, lat) else None for lon, lat in pairs]


def geo_metadata(points: list[tuple[float, float] | None]) -> dict[str, Any]:
    """The GeoParquet ``geo`` metadata for a geometry column holding ``points``."""
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    located = [p for p in points if p is not None]
    if located:
        lons, lats = [p[0] for p in located], [p[1] for p in located]
        column["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    return {
        "version": GEOPARQUET_VERSION,
        "primary_column": GEOMETRY_COLUMN,
        "columns": {GEOMETRY_COLUMN: column},
    }


def with_geometry(table: pa.Table, frame: pl.DataFrame) -> pa.Table:
    """``table`` (the Arrow form of ``frame``) with the point column and ``geo`` metadata."""
    points = _points(frame)
    wkb = pa.array([None if p is None else point_wkb(*p) for p in points], type=pa.binary())
    table = table.append_column(pa.field(GEOMETRY_COLUMN, pa.binary()), wkb)
    meta = dict(table.schema.metadata or {})
    meta[b"geo"] = json.dumps(geo_metadata(points)).encode("utf-8")
    return table.replace_schema_metadata(meta)
