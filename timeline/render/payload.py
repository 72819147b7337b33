"""The JSON records both page scripts read: one short-keyed record per event, documents shared.

Keys both scripts (assets/map.js, assets/timeline.js) understand:
``t`` type key, ``tl`` type as written when outside the vocabulary, ``h`` summary,
``s`` sentence, ``d`` date, ``p`` precision note, ``db`` 1 when dated by publication,
``pl`` place, ``mv`` movement, ``a`` actors, ``n`` counts, ``m`` modality unless
asserted, ``c`` 1 for a reader comment, ``by`` its author, ``mc`` mentions when more
than one, ``dc`` document number. Each page adds its own keys. Empty values are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.render.view import EventView

__all__ = ["event_record", "shared_documents"]

Document = tuple[str, str | None]


def event_record(view: EventView, doc: int, **extra: Any) -> dict[str, Any]:
    """The record of ``view`` (from document number ``doc``), with a page's ``extra`` keys."""
    record: dict[str, Any] = {
        "t": view.type_key, "tl": view.own_type_label, "h": view.summary, "s": view.sentence,
        "d": view.date_label, "p": view.precision, "db": 1 if view.from_publication else None,
        "pl": view.place, "mv": view.movement, "a": view.actors, "n": view.counts,
        "m": None if view.modality == "asserted" else view.modality,
        "c": 1 if view.is_comment else None, "by": view.comment_author,
        "mc": view.mention_count if view.mention_count > 1 else None, "dc": doc,
        **extra,
    }  # fmt: skip
    return {k: v for k, v in record.items() if v is not None and v != ""}


def shared_documents(views: Sequence[EventView]) -> tuple[list[int], list[list[str | None]]]:
    """Each view's document number, and the documents as [title, url] in order of first use.

    Many events come from one article; naming its title and URL once keeps the page small.
    """
    numbers: dict[Document, int] = {}
    doc_of = [numbers.setdefault((v.doc_title, v.doc_url), len(numbers)) for v in views]
    return doc_of, [list(doc) for doc in numbers]
