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
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from lxml.html import HtmlElement
from trafilatura.core import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document
from trafilatura.utils import load_html

from timeline.errors import EmptyInput, InputError
from timeline.ingest._compose import ComposedComment, compose
from timeline.ingest._dates import find_dateline, parse_date_value
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
_HTML_START_RE: Final = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section)\b",
    re.IGNORECASE | re.DOTALL,
)
_DOCUMENT_RE: Final = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_URL_XPATHS: Final = (
    '//link[@rel="canonical"]/@href',
    '//meta[@property="og:url"]/@content',
    '//meta[@name="og:url"]/@content',
)
_DATELINE_PARAGRAPHS: Final = 2


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """An HTML page read into an article text, with the page's own metadata."""

    text: str
    segments: tuple[Segment, ...]
    title: str | None
    url: str | None
    published: date | None
    published_basis: str


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML document or fragment."""
    return bool(_HTML_START_RE.match(text[:4096]))


def _url(tree: HtmlElement) -> str | None:
    for xpath in _URL_XPATHS:
        values = [str(v).strip() for v in tree.xpath(xpath)]
        if values and values[0]:
            return values[0]
    return None


def _metadata(tree: HtmlElement, source: str) -> tuple[str | None, date | None]:
    try:
        meta = extract_metadata(tree, date_config=dict(DATE_PARAMS))
    except Exception as err:  # noqa: BLE001 -- metadata is optional; the text still counts
        _LOG.warning("%s: no metadata read from the HTML (%s)", source, err)
        return None, None
    title = (meta.title or "").strip() or None
    return title, parse_date_value(meta.date) if meta.date else None


def _lines(text: str | None) -> list[str]:
    lines = (line.strip() for line in (text or "").split("\n"))
    return [line for line in lines if line and classify_line(line) == "content"]


def _parse(html: str, source: str) -> HtmlElement:
    if not _DOCUMENT_RE.search(html[:4096]):
        html = f"<html><body><div>{html}</div></body></html>"
    tree = load_html(html)
    if tree is None:
        raise EmptyInput(source, "no HTML document found")
    return tree


def _text(tree: HtmlElement) -> tuple[list[str], list[ComposedComment]]:
    """Body paragraphs and comments; comment markup is cut out before trafilatura runs."""
    comments, containers = find_comments(tree)
    for container in containers:
        container.drop_tree()
    doc = bare_extraction(tree, include_comments=True, with_metadata=False)
    if not isinstance(doc, Document):
        return [], comments
    body = _lines(doc.text)
    if not comments:
        comments = [ComposedComment(None, (line,)) for line in _lines(doc.comments)]
    return body, comments


def _dated(page_date: date | None, body: list[str]) -> tuple[date | None, str]:
    if page_date is not None:
        return page_date, "page"
    for paragraph in body[:_DATELINE_PARAGRAPHS]:
        if (dateline := find_dateline(paragraph)) is not None:
            return dateline.value, "dateline"
    return None, "none"


def read_html(html: str, source: str, *, title: str | None = None) -> HtmlPage:
    """Read an HTML page; raise ``InputError`` when it holds no text or cannot be parsed."""
    try:
        tree = _parse(html, source)
        page_title, page_date = _metadata(tree, source)
        url = _url(tree)
        body, comments = _text(tree)
    except (RecursionError, MemoryError, ValueError, TypeError, AttributeError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(source, f"HTML could not be parsed ({type(err).__name__}: {err})") from err
    title = title or page_title
    if title and body and fold_text(body[0]) == fold_text(title):
        body = body[1:]
    if not body and not comments:
        raise EmptyInput(source, "no article text found in the HTML")
    published, basis = _dated(page_date, body)
    built = compose(title, body, comments)
    return HtmlPage(built.text, built.segments, title, url, published, basis)
