"""An article as a news site's HTML page: head metadata, the article, a comment section.

Every piece of text is escaped. The comment markup is the WordPress kind timeline's
HTML reader knows (``li.comment`` with ``comment-author`` and ``comment-content``).
"""

from __future__ import annotations

import random
from datetime import date
from html import escape
from typing import Final

__all__ = ["html_page"]

_SITES: Final = ("Frontline Wire", "The Regional Monitor", "Daily Dispatch", "World Desk")
_HEAD: Final = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    "<title>{title} | {site}</title>\n"
    '<meta property="article:published_time" content="{day}T{hour:02d}:{minute:02d}:00Z">\n'
    '<meta name="date" content="{day}">\n<link rel="canonical" href="{url}">\n</head>\n'
    '<body>\n<header><a href="/">{site}</a> <nav><a href="/world">World</a> '
    '<a href="/conflict">Conflict</a> <a href="/opinion">Opinion</a></nav></header>\n'
    '<main>\n<article>\n<h1>{title}</h1>\n<p class="byline">By {site} staff</p>\n'
    '<time datetime="{day}">{day}</time>\n'
)
_FOOT: Final = (
    '<footer><p>&copy; {year} {site}. <a href="/privacy">Privacy</a> '
    '<a href="/terms">Terms</a></p></footer>\n</body>\n</html>\n'
)


def _comments(comments: list[dict[str, str]]) -> list[str]:
    if not comments:
        return []
    lines = [
        '<section id="comments" class="comments-area">',
        f'<h2 class="comments-title">{len(comments)} comments</h2>',
        '<ol class="comment-list">',
    ]
    for number, comment in enumerate(comments, 1):
        lines += [
            f'<li id="comment-{number}" class="comment">',
            f'<div class="comment-author vcard"><b class="fn">{escape(comment["author"])}</b>'
            "</div>",
            f'<div class="comment-content"><p>{escape(comment["text"])}</p></div>',
            "</li>",
        ]
    return [*lines, "</ol>", "</section>"]


def html_page(
    title: str,
    paragraphs: list[str],
    comments: list[dict[str, str]],
    published: date,
    url: str,
    rng: random.Random,
) -> str:
    """The page of an article: its title, date, paragraphs and comment thread."""
    site = rng.choice(_SITES)
    values = {"title": escape(title), "site": site, "url": escape(url), "year": published.year}
    head = _HEAD.format(
        **values, day=published.isoformat(), hour=rng.randrange(24), minute=rng.randrange(60)
    )
    body = [f"<p>{escape(p)}</p>" for p in paragraphs]
    tail = ["</article>", *_comments(comments), "</main>"]
    return head + "\n".join([*body, *tail]) + "\n" + _FOOT.format(**values)
