"""Trigger words that tell no new happening: one named again, or a pattern of many.

- named again: "that attack", "these strikes"; a bare noun after a preposition and "the"
  that ends its phrase ("fled during the attack.", "a day before the attack,"); "The
  attack came days after ...", a link to other news; "the strike was a violation", a
  judgement of it; "troops repelled the attack", the
  defence against it, and a response to it ("would answer the attack", "did not comment
  on the strikes"). Verb forms are no such names
  ("militants that attacked the base"), nor are -ing nouns ("killed in the fighting" may
  be all a story says of a battle).
- not a reference: the "that" of a clause after a word of saying or denying ("officials
  reported that mortar fire hit the market", "denied reports that clashes had broken
  out", "told reporters on Monday that shelling ...") opens what is said, a happening
  of its own.
- habitual: "the town has been attacked repeatedly", "jets regularly bomb the road",
  "near-daily raids", "nightly shelling".
"""

from __future__ import annotations

import re
from typing import Final

from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import folded
from timeline.records import Trigger

__all__ = ["clause_that", "habitual", "named_again"]

_LOOKBACK: Final = 16  # characters before a trigger searched for its determiner
_HABIT_WINDOW: Final = 24  # characters around a trigger searched for a frequency adverb
# The patterns but _VERB_FORM are written in lower case and matched against the folded
# text (case-blind, faster than re.IGNORECASE).
_VERB_FORM = re.compile(r"(?:ed|ing)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\b(?:that|this|these|those)\s+$")
# A word of saying, denying or fearing whose "that" opens a clause ("reported that", "denied
# reports that", "claims that"), then what may stand between: a time or a listener ("said
# on Monday that", "told reporters that").
_SAYING = (
    rf"{REPORTING_VERBS}|den(?:y|ies|ied|ying)|allege[sd]?|suggest(?:s|ed)?|believe[sd]?|"
    r"fear(?:s|ed)?|show(?:s|ed)?|indicat(?:e|es|ed)|insist(?:s|ed)?|report|claim|"
    r"reports|claims|allegations?|rumou?rs?|news|fears|accounts?|evidence|denials?|"
    r"confirmation|statements?|assurances?|word|signs?|indications?"
)
_CLAUSE_THAT = re.compile(
    rf"\b(?:{_SAYING})(?:\s+(?:on|in|to|at|late|early|last|this|yesterday|today|earlier|"
    r"later|also|again|previously|reporters|journalists|the\s+press|[a-z]+\s+reporters)\b"
    r"(?:\s+[\w'’-]+){0,3}?)?,?\s+that\s+$"
)
_CLAUSE_REACH: Final = 64  # characters before "that" searched for a word of saying
_BARE_REFERENCE = re.compile(r"\b(?:in|during|since|before|after)\s+the\s+$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)")
_THE = re.compile(r"\bthe\s+$")
# "the army said it had repelled the attack": the defence names the attack told.
# "would answer the attack", "did not comment on the strikes": a response names it too.
_DEFENDED = re.compile(
    r"\b(?:repelled|repulsed|foiled|thwarted|fought\s+off|beat(?:en)?\s+back|"
    r"answer(?:ed|s)?|avenge[sd]?|retaliat(?:e|ed|es)\s+for|respon(?:d|ded|ds)\s+to|"
    r"comment(?:ed|s)?\s+on|react(?:ed|s)?\s+to)\s+the\s+$"
)
_COMES_AFTER = re.compile(r"\s+(?:came|comes|follows|followed)\b")
# "said the strike was a violation of sovereignty": a judgement of the happening told.
_JUDGED = re.compile(r"\s+(?:was|were|is|are)\s+(?:a|an|not|no)\b")
_HABITUAL = re.compile(
    r"\b(?:repeatedly|regularly|routinely|frequently|constantly|(?:near|almost)[- ]daily|"
    r"nightly)\b"
)


def clause_that(text: str, start: int) -> bool:
    """Whether the "that" right before ``start`` opens a clause of what was said, denied or
    feared ("reported that mortar fire hit"), not a demonstrative ("that attack")."""
    lower = folded(text)
    return _CLAUSE_THAT.search(lower, max(0, start - _CLAUSE_REACH), start) is not None


def named_again(text: str, trigger: Trigger) -> bool:
    """Whether the trigger names a happening the story told before (module docstring)."""
    if _VERB_FORM.search(trigger.text) is not None:
        return False
    lower = folded(text)
    lookback = max(0, trigger.start - _LOOKBACK)
    demonstrative = _DEMONSTRATIVE.search(lower, lookback, trigger.start)
    if demonstrative is not None and not (
        demonstrative.group().startswith("that") and clause_that(text, trigger.start)
    ):
        return True
    if (
        _COMES_AFTER.match(lower, trigger.end) or _JUDGED.match(lower, trigger.end)
    ) and _THE.search(lower, lookback, trigger.start):
        return True
    if _DEFENDED.search(lower, max(0, trigger.start - 2 * _LOOKBACK), trigger.start):
        return True
    return (
        _BARE_REFERENCE.search(lower, lookback, trigger.start) is not None
        and _PHRASE_END.match(text, trigger.end) is not None
    )


def habitual(text: str, trigger: Trigger) -> bool:
    """Whether a frequency adverb next to the trigger makes it a pattern."""
    lo = max(0, trigger.start - _HABIT_WINDOW)
    hi = min(len(text), trigger.end + _HABIT_WINDOW)
    lower = folded(text)
    if lower.find("ly", lo, hi) < 0:
        return False  # every adverb of _HABITUAL ends in "ly"
    return _HABITUAL.search(lower, lo, hi) is not None
