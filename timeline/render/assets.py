"""The CSS and JavaScript shipped inside the pages, read once at import."""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

__all__ = ["COMMON_JS", "MAP_CSS", "MAP_JS", "TIMELINE_CSS", "TIMELINE_JS", "csp_hash"]


def _read(name: str) -> str:
    return (resources.files("timeline.render") / "assets" / name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The Content-Security-Policy source expression allowing exactly this inline code."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


TIMELINE_CSS = _read("timeline.css")
COMMON_JS = _read("common.js")
TIMELINE_JS = COMMON_JS + _read("timeline.js")
MAP_CSS = _read("map.css")
MAP_JS = COMMON_JS + _read("map_dates.js") + _read("map.js")
