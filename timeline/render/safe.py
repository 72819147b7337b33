"""Escaping for untrusted text: HTML text and attributes, link targets, JSON in <script>."""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from timeline.errors import ConfigError

__all__ = ["esc", "json_for_script", "page_link", "safe_url"]

_SAFE_SCHEMES = frozenset({"http", "https"})
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_CONTROL_NOT_SPACE = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# Characters that could end a <script> element, open an HTML comment inside it, or end a
# JavaScript line; written as JSON escapes, they read back as themselves.
_SCRIPT_ESCAPES = (
    ("&", "\\u0026"),
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def esc(text: object) -> str:
    """``text`` escaped for HTML text and quoted attribute values (quotes included)."""
    return html.escape(str(text), quote=True)


@lru_cache(maxsize=4096)  # events of one document share its URL
def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL that is safe to link to, else None.

    Control characters and whitespace inside the URL disqualify it (browsers strip them,
    which is how ``java\\tscript:`` tricks work); the caller still attribute-escapes it.
    """
    if not url:
        return None
    url = url.strip()
    if _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return url


def page_link(href: str | None) -> str | None:
    """``href``, a link from one page to its companion ("timeline.html"), once checked.

    A relative path or an absolute http(s) URL without a fragment (the page adds the
    event's own fragment); anything else raises ConfigError. None means no link.
    """
    if href is None:
        return None
    try:
        parts = urlsplit(href)
    except ValueError as err:
        raise ConfigError(f"page link {href!r}: not a URL ({err})") from err
    if href != href.strip() or not href or _CONTROL_NOT_SPACE.search(href) or "#" in href:
        raise ConfigError(f"page link {href!r}: give a file name or URL, without '#'")
    if parts.scheme and (parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc):
        raise ConfigError(f"page link {href!r}: only relative paths and http(s) URLs")
    return href


def json_for_script(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\uXXXX`` escapes, so no
    string in the data can close the element (``</script>``), open a comment
    (``<!--``) or break a line of JavaScript.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _SCRIPT_ESCAPES:  # str.replace is far quicker than str.translate
        text = text.replace(char, escape)
    return text
