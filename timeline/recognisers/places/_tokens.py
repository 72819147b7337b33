"""Word tokens of a text with what the place recogniser asks of them.

Tokenising is the one pass over every word of a text, so it is written to run in C:
one ``re.split`` gives the words and the gaps between them, offsets are running sums
of their lengths, and every per-word flag is a ``map`` of a built-in over the word
list. Python code runs only for the few words that need more (apostrophes, letters
outside ASCII, a period that may or may not end a sentence).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Collection
from dataclasses import dataclass
from itertools import accumulate, compress, repeat

from gazetteer import fold
from timeline.recognisers.places._lexicon import NAME_ABBREVIATIONS, TITLES, word_set

__all__ = ["Tokens", "tokenize"]


def _word_pattern(letter: str, apostrophe: str) -> re.Pattern[str]:
    """A word: letters with inner apostrophes (O'Neil, d'Ivoire). A possessive 's stays
    out of the word (it lands in the gap after it), and the "s" is no word of its own.
    The pattern starts with a letter (the engine skips to one fast), then looks back."""
    a, q = letter, apostrophe
    return re.compile(rf"({a}(?<!{a}{q}{a}){a}*(?:{q}(?![sS](?!{a}|{q}{a})){a}+)*)")


_SPLIT = _word_pattern(r"[^\W\d_]", "['’]")
_SPLIT_ASCII = _word_pattern("[A-Za-z]", "'")  # the same on ASCII text, and faster
# the same on text whose only letters are ASCII ones (curly quotes and dashes aside)
_SPLIT_ASCII_LETTERS = _word_pattern("[A-Za-z]", "['’]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_POSSESSIVE_GAPS = ("'s", "’s", "'S", "’S")
_MOJIBAKE_LEAD = ("â", "Â", "Ã")
_SENTENCE_END = re.compile(r"[.!?:;…—–]|--|\n")
_LINE_FUNCTION_WORDS = word_set(
    "a an the of in on at to for and or but with by from as is are vs via over after into "
    "up out off about than"
)
_HEADLINE_SHARE = 0.8
_HEADLINE_MIN_WORDS = 3
# What makes a word need ``fold``: a character outside ASCII (a plain character range:
# the regex engine scans for it fast) or an apostrophe, inside the word.
_NON_ASCII = re.compile("[\u0080-\U0010ffff]+")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel lists, one entry a word: offsets, text, folded text and position flags.

    ``gaps[i]`` is the text between word i-1 and word i (``gaps[0]`` the text before
    the first word, ``gaps[len]`` the text after the last); ``caps`` marks words with
    a capital first letter; ``initial`` the first word of a sentence or line;
    ``headline`` words of a line written in Title Case or capitals, where capitals say
    nothing about names. A possessive 's is not part of its word: ``possessive`` marks
    the word and the 's starts the gap after it.
    """

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    folded: list[str]
    gaps: list[str]
    caps: list[bool]
    possessive: list[bool]
    initial: list[bool]
    headline: list[bool]

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i."""
        return self.gaps[i]

    def is_cap(self, i: int) -> bool:
        return self.caps[i]

    def is_upper(self, i: int) -> bool:
        word = self.words[i]
        return len(word) > 1 and word.isupper()

    def after(self, i: int, words: Collection[str]) -> bool:
        """Whether one of ``words`` (folded) stands right before word i, a space between
        ("in Sadd", "near Fano")."""
        return i > 0 and self.gaps[i] == " " and self.folded[i - 1] in words


def _gap_kind(gap: str) -> bool | None:
    """Whether a word after this gap starts a sentence; None when the word before decides
    (a period: "St. Louis", "Gen. Smith", "J. Smith" go on)."""
    if gap == " " or _SENTENCE_END.search(gap) is None:
        return False
    if "\n" not in gap and gap.lstrip().startswith("."):
        return None
    return True


_GAP_KINDS: dict[str, bool | None] = {}  # ``_gap_kind`` of the gaps seen (most recur)
_GAP_KINDS_LIMIT = 1 << 14


def _initial_flags(gaps: list[str], folded: list[str]) -> list[bool]:
    n = len(folded)
    kinds = _GAP_KINDS
    if len(kinds) >= _GAP_KINDS_LIMIT:
        kinds.clear()
    for gap in set(gaps).difference(kinds):
        kinds[gap] = _gap_kind(gap)
    flags: list[bool | None] = list(map(kinds.__getitem__, gaps[:n]))
    if n:
        flags[0] = True
    for i in compress(range(n), map(operator.is_, flags, repeat(None))):
        prev = folded[i - 1]
        flags[i] = not (prev in NAME_ABBREVIATIONS or prev in TITLES or len(prev) == 1)
    return flags  # type: ignore[return-value]  # every None was replaced above


def _line_breaks(text: str, starts: list[int]) -> list[int]:
    """Indices of the words that start a line (the first word, and each word after a
    line break), plus the word count at the end."""
    n = len(starts)
    breaks = [0]
    at = text.find("\n")
    while at >= 0:
        k = bisect.bisect_left(starts, at)
        if k >= n:
            break
        if k > breaks[-1]:
            breaks.append(k)
        at = text.find("\n", starts[k])
    breaks.append(n)
    return breaks


def _is_headline(folded: list[str], caps: list[bool], a: int, b: int) -> bool:
    """Whether words a..b-1 (a line) are in Title Case: at least 80% of three or more
    content words capitalised. Prose is told apart early: as soon as more than 20% of
    all its words are lower-case content words."""
    if b - a < _HEADLINE_MIN_WORDS or not caps[a]:
        return False
    limit = (b - a) - _HEADLINE_SHARE * (b - a)
    function = _LINE_FUNCTION_WORDS
    content = lower = 0
    for k in range(a, b):
        if folded[k] in function:
            continue
        content += 1
        if not caps[k]:
            lower += 1
            if lower > limit:
                return False
    return content >= _HEADLINE_MIN_WORDS and content - lower >= _HEADLINE_SHARE * content


def _headline_flags(
    text: str, starts: list[int], folded: list[str], caps: list[bool]
) -> list[bool]:
    """Words of lines in Title Case or capitals (three content words or more)."""
    flags = [False] * len(folded)
    breaks = _line_breaks(text, starts)
    for a, b in zip(breaks, breaks[1:], strict=False):
        if _is_headline(folded, caps, a, b):
            flags[a:b] = [True] * (b - a)
    return flags


def _fold_words(text: str, words: list[str], starts: list[int]) -> list[str]:
    """Lower-case words as they are; words with an apostrophe or a character outside
    ASCII (found from those characters in the text) through ``gazetteer.fold``."""
    folded = list(map(str.lower, words))
    runs = [m.span() for m in _NON_ASCII.finditer(text)] if not text.isascii() else []
    at = text.find("'")
    while at >= 0:
        runs.append((at, at + 1))
        at = text.find("'", at + 1)
    n = len(words)
    for a, b in runs:  # refold every word the run overlaps
        i = max(0, bisect.bisect_right(starts, a) - 1)
        while i < n and starts[i] < b:
            if a < starts[i] + len(words[i]):
                folded[i] = fold(words[i])
            i += 1
    return folded


def _possessives(text: str, gaps: list[str], ends: list[int]) -> list[bool]:
    """Words followed by a possessive 's (which starts the gap after them)."""
    n = len(ends)
    owned = [False] * n
    for mark in ("'", "’"):
        if mark not in text:
            continue
        at = text.find(mark)
        while at >= 0:
            i = bisect.bisect_left(ends, at)
            if i < n and ends[i] == at and gaps[i + 1].startswith(_POSSESSIVE_GAPS):
                owned[i] = True
            at = text.find(mark, at + 1)
    return owned


def _unmojibake(parts: list[str]) -> None:
    """ "Weâ\\x80\\x99re": a quote decoded with the wrong code page leaves a stray letter
    at the end of an ASCII word; move it into the gap after the word, in place."""
    for k in range(1, len(parts), 2):
        word = parts[k]
        if word.endswith(_MOJIBAKE_LEAD) and len(word) > 1 and word[:-1].isascii():
            parts[k] = word[:-1]
            parts[k + 1] = word[-1] + parts[k + 1]


def tokenize(text: str) -> Tokens:
    """Split ``text`` into words (letters, with inner apostrophes); possessive 's apart."""
    if text.isascii():
        parts = _SPLIT_ASCII.split(text)
    elif _NON_ASCII_LETTER.search(text) is None:
        parts = _SPLIT_ASCII_LETTERS.split(text)
    else:
        parts = _SPLIT.split(text)
        if any(map(text.__contains__, _MOJIBAKE_LEAD)):
            _unmojibake(parts)
    words = parts[1::2]
    gaps = parts[0::2]
    offsets = list(accumulate(map(len, parts), initial=0))
    starts = offsets[1::2]
    starts.pop()
    ends = offsets[2::2]
    folded = _fold_words(text, words, starts)
    caps = list(map(str.isupper, map(operator.itemgetter(0), words)))
    possessive = _possessives(text, gaps, ends)
    return Tokens(
        text=text,
        starts=starts,
        ends=ends,
        words=words,
        folded=folded,
        gaps=gaps,
        caps=caps,
        possessive=possessive,
        initial=_initial_flags(gaps, folded),
        headline=_headline_flags(text, starts, folded, caps),
    )
