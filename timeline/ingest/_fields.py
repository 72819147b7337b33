"""Corpus records (one JSON object, one CSV row) to articles, through a field map."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from timeline.errors import BadRecord, ConfigError
from timeline.ingest._compose import ComposedComment, TextBuilder, compose
from timeline.ingest._dates import parse_date_value, publication_date
from timeline.ingest._document import parse_html, parse_text, require_text
from timeline.ingest._html import looks_like_html
from timeline.ingest._lines import normalise_newlines
from timeline.records import Article

__all__ = ["FieldMap", "record_to_article"]

_LOG = logging.getLogger("timeline.ingest")


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which record fields hold what: for each, the names tried in order.

    ``FieldMap(text=("story",))`` reads the text from a ``story`` field;
    ``FieldMap.parse("text=story,published=day|date")`` does the same from a command line.
    ``comment_author`` and ``comment_text`` are the keys inside each comment object.
    """

    id: tuple[str, ...] = ("id",)
    title: tuple[str, ...] = ("title", "headline")
    text: tuple[str, ...] = ("text", "body", "content", "article")
    published: tuple[str, ...] = ("published", "date", "published_at", "pubdate")
    url: tuple[str, ...] = ("url", "link")
    comments: tuple[str, ...] = ("comments",)
    comment_author: tuple[str, ...] = ("author", "name", "user")
    comment_text: tuple[str, ...] = ("text", "body", "content", "message")

    @classmethod
    def parse(cls, spec: str) -> FieldMap:
        """A field map from ``"key=name|alias,key=name"``; raise ``ConfigError`` if malformed."""
        known = {f.name for f in fields(cls)}
        names: dict[str, tuple[str, ...]] = {}
        for item in (part.strip() for part in spec.split(",") if part.strip()):
            key, sep, value = item.partition("=")
            aliases = tuple(a.strip() for a in value.split("|") if a.strip())
            if not sep or key.strip() not in known or not aliases:
                raise ConfigError(
                    f"field map {item!r}: expected KEY=NAME, KEY one of {', '.join(sorted(known))}"
                )
            names[key.strip()] = aliases
        return cls(**names)


def _first(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return value
    return None


def _string(record: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    value = _first(record, names)
    if isinstance(value, str):
        return value.strip() or None
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _warn(message: str) -> str:
    """Log a problem that does not stop the reading, and return it for ``Article.warnings``."""
    _LOG.warning("%s", message)
    return message


def _comment(item: Any, fmap: FieldMap) -> ComposedComment | None:
    author: str | None
    text: str | None
    if isinstance(item, str):
        author, text = None, item
    elif isinstance(item, Mapping):
        author, text = _string(item, fmap.comment_author), _string(item, fmap.comment_text)
    else:
        return None
    lines = tuple(line.strip() for line in normalise_newlines(text or "").split("\n"))
    paragraphs = tuple(line for line in lines if line)
    return ComposedComment(author, paragraphs) if paragraphs else None


def _comments(
    record: Mapping[str, Any], fmap: FieldMap, where: str
) -> tuple[list[ComposedComment], tuple[str, ...]]:
    """The record's comments, and the warning when its comments field is unreadable."""
    raw = _first(record, fmap.comments)
    if isinstance(raw, str) and raw.lstrip()[:1] in ("[", "{"):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as err:
            message = f"{where}: comments field is not valid JSON ({err.msg}); comments ignored"
            return [], (_warn(message),)
    items = raw if isinstance(raw, list) else [raw] if raw is not None else []
    found = [_comment(item, fmap) for item in items]
    return [c for c in found if c is not None], ()


def _record_date(
    record: Mapping[str, Any], fmap: FieldMap, where: str
) -> tuple[date | None, tuple[str, ...]]:
    """The record's publication date, and the warning when its value is no date."""
    raw = _first(record, fmap.published)
    if raw is None:
        return None, ()
    value = parse_date_value(raw)
    if value is None:
        message = f"{where}: published value {str(raw)[:80]!r} is not a date; ignored"
        return None, (_warn(message),)
    return value, ()


def _own_article(text: str, title: str | None, where: str) -> Article:
    """The article a record's text holds by itself (page text or HTML), with its own
    metadata: the record's title, where given, is its first line."""
    if looks_like_html(text):
        return parse_html(text, doc_id=where, source=where, title=title)
    body = normalise_newlines(text).strip()
    full = f"{title}\n\n{body}" if title else body
    return parse_text(full, doc_id=where, source=where, title_given=bool(title))


def record_to_article(record: Any, *, fmap: FieldMap, default_id: str, where: str) -> Article:
    """The article a corpus record holds; raise ``BadRecord`` or ``EmptyInput`` if none."""
    if not isinstance(record, Mapping):
        raise BadRecord(where, f"expected an object with a text field, got {type(record).__name__}")
    text = _first(record, fmap.text)
    if text is None:
        raise BadRecord(where, f"no text (looked for the fields {', '.join(fmap.text)})")
    if not isinstance(text, str):
        raise BadRecord(where, f"the text field holds {type(text).__name__}, not a string")
    own = _own_article(text, _string(record, fmap.title), where)
    comments, comment_warnings = _comments(record, fmap, where)
    builder = compose(None, [], comments, TextBuilder(own.text, own.segments))
    require_text(builder.segments, where)
    record_date, date_warnings = _record_date(record, fmap, where)
    published, basis = publication_date(
        (record_date, "record"), (own.published, own.published_basis)
    )
    return Article(
        doc_id=_string(record, fmap.id) or default_id,
        text=builder.text,
        segments=builder.segments,
        title=own.title,
        url=_string(record, fmap.url) or own.url,
        published=published,
        published_basis=basis,
        source=where,
        warnings=own.warnings + comment_warnings + date_warnings,
    )
