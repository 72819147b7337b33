import json
from datetime import date

import polars as pl
import pyarrow.parquet as pq
import pytest

from timeline.errors import ConfigError, InputError
from timeline.records import Event, Quantity
from timeline.table import EVENT_COLUMNS, EVENT_SCHEMA, events_to_frame, read_table, write_table

DESIGN_COLUMNS = """
    event_id event_type summary sentence date_start date_end date_precision date_text
    date_basis timex place_name place_text geonameid country_code admin1 latitude
    longitude geo_precision origin_name origin_latitude origin_longitude
    destination_name destination_latitude destination_longitude actor1 actor2 actors
    fatalities quantities modality source_kind comment_author doc_id doc_title doc_url
    published char_start char_end mention_count confidence
""".split()


def sample(**changes):
    base = {
        "event_id": "e1",
        "event_type": "withdrawal",
        "summary": "Withdrawal: SDF → ISIS",
        "sentence": "They left.",
        "doc_id": "d",
        "char_start": 0,
        "char_end": 10,
        "source_kind": "article",
        "date_start": date(2017, 1, 1),
        "date_end": date(2017, 12, 31),
        "date_precision": "year",
        "latitude": 35.8,
        "longitude": 38.5,
        "actors": ("SDF", "ISIS"),
        "quantities": (Quantity(0, 8, "60 fighters", 60, "fighters"),),
    }
    return Event(**(base | changes))


def test_schema_keeps_design_columns_in_order():
    assert list(EVENT_COLUMNS[: len(DESIGN_COLUMNS)]) == DESIGN_COLUMNS
    assert EVENT_SCHEMA["date_start"] == pl.Date
    assert EVENT_SCHEMA["quantities"] == pl.List(
        pl.Struct({"value": pl.Int64, "unit": pl.Utf8, "text": pl.Utf8})
    )


def test_table_parquet_round_trip_keeps_types(tmp_path):
    frame = events_to_frame([sample(), sample(event_id="e2", latitude=None, longitude=None)])
    path = write_table(frame, tmp_path / "events.parquet")
    back = read_table(path)
    assert back.schema == EVENT_SCHEMA
    assert back.row(0, named=True)["quantities"] == [
        {"value": 60, "unit": "fighters", "text": "60 fighters"}
    ]
    assert pq.read_schema(path).metadata[b"timeline.schema_version"] == b"1"


def test_table_csv_json_geojson(tmp_path):
    frame = events_to_frame([sample(), sample(event_id="e2", latitude=None, longitude=None)])
    write_table(frame, tmp_path / "e.csv")
    assert pl.read_csv(tmp_path / "e.csv")["actors"][0] == "SDF; ISIS"
    write_table(frame, tmp_path / "e.json")
    assert read_table(tmp_path / "e.json").height == 2
    write_table(frame, tmp_path / "e.geojson")
    features = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [38.5, 35.8]}
    assert features[1]["geometry"] is None


def test_table_unknown_suffix_is_config_error(tmp_path):
    with pytest.raises(ConfigError, match="unknown output format"):
        write_table(events_to_frame([sample()]), tmp_path / "events.xlsx")
    assert not list(tmp_path.iterdir())


def test_table_read_rejects_non_tables(tmp_path):
    (tmp_path / "x.json").write_text('[{"a": 1}]')
    with pytest.raises(InputError, match="not an event table"):
        read_table(tmp_path / "x.json")
    with pytest.raises(InputError, match="no such file"):
        read_table(tmp_path / "missing.parquet")


def test_table_write_failure_leaves_old_file(tmp_path, monkeypatch):
    path = tmp_path / "events.parquet"
    write_table(events_to_frame([sample()]), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise RuntimeError("killed mid-write")

    monkeypatch.setattr("pyarrow.parquet.ParquetWriter.write_table", boom)
    with pytest.raises(RuntimeError):
        write_table(events_to_frame([sample(), sample(event_id="e2")]), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]
