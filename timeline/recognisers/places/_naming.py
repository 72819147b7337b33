"""People introduced by a naming word: "an informant named ...", "a man called ..."."""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress

from timeline.recognisers.places._kinds import (
    NAMING_CUES,
    NAMING_CUES_AFTER_PERSON,
    PERSON_KINDS,
    PLACE_KINDS,
)
from timeline.recognisers.places._lexicon import word_set
from timeline.recognisers.places._tokens import Tokens

__all__ = ["named_spans"]

_AS_CUES = word_set("identified known")  # "identified as", "known as"
_PLACE_NOUNS = PLACE_KINDS | word_set(
    "place places country nation settlement hamlet community locality spot"
)
_JOINERS = word_set("al el bin ibn abu abi bint ben van von de da")  # inside a person's name
_CUES = NAMING_CUES | NAMING_CUES_AFTER_PERSON
_LOOKBACK = 3  # words between "a man" and "named"
_MAX_WORDS = 4


def _cue_end(tokens: Tokens, i: int) -> int | None:
    """The last word of a naming cue starting at word i ("named", "identified as")."""
    word = tokens.folded[i]
    if word not in NAMING_CUES and word not in NAMING_CUES_AFTER_PERSON:
        return None
    if word not in _AS_CUES:
        return i
    after = i + 1
    if after < len(tokens) and tokens.folded[after] == "as" and tokens.gap(after) == " ":
        return after
    return None


def _introduced(tokens: Tokens, i: int) -> str | None:
    """ "person" or "place" when a noun shortly before the cue at word i says which
    kind of thing is named ("an informant named", "a village called")."""
    for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        word = tokens.folded[k]
        if word in PERSON_KINDS:
            return "person"
        if word in _PLACE_NOUNS:
            return "place"
        if tokens.initial[k] or tokens.is_cap(k):
            break
    return None


def _joined(tokens: Tokens, k: int) -> bool:
    gap = tokens.gap(k)
    return gap in (" ", "-") or (gap == ". " and len(tokens.words[k - 1]) == 1)


def _name_after(tokens: Tokens, j: int) -> int | None:
    """The last word of the capitalised name starting at word j (Balal Abdel Karim,
    Abu Bakr al-Baghdadi), or None when word j starts none."""
    last = None
    k = j
    while k < len(tokens) and k - j < _MAX_WORDS and (k == j or _joined(tokens, k)):
        if tokens.is_cap(k):
            last = k
        elif tokens.folded[k] not in _JOINERS or k + 1 >= len(tokens):
            break
        if tokens.possessive[k]:
            break
        k += 1
    return last


def named_spans(tokens: Tokens, famous: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Word spans (first, last) of names that a naming word introduces as a person's.

    After "named", "dubbed", "identified as" ... a name is a person's unless a place
    noun comes before ("a village named"); without a person noun before ("the report
    named"), a well-known place (``famous(word)``) is left alone. "called" and "known
    as" introduce a person only after a person noun ("a fighter known as").
    """
    spans = []
    cues = compress(range(len(tokens) - 1), map(_CUES.__contains__, tokens.folded))
    for i in cues:
        end = _cue_end(tokens, i)
        if end is None or end + 1 >= len(tokens):
            continue
        first = end + 1
        if tokens.gap(first) != " " or not tokens.is_cap(first):
            continue
        kind = _introduced(tokens, i)
        if kind == "place":
            continue
        if kind is None and (tokens.folded[i] in NAMING_CUES_AFTER_PERSON or famous(first)):
            continue
        last = _name_after(tokens, first)
        if last is not None:
            spans.append((first, last))
    return spans
