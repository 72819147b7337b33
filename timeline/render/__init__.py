"""Renderers: map.html (folium) and timeline.html (self-contained), from the event table."""

from __future__ import annotations

from timeline.render.map import render_map, write_map
from timeline.render.page import render_timeline, write_timeline
from timeline.render.palette import EVENT_TYPES

__all__ = ["EVENT_TYPES", "render_map", "render_timeline", "write_map", "write_timeline"]
