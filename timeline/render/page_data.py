"""What timeline.html shows: events in order, their headings and sources, as JSON data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.render.labels import datetime_attr, group_label
from timeline.render.payload import event_record, shared_documents
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


def _record(view: EventView, doc: int, group: int) -> dict[str, Any]:
    start = view.date_start
    return event_record(
        view,
        doc,
        i=view.event_id,
        dt=datetime_attr(start, view.date_end) if start is not None else None,
        w=view.date_text,
        g=group,
    )


def timeline_data(views: Sequence[EventView]) -> dict[str, Any]:
    """The page's data: chronological ``views`` as records, with headings and documents.

    ``groups`` lists [year id, year heading, group heading] in page order; each event
    names its group and its document (title and http(s) URL, shared by its events), so
    the data stays small when many events come from one article.
    """
    groups: list[tuple[str, str, str]] = []
    doc_of, docs = shared_documents(views)
    events = []
    for view, doc in zip(views, doc_of, strict=True):
        heading = _heading(view)
        if not groups or groups[-1] != heading:
            groups.append(heading)
        events.append(_record(view, doc, len(groups) - 1))
    return {"groups": [list(g) for g in groups], "docs": docs, "events": events}
