"""timeline: what happened, where and when, extracted from news articles and comments.

    >>> import timeline
    >>> table = timeline.extract(["examples/"])          # a polars DataFrame, EVENT_SCHEMA
    >>> timeline.dates.find("On Tuesday talks began.", date(2016, 12, 7))
    >>> timeline.places.find("Fighting near Palmyra and Raqqa.")

Names are imported on first use, so ``import gazetteer`` (which needs timeline's errors)
stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline import dates, places
    from timeline.errors import TimelineError
    from timeline.pipeline import Extractor, extract, extract_events
    from timeline.records import Article, Event, PlaceMention, Segment, Timex
    from timeline.table import EVENT_SCHEMA

__all__ = [
    "EVENT_SCHEMA",
    "Article",
    "Event",
    "Extractor",
    "PlaceMention",
    "Segment",
    "Timex",
    "TimelineError",
    "__version__",
    "dates",
    "extract",
    "extract_events",
    "places",
]

__version__ = "0.1.0"

_LAZY = {
    "EVENT_SCHEMA": "timeline.table",
    "Article": "timeline.records",
    "Event": "timeline.records",
    "PlaceMention": "timeline.records",
    "Segment": "timeline.records",
    "Timex": "timeline.records",
    "TimelineError": "timeline.errors",
    "Extractor": "timeline.pipeline",
    "extract": "timeline.pipeline",
    "extract_events": "timeline.pipeline",
}
_SUBMODULES = frozenset({"dates", "places"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"timeline.{name}")
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
