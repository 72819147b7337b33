"""What timeline.html shows: events in order, their headings and sources, as JSON data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.render.labels import datetime_attr, group_label
from timeline.render.view import EventView

__all__ = ["UNDATED", "timeline_data", "year_id"]

UNDATED = ("undated", "Undated", "No date found in the text")


def year_id(year: int | None) -> str:
    return UNDATED[0] if year is None else f"y-{year}"


def _heading(view: EventView) -> tuple[str, str, str]:
    """(year section id, year heading, group heading) for the card of ``view``."""
    if view.date_start is None:
        return UNDATED
    start = view.date_start
    return year_id(start.year), str(start.year), group_label(start, view.date_end)


def _record(view: EventView, group: int, doc: int) -> dict[str, Any]:
    start = view.date_start
    record: dict[str, Any] = {
        "i": view.event_id, "t": view.type_key, "h": view.summary, "s": view.sentence,
        "tl": view.own_type_label,
        "d": view.date_label, "p": view.precision,
        "dt": datetime_attr(start, view.date_end) if start is not None else None,
        "db": 1 if view.from_publication else None, "w": view.date_text,
        "pl": view.place, "mv": view.movement, "a": view.actors, "n": view.counts,
        "m": None if view.modality == "asserted" else view.modality,
        "c": 1 if view.is_comment else None, "by": view.comment_author,
        "mc": view.mention_count if view.mention_count > 1 else None, "g": group, "dc": doc,
    }  # fmt: skip
    return {k: v for k, v in record.items() if v is not None and v != ""}


def timeline_data(views: Sequence[EventView]) -> dict[str, Any]:
    """The page's data: chronological ``views`` as records, with headings and documents.

    ``groups`` lists [year id, year heading, group heading] in page order; each event
    names its group and its document (title and http(s) URL, shared by its events), so
    the data stays small when many events come from one article.
    """
    groups: list[tuple[str, str, str]] = []
    docs: dict[tuple[str, str | None], int] = {}
    events = []
    for view in views:
        heading = _heading(view)
        if not groups or groups[-1] != heading:
            groups.append(heading)
        doc = docs.setdefault((view.doc_title, view.doc_url), len(docs))
        events.append(_record(view, len(groups) - 1, doc))
    return {
        "groups": [list(g) for g in groups],
        "docs": [list(d) for d in docs],
        "events": events,
    }
