"""Content-Security-Policy for map.html, computed from the page folium rendered.

The map page is folium's: its inline scripts and styles change with folium's version,
so the policy hashes whatever inline code the rendered page holds, allows scripts and
styles from the CDN of ``timeline.render.cdn`` only, images from the tile server, and
nothing else (no fetch, no frames, no plugins, no forms). Event text never runs as
code anyway; the policy is the second line of defence.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from timeline.render.assets import csp_hash
from timeline.render.cdn import CDN
from timeline.render.safe import esc

__all__ = ["map_policy", "tile_source", "with_policy"]

# Inline elements of the rendered page; JSON data blocks are not code and need no hash.
_INLINE = re.compile(r"<(script|style)((?:\s[^>]*)?)>(.*?)</\1>", re.S | re.I)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.I)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def tile_source(template: str) -> str:
    """The CSP source that admits the tiles of a URL template ("https://*.tile.example")."""
    parts = urlsplit(template)
    scheme = parts.scheme.lower()
    host = parts.netloc.replace("{s}.", "*.", 1)
    if "{" in host or "}" in host or not host:
        return f"{scheme}:"  # a host made from placeholders: any host on that scheme
    return f"{scheme}://{host}"


def _inline_hashes(page: str) -> tuple[list[str], list[str]]:
    scripts: dict[str, None] = {}
    styles: dict[str, None] = {}
    for match in _INLINE.finditer(page):
        tag, attrs, body = match.group(1).lower(), match.group(2), match.group(3)
        if tag == "style":
            styles[csp_hash(body)] = None
        elif "src=" not in attrs and "application/json" not in attrs:
            scripts[csp_hash(body)] = None
    return list(scripts), list(styles)


def map_policy(page: str, tiles: str) -> str:
    """The policy for the rendered map ``page`` whose tiles come from template ``tiles``."""
    scripts, styles = _inline_hashes(page)
    cdn = _origin(CDN)
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {' '.join([*scripts, cdn])}",
            f"style-src {' '.join([*styles, cdn])}",
            f"img-src {tile_source(tiles)} {cdn} data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def with_policy(page: str, policy: str) -> str:
    """``page`` with a CSP <meta> as the first element of its <head>."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">'
    head = _HEAD.search(page)
    if head is None:  # folium always writes one; a bug, not bad input
        raise ValueError("the rendered map has no <head>")
    return page[: head.end()] + "\n" + meta + page[head.end() :]
