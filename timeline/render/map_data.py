"""What map.html shows: the event data its script draws, the legend and the notes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from timeline.render.palette import EVENT_TYPES, MODALITY_STYLES
from timeline.render.safe import esc
from timeline.render.view import EventView, LatLon

__all__ = ["MapData", "legend_html", "map_data", "title_html"]

# Modalities that cast doubt on an event: their markers and lines are drawn dashed.
UNSURE = frozenset({"alleged", "denied", "speculative"})


@dataclass(frozen=True, slots=True)
class MapData:
    """The JSON payload for the map script, with the figures the legend and notes need."""

    payload: dict[str, Any]
    type_counts: Counter[str]
    markers: int
    lines: int
    unlocated: int
    bounds: tuple[LatLon, LatLon] | None


def _ll(point: LatLon) -> list[float]:
    return [round(point[0], 5), round(point[1], 5)]


def _record(view: EventView, doc: int) -> dict[str, Any]:
    record: dict[str, Any] = {
        "t": view.type_key,
        "tl": view.own_type_label,
        "h": view.summary, "s": view.sentence,
        "d": view.date_label, "p": view.precision, "db": 1 if view.from_publication else None,
        "pl": view.place, "mv": view.movement, "a": view.actors, "n": view.counts,
        "m": None if view.modality == "asserted" else view.modality,
        "u": 1 if view.modality in UNSURE else None,
        "c": 1 if view.is_comment else None, "by": view.comment_author, "dc": doc,
        "mc": view.mention_count if view.mention_count > 1 else None,
        "ll": _ll(view.point) if view.point else None,
        "ln": [_ll(view.line[0]), _ll(view.line[1])] if view.line else None,
    }  # fmt: skip
    return {k: v for k, v in record.items() if v is not None and v != ""}


def _bounds(points: list[LatLon]) -> tuple[LatLon, LatLon] | None:
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return (min(lats), min(lons)), (max(lats), max(lons))


def map_data(views: Sequence[EventView]) -> MapData:
    """The map's payload: one record per event with a marker or a line, documents shared."""
    docs: dict[tuple[str, str | None], int] = {}
    events, points = [], []
    for view in views:
        if view.point is None and view.line is None:
            continue
        doc = docs.setdefault((view.doc_title, view.doc_url), len(docs))
        events.append(_record(view, doc))
        points += [p for p in (view.point, *(view.line or ())) if p is not None]
    types = {k: {"c": s.colour, "l": s.label} for k, s in EVENT_TYPES.items()}
    return MapData(
        payload={"types": types, "docs": [list(d) for d in docs], "events": events},
        type_counts=Counter(v.type_key for v in views if v.point is not None),
        markers=sum(v.point is not None for v in views),
        lines=sum(v.line is not None for v in views),
        unlocated=sum(v.point is None and v.line is None for v in views),
        bounds=_bounds(points),
    )


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _unlocated_note(data: MapData) -> str:
    if not data.unlocated:
        return ""
    verb = "has" if data.unlocated == 1 else "have"
    return (
        f'<p class="tl-note">{_plural(data.unlocated, "event", "events")} {verb} '
        "no coordinates and cannot be shown here; the timeline lists every event.</p>"
    )


def title_html(title: str, total: int, data: MapData) -> str:
    """The box at the top: title, how many events are drawn, and how many are not."""
    if total == 0:
        summary = "<p>No events to show.</p>"
    else:
        summary = f"<p>{data.markers:,} of {_plural(total, 'event', 'events')} on the map"
        if data.lines:
            summary += f", {_plural(data.lines, 'movement', 'movements')} drawn as arrows"
        summary += ".</p>"
    return (
        f'<div class="tl-box tl-title"><h1>{esc(title)}</h1>{summary}{_unlocated_note(data)}</div>'
    )


def legend_html(data: MapData) -> str:
    """The legend: one row per event type on the map, then the line and outline styles."""
    rows = [
        f'<li><span class="tl-mk tl-t-{key}" aria-hidden="true"></span>{esc(style.label)}'
        f" ({data.type_counts[key]:,})</li>"
        for key, style in EVENT_TYPES.items()
        if data.type_counts[key]
    ]
    if data.lines:
        rows.append(
            '<li><span class="tl-line" aria-hidden="true"></span>'
            "movement, arrow to destination</li>"
        )
    unsure = ", ".join(m for m in MODALITY_STYLES if m in UNSURE)
    rows.append(
        f'<li><span class="tl-mk tl-unsure" aria-hidden="true"></span>dashed: {unsure}</li>'
    )
    return (
        '<details class="tl-box tl-legend" open><summary>Legend</summary>'
        f"<ul>{''.join(rows)}</ul></details>"
    )
