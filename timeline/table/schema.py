"""The event table's schema: the contract of DESIGN.md, in one constant."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

import polars as pl

from timeline.records import Event, Quantity

__all__ = ["EVENT_COLUMNS", "EVENT_SCHEMA", "empty_table", "events_to_frame", "frame_to_events"]

_QUANTITY = pl.Struct({"value": pl.Int64, "unit": pl.Utf8, "text": pl.Utf8})

# Columns DESIGN.md fixes come first, in its order; columns timeline adds follow.
_COLUMNS: dict[str, pl.DataType] = {
    "event_id": pl.Utf8(),
    "event_type": pl.Utf8(),
    "summary": pl.Utf8(),
    "sentence": pl.Utf8(),
    "date_start": pl.Date(),
    "date_end": pl.Date(),
    "date_precision": pl.Utf8(),
    "date_text": pl.Utf8(),
    "date_basis": pl.Utf8(),
    "timex": pl.Utf8(),
    "place_name": pl.Utf8(),
    "place_text": pl.Utf8(),
    "geonameid": pl.Int64(),
    "country_code": pl.Utf8(),
    "admin1": pl.Utf8(),
    "latitude": pl.Float64(),
    "longitude": pl.Float64(),
    "geo_precision": pl.Utf8(),
    "origin_name": pl.Utf8(),
    "origin_latitude": pl.Float64(),
    "origin_longitude": pl.Float64(),
    "destination_name": pl.Utf8(),
    "destination_latitude": pl.Float64(),
    "destination_longitude": pl.Float64(),
    "actor1": pl.Utf8(),
    "actor2": pl.Utf8(),
    "actors": pl.List(pl.Utf8()),
    "fatalities": pl.Int64(),
    "quantities": pl.List(_QUANTITY),
    "modality": pl.Utf8(),
    "source_kind": pl.Utf8(),
    "comment_author": pl.Utf8(),
    "doc_id": pl.Utf8(),
    "doc_title": pl.Utf8(),
    "doc_url": pl.Utf8(),
    "published": pl.Date(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "mention_count": pl.Int64(),
    "confidence": pl.Float64(),
    # Added by timeline (DESIGN.md allows new columns, never renamed ones):
    "trigger": pl.Utf8(),  # the word or phrase that signalled the event
    "sources": pl.List(pl.Utf8()),  # every merged mention, as doc_id:char_start-char_end
    # where `published` came from: record, page, manifest, dateline, option, none
    "published_basis": pl.Utf8(),
}
EVENT_SCHEMA: pl.Schema = pl.Schema(_COLUMNS)
EVENT_COLUMNS: tuple[str, ...] = tuple(EVENT_SCHEMA.names())

_EVENT_FIELDS = {f.name for f in fields(Event)}
assert set(EVENT_COLUMNS) == _EVENT_FIELDS, "Event record and EVENT_SCHEMA disagree"


def _row(event: Event) -> dict[str, Any]:
    row = {name: getattr(event, name) for name in EVENT_COLUMNS}
    row["actors"] = list(event.actors)
    row["sources"] = list(event.sources)
    row["quantities"] = [
        {"value": q.value, "unit": q.unit, "text": q.text} for q in event.quantities
    ]
    return row


def events_to_frame(events: Iterable[Event]) -> pl.DataFrame:
    """The event table for ``events``, with exactly ``EVENT_SCHEMA``."""
    return pl.DataFrame([_row(e) for e in events], schema=EVENT_SCHEMA, orient="row")


def _event(row: dict[str, Any]) -> Event:
    row["actors"] = tuple(row["actors"] or ())
    row["sources"] = tuple(row["sources"] or ())
    # The table keeps a count's value, unit and words, not where in the text it stood.
    row["quantities"] = tuple(
        Quantity(0, 0, q["text"], q["value"], q["unit"]) for q in row["quantities"] or ()
    )
    return Event(**row)


def frame_to_events(frame: pl.DataFrame) -> list[Event]:
    """The events of an event table (``events_to_frame`` undone, but for where each count
    stood in its text, which the table does not keep: those offsets are 0)."""
    return [_event(row) for row in frame.select(EVENT_COLUMNS).iter_rows(named=True)]


def empty_table() -> pl.DataFrame:
    return pl.DataFrame(schema=EVENT_SCHEMA)
