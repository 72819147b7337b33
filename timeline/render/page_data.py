"""What timeline.html shows: events in order, their headings and sources, as JSON data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from timeline.render.labels import datetime_attr, day_label, group_label
from timeline.render.payload import SHARED_KEYS, Strings, event_record, shared_documents
from timeline.render.view import EventView

__all__ = ["UNDATED", "timeline_data", "year_id"]

UNDATED = ("undated", "Undated", "No date found in the text", None)
Heading = tuple[str, str, str, str | None]


def year_id(year: int | None) -> str:
    return UNDATED[0] if year is None else f"y-{year}"


def _heading(view: EventView) -> Heading:
    """(year section id, year heading, month heading, day heading or None) for ``view``."""
    if view.date_start is None:
        return UNDATED
    start, end = view.date_start, view.date_end
    return year_id(start.year), str(start.year), group_label(start, end), day_label(start, end)


def _by_use(names: Iterable[str]) -> dict[str, int]:
    """Each name's number in the list of names, most used first, then alphabetical."""
    counts = Counter(names)
    ordered = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
    return {name: number for number, name in enumerate(ordered)}


def _record(
    view: EventView, doc: int, group: int, strings: Strings, names: dict[str, dict[str, int]]
) -> dict[str, Any]:
    start = view.date_start
    return event_record(
        view,
        doc,
        strings,
        dt=datetime_attr(start, view.date_end) if start is not None else None,
        w=view.date_text,
        g=group,
        o=1 if view.point is not None or view.line is not None else None,
        ac=[names["actors"][a] for a in view.actor_names] or None,
        pn=[names["places"][p] for p in view.place_names] or None,
    )


def timeline_data(views: Sequence[EventView]) -> dict[str, Any]:
    """The page's data: chronological ``views`` as records, with headings and documents.

    ``groups`` lists [year id, year heading, month heading, day heading or null] in page
    order; each event names its group, its document (title and http(s) URL, shared by
    its events), its actors (numbers into ``actors``) and the places it names (numbers
    into ``places``); repeated labels are numbers into ``strings``.
    """
    groups: list[Heading] = []
    doc_of, docs = shared_documents(views)
    names = {
        "actors": _by_use(a for v in views for a in v.actor_names),
        "places": _by_use(p for v in views for p in v.place_names),
    }
    strings, events = Strings(), []
    for view, doc in zip(views, doc_of, strict=True):
        heading = _heading(view)
        if not groups or groups[-1] != heading:
            groups.append(heading)
        events.append(_record(view, doc, len(groups) - 1, strings, names))
    return {
        "groups": [list(g) for g in groups],
        "docs": docs,
        "strings": strings.table(),
        "shared": list(SHARED_KEYS),
        "actors": list(names["actors"]),
        "places": list(names["places"]),
        "events": events,
    }
