"""The map's base layer: a folium/xyzservices tile set by name, or a URL template."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import folium
import xyzservices

from timeline.errors import ConfigError
from timeline.render.safe import esc

__all__ = ["CREDITS", "tile_layer"]

_OSM = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
_GEONAMES = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> '
    '(<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)'
)
# Credits the map always shows besides the tiles' own: the gazetteer's sources.
CREDITS = (_GEONAMES, _OSM)
_PLACEHOLDERS = re.compile(r"\{(?:z|x|y|-y)\}")
# folium compiles what its elements render as Jinja templates: no Jinja syntax may pass.
_JINJA = re.compile(r"\{[{%#]|[}%#]\}")


def _text_attribution(text: str) -> str:
    """Plain-text attribution as inert HTML: escaped, and braces as character references."""
    return esc(text).replace("{", "&#123;").replace("}", "&#125;")


def _from_template(template: str, attribution: str | None) -> folium.TileLayer:
    if _JINJA.search(template):
        raise ConfigError(f"tiles {template!r}: not a tile URL template")
    parts = urlsplit(template)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"tiles {template!r}: a tile URL template must be http(s)")
    if len(set(_PLACEHOLDERS.findall(template)) - {"{-y}"}) < 2 or "{z}" not in template:
        raise ConfigError(f"tiles {template!r}: a tile URL template needs {{z}}, {{x}} and {{y}}")
    host = (parts.hostname or parts.netloc).removeprefix("{s}.")
    attr = _text_attribution(attribution or f"Tiles: {host}")
    return folium.TileLayer(tiles=template, attr=attr, name="tiles", control=False)


def tile_layer(tiles: str, attribution: str | None = None) -> tuple[folium.TileLayer, str]:
    """The tile layer for ``tiles`` and the attribution HTML it shows.

    ``tiles`` is a folium tile set name ("OpenStreetMap", "CartoDB Positron") or a URL
    template with ``{z}``, ``{x}``, ``{y}``. ``attribution`` is plain text (escaped); a
    template without one is credited to its host.
    """
    if "{" in tiles:
        layer = _from_template(tiles, attribution)
        return layer, str(layer.options["attribution"])
    name = "OpenStreetMap Mapnik" if tiles.strip().lower() == "openstreetmap" else tiles
    try:
        provider = xyzservices.providers.query_name(name)
    except ValueError as err:
        raise ConfigError(
            f"tiles {tiles!r}: not a known tile set; give a folium tile set name "
            "or a URL template with {z}, {x} and {y}"
        ) from err
    if provider.requires_token():
        raise ConfigError(f"tiles {tiles!r}: this tile set needs an API key; give a URL template")
    attr = _text_attribution(attribution) if attribution else str(provider.html_attribution)
    layer = folium.TileLayer(tiles=provider, attr=attr, control=False)
    return layer, attr
