"""The JSON objects of ``timeline dates --json`` and ``timeline places --json``.

Field names are a contract (DESIGN.md): extend them, never rename.
"""

from __future__ import annotations

from typing import Any

from timeline.records import Article, Place, PlaceMention, Timex

__all__ = ["place_fields", "place_record", "segment_kind", "timex_record"]


def segment_kind(article: Article, offset: int) -> str:
    """Where ``offset`` lies: title, body or comment."""
    for segment in article.segments:
        if segment.start <= offset < segment.end:
            return segment.kind
    return "body"


def timex_record(article: Article, timex: Timex) -> dict[str, Any]:
    return {
        "doc": article.doc_id,
        "text": timex.text,
        "start": timex.start,
        "end": timex.end,
        "type": timex.type,
        "value": timex.value,
        "date_start": timex.date_start.isoformat() if timex.date_start else None,
        "date_end": timex.date_end.isoformat() if timex.date_end else None,
        "precision": timex.precision,
        "basis": timex.basis,
        "mod": timex.mod,
        "source_kind": segment_kind(article, timex.start),
        "note": timex.note,
        # The years a partial date admits when its year is unknown ("Tuesday, December 6"
        # with no publication date): [2011, 2016, 2022, ...]; empty when resolved.
        "year_candidates": list(timex.year_candidates),
    }


def place_fields(place: Place) -> dict[str, Any]:
    """A gazetteer entry's fields, as ``timeline places`` and ``gazetteer lookup`` give them."""
    return {
        "name": place.name,
        "geonameid": place.geonameid,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "feature": place.feature,
        "population": place.population,
    }


def place_record(article: Article, mention: PlaceMention) -> dict[str, Any]:
    return {
        "doc": article.doc_id,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        **place_fields(mention.place),
        "score": round(mention.score, 3),
        "role": mention.role,
        "qualifier": mention.qualifier,
        "source_kind": segment_kind(article, mention.start),
    }
