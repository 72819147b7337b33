"""The JSON records both page scripts read: one short-keyed record per event, text shared.

Keys both scripts (assets/map.js, assets/timeline.js) understand:
``i`` event id, ``t`` type key, ``tl`` type as written when outside the vocabulary,
``h`` summary, ``s`` sentence, ``d`` date, ``p`` precision note, ``db`` 1 when dated by
publication, ``pl`` place, ``mv`` movement, ``a`` actors, ``n`` counts, ``m`` modality
unless asserted, ``c`` 1 for a reader comment, ``by`` its author, ``mc`` mentions when
more than one, ``dc`` document number. Each page adds its own keys. Empty values are left
out.

Labels that repeat from event to event (the keys in ``SHARED_KEYS``: dates, places,
actors, types ...) are written once in the payload's ``strings`` list and each record
holds their index; ``tlDecode`` (assets/common.js) puts the text back when the page
loads. With 10,000 events this keeps each page about a sixth smaller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.render.view import EventView

__all__ = ["SHARED_KEYS", "Strings", "event_record", "shared_documents"]

Document = tuple[str, str | None]

# Record keys whose text is written once in ``strings`` (order matters to no one).
SHARED_KEYS = ("t", "tl", "d", "p", "pl", "mv", "a", "n", "m", "by", "dt", "w")


class Strings:
    """Each distinct text once, numbered in order of first use."""

    __slots__ = ("_index",)

    def __init__(self) -> None:
        self._index: dict[str, int] = {}

    def number(self, text: str) -> int:
        return self._index.setdefault(text, len(self._index))

    def table(self) -> list[str]:
        """The texts in number order: ``table()[number(text)] == text``."""
        return list(self._index)


def event_record(view: EventView, doc: int, strings: Strings, **extra: Any) -> dict[str, Any]:
    """The record of ``view`` (from document number ``doc``), with a page's ``extra`` keys.

    Values under ``SHARED_KEYS`` are numbers into ``strings``.
    """
    record: dict[str, Any] = {
        "i": view.event_id, "t": view.type_key, "tl": view.own_type_label, "h": view.summary,
        "s": view.sentence, "d": view.date_label, "p": view.precision,
        "db": 1 if view.from_publication else None, "pl": view.place, "mv": view.movement,
        "a": view.actors, "n": view.counts,
        "m": None if view.modality == "asserted" else view.modality,
        "c": 1 if view.is_comment else None, "by": view.comment_author,
        "mc": view.mention_count if view.mention_count > 1 else None, "dc": doc,
        **extra,
    }  # fmt: skip
    out: dict[str, Any] = {}
    for key, value in record.items():
        if value is None or value == "":
            continue
        out[key] = strings.number(value) if key in SHARED_KEYS else value
    return out


def shared_documents(views: Sequence[EventView]) -> tuple[list[int], list[list[str | None]]]:
    """Each view's document number, and the documents as [title, url] in order of first use.

    Many events come from one article; naming its title and URL once keeps the page small.
    """
    numbers: dict[Document, int] = {}
    doc_of = [numbers.setdefault((v.doc_title, v.doc_url), len(numbers)) for v in views]
    return doc_of, [list(doc) for doc in numbers]
