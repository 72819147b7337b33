"""Event triggers: words and phrases of the trigger lexicon, found in text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.lexicon import Lexicon, TriggerEntry, default_lexicon
from timeline.recognisers._phrases import Phrase, PhraseIndex
from timeline.recognisers.base import Regions, in_regions
from timeline.records import Trigger

__all__ = ["TriggerRecogniser", "form_pattern"]

_WORD = r"[\w'’-]+(?:[,.]\d{3})*"  # a word, or a number written with separators ("5,000")
# Spaces and tabs (no-break spaces too) or one line break, never a blank line.
_WORDS = re.compile(r"[\w'’-]+")
_SPACE = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"


def form_pattern(form: str) -> str:
    """The regular expression for one surface form ("*" stands for up to three words)."""
    parts: list[str] = []
    for token in form.split():
        if token == "*":
            parts.append(f"(?:{_WORD}{_SPACE}){{0,3}}?")
        else:
            parts.append(re.escape(token) + _SPACE)
    return "".join(parts)[: -len(_SPACE)] if parts else ""


def _first_word(form: str) -> str | None:
    """The word a form starts with; None when it starts with a wildcard (or is empty)."""
    tokens = form.split()
    return tokens[0] if tokens and tokens[0] != "*" else None


def _phrases(entries: Sequence[TriggerEntry]) -> list[Phrase[TriggerEntry]]:
    """Every form of every entry, in the order they are tried: the entries in the order
    given, each entry's longer forms first."""
    return [
        Phrase(_first_word(form), form_pattern(form), entry)
        for entry in entries
        for form in sorted(entry.forms, key=len, reverse=True)
    ]


# The head noun of an organisation's name after a capitalised trigger word: "National
# Liberation Army", "Salvation Front", "Popular Mobilization Forces" name a group, not a
# happening.
_NAME_HEAD = re.compile(
    r"[^\S\n]+(?:Army|Front|Forces?|Movement|Party|Brigades?|Council|Committee|Alliance|"
    r"Corps|Organi[sz]ation|Union|Coalition|Units?|Battalions?|Regiment|Division|Group)\b"
)


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised trigger word is part of an organisation's name."""
    return match.group()[:1].isupper() and _NAME_HEAD.match(text, match.end()) is not None


def _vetoed(text: str, start: int, veto: frozenset[str]) -> bool:
    """Whether one of the two words before ``start`` rules the trigger out."""
    before = _WORDS.findall(text, max(0, start - 40), start)[-2:]
    return any(w.lower() in veto for w in before)


class TriggerRecogniser:
    """Finds the trigger lexicon's words and phrases; longest and leftmost win."""

    name = "triggers"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._entries = (lexicon or default_lexicon()).triggers
        # Longer phrases first, so "safe passage agreement" is not cut by a shorter form.
        order = sorted(
            range(len(self._entries)), key=lambda i: -max(map(len, self._entries[i].forms))
        )
        self._ordered = [self._entries[i] for i in order]
        self._index = PhraseIndex(
            _phrases(self._ordered), boundary=r"\w-", after=r"(?![\w-])", ignorecase=True
        )

    def find(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> list[Trigger]:
        index = None if regions is None else Regions(regions)
        found: list[Trigger] = []
        for match, entry in self._index.finditer(text):
            if not in_regions(match.start(), match.end(), index):
                continue
            if entry.veto and _vetoed(text, match.start(), entry.veto):
                continue
            if _in_a_name(text, match):
                continue
            found.append(
                Trigger(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    event_type=entry.event_type,
                    lemma=entry.lemma,
                    pos=entry.pos,
                    flags=entry.flags,
                    retype=entry.retype,
                    veto=entry.veto,
                )
            )
        return found
