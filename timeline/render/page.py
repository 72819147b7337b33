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

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from timeline.fsutil import atomic_write_text
from timeline.render.assets import TIMELINE_CSS, TIMELINE_JS, csp_hash
from timeline.render.page_data import timeline_data, year_id
from timeline.render.page_filters import filters_html
from timeline.render.palette import palette_css
from timeline.render.safe import esc, json_for_script, page_link
from timeline.render.view import EventView, event_views
from timeline.vocabulary import EVENT_TYPES

__all__ = ["DEFAULT_MAP_PAGE", "DEFAULT_TITLE", "render_timeline", "write_timeline"]

DEFAULT_TITLE = "Event timeline"
# Where "Show on the map" links go: the map `timeline run` writes beside this page.
DEFAULT_MAP_PAGE = "map.html"
_CSS = TIMELINE_CSS + palette_css("")
_CSP = (
    "default-src 'none'; "
    f"script-src {csp_hash(TIMELINE_JS)}; style-src {csp_hash(_CSS)}; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
_NOSCRIPT = "<noscript><p>Turn on JavaScript to see the events on this page.</p></noscript>"


def _header(title: str, views: Sequence[EventView], map_page: str | None) -> str:
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
    to_map = (
        f'<p class="to-map"><a href="{esc(map_page)}">Open the map</a></p>'
        if map_page and any(v.point or v.line for v in views)
        else ""
    )
    return (
        f'<header><h1>{esc(title)}</h1><p class="stats">{esc(" · ".join(stats))}</p>'
        f"{to_map}{nav}</header>"
    )


def _body(views: Sequence[EventView], map_page: str | None) -> str:
    if not views:
        return '<main id="events"><p class="empty">No events to show.</p></main>'
    data = timeline_data(views)
    data["types"] = {key: kind.label for key, kind in EVENT_TYPES.items()}
    data["map"] = map_page
    return (
        f'<main id="events">{_NOSCRIPT}'
        '<p id="tl-none" class="empty" hidden>No events match the filters.</p></main>\n'
        f'<script type="application/json" id="tl-data">{json_for_script(data)}</script>'
    )


def render_timeline(
    events: pl.DataFrame, *, title: str | None = None, map_page: str | None = DEFAULT_MAP_PAGE
) -> str:
    """The timeline page for the event table ``events``, as one self-contained HTML string.

    Each card of an event on the map links to ``map_page#event=<event id>`` (a relative
    path or http(s) URL; None for no links).
    """
    map_page = page_link(map_page)
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
        f"{_header(title, views, map_page)}\n{filters_html(views) if views else ''}\n"
        f"{_body(views, map_page)}\n"
        "<footer><p>Made by timeline from the texts listed on each card. Place data: "
        "GeoNames (CC BY 4.0).</p></footer>\n"
        f"<script>{TIMELINE_JS}</script>\n</body>\n</html>\n"
    )


def write_timeline(
    events: pl.DataFrame,
    path: str | Path,
    *,
    title: str | None = None,
    map_page: str | None = DEFAULT_MAP_PAGE,
) -> Path:
    """Render the timeline page and write it to ``path`` atomically."""
    return atomic_write_text(path, render_timeline(events, title=title, map_page=map_page))
