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
    "BBox",
    "geo_metadata",
    "point_wkb",
    "table_bbox",
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


BBox = tuple[float, float, float, float]


def table_bbox(frame: pl.DataFrame) -> BBox | None:
    """The extent (west, south, east, north) of the usable points of ``frame``, or None."""
    located = [p for p in _points(frame) if p is not None]
    if not located:
        return None
    lons, lats = [p[0] for p in located], [p[1] for p in located]
    return (min(lons), min(lats), max(lons), max(lats))


def geo_metadata(bbox: BBox | None) -> dict[str, Any]:
    """The GeoParquet ``geo`` metadata for a geometry column of points within ``bbox``."""
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if bbox is not None:
        column["bbox"] = list(bbox)
    return {
        "version": GEOPARQUET_VERSION,
        "primary_column": GEOMETRY_COLUMN,
        "columns": {GEOMETRY_COLUMN: column},
    }


def with_geometry(frame: pl.DataFrame, bbox: BBox | None = None) -> pa.Table:
    """``frame`` as Arrow, with the point column and the ``geo`` metadata (``bbox``, the
    extent of the whole table when ``frame`` is one batch of it; else ``frame``'s own)."""
    table = frame.to_arrow()
    points = _points(frame)
    wkb = pa.array([None if p is None else point_wkb(*p) for p in points], type=pa.binary())
    table = table.append_column(pa.field(GEOMETRY_COLUMN, pa.binary()), wkb)
    meta = dict(table.schema.metadata or {})
    extent = bbox if bbox is not None else table_bbox(frame)
    meta[b"geo"] = json.dumps(geo_metadata(extent)).encode("utf-8")
    return table.replace_schema_metadata(meta)
