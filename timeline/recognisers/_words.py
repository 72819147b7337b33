"""Word lists written as text: ``word_set("in on at")``, ``word_set("a b, c d", separator=",")``."""

from __future__ import annotations

__all__ = ["word_set"]


def word_set(text: str, *, separator: str | None = None) -> frozenset[str]:
    """The entries of ``text``: its words, or with ``separator`` the phrases between
    separators, each stripped; empty entries are dropped. Word lists stay readable as
    text in the modules that hold them."""
    return frozenset(entry.strip() for entry in text.split(separator) if entry.strip())
