"""A first-word index of phrase patterns: what one big alternation finds, found word by word.

Python's ``re`` tries every alternative of an alternation at every position of the text,
so a lexicon of hundreds of phrases compiled into one pattern costs hundreds of attempts
per character. ``PhraseIndex`` gives the same matches by looking, at each word start, only
at the phrases that begin with that word, in the alternation's order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from timeline.recognisers._case import fold

__all__ = ["Phrase", "PhraseIndex"]

T = TypeVar("T")

_LEADING_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Phrase(Generic[T]):
    """One alternative: the literal text its pattern starts with (None when it may start
    with anything), the pattern, and what a match of it stands for."""

    first_word: str | None
    pattern: str
    value: T


def _key(first_word: str | None, ignorecase: bool) -> str | None:
    """The index key of a phrase: its leading run of word characters (lower-cased when
    case is ignored); None sends it to the phrases tried everywhere."""
    run = _LEADING_WORD.match(first_word) if first_word else None
    if run is None:
        return None
    if not ignorecase:
        return run.group()
    # Beyond ASCII, IGNORECASE's own notion of case decides: try the phrase everywhere.
    return run.group().lower() if run.group().isascii() else None


def _trie(words: Iterable[str]) -> str:
    """A pattern that matches exactly ``words``, branching on one character at a time."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(root)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:{})".format("|".join(options))
    return f"(?:{body})?" if "" in node else body


class _Alternatives(Generic[T]):
    """Phrases in the order they are tried: one alternation finds where the first of them
    matches, and each phrase's own pattern tells which one it was."""

    def __init__(
        self, phrases: Sequence[tuple[str, T]], boundary: str, after: str, flags: int
    ) -> None:
        def compiled(pattern: str) -> re.Pattern[str]:
            return re.compile(rf"(?<![{boundary}])(?:{pattern}){after}", flags)

        self._any = compiled("|".join(pattern for pattern, _ in phrases))
        self._each = [(compiled(pattern), value) for pattern, value in phrases]

    def search(self, text: str, start: int) -> int | None:
        """Where the leftmost match at or after ``start`` begins."""
        match = self._any.search(text, start)
        return None if match is None else match.start()

    def match(self, text: str, start: int) -> tuple[re.Match[str], T] | None:
        """The match of the first phrase that matches at ``start``, with its value."""
        if self._any.match(text, start) is None:
            return None
        for pattern, value in self._each:
            match = pattern.match(text, start)
            if match is not None:
                return match, value
        return None  # pragma: no cover - the alternation matched, so one phrase does


class PhraseIndex(Generic[T]):
    """Finds exactly what ``re.finditer(rf"(?<![{boundary}])(?:{alternation}){after}")``
    finds, where ``alternation`` joins the phrases' patterns in order: at the leftmost
    position, the first phrase that matches (backtracking within it as the alternation
    would), then on from the end of that match. Each match comes with its phrase's value.

    ``boundary`` is the body of a character class holding ``\\w``: no phrase starts right
    after one of its characters. A phrase's pattern must begin with its ``first_word`` as
    written (escaped), no word character may follow the leading word of it, and no phrase
    may match the empty string: so a phrase matches only where the text's word is that
    word. Phrases without a first word (or, case ignored, whose first word is not ASCII)
    are searched for with one alternation of their own, left to right.
    """

    def __init__(
        self, phrases: Sequence[Phrase[T]], *, boundary: str, after: str, ignorecase: bool
    ) -> None:
        flags = re.IGNORECASE if ignorecase else 0
        keyed: dict[str, list[int]] = defaultdict(list)
        anywhere: list[int] = []
        for order, phrase in enumerate(phrases):
            key = _key(phrase.first_word, ignorecase)
            (anywhere if key is None else keyed[key]).append(order)

        def alternatives(orders: list[int]) -> _Alternatives[T]:
            chosen = [phrases[i] for i in sorted(orders)]
            return _Alternatives([(p.pattern, p.value) for p in chosen], boundary, after, flags)

        self._by_word = {word: alternatives(own + anywhere) for word, own in keyed.items()}
        self._anywhere = alternatives(anywhere) if anywhere else None
        # The words some phrase starts with, where a phrase may start: a trie of them, so
        # that the regular expression engine, not Python, skips every other word.
        self._word_starts = re.compile(rf"(?<![{boundary}]){_trie(keyed)}(?!\w)") if keyed else None
        self._ignorecase = ignorecase

    def finditer(self, text: str) -> Iterator[tuple[re.Match[str], T]]:
        """The matches in ``text``, left to right, each with its phrase's value."""
        words = fold(text) if self._ignorecase else text
        elsewhere = _Elsewhere(text, self._anywhere)
        end = 0
        starts = () if self._word_starts is None else self._word_starts.finditer(words)
        for word in starts:
            start = word.start()
            if start < end:
                continue
            alternatives = self._by_word[word.group()]
            while (found := elsewhere.next_before(start, end)) is not None:
                end = found[0].end()
                yield found
            if start >= end and (found := alternatives.match(text, start)) is not None:
                end = found[0].end()
                yield found
        while (found := elsewhere.next_before(len(text) + 1, end)) is not None:
            end = found[0].end()
            yield found


class _Elsewhere(Generic[T]):
    """The matches of the phrases that may start anywhere, one search ahead."""

    def __init__(self, text: str, alternatives: _Alternatives[T] | None) -> None:
        self._text = text
        self._alternatives = alternatives
        self._searched = False
        self._next: int | None = None  # where the leftmost match from the last search starts

    def next_before(self, limit: int, end: int) -> tuple[re.Match[str], T] | None:
        """The leftmost match that starts at or after ``end`` and before ``limit``."""
        if self._alternatives is None:
            return None
        # The last search stays good while its match starts at or after ``end``.
        if not self._searched or (self._next is not None and self._next < end):
            self._next = self._alternatives.search(self._text, end)
            self._searched = True
        if self._next is None or self._next >= limit:
            return None
        return self._alternatives.match(self._text, self._next)
