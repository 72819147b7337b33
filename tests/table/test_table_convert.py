"""timeline.table.conversions.convert: any event-table format to any other, losslessly."""

from __future__ import annotations

import json
from datetime import date
from itertools import product

import polars as pl
import pytest

from timeline.errors import ConfigError, InputError
from timeline.records import Event, Quantity
from timeline.table import SUFFIXES, events_to_frame, read_table, write_table
from timeline.table.conversions import convert


def _events() -> list[Event]:
    common = {"doc_id": "d", "char_start": 0, "char_end": 30, "source_kind": "article"}
    return [
        Event(
            event_id="a", event_type="withdrawal", summary="Withdrawal: fighters leave",
            sentence="Fighters left the town \u201cby bus\u201d, officials said; 60 of them.",
            date_start=date(2017, 6, 1), date_end=date(2017, 6, 30), date_precision="month",
            latitude=35.95, longitude=39.01, place_name="Raqqa", actors=("SDF", "ISIS"),
            actor1="SDF", actor2="ISIS", fatalities=2, modality="reported",
            quantities=(Quantity(0, 9, "60 fighters", 60, "fighters"),),
            sources=("d:0-30", "e:5-40"), published=date(2017, 7, 2), mention_count=2,
            confidence=0.75, **common,
        ),
        Event(
            event_id="b", event_type="statement", summary="Statement",
            sentence="No place, no date.", comment_author="reader 7", **common,
        ),
    ]  # fmt: skip


@pytest.fixture
def table():
    return events_to_frame(_events())


@pytest.mark.parametrize(("source", "target"), list(product(SUFFIXES, SUFFIXES)))
def test_convert_any_format_to_any_other_keeps_the_table(table, tmp_path, source, target):
    start = write_table(table, tmp_path / f"in{source}")
    out = convert(start, tmp_path / f"out{target}")
    assert out == tmp_path / f"out{target}"
    assert read_table(out).equals(table)


def test_convert_csv_keeps_lists_and_quantities(table, tmp_path):
    out = convert(write_table(table, tmp_path / "e.parquet"), tmp_path / "e.csv")
    raw = pl.read_csv(out)
    assert raw["actors"][0] == "SDF; ISIS"
    assert json.loads(raw["quantities"][0]) == [
        {"value": 60, "unit": "fighters", "text": "60 fighters"}
    ]
    back = read_table(out)
    assert back["actors"].to_list() == [["SDF", "ISIS"], []]
    assert back["sources"].to_list()[0] == ["d:0-30", "e:5-40"]


def test_convert_located_only_keeps_events_with_coordinates(table, tmp_path):
    out = convert(
        write_table(table, tmp_path / "e.json"), tmp_path / "e.geojson", located_only=True
    )
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["id"] for f in features] == ["a"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [39.01, 35.95]}


def test_convert_in_place_rewrites_the_file(table, tmp_path):
    path = write_table(table, tmp_path / "e.parquet")
    assert read_table(convert(path, path)).equals(table)


def test_convert_unknown_formats_are_config_errors(table, tmp_path):
    source = write_table(table, tmp_path / "e.parquet")
    with pytest.raises(ConfigError, match="unknown output format"):
        convert(source, tmp_path / "e.xlsx")
    (tmp_path / "e.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(ConfigError, match="read an event table from"):
        convert(tmp_path / "e.txt", tmp_path / "e.csv")
    assert not (tmp_path / "e.csv").exists()


def test_convert_names_the_unreadable_input(tmp_path):
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "Feature"}', encoding="utf-8")
    with pytest.raises(InputError, match="broken.geojson.*FeatureCollection"):
        convert(bad, tmp_path / "out.csv")
    with pytest.raises(InputError, match="no such file"):
        convert(tmp_path / "missing.csv", tmp_path / "out.json")
