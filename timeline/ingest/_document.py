"""Single documents (a saved text page, an HTML page) to articles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.errors import EmptyInput
from timeline.ingest._dates import publication_date
from timeline.ingest._decode import declared_charset, decode_bytes
from timeline.ingest._html import read_html
from timeline.ingest._lines import normalise_newlines
from timeline.ingest._page import layout_page
from timeline.ingest._stream import Kind
from timeline.records import Article, Segment

__all__ = ["document_from_bytes", "parse_html", "parse_text", "require_text"]


def require_text(segments: Sequence[Segment], source: str) -> None:
    """Raise ``EmptyInput`` naming ``source`` when a document kept no segment of text."""
    if not segments:
        raise EmptyInput(source, "no text left after removing site furniture")


def parse_text(
    text: str,
    *,
    doc_id: str,
    source: str = "",
    published: date | None = None,
    url: str | None = None,
    unlabelled_threads: bool = True,
    title_given: bool = False,
) -> Article:
    """A saved page's text as an article: title, body paragraphs, comments (pure; never raises).

    ``Article.text`` is ``text`` without a leading byte-order mark and with ``\\r\\n`` and
    ``\\r`` made ``\\n``; every segment indexes it. ``published`` (the ``--published``
    option) is used only when the page has no dateline. With ``unlabelled_threads`` a
    comment thread is also looked for where no comment widget label announces it. With
    ``title_given`` the first line is the title.
    """
    text = normalise_newlines(text)
    layout = layout_page(text, title_given=title_given, unlabelled_threads=unlabelled_threads)
    when, basis = publication_date((layout.dateline, "dateline"), (published, "option"))
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
    html: str,
    *,
    doc_id: str,
    source: str = "",
    published: date | None = None,
    title: str | None = None,
) -> Article:
    """An HTML page as an article; raise ``InputError`` if it holds no text or breaks the parser.

    ``title``, when given, is used instead of the page's own title.
    """
    page = read_html(html, source or doc_id, title=title)
    when, basis = publication_date((page.published, page.published_basis), (published, "option"))
    return Article(
        doc_id=doc_id,
        text=page.text,
        segments=page.segments,
        title=page.title,
        url=page.url,
        published=when,
        published_basis=basis,
        source=source,
        warnings=page.warnings,
    )


def document_from_bytes(data: bytes, *, kind: Kind, doc_id: str, source: str) -> Article:
    """Decode and read one document of ``kind`` ("html" or "text")."""
    if kind == "html":
        text = decode_bytes(data, source, declared=declared_charset(data))
        return parse_html(text, doc_id=doc_id, source=source)
    article = parse_text(decode_bytes(data, source), doc_id=doc_id, source=source)
    require_text(article.segments, source)
    return article
