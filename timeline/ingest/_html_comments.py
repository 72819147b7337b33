"""Reader comments of an HTML page, with their authors, from common comment markup.

trafilatura finds comment text but keeps neither the boundaries between comments nor
their authors, so this small lxml pass reads the markup WordPress, wpDiscuz, Disqus and
similar widgets write: a comment element (class ``comment``, id ``comment-12`` ...), an
author element inside it (``comment-author``, ``fn``, ``author`` ...) and a text element
(``comment-content``, ``wpd-comment-text``, ``post-message`` ...). Nested replies are
comments of their own: an element belongs to its nearest comment ancestor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from lxml.html import HtmlElement

from timeline.ingest._compose import ComposedComment
from timeline.ingest._furniture import classify_line

__all__ = ["AUTHOR_CLASS", "COMMENT_CLASS", "COMMENT_ID", "TEXT_CLASS", "find_comments"]

#: Class tokens and ids of one comment's element.
COMMENT_CLASS: Final = re.compile(
    r"(?:^|\s)(?:comment|wpd-comment|dsq-comment|comment-item|commentlist-item|"
    r"single-comment|comment-thread-item|js-comment)(?:\s|$)",
    re.IGNORECASE,
)
COMMENT_ID: Final = re.compile(
    r"^(?:comment|li-comment|div-comment|wpd-comm|dsq-comment|post)-[\w-]+$", re.IGNORECASE
)
#: Class tokens of the element holding a comment's author name.
AUTHOR_CLASS: Final = re.compile(
    r"(?:^|\s)(?:comment[-_]?author(?:[-_]name)?|wpd-comment-author|fn|author|author-name|"
    r"username|user-name|commenter|comment-user(?:name)?|publisher-anchor-color)(?:\s|$)",
    re.IGNORECASE,
)
#: Class tokens of the element holding a comment's text.
TEXT_CLASS: Final = re.compile(
    r"(?:^|\s)(?:comment[-_]?(?:content|text|message|entry|body-text)|wpd-comment-text|"
    r"post-message|commenttext|comment-body)(?:\s|$)",
    re.IGNORECASE,
)
_SPACE_RE: Final = re.compile(r"\s+")
_SAYS_RE: Final = re.compile(r"\s*(?:says|said|wrote)\s*:?\s*$", re.IGNORECASE)
_MAX_AUTHOR_CHARS: Final = 80


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _is_comment(element: HtmlElement) -> bool:
    return bool(
        COMMENT_CLASS.search(element.get("class") or "")
        or COMMENT_ID.match(element.get("id") or "")
    )


def _owned(
    node: HtmlElement, pattern: re.Pattern[str], owners: set[HtmlElement]
) -> Iterator[HtmlElement]:
    """Descendants of ``node`` whose class matches ``pattern``, and whose comment is ``node``."""
    for element in node.iterdescendants():
        if element in owners or not isinstance(element.tag, str):
            continue
        if not pattern.search(element.get("class") or ""):
            continue
        owner = next((a for a in element.iterancestors() if a in owners), None)
        if owner is node:
            yield element


def _author(node: HtmlElement, owners: set[HtmlElement]) -> str | None:
    candidates = [_clean(e.text_content()) for e in _owned(node, AUTHOR_CLASS, owners)]
    names = [_SAYS_RE.sub("", c) for c in candidates if c]
    names = [n for n in names if n and len(n) <= _MAX_AUTHOR_CHARS]
    return names[-1] if names else None


def _paragraphs(text_element: HtmlElement) -> tuple[str, ...]:
    blocks = text_element.xpath(".//p | .//li | .//blockquote[not(.//p)]")
    pieces = [_clean(b.text_content()) for b in blocks] or [_clean(text_element.text_content())]
    return tuple(p for p in pieces if p and classify_line(p) in ("content", "weak"))


def find_comments(tree: HtmlElement) -> tuple[list[ComposedComment], list[HtmlElement]]:
    """The comments of ``tree`` in page order, and the outermost comment elements."""
    nodes = [e for e in tree.iter() if isinstance(e.tag, str) and _is_comment(e)]
    owners = set(nodes)
    comments: list[ComposedComment] = []
    for node in nodes:
        text_element = next(_owned(node, TEXT_CLASS, owners), None)
        if text_element is None:
            continue
        paragraphs = _paragraphs(text_element)
        if paragraphs:
            comments.append(ComposedComment(_author(node, owners), paragraphs))
    outermost = [n for n in nodes if not any(a in owners for a in n.iterancestors())]
    return comments, outermost
