"""map.html: a folium map with one clustered marker per located event and movement arrows.

Event text never passes through folium's Popup, which pastes its HTML into a JavaScript
template literal, nor through any folium element: branca compiles what elements render
as Jinja templates, so ``{{ ... }}`` in an article would run on the machine writing the
map. The events travel as one JSON block (``<``, ``>``, ``&``, U+2028/9 escaped) placed
in the page as is, and a small script builds each popup with DOM calls
(``textContent``), so no event text is parsed as HTML, JavaScript or Jinja. One JSON
record per event instead of a folium object each also keeps 10,000 events quick to
write and small.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import folium
import polars as pl
from branca.element import Element, Figure, MacroElement
from folium.plugins import FeatureGroupSubGroup, MarkerCluster

from timeline.fsutil import atomic_write_text
from timeline.render.assets import MAP_CSS, MAP_JS
from timeline.render.map_data import MapData, legend_html, map_data, title_html
from timeline.render.palette import palette_css
from timeline.render.safe import esc, json_for_script
from timeline.render.tiles import CREDITS, tile_layer
from timeline.render.view import event_views
from timeline.vocabulary import EVENT_TYPES

__all__ = ["DEFAULT_MAP_TITLE", "render_map", "write_map"]

DEFAULT_MAP_TITLE = "Event map"
_MAX_ZOOM = 10
_WORLD = ((20.0, 0.0), 2)
_CLUSTER_OPTIONS = {"chunkedLoading": True, "showCoverageOnHover": False, "maxClusterRadius": 50}
_CSS = MAP_CSS + palette_css("tl-")


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
    """Legend, notes, the JSON block, and the script that fills the layers from it."""

    def __init__(
        self,
        data: MapData,
        boxes: str,
        groups: dict[str, FeatureGroupSubGroup],
        lines: folium.FeatureGroup | None,
        credits: Sequence[str],
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "TimelineEvents"
        self.boxes, self.data = boxes, json_for_script(data.payload)
        self.groups, self.lines, self.credits = groups, lines, list(credits)

    def _script(self, fmap: str, data_id: str) -> str:
        groups = ", ".join(f"{json.dumps(k)}: {g.get_name()}" for k, g in self.groups.items())
        lines = self.lines.get_name() if self.lines is not None else "null"
        calls = [f"tlRenderEvents({fmap}, {{{groups}}}, {lines}, {json.dumps(data_id)});"]
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
        figure.header.add_child(_Raw(f"<style>{_CSS}</style>"), name=name)
        block = f'<script type="application/json" id="{data_id}">{self.data}</script>'
        figure.html.add_child(_Raw(self.boxes + block), name=name)
        figure.script.add_child(_Raw(self._script(parent.get_name(), data_id)), name=name)
        return ""


def _layers(
    fmap: folium.Map, data: MapData
) -> tuple[dict[str, FeatureGroupSubGroup], folium.FeatureGroup | None]:
    """One clustered, switchable layer per event type on the map, and one for movements."""
    cluster = MarkerCluster(control=False, options=_CLUSTER_OPTIONS)  # type: ignore[no-untyped-call]
    cluster.add_to(fmap)
    groups = {}
    for key, kind in EVENT_TYPES.items():
        count = data.type_counts[key]
        if count:
            name = f'<span class="tl-sw tl-t-{key}"></span> {esc(kind.label)} ({count:,})'
            # Not shown yet: the script fills it first, then adds it in one batch.
            group = FeatureGroupSubGroup(cluster, name=name, show=False)  # type: ignore[no-untyped-call]
            group.add_to(fmap)
            groups[key] = group
    lines = None
    if data.lines:
        lines = folium.FeatureGroup(name="Movements (origin \u2192 destination)")
        lines.add_to(fmap)
    return groups, lines


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
    events: pl.DataFrame, tiles: str, title: str | None, attribution: str | None
) -> folium.Map:
    views = event_views(events)
    data = map_data(views)
    layer, tile_credit = tile_layer(tiles, attribution)
    (lat, lon), zoom = _WORLD
    fmap = folium.Map(location=[lat, lon], zoom_start=zoom, tiles=None, control_scale=True)
    root = fmap.get_root()
    if isinstance(root, Figure):
        root.title = esc(title or DEFAULT_MAP_TITLE)
    layer.add_to(fmap)
    groups, lines = _layers(fmap, data)
    credits = [c for c in CREDITS if "OpenStreetMap" not in c or "OpenStreetMap" not in tile_credit]
    boxes = title_html(title or DEFAULT_MAP_TITLE, len(views), data) + legend_html(data)
    _EventLayer(data, boxes, groups, lines, credits).add_to(fmap)
    if data.bounds is not None:
        fmap.fit_bounds(
            [list(corner) for corner in data.bounds], max_zoom=_MAX_ZOOM, padding=(30, 30)
        )
    folium.LayerControl(collapsed=True).add_to(fmap)
    _stable_ids(fmap)
    return fmap


def render_map(
    events: pl.DataFrame,
    *,
    tiles: str = "OpenStreetMap",
    title: str | None = None,
    attribution: str | None = None,
) -> str:
    """The map page for the event table ``events``, as an HTML string.

    ``tiles`` is a folium tile set name or an http(s) URL template with ``{z}``, ``{x}``,
    ``{y}``; ``attribution`` (plain text) credits a template's tiles, by default its host.
    Leaflet and its plugins load from folium's CDNs.
    """
    html: str = _build(events, tiles, title, attribution).get_root().render()
    return html


def write_map(
    events: pl.DataFrame,
    path: str | Path,
    *,
    tiles: str = "OpenStreetMap",
    title: str | None = None,
    attribution: str | None = None,
) -> Path:
    """Render the map page and write it to ``path`` atomically."""
    return atomic_write_text(
        path, render_map(events, tiles=tiles, title=title, attribution=attribution)
    )
