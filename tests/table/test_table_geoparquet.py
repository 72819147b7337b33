"""events.parquet is GeoParquet 1.1: a WKB point column and the "geo" metadata GIS tools read."""

from __future__ import annotations

import json
import struct
from datetime import date

import pyarrow.parquet as pq
import pytest

from timeline.records import Event
from timeline.table import EVENT_COLUMNS, events_to_frame, read_table, write_table
from timeline.table.geoparquet import point_wkb


def _event(event_id: str, lat: float | None, lon: float | None) -> Event:
    return Event(
        event_id=event_id, event_type="shelling", summary="Shelling", sentence="Guns fired.",
        doc_id="d", char_start=0, char_end=11, source_kind="article",
        date_start=date(2017, 6, 18), date_end=date(2017, 6, 18), latitude=lat, longitude=lon,
        place_name=None if lat is None else f"place {event_id}",
    )  # fmt: skip


@pytest.fixture
def parquet(tmp_path):
    events = [
        _event("mosul", 36.335, 43.11889),
        _event("nowhere", None, None),
        _event("raqqa", 35.95, 39.01),
        _event("broken", float("nan"), 12.0),
    ]
    return write_table(events_to_frame(events), tmp_path / "events.parquet")


def _geo(path):
    return json.loads(pq.read_schema(path).metadata[b"geo"])


def test_geoparquet_metadata_follows_the_1_1_spec(parquet):
    geo = _geo(parquet)
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"]
    assert column["bbox"] == [39.01, 35.95, 43.11889, 36.335]  # xmin, ymin, xmax, ymax
    assert "crs" not in column  # absent means OGC:CRS84, longitude/latitude on WGS84
    field = pq.read_schema(parquet).field("geometry")
    assert str(field.type) == "binary"


def test_geoparquet_points_are_iso_wkb_longitude_first(parquet):
    table = pq.read_table(parquet)
    wkb = table.column("geometry").to_pylist()
    assert wkb[1] is None and wkb[3] is None  # no coordinates, impossible coordinates
    order, kind, x, y = struct.unpack("<BIdd", wkb[0])
    assert (order, kind, x, y) == (1, 1, 43.11889, 36.335)
    assert wkb[2] == point_wkb(39.01, 35.95) and len(wkb[2]) == 21


def test_geoparquet_keeps_every_event_column_and_reads_back_without_geometry(parquet):
    names = pq.read_schema(parquet).names
    assert names == [*EVENT_COLUMNS, "geometry"]
    back = read_table(parquet)
    assert list(back.columns) == list(EVENT_COLUMNS)
    assert back["event_id"].to_list() == ["mosul", "nowhere", "raqqa", "broken"]


def test_geoparquet_table_without_places_is_still_valid(tmp_path):
    path = write_table(events_to_frame([_event("nowhere", None, None)]), tmp_path / "e.parquet")
    column = _geo(path)["columns"]["geometry"]
    assert "bbox" not in column and column["geometry_types"] == ["Point"]


def test_geoparquet_rewriting_a_read_table_keeps_one_geometry_column(parquet, tmp_path):
    import polars as pl

    frame = pl.read_parquet(parquet)  # geometry included, as a user might pass it back
    again = write_table(frame, tmp_path / "again.parquet")
    assert pq.read_schema(again).names.count("geometry") == 1


def test_geoparquet_duckdb_reads_a_point_layer(parquet):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is in the dev extra")
    con = duckdb.connect()
    kind = con.execute(f"SELECT typeof(geometry) FROM '{parquet}' LIMIT 1").fetchone()[0]
    if not kind.startswith("GEOMETRY"):  # older DuckDB: GeoParquet needs its spatial extension
        pytest.skip(f"DuckDB {duckdb.__version__} has no built-in GEOMETRY type")
    assert kind == "GEOMETRY('OGC:CRS84')"
    rows = con.execute(
        f"SELECT event_id, ST_AsText(geometry) FROM '{parquet}' ORDER BY 1"
    ).fetchall()
    assert rows[1] == ("mosul", "POINT (43.11889 36.335)")
    assert [r[1] for r in rows if r[0] in ("nowhere", "broken")] == [None, None]


def test_geoparquet_geopandas_reads_a_point_layer(parquet):
    geopandas = pytest.importorskip("geopandas", reason="geopandas is optional")
    frame = geopandas.read_parquet(parquet)
    assert frame.crs.to_string() == "OGC:CRS84"
    assert frame.geometry.name == "geometry"
    mosul = frame[frame["event_id"] == "mosul"].geometry.iloc[0]
    assert (mosul.x, mosul.y) == (43.11889, 36.335)
    assert frame.geometry.isna().sum() == 2
