"""Ingest: what users hold (saved pages, HTML, JSONL/CSV corpora, folders, stdin) to articles.

Every offset in timeline is a character offset into ``Article.text``: the input decoded
(UTF-8, else a detected encoding), without a byte-order mark, with ``\\r\\n`` and ``\\r``
made ``\\n``. For HTML pages and corpus records the text is composed from the extracted
title, paragraphs and comments (see ``timeline.ingest._compose``). The title, each body
paragraph and each comment is a ``Segment`` of that text; site furniture (donation
buttons, share links, comment-widget labels) lies in none.

    iter_articles(inputs, ...)   files, folders, globs, "-"; errors yielded as values
    read_article(path, ...)      one saved page; errors raised
    iter_pieces(inputs, ...)     the inputs as pieces a worker process reads (read_piece)
    parse_text(text, ...)        a saved page's text, pure
    parse_html(html, ...)        an HTML page's markup, no network

Publication dates, by precedence: a ``--manifest`` entry; the input's own date (record
field, HTML metadata; else a dateline at the start of the text); the ``--published``
option; none. ``Article.published_basis`` is manifest, record, page, dateline, option
or none (``timeline.ingest._dates.PRECEDENCE`` is that order). A record whose date is
not a date is treated as undated; that, and the other problems that do not stop the
reading (a comments field that is not JSON, HTML metadata that cannot be read), is
logged (logger ``timeline.ingest``) and kept in ``Article.warnings``.
"""

from __future__ import annotations

from timeline.ingest._decode import DEFAULT_MAX_BYTES
from timeline.ingest._document import parse_html, parse_text
from timeline.ingest._fields import FieldMap
from timeline.ingest._manifest import Manifest, load_manifest
from timeline.ingest._pieces import Piece, iter_pieces, read_piece
from timeline.ingest._read import iter_articles, read_article
from timeline.ingest._sources import SUPPORTED_SUFFIXES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "FieldMap",
    "Manifest",
    "Piece",
    "iter_articles",
    "iter_pieces",
    "load_manifest",
    "parse_html",
    "parse_text",
    "read_article",
    "read_piece",
]
