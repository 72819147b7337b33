"""Sentence boundaries: a rule-based splitter for news and informal comment text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.recognisers.dates.lexicon import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS

__all__ = ["split_sentences"]

# Words that end with a full stop without ending a sentence (compared case-insensitively).
_ABBREVIATIONS = (
    frozenset(
        """
    mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig cmdr gov sen rep st mt ft jr
    sr no vs etc al approx dept est fig inc ltd co corp univ ala ariz ark calif colo
    conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex va vt wash wis wyo
    """.split()
    )
    | frozenset(MONTH_ABBREVIATIONS)
    | frozenset(WEEKDAY_ABBREVIATIONS)
)

# A candidate boundary: terminal punctuation (with closing quotes/brackets) then space.
# A run of punctuation is tried only from its first mark, and read once (possessive): a
# long run not followed by a space ("....x") would otherwise be read again from each mark.
_BOUNDARY = re.compile(
    r"""(?<![.!?…])[.!?…]++["'”’)\]]*+(?=\s)|\n\s*\n|\n(?=\s*(?:[-*•]|\d{1,2}[.)])\s)"""
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-*•])\s+")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop ending at ``stop`` belongs to an abbreviation or initial."""
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group(1)
    if "." in word:  # U.S., a.m., e.g.
        return True
    if len(word) == 1 and word.isupper():  # an initial: "M. Kow"
        return True
    return word.lower() in _ABBREVIATIONS


def _next_starts_sentence(text: str, pos: int) -> bool:
    rest = text[pos : pos + 3].lstrip()
    if not rest:
        return True
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘([—-"


def _full_word_before(text: str, stop: int) -> bool:
    """A word of three or more letters before the stop: "damascus. then" ends a sentence
    in comments that never capitalise; "e.g. this" and "p. 5" do not."""
    match = _WORD_BEFORE.search(text, max(0, stop - 24), stop + 1)
    return match is not None and "." not in match.group(1) and len(match.group(1)) >= 3


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    marker = _LIST_MARKER.match(text, start, end)
    if marker is not None and marker.end() < end:
        start = marker.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_region(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = lo
    for match in _BOUNDARY.finditer(text, lo, hi):
        stop = match.end()
        chunk = match.group()
        if chunk.startswith("."):
            if chunk == "." and _is_abbreviation(text, match.start() + 1):
                continue
            if text[start : match.start()].strip().isdigit():  # a list number: "2. The ..."
                continue
            if not _next_starts_sentence(text, stop) and not _full_word_before(text, match.start()):
                continue
        spans.append(_trim(text, start, stop))
        start = stop
    spans.append(_trim(text, start, hi))
    return [(s, e) for s, e in spans if e > s]


def split_sentences(
    text: str, regions: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The [start, end) spans of the sentences in ``text`` (within ``regions``).

    Blank lines and list items always end a sentence; ., ! and ? end one unless the
    full stop belongs to an abbreviation, or the next word starts in lowercase after a
    short token ("e.g. this", "p. 5").
    """
    out: list[tuple[int, int]] = []
    for lo, hi in regions if regions is not None else [(0, len(text))]:
        out.extend(_split_region(text, lo, hi))
    return out
