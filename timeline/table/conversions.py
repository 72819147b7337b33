"""Convert an event table between its formats: Parquet (GeoParquet), CSV, JSON, GeoJSON."""

from __future__ import annotations

from pathlib import Path

from timeline.errors import ConfigError
from timeline.table.writers import SUFFIXES, read_table, write_table

__all__ = ["convert"]


def convert(source: str | Path, target: str | Path, *, located_only: bool = False) -> Path:
    """Read the event table at ``source`` and write it to ``target``, formats by suffix.

    Any of ``SUFFIXES`` converts to any other (or the same, to refresh a file written by
    an older version). ``located_only`` keeps only events with coordinates, for GIS
    layers. The table is checked against the schema on the way; ``target`` is written
    atomically and may be ``source`` itself. Returns ``target``.
    """
    source, target = Path(source), Path(target)
    if target.suffix.lower() not in SUFFIXES:
        raise ConfigError(f"{target}: unknown output format; use one of {', '.join(SUFFIXES)}")
    frame = read_table(source)
    if located_only:
        frame = frame.filter(frame["latitude"].is_not_null() & frame["longitude"].is_not_null())
    return write_table(frame, target)
