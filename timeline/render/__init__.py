"""Renderers: map.html (folium) and timeline.html (self-contained), from the event table."""

from __future__ import annotations

from timeline.render.map import render_map, write_map
from timeline.render.page import render_timeline, write_timeline

__all__ = ["render_map", "render_timeline", "write_map", "write_timeline"]
