"""HTML pages to articles: trafilatura for the text, htmldate for the date, no network.

The article text is composed from the pieces (see ``_compose``): title, body paragraphs,
comments with their authors. The date comes from the page's metadata through htmldate,
with ``original_date=True``, no opportunistic text search, and a fixed latest date, so
the result never depends on the day the tool runs; failing that, from a dateline at the
start of the body. The URL is the page's ``<link rel="canonical">``, else ``og:url``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from timeline.errors import EmptyInput, InputError
from timeline.ingest._compose import ComposedComment, compose
from timeline.ingest._dates import find_dateline, parse_date_value, publication_date
from timeline.ingest._extract import extract_text
from timeline.ingest._furniture import classify_line
from timeline.ingest._html_comments import find_comments
from timeline.ingest._lines import fold_text
from timeline.records import Segment

__all__ = ["HtmlPage", "looks_like_html", "read_html"]

_LOG = logging.getLogger("timeline.ingest")

#: htmldate settings: the publication (not last-modified) date, from markup only, and a
#: fixed upper bound instead of "today" so runs are reproducible.
DATE_PARAMS: Final[dict[str, Any]] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2099-12-31",
    "outputformat": "%Y-%m-%d",
}
#: How HTML starts (after comments): a document with a doctype or an <html> tag; a
#: fragment also with one of the other tags. A comment's body is read up to its first
#: "-->" and no further, so the comments before a tag divide one way only (with ``.*?``
#: the body could run on over the next comments, and a page starting with many comments
#: and no tag made the match try every division: exponential time).
_LEADING_COMMENTS: Final = r"\s*+(?:<!--(?:[^-]|-(?!->))*+-->\s*+)*+<"
_DOCUMENT_TAGS: Final = r"!doctype\s+html|html"
_FRAGMENT_TAGS: Final = r"head|body|meta|title|article|div|p|section"
_DOCUMENT_START_RE: Final = re.compile(
    rf"{_LEADING_COMMENTS}(?:{_DOCUMENT_TAGS})\b", re.IGNORECASE | re.DOTALL
)
_HTML_START_RE: Final = re.compile(
    rf"{_LEADING_COMMENTS}(?:{_DOCUMENT_TAGS}|{_FRAGMENT_TAGS})\b", re.IGNORECASE | re.DOTALL
)
_SNIFF_CHARS: Final = 4096
_DOCUMENT_RE: Final = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_URL_XPATHS: Final = (
    '//link[@rel="canonical"]/@href',
    '//meta[@property="og:url"]/@content',
    '//meta[@name="og:url"]/@content',
)
_DATELINE_PARAGRAPHS: Final = 2
#: What lxml and trafilatura let out on markup they cannot take. ``load_html`` and
#: ``bare_extraction`` catch most faults themselves (they log, and return None); what
#: escapes is libxml2's errors (``lxml.etree.LxmlError``), values lxml refuses
#: (``ValueError``), trees too deep for trafilatura's recursive walks (``RecursionError``)
#: and pages too big to hold (``MemoryError``).
_MARKUP_ERRORS: Final = (etree.LxmlError, ValueError, RecursionError, MemoryError)
#: libxml2 builds no element deeper than this and drops what lies below it.
PARSER_MAX_DEPTH: Final = 255
_TOO_DEEP: Final = (
    f"HTML nested {PARSER_MAX_DEPTH} levels deep, the parser's limit: "
    "text below that depth is dropped"
)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """An HTML page read into an article text, with the page's own metadata and the
    problems that did not stop the reading."""

    text: str
    segments: tuple[Segment, ...]
    title: str | None
    url: str | None
    published: date | None
    published_basis: str
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str, *, document: bool = False) -> bool:
    """Whether ``text`` starts like an HTML document or fragment (with ``document``, like
    a whole document only: ``<!DOCTYPE html>`` or ``<html>``)."""
    pattern = _DOCUMENT_START_RE if document else _HTML_START_RE
    return pattern.match(text[:_SNIFF_CHARS]) is not None


@contextmanager
def _markup(source: str) -> Iterator[None]:
    """Turn what the parsers raise on bad markup into an ``InputError`` naming ``source``."""
    try:
        yield
    except _MARKUP_ERRORS as err:
        raise InputError(source, f"HTML could not be parsed ({type(err).__name__}: {err})") from err


def _url(tree: HtmlElement) -> str | None:
    for xpath in _URL_XPATHS:
        values = [str(v).strip() for v in tree.xpath(xpath)]
        if values and values[0]:
            return values[0]
    return None


def _metadata(tree: HtmlElement, source: str) -> tuple[str | None, date | None, str | None]:
    """The page's title and date, and a warning when its metadata could not be read."""
    try:
        meta = extract_metadata(tree, date_config=dict(DATE_PARAMS))
    except Exception as err:  # noqa: BLE001 -- metadata is optional; the text still counts
        warning = f"{source}: no metadata read from the HTML ({err})"
        _LOG.warning("%s", warning)
        return None, None, warning
    title = (meta.title or "").strip() or None
    return title, parse_date_value(meta.date) if meta.date else None, None


def _warn(message: str, when: bool) -> str | None:
    """Log ``message`` when ``when``, and return it for ``Article.warnings``."""
    if not when:
        return None
    _LOG.warning("%s", message)
    return message


def _lines(text: str | None) -> list[str]:
    lines = (line.strip() for line in (text or "").split("\n"))
    return [line for line in lines if line and classify_line(line) == "content"]


def _parse(html: str, source: str) -> HtmlElement:
    if not _DOCUMENT_RE.search(html[:_SNIFF_CHARS]):
        html = f"<html><body><div>{html}</div></body></html>"
    with _markup(source):
        tree = load_html(html)
    if tree is None:
        raise EmptyInput(source, "no HTML document found")
    return tree


def _text(tree: HtmlElement, source: str) -> tuple[list[str], list[ComposedComment]]:
    """Body paragraphs and comments; comment markup is cut out before trafilatura runs."""
    comments, containers = find_comments(tree)
    for container in containers:
        container.drop_tree()
    with _markup(source):
        extracted = extract_text(tree)
    body = _lines(extracted.text)
    if not comments:
        comments = [ComposedComment(None, (line,)) for line in _lines(extracted.comments)]
    return body, comments


def _dateline(body: list[str]) -> tuple[date | None, list[str]]:
    """The date of a dateline that opens one of the first paragraphs, and the paragraphs
    without it when it is a line of its own ("Published: 5 April 2017")."""
    for i, paragraph in enumerate(body[:_DATELINE_PARAGRAPHS]):
        if (dateline := find_dateline(paragraph)) is not None:
            rest = body[:i] + body[i + 1 :] if dateline.date_only else body
            return dateline.value, rest
    return None, body


def _too_deep(tree: HtmlElement) -> bool:
    """Whether the parser stopped building ``tree`` at its depth limit."""
    depth = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= PARSER_MAX_DEPTH:
            return True
    return False


def read_html(html: str, source: str, *, title: str | None = None) -> HtmlPage:
    """Read an HTML page; raise ``InputError`` when it holds no text or cannot be parsed."""
    tree = _parse(html, source)
    too_deep = _too_deep(tree)
    page_title, page_date, warning = _metadata(tree, source)
    url = _url(tree)
    body, comments = _text(tree, source)
    title = title or page_title
    if title and body and fold_text(body[0]) == fold_text(title):
        body = body[1:]
    dateline, body = _dateline(body)
    if not body and not comments:
        raise EmptyInput(source, _TOO_DEEP if too_deep else "no article text found in the HTML")
    published, basis = publication_date((page_date, "page"), (dateline, "dateline"))
    built = compose(title, body, comments)
    warnings = tuple(w for w in (warning, _warn(f"{source}: {_TOO_DEEP}", too_deep)) if w)
    return HtmlPage(built.text, built.segments, title, url, published, basis, warnings)
