"""What map.html shows: the event data its script draws, the legend and the notes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from timeline.render.palette import type_style
from timeline.render.payload import SHARED_KEYS, Strings, event_record, shared_documents
from timeline.render.safe import esc
from timeline.render.view import EventView, LatLon
from timeline.vocabulary import EVENT_TYPES, MODALITIES

__all__ = ["MapData", "legend_html", "map_data", "title_html"]

# Modalities that cast doubt on an event: their markers and lines are drawn dashed.
UNSURE = frozenset({"alleged", "denied", "speculative"})


@dataclass(frozen=True, slots=True)
class MapData:
    """The JSON payload for the map script, with the figures the legend and notes need."""

    payload: dict[str, Any]
    type_counts: Counter[str]
    kind_counts: Counter[str]
    markers: int
    lines: int
    unlocated: int
    bounds: tuple[LatLon, LatLon] | None


_EPOCH = date(1970, 1, 1)


def _ll(point: LatLon) -> list[float]:
    return [round(point[0], 5), round(point[1], 5)]


def _day(day: date | None) -> int | None:
    """Days since 1970-01-01, the unit of the map's date filter."""
    return None if day is None else (day - _EPOCH).days


def _record(view: EventView, doc: int, strings: Strings) -> dict[str, Any]:
    return event_record(
        view,
        doc,
        strings,
        u=1 if view.modality in UNSURE else None,
        ll=_ll(view.point) if view.point else None,
        ln=[_ll(view.line[0]), _ll(view.line[1])] if view.line else None,
        ds=_day(view.date_start),
        de=_day(view.date_end) if view.date_end != view.date_start else None,
    )


def _bounds(points: list[LatLon]) -> tuple[LatLon, LatLon] | None:
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return (min(lats), min(lons)), (max(lats), max(lons))


def map_data(views: Sequence[EventView], timeline_page: str | None = None) -> MapData:
    """The map's payload: one record per event with a marker or a line, documents shared.

    ``timeline_page`` is where each popup's "Show in the timeline" link goes (None: no
    link); the payload's ``days`` is the first and last day of the dated events.
    """
    shown = [v for v in views if v.point is not None or v.line is not None]
    doc_of, docs = shared_documents(shown)
    strings = Strings()
    events = [_record(view, doc, strings) for view, doc in zip(shown, doc_of, strict=True)]
    points = [p for v in shown for p in (v.point, *(v.line or ())) if p is not None]
    types = {k: {"c": type_style(k).colour, "l": t.label} for k, t in EVENT_TYPES.items()}
    starts = [v.date_start for v in shown if v.date_start is not None]
    ends = [v.date_end or v.date_start for v in shown if v.date_start is not None]
    payload = {
        "types": types, "docs": docs, "strings": strings.table(), "shared": list(SHARED_KEYS),
        "events": events, "timeline": timeline_page,
        "days": [_day(min(starts)), _day(max(ends))] if starts else None,
    }  # fmt: skip
    return MapData(
        payload=payload,
        type_counts=Counter(v.type_key for v in shown),
        kind_counts=Counter("comment" if v.is_comment else "article" for v in shown),
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
    page = data.payload.get("timeline")
    timeline = f'<a href="{esc(page)}">the timeline</a>' if page else "the timeline"
    return (
        f'<p class="tl-note">{_plural(data.unlocated, "event", "events")} {verb} '
        f"no coordinates and cannot be shown here; {timeline} lists every event.</p>"
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
    """The legend: the event types on the map (in two columns when many), then the styles."""
    types = [
        f'<li><span class="tl-mk tl-t-{key}" aria-hidden="true"></span>{esc(kind.label)}'
        f" ({data.type_counts[key]:,})</li>"
        for key, kind in EVENT_TYPES.items()
        if data.type_counts[key]
    ]
    styles = []
    if data.lines:
        styles.append(
            '<li><span class="tl-line" aria-hidden="true"></span>'
            "movement, arrow to destination</li>"
        )
    if data.kind_counts["comment"]:
        styles.append(
            '<li><span class="tl-mk tl-unsure tl-cm" aria-hidden="true"></span>'
            "square corner: from a reader comment</li>"
        )
    unsure = ", ".join(m for m in MODALITIES if m in UNSURE)
    styles.append(
        f'<li><span class="tl-mk tl-unsure" aria-hidden="true"></span>dashed: {unsure}</li>'
    )
    columns = " tl-cols" if len(types) > 6 else ""
    return (
        '<details class="tl-box tl-legend" open><summary>Legend</summary>'
        f'<ul class="tl-types{columns}">{"".join(types)}</ul><ul>{"".join(styles)}</ul></details>'
    )
