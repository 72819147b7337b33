"""The event table as display records: one ``EventView`` per row, labels made once."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl

from timeline.render.labels import (
    actors_label,
    counts_label,
    date_range_label,
    movement_label,
    place_label,
    precision_note,
)
from timeline.render.palette import type_key
from timeline.render.safe import safe_url
from timeline.table import conform_table
from timeline.vocabulary import EVENT_TYPES

__all__ = ["EventView", "LatLon", "chronological", "event_views"]

LatLon = tuple[float, float]

# Event-table columns neither page shows, left out before the rows become Python objects.
_UNSHOWN = ("timex", "geonameid", "char_end", "confidence", "trigger", "sources")


@dataclass(frozen=True, slots=True)
class EventView:
    """One event as both pages show it. Text fields are unescaped; renderers escape them."""

    event_id: str
    type_key: str
    type_label: str
    summary: str
    sentence: str
    date_start: date | None
    date_end: date | None
    date_label: str | None
    precision: str | None
    date_text: str | None
    from_publication: bool
    place: str | None
    movement: str | None
    actors: str | None
    actor_names: tuple[str, ...]  # canonical actors, for the actor filter
    place_names: tuple[str, ...]  # place, as written, origin, destination: the place filter
    counts: str | None
    modality: str
    is_comment: bool
    comment_author: str | None
    doc_title: str
    doc_url: str | None
    mention_count: int
    point: LatLon | None
    line: tuple[LatLon, LatLon] | None

    @property
    def own_type_label(self) -> str | None:
        """The event type as written when it is outside the vocabulary, else None."""
        return None if self.type_label == EVENT_TYPES[self.type_key].label else self.type_label


def _point(lat: Any, lon: Any) -> LatLon | None:
    """(lat, lon) when both are finite and on the globe, else None."""
    if lat is None or lon is None:
        return None
    lat, lon = float(lat), float(lon)
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return (lat, lon)


def _line(row: dict[str, Any], here: LatLon | None) -> tuple[LatLon, LatLon] | None:
    """Origin → destination; with one end unknown, the event's own place stands in."""
    origin = _point(row["origin_latitude"], row["origin_longitude"])
    destination = _point(row["destination_latitude"], row["destination_longitude"])
    if origin is None and destination is None:
        return None
    start, end = origin or here, destination or here
    if start is None or end is None or start == end:
        return None
    return (start, end)


def _names(*names: str | None) -> tuple[str, ...]:
    """The distinct non-empty ``names``, first spelling of each kept, in order."""
    seen: dict[str, str] = {}
    for name in names:
        if name and name.strip():
            seen.setdefault(name.strip().casefold(), name.strip())
    return tuple(seen.values())


def _view(row: dict[str, Any]) -> EventView:
    start, end = row["date_start"], row["date_end"]
    raw_type = row["event_type"] or "other"
    key = type_key(raw_type)
    point = _point(row["latitude"], row["longitude"])
    return EventView(
        event_id=row["event_id"] or "",
        type_key=key,
        type_label=EVENT_TYPES[key].label if key == raw_type else raw_type,
        summary=row["summary"] or "",
        sentence=row["sentence"] or "",
        date_start=start,
        date_end=end if start is not None and end is not None and end >= start else start,
        date_label=date_range_label(start, end),
        precision=precision_note(row["date_precision"], start, end),
        date_text=row["date_text"],
        from_publication=row["date_basis"] == "document",
        place=place_label(
            row["place_name"],
            row["place_text"],
            row["admin1"],
            row["country_code"],
            row["geo_precision"],
        ),  # fmt: skip
        movement=movement_label(row["origin_name"], row["destination_name"]),
        actors=actors_label(row["actor1"], row["actor2"], row["actors"]),
        actor_names=_names(row["actor1"], row["actor2"], *(row["actors"] or ())),
        place_names=_names(
            row["place_name"], row["place_text"], row["origin_name"], row["destination_name"]
        ),
        counts=counts_label(row["fatalities"], row["quantities"]),
        modality=row["modality"] or "asserted",
        is_comment=row["source_kind"] == "comment",
        comment_author=row["comment_author"],
        doc_title=row["doc_title"] or row["doc_id"] or "untitled document",
        doc_url=safe_url(row["doc_url"]),
        mention_count=row["mention_count"] or 1,
        point=point,
        line=_line(row, point),
    )


def chronological(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows by first day; for the same first day, wider ranges first; undated rows last."""
    end = pl.coalesce("date_end", "date_start").alias("_end")
    ordered = frame.with_columns(end).sort(
        ["date_start", "_end", "published", "doc_id", "char_start", "event_id"],
        descending=[False, True, False, False, False, False],
        nulls_last=True,
        maintain_order=True,
    )
    return ordered.drop("_end")


def event_views(frame: pl.DataFrame, *, sort: bool = False) -> list[EventView]:
    """One ``EventView`` per row of the event table ``frame`` (chronological if ``sort``)."""
    table = conform_table(frame, "event table").drop(_UNSHOWN)
    if sort:
        table = chronological(table)
    return [_view(row) for row in table.iter_rows(named=True)]
