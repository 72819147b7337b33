"""Event assembly and merging: recogniser spans -> events -> one event per happening."""

from __future__ import annotations

from timeline.events.assemble import assemble_events, document_key
from timeline.events.merge import merge_events, same_happening
from timeline.events.spans import Spans

__all__ = [
    "EVENT_LABELS",
    "Spans",
    "assemble_events",
    "document_key",
    "merge_events",
    "same_happening",
]
