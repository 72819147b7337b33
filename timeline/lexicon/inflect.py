"""English inflection for trigger lemmas: enough morphology for a verb and noun lexicon."""

from __future__ import annotations

__all__ = ["noun_forms", "verb_forms"]

_SIBILANT = ("s", "x", "z", "ch", "sh")
_VOWELS = "aeiou"


def _plural(word: str) -> str:
    if word.endswith(_SIBILANT):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    return word + "ing"


def verb_forms(lemma: str, *, past: str | None = None, part: str | None = None) -> tuple[str, ...]:
    """Every form of a verb (or a phrasal verb whose first word inflects).

    >>> verb_forms("pull out")
    ('pull out', 'pulls out', 'pulled out', 'pulling out')
    """
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = [lemma, _plural(head) + tail, past or _past(head) + tail]
    if part:
        forms.append(part)
    forms.append(_gerund(head) + tail)
    return tuple(dict.fromkeys(forms))


def noun_forms(lemma: str, *, plural: str | None = None) -> tuple[str, ...]:
    """A noun (or a compound whose last word inflects) and its plural."""
    head, _, last = lemma.rpartition(" ")
    plural_form = plural or (f"{head} " if head else "") + _plural(last)
    return tuple(dict.fromkeys([lemma, plural_form]))
