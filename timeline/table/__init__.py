"""The event table: one schema constant, events to polars, and writers by suffix."""

from __future__ import annotations

from timeline.table.conversions import convert
from timeline.table.schema import EVENT_COLUMNS, EVENT_SCHEMA, empty_table, events_to_frame
from timeline.table.writers import SUFFIXES, conform_table, read_table, table_writer, write_table

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_SCHEMA",
    "SUFFIXES",
    "conform_table",
    "convert",
    "empty_table",
    "events_to_frame",
    "read_table",
    "table_writer",
    "write_table",
]
