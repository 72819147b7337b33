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
    r"username|user-name|commenter|comment-user(?:name)?)(?:\s|$)",
    re.IGNORECASE,
)
#: Class tokens of the element holding a comment's text.
TEXT_CLASS: Final = re.compile(
    r"(?:^|\s)(?:comment[-_]?(?:content|text|message|entry|body-text)|wpd-comment-text|"
    r"post-message|commenttext|comment-body)(?:\s|$)",
    re.IGNORECASE,
)
_SPACE_RE: Final = re.compile(r"\s+")
#: "Ann Lee says:" -> "Ann Lee". Matching starts only where a run of spaces starts, and
#: the spaces are taken whole: linear time on any text.
_SAYS_RE: Final = re.compile(r"(?<!\s)\s*+(?:says|said|wrote)\s*+:?\s*+$", re.IGNORECASE)
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


def _related(a: HtmlElement, b: HtmlElement) -> bool:
    """Whether one of ``a`` and ``b`` holds the other (or they are the same element)."""
    return (
        a is b or any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())
    )


def _author(node: HtmlElement, text: HtmlElement, owners: set[HtmlElement]) -> str | None:
    """The author an element of the comment names; never one that holds its text or lies in
    it (Disqus gives the author's link and the message container one class)."""
    elements = [e for e in _owned(node, AUTHOR_CLASS, owners) if not _related(e, text)]
    candidates = [_clean(e.text_content()) for e in elements]
    names = [_SAYS_RE.sub("", c) for c in candidates if c]
    names = [n for n in names if n and len(n) <= _MAX_AUTHOR_CHARS]
    return names[-1] if names else None


def _paragraphs(text_element: HtmlElement) -> tuple[str, ...]:
    blocks = text_element.xpath(".//p | .//li | .//blockquote[not(.//p)]")
    pieces = [_clean(b.text_content()) for b in blocks] or [_clean(text_element.text_content())]
    return tuple(p for p in pieces if p and classify_line(p) in ("content", "weak"))


def _texts(nodes: list[HtmlElement]) -> dict[HtmlElement, HtmlElement]:
    """Each comment element's own text element, for the elements that have one."""
    owners = set(nodes)
    texts: dict[HtmlElement, HtmlElement] = {}
    for node in nodes:
        found = next(_owned(node, TEXT_CLASS, owners), None)
        if found is not None:
            texts[node] = found
    return texts


def find_comments(tree: HtmlElement) -> tuple[list[ComposedComment], list[HtmlElement]]:
    """The comments of ``tree`` in page order, and the outermost comment elements.

    An element is a comment only when it holds a comment text of its own: a WordPress
    article (``<article id="post-4411">``) looks like a Disqus post by its id, but holds
    none, and stays page text. Elements that hold one are looked at again without the
    others, so that an element of neither kind owns nothing.
    """
    candidates = [e for e in tree.iter() if isinstance(e.tag, str) and _is_comment(e)]
    texts = _texts(candidates)
    nodes = [n for n in candidates if n in texts]
    texts = _texts(nodes)
    owners = set(nodes)
    comments: list[ComposedComment] = []
    for node in nodes:
        paragraphs = _paragraphs(texts[node]) if node in texts else ()
        if paragraphs:
            comments.append(ComposedComment(_author(node, texts[node], owners), paragraphs))
    outermost = [n for n in nodes if not any(a in owners for a in n.iterancestors())]
    return comments, outermost
