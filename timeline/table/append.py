"""Adding events to an existing table without duplicates (``timeline extract --append``).

A daily feed is extracted day by day into one table. ``event_id`` is stable (the same
document gives the same ids on any run), so a row is a duplicate when its ``event_id`` is
already in the table, or when every mention it was built from (its ``sources``) already
is: reading yesterday's articles again adds nothing. A happening told again in a new
article is a new row (its merged mentions live in that row's ``sources``).

The table is read, extended and written back atomically: a reader (or a crash) never
sees a half-written table. Appends are not locked against each other: run one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

import polars as pl

from timeline.errors import ConfigError
from timeline.table.schema import EVENT_COLUMNS, EVENT_SCHEMA
from timeline.table.writers import conform_table, read_table, write_table

__all__ = ["APPENDABLE_SUFFIXES", "Appended", "append_table", "check_appendable"]

#: The formats a table can be read back from, and so appended to.
APPENDABLE_SUFFIXES: Final = (".parquet", ".json")


@dataclass(frozen=True, slots=True)
class Appended:
    """What an append did: the table written, rows added, rows already there, rows now."""

    path: Path
    added: int
    duplicates: int
    total: int


def _known_sources(frame: pl.DataFrame) -> set[str]:
    return set(frame.get_column("sources").explode().drop_nulls().to_list())


def _new_rows(new: pl.DataFrame, existing: pl.DataFrame) -> pl.DataFrame:
    """Rows of ``new`` not already in ``existing`` (nor earlier in ``new``)."""
    known_ids = set(existing.get_column("event_id").to_list())
    known_sources = _known_sources(existing)
    fresh = new.unique(subset="event_id", keep="first", maintain_order=True)
    fresh = fresh.filter(~pl.col("event_id").is_in(list(known_ids)))
    if not known_sources:
        return fresh
    repeated = [
        bool(sources) and set(sources) <= known_sources
        for sources in fresh.get_column("sources").to_list()
    ]
    return fresh.filter(~pl.Series(repeated, dtype=pl.Boolean))


def check_appendable(path: str | Path) -> Path:
    """``path`` if a table there can be appended to; else raise ``ConfigError`` (a
    format that cannot be read back: .csv, .geojson)."""
    path = Path(path)
    if path.suffix.lower() not in APPENDABLE_SUFFIXES:
        raise ConfigError(
            f"{path}: --append needs a table that can be read back "
            f"({', '.join(APPENDABLE_SUFFIXES)})"
        )
    return path


def append_table(new: pl.DataFrame, path: str | Path) -> Appended:
    """Add the rows of ``new`` that ``path`` does not hold yet, and write it back atomically.

    A missing ``path`` is written with ``new`` alone. Raises ``ConfigError`` for a format
    that cannot be read back (.csv, .geojson), ``InputError`` when the file is not an
    event table, ``OutputError`` when it cannot be written.
    """
    path = check_appendable(path)
    new = conform_table(new, "new events")
    existing = read_table(path) if path.exists() else pl.DataFrame(schema=EVENT_SCHEMA)
    fresh = _new_rows(new, existing)
    combined = pl.concat([existing, fresh], how="vertical").select(EVENT_COLUMNS)
    write_table(combined, path)
    return Appended(path, fresh.height, new.height - fresh.height, combined.height)
