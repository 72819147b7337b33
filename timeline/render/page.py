"""timeline.html: a self-contained chronological page of event cards, with filters.

The page shell (title, counts, year links, filter controls) is HTML written here with
every piece of text escaped. The events travel as one JSON block (``<``, ``>``, ``&``,
U+2028/9 escaped, so no text can close it) from which a small inline script builds the
cards with DOM calls (``textContent``): event text is never parsed as HTML. Sharing
each document's title and URL among its events keeps 10,000 events under half the size
of the same cards written out as HTML. A Content-Security-Policy that allows only the
page's own inline script and style (by hash) and no network at all backs this up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import polars as pl

from timeline.fsutil import atomic_write_text
from timeline.render.assets import TIMELINE_CSS, TIMELINE_JS, csp_hash
from timeline.render.page_data import timeline_data, year_id
from timeline.render.palette import palette_css
from timeline.render.safe import esc, json_for_script
from timeline.render.view import EventView, event_views
from timeline.vocabulary import EVENT_TYPES, MODALITIES, SOURCE_KINDS

__all__ = ["DEFAULT_TITLE", "render_timeline", "write_timeline"]

DEFAULT_TITLE = "Event timeline"
_CSS = TIMELINE_CSS + palette_css("")
_CSP = (
    "default-src 'none'; "
    f"script-src {csp_hash(TIMELINE_JS)}; style-src {csp_hash(_CSS)}; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
_NOSCRIPT = "<noscript><p>Turn on JavaScript to see the events on this page.</p></noscript>"
# The source filter's labels, one per timeline.vocabulary SOURCE_KINDS.
_KIND_LABELS = {"article": "Article text", "comment": "Reader comments"}


def _checkboxes(name: str, options: Iterable[tuple[str, str, int]], swatch: bool = False) -> str:
    boxes = []
    for value, label, count in options:
        dot = f'<span class="sw t-{value}" aria-hidden="true"></span> ' if swatch else ""
        boxes.append(
            f'<label><input type="checkbox" name="{name}" value="{esc(value)}" checked> '
            f'{dot}{esc(label)} <span class="n">({count:,})</span></label>'
        )
    toggles = (
        f'<button type="button" data-set="{name}" data-on="1">All</button>'
        f'<button type="button" data-set="{name}" data-on="0">None</button>'
    )
    return "".join(boxes) + toggles


def _filters(views: Sequence[EventView]) -> str:
    types = Counter(v.type_key for v in views)
    kinds = Counter("comment" if v.is_comment else "article" for v in views)
    mods = Counter(v.modality for v in views)
    mod_order = [m for m in MODALITIES if m in mods] + sorted(set(mods) - set(MODALITIES))
    return (
        '<form id="tl-filters" class="filters" role="search" aria-label="Filter events" hidden>'
        "<fieldset><legend>Event type</legend>"
        + _checkboxes(
            "type",
            ((k, t.label, types[k]) for k, t in EVENT_TYPES.items() if k in types),
            swatch=True,
        )
        + "</fieldset><fieldset><legend>Source</legend>"
        + _checkboxes("kind", ((k, _KIND_LABELS[k], kinds[k]) for k in SOURCE_KINDS if k in kinds))
        + "</fieldset><fieldset><legend>Modality</legend>"
        + _checkboxes("mod", ((m, m, mods[m]) for m in mod_order))
        + '</fieldset><div class="row"><label for="tl-q">Search the text</label>'
        '<input type="search" id="tl-q" name="q" autocomplete="off">'
        '<button type="reset">Show all</button></div>'
        '<p id="tl-count" role="status" aria-live="polite"></p></form>'
    )


def _header(title: str, views: Sequence[EventView]) -> str:
    dated = [v for v in views if v.date_start is not None]
    stats = [f"{len(views):,} event{'s' if len(views) != 1 else ''}"]
    if dated:
        stats.append(f"from {dated[0].date_label} to {dated[-1].date_label}")
    if len(dated) < len(views):
        stats.append(f"{len(views) - len(dated):,} undated")
    comments = sum(v.is_comment for v in views)
    if comments:
        stats.append(f"{comments:,} from reader comments")
    years = list(dict.fromkeys(v.date_start.year if v.date_start else None for v in views))
    links = "".join(
        f'<li><a href="#{year_id(y)}">{"Undated" if y is None else y}</a></li>' for y in years
    )
    nav = f'<nav class="years" aria-label="Years"><ul>{links}</ul></nav>' if links else ""
    return (
        f'<header><h1>{esc(title)}</h1><p class="stats">{esc(" · ".join(stats))}</p>{nav}</header>'
    )


def _body(views: Sequence[EventView]) -> str:
    if not views:
        return '<main id="events"><p class="empty">No events to show.</p></main>'
    data = timeline_data(views)
    data["types"] = {key: kind.label for key, kind in EVENT_TYPES.items()}
    return (
        f'<main id="events">{_NOSCRIPT}'
        '<p id="tl-none" class="empty" hidden>No events match the filters.</p></main>\n'
        f'<script type="application/json" id="tl-data">{json_for_script(data)}</script>'
    )


def render_timeline(events: pl.DataFrame, *, title: str | None = None) -> str:
    """The timeline page for the event table ``events``, as one self-contained HTML string."""
    views = event_views(events, sort=True)
    title = title or DEFAULT_TITLE
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="timeline">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#events">Skip to the events</a>\n'
        f"{_header(title, views)}\n{_filters(views) if views else ''}\n{_body(views)}\n"
        "<footer><p>Made by timeline from the texts listed on each card. Place data: "
        "GeoNames (CC BY 4.0).</p></footer>\n"
        f"<script>{TIMELINE_JS}</script>\n</body>\n</html>\n"
    )


def write_timeline(events: pl.DataFrame, path: str | Path, *, title: str | None = None) -> Path:
    """Render the timeline page and write it to ``path`` atomically."""
    return atomic_write_text(path, render_timeline(events, title=title))
