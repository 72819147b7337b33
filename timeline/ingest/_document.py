"""Single documents (a saved text page, an HTML page) to articles."""

from __future__ import annotations

from datetime import date

from timeline.errors import EmptyInput
from timeline.ingest._decode import declared_charset, decode_bytes
from timeline.ingest._html import read_html
from timeline.ingest._lines import normalise_newlines
from timeline.ingest._page import layout_page
from timeline.ingest._stream import Kind
from timeline.records import Article

__all__ = ["document_from_bytes", "parse_html", "parse_text"]


def _dated(own: date | None, own_basis: str, option: date | None) -> tuple[date | None, str]:
    """Publication date by precedence: the document's own, else the option, else none."""
    if own is not None:
        return own, own_basis
    if option is not None:
        return option, "option"
    return None, "none"


def parse_text(
    text: str,
    *,
    doc_id: str,
    source: str = "",
    published: date | None = None,
    url: str | None = None,
    unlabelled_threads: bool = True,
) -> Article:
    """A saved page's text as an article: title, body paragraphs, comments (pure; never raises).

    ``Article.text`` is ``text`` without a leading byte-order mark and with ``\\r\\n`` and
    ``\\r`` made ``\\n``; every segment indexes it. ``published`` (the ``--published``
    option) is used only when the page has no dateline. With ``unlabelled_threads`` a
    comment thread is also looked for where no comment widget label announces it.
    """
    text = normalise_newlines(text)
    layout = layout_page(text, unlabelled_threads=unlabelled_threads)
    when, basis = _dated(layout.dateline, "dateline", published)
    return Article(
        doc_id=doc_id,
        text=text,
        segments=layout.segments,
        title=layout.title,
        url=url,
        published=when,
        published_basis=basis,
        source=source,
    )


def parse_html(
    html: str, *, doc_id: str, source: str = "", published: date | None = None
) -> Article:
    """An HTML page as an article; raise ``InputError`` if it holds no text or breaks the parser."""
    page = read_html(html, source or doc_id)
    when, basis = _dated(page.published, page.published_basis, published)
    return Article(
        doc_id=doc_id,
        text=page.text,
        segments=page.segments,
        title=page.title,
        url=page.url,
        published=when,
        published_basis=basis,
        source=source,
    )


def document_from_bytes(
    data: bytes, *, kind: Kind, doc_id: str, source: str, published: date | None
) -> Article:
    """Decode and read one document of ``kind`` ("html" or "text")."""
    if kind == "html":
        text = decode_bytes(data, source, declared=declared_charset(data))
        return parse_html(text, doc_id=doc_id, source=source, published=published)
    article = parse_text(
        decode_bytes(data, source), doc_id=doc_id, source=source, published=published
    )
    if not article.segments:
        raise EmptyInput(source, "no text left after removing site furniture")
    return article
