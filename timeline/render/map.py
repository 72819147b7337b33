"""map.html: a folium map with one clustered marker per located event and movement arrows.

Event text never passes through folium's Popup, which pastes its HTML into a JavaScript
template literal, nor through any folium element: branca compiles what elements render
as Jinja templates, so ``{{ ... }}`` in an article would run on the machine writing the
map. The events travel as one JSON block (``<``, ``>``, ``&``, U+2028/9 escaped) placed
in the page as is, and a small script builds each popup with DOM calls
(``textContent``), so no event text is parsed as HTML, JavaScript or Jinja. One JSON
record per event instead of a folium object each also keeps 10,000 events quick to
write and small.

The layer control switches event types and source kinds (article text, reader
comments) with empty stand-in layers: the script keeps one marker cluster holding the
events whose type, source kind and date range are all switched on. Leaflet and its
cluster plugin load from a CDN pinned by Subresource Integrity hashes, and a
Content-Security-Policy admits only them, the page's own inline code and the tiles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import folium
import polars as pl
from branca.element import Element, Figure, MacroElement
from folium.plugins import MarkerCluster

from timeline.fsutil import atomic_write_text
from timeline.render.assets import MAP_CSS, MAP_JS
from timeline.render.cdn import asset_tags
from timeline.render.csp import map_policy, with_policy
from timeline.render.map_data import MapData, legend_html, map_data, title_html
from timeline.render.palette import palette_css
from timeline.render.safe import esc, json_for_script, page_link
from timeline.render.tiles import CREDITS, tile_layer
from timeline.render.view import event_views
from timeline.vocabulary import EVENT_TYPES, SOURCE_KINDS

__all__ = ["DEFAULT_MAP_TITLE", "DEFAULT_TIMELINE_PAGE", "render_map", "write_map"]

DEFAULT_MAP_TITLE = "Event map"
# Where each popup's "Show in the timeline" link goes: the page `timeline run` writes beside it.
DEFAULT_TIMELINE_PAGE = "timeline.html"
_MAX_ZOOM = 10
_WORLD = ((20.0, 0.0), 2)
_CLUSTER_OPTIONS = {"chunkedLoading": True, "showCoverageOnHover": False, "maxClusterRadius": 80}
_CSS = MAP_CSS + palette_css("tl-")
# The source-kind switches, one per timeline.vocabulary SOURCE_KINDS.
_KIND_LABELS = {"article": "Article text", "comment": "Reader comments"}
# folium's viewport forbids zooming the page, which people with low vision need.
_VIEWPORT = re.compile(r'<meta name="viewport" content="[^"]*"\s*/?>')
_ZOOMABLE = '<meta name="viewport" content="width=device-width, initial-scale=1">'

Switches = dict[str, dict[str, folium.FeatureGroup]]


class _Raw(Element):
    """Text placed in the page as it is.

    branca compiles whatever a MacroElement renders as a *Jinja template* before it
    renders the page (``Element(template=...)``), so event text such as ``{{ 7*7 }}``
    would be evaluated on the machine writing the map, and a stray ``{%`` would crash
    it. Event text reaches the page only through these elements, never through Jinja.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _EventLayer(MacroElement):
    """Assets, legend, notes, the JSON block, and the script that draws the events."""

    def __init__(
        self,
        data: MapData,
        boxes: str,
        layers: tuple[MarkerCluster, Switches, folium.FeatureGroup | None],
        credits: Sequence[str],
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "TimelineEvents"
        self.boxes, self.data = boxes, json_for_script(data.payload)
        self.layers, self.credits = layers, list(credits)

    def _script(self, fmap: str, data_id: str) -> str:
        cluster, switches, lines = self.layers
        groups = ", ".join(
            f"{json.dumps(dim)}: {{"
            + ", ".join(f"{json.dumps(k)}: {g.get_name()}" for k, g in layers.items())
            + "}"
            for dim, layers in switches.items()
        )
        line_layer = lines.get_name() if lines is not None else "null"
        args = f"{fmap}, {cluster.get_name()}, {{{groups}}}, {line_layer}, {json.dumps(data_id)}"
        calls = [f"tlRenderEvents({args});"]
        calls += [
            f"{fmap}.attributionControl.addAttribution({json_for_script(c)});" for c in self.credits
        ]
        return MAP_JS + "\n" + "\n".join(calls) + "\n"

    def render(self, **kwargs: Any) -> str:
        figure, parent = self.get_root(), self._parent
        if not isinstance(figure, Figure) or parent is None:  # a bug in _build, not bad input
            raise TypeError("the event layer must be added to a folium Map")
        name = self.get_name()
        data_id = f"tl-data-{name}"
        figure.header.add_child(_Raw(f"{asset_tags()}\n<style>{_CSS}</style>"), name=name)
        block = f'<script type="application/json" id="{data_id}">{self.data}</script>'
        figure.html.add_child(_Raw(self.boxes + block), name=name)
        figure.script.add_child(_Raw(self._script(parent.get_name(), data_id)), name=name)
        return ""


def _switch(fmap: folium.Map, swatch: str, label: str, count: int) -> folium.FeatureGroup:
    """An empty layer whose checkbox in the layer control switches a set of events."""
    group = folium.FeatureGroup(name=f"{swatch}{esc(label)} ({count:,})", show=True)
    group.add_to(fmap)
    return group


def _layers(
    fmap: folium.Map, data: MapData
) -> tuple[MarkerCluster, Switches, folium.FeatureGroup | None]:
    """The marker cluster, the type and source switches, and the movements layer."""
    cluster = MarkerCluster(control=False, options=_CLUSTER_OPTIONS)  # type: ignore[no-untyped-call]
    cluster.default_js, cluster.default_css = [], []  # pinned in cdn.MAP_ASSETS instead
    cluster.add_to(fmap)
    switches: Switches = {"type": {}, "kind": {}}
    for key, kind in EVENT_TYPES.items():
        if data.type_counts[key]:
            swatch = f'<span class="tl-sw tl-t-{key}"></span> '
            switches["type"][key] = _switch(fmap, swatch, kind.label, data.type_counts[key])
    first = " tl-first"  # the layer control draws a rule above each group's first switch
    for key in SOURCE_KINDS:
        if data.kind_counts[key]:
            swatch = f'<span class="tl-sw tl-k-{key}{first}"></span> '
            switches["kind"][key] = _switch(fmap, swatch, _KIND_LABELS[key], data.kind_counts[key])
            first = ""
    lines = None
    if data.lines:
        swatch = '<span class="tl-line tl-first"></span> '
        lines = folium.FeatureGroup(name=f"{swatch}Movements (origin \u2192 destination)")
        lines.add_to(fmap)
    return cluster, switches, lines


def _stable_ids(root: Element) -> None:
    """Number every element in tree order, so the same table gives the same page.

    branca names elements with random UUIDs; the page would differ on every run.
    """
    stack, count = [root], 0
    while stack:
        element = stack.pop()
        count += 1
        element._id = f"{count:08x}"
        stack.extend(reversed(list(element._children.values())))


def _build(
    events: pl.DataFrame,
    tiles: str,
    title: str | None,
    attribution: str | None,
    timeline_page: str | None,
) -> tuple[folium.Map, str]:
    """The map, and the URL template of its tiles."""
    views = event_views(events)
    data = map_data(views, timeline_page)
    layer, tile_credit = tile_layer(tiles, attribution)
    (lat, lon), zoom = _WORLD
    fmap = folium.Map(location=[lat, lon], zoom_start=zoom, tiles=None, control_scale=True)
    fmap.default_js, fmap.default_css = [], []  # pinned in cdn.MAP_ASSETS instead
    root = fmap.get_root()
    if isinstance(root, Figure):
        root.title = esc(title or DEFAULT_MAP_TITLE)
    layer.add_to(fmap)
    layers = _layers(fmap, data)
    credits = [c for c in CREDITS if "OpenStreetMap" not in c or "OpenStreetMap" not in tile_credit]
    boxes = title_html(title or DEFAULT_MAP_TITLE, len(views), data) + legend_html(data)
    _EventLayer(data, boxes, layers, credits).add_to(fmap)
    if data.bounds is not None:
        fmap.fit_bounds(
            [list(corner) for corner in data.bounds], max_zoom=_MAX_ZOOM, padding=(30, 30)
        )
    folium.LayerControl(collapsed=True).add_to(fmap)
    _stable_ids(fmap)
    return fmap, str(layer.tiles)


def _finish(page: str, tiles: str) -> str:
    """folium's page made zoomable, in English, and under a Content-Security-Policy."""
    page = _VIEWPORT.sub(_ZOOMABLE, page, count=1)
    page = page.replace("<html>", '<html lang="en">', 1)
    return with_policy(page, map_policy(page, tiles))


def render_map(
    events: pl.DataFrame,
    *,
    tiles: str = "OpenStreetMap",
    title: str | None = None,
    attribution: str | None = None,
    timeline_page: str | None = DEFAULT_TIMELINE_PAGE,
) -> str:
    """The map page for the event table ``events``, as an HTML string.

    ``tiles`` is a folium tile set name or an http(s) URL template with ``{z}``, ``{x}``,
    ``{y}``; ``attribution`` (plain text) credits a template's tiles, by default its host.
    Each popup links to ``timeline_page#ev-<event id>`` (a relative path or http(s) URL;
    None for no link). Leaflet and its cluster plugin load from a CDN.
    """
    fmap, tile_url = _build(events, tiles, title, attribution, page_link(timeline_page))
    html: str = fmap.get_root().render()
    return _finish(html, tile_url)


def write_map(
    events: pl.DataFrame,
    path: str | Path,
    *,
    tiles: str = "OpenStreetMap",
    title: str | None = None,
    attribution: str | None = None,
    timeline_page: str | None = DEFAULT_TIMELINE_PAGE,
) -> Path:
    """Render the map page and write it to ``path`` atomically."""
    page = render_map(
        events, tiles=tiles, title=title, attribution=attribution, timeline_page=timeline_page
    )
    return atomic_write_text(path, page)
