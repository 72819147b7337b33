"""Word tokens of a text with what the place recogniser asks of them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from gazetteer import fold
from timeline.recognisers.places._lexicon import NAME_ABBREVIATIONS, TITLES, word_set

__all__ = ["Tokens", "tokenize"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_APOSTROPHES = "'’"
_MOJIBAKE_LEAD = "âÂÃ"
_SENTENCE_END = re.compile(r"[.!?:;…—–]|--|\n")
_LINE_FUNCTION_WORDS = word_set(
    "a an the of in on at to for and or but with by from as is are vs via over after into "
    "up out off about than"
)
_HEADLINE_SHARE = 0.8
_HEADLINE_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Tokens:
    """Parallel lists, one entry a word: offsets, text, folded text and position flags.

    ``initial`` marks the first word of a sentence or line; ``headline`` marks words of a
    line written in Title Case or capitals, where capitals say nothing about names.
    """

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    folded: list[str]
    possessive: list[bool]
    initial: list[bool]
    headline: list[bool]

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i."""
        return (
            self.text[self.ends[i - 1] : self.starts[i]] if i > 0 else self.text[: self.starts[0]]
        )

    def is_cap(self, i: int) -> bool:
        return self.words[i][0].isupper()

    def is_upper(self, i: int) -> bool:
        word = self.words[i]
        return len(word) > 1 and word.isupper()


def _initial_flags(text: str, starts: list[int], ends: list[int], folded: list[str]) -> list[bool]:
    flags = [True] * len(starts)
    for i in range(1, len(starts)):
        gap = text[ends[i - 1] : starts[i]]
        if gap == " " or _SENTENCE_END.search(gap) is None:
            flags[i] = False
        elif "\n" not in gap and gap.lstrip().startswith("."):
            prev = folded[i - 1]
            flags[i] = not (prev in NAME_ABBREVIATIONS or prev in TITLES or len(prev) == 1)
    return flags


def _headline_flags(text: str, starts: list[int], words: list[str]) -> list[bool]:
    """Words of lines in Title Case or capitals (three content words or more)."""
    flags = [False] * len(starts)
    i = 0
    while i < len(starts):
        line_end = text.find("\n", starts[i])
        line_end = len(text) if line_end < 0 else line_end
        j = bisect.bisect_left(starts, line_end, i)
        if words[i][0].isupper() and j - i >= _HEADLINE_MIN_WORDS:
            content = [w for w in words[i:j] if w.lower() not in _LINE_FUNCTION_WORDS]
            capitalised = sum(1 for w in content if w[0].isupper())
            if len(content) >= _HEADLINE_MIN_WORDS and capitalised >= _HEADLINE_SHARE * len(
                content
            ):
                flags[i:j] = [True] * (j - i)
        i = j
    return flags


def _fix(text: str, starts: list[int], ends: list[int], words: list[str]) -> list[bool]:
    """Drop possessive 's and stray mojibake from words, in place; say which were owned."""
    possessive = [False] * len(words)
    for i, word in enumerate(words):
        last = word[-1]
        if last in "sS" and len(word) > 2 and word[-2] in _APOSTROPHES:
            words[i] = word[:-2]
            ends[i] -= 2
            possessive[i] = True
        elif last in _MOJIBAKE_LEAD and len(word) > 1 and word[:-1].isascii():
            words[i] = word[:-1]  # "Weâ\x80\x99re": a quote decoded with the wrong code page
            ends[i] -= 1
    return possessive


def _fold_word(word: str) -> str:
    if word.isascii() and "'" not in word and "`" not in word:
        return word.lower()
    return fold(word)


def tokenize(text: str) -> Tokens:
    """Split ``text`` into words (letters, with inner apostrophes); drop possessive 's."""
    spans = [m.span() for m in _WORD.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    words = [text[a:b] for a, b in spans]
    possessive = _fix(text, starts, ends, words)
    folded = [_fold_word(w) for w in words]
    return Tokens(
        text=text,
        starts=starts,
        ends=ends,
        words=words,
        folded=folded,
        possessive=possessive,
        initial=_initial_flags(text, starts, ends, folded),
        headline=_headline_flags(text, starts, words),
    )
