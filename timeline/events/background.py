"""Trigger words that tell a state, a habit or a generic truth, not a happening.

News tells background in a few set ways, and the trigger word in each names no new
happening:

- an ongoing state or habit, in the perfect with a long span: "has been blamed for
  killings since 2017", "the rebels have besieged the town since early 2022, mining the
  roads and destroying bridges", "have long accused", "has fought the group for years";
  a short span is a happening's own ("fighting has killed 80 people since Thursday");
- a frequency adverb before the trigger in its clause ("it often exaggerates the toll of
  its raids"), and an indefinite past ("the road had been shelled before.", "several
  times");
- a state "under" fire: "families live under mortar fire" (but "a convoy came under fire"
  is a happening);
- the simple present of a verb that is no noun too ("each side blames the other", "the
  defeat leaves the army with ..."): news tells its happenings in the past or the
  perfect; a denial in the present answers a claim just told, and is kept;
- a generic subject: "those who surrender are pardoned", "anyone who deserts";
- "leave" as a cause ("leaving the province defenceless"), and "seize power" (a coup, no
  territory taken).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

from timeline.lexicon import default_lexicon
from timeline.recognisers._case import folded
from timeline.records import Trigger

__all__ = ["background"]

_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
# A long span: since a year ("since 2017", "since early 2022", "since March 2015", "since
# the 1990s"), or for years.
_LONG_SPAN = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?"
    rf"(?:{_MONTH}\s+)?(?:the\s+)?\d{{4}}s?\b"
    r"|\bfor\s+(?:(?:many|several|some|more\s+than|over|nearly|almost|about|at\s+least|"
    r"a|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){0,2}(?:years?|decades?)\b"
)
_OTHER_VERB = re.compile(r"\b(?:[a-z]+\s+by|who|which|that|where|when)\b")
_PERFECT = re.compile(r"\b(?:has|have|had)\b")
_LONG = re.compile(r"\b(?:has|have|had)\s+long\b")
_STOPS = re.compile(r"[,;:()\"“”]")
# A participle phrase that goes on with the state: ", mining roads and destroying bridges".
_PARTICIPLE_REACH: Final = 80
_PARTICIPLE = re.compile(r"[^.;:!?]*$")
_FREQUENT = re.compile(
    r"\b(?:often|usually|typically|sometimes|occasionally|generally|commonly|habitually|"
    r"seldom|rarely)\b"
)
# What every word of _FREQUENT holds: without one of these it cannot match.
_FREQUENT_PARTS: Final = ("ly", "often", "sometimes", "seldom")
_INDEFINITE_AFTER = re.compile(
    r"\s+(?:before|previously|in\s+the\s+past|several\s+times|many\s+times|more\s+than\s+once|"
    r"time\s+and\s+again|again\s+and\s+again|on\s+several\s+occasions)\s*(?:[.,;:!?]|$)"
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:been|not|never|already|also)\s+)*$")
_BEFORE_AT_END = re.compile(
    r"(?<!\bday)(?<!\bnight)(?<!\bweek)(?<!\bmonth)(?<!\byear)(?<!\bevening)(?<!\bmorning)"
    r"\s+before\s*(?:[.;!?]|$)"
)
_UNDER = re.compile(r"\bunder\s+(?:(?:heavy|constant|intense|daily|sporadic|the)\s+)?$")
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+")
_VIOLENCE: Final = frozenset({"shelling", "airstrike", "attack", "armed_clash"})
_GENERIC_SUBJECT = re.compile(
    r"\b(?:those|anyone|anybody|everyone|whoever|people|men|fighters|militants)\s+who\s+$"
    r"|\bwhoever\s+$"
)
_CAUSATIVE_LEAVE = re.compile(
    r"(?:\s+[\w'’-]+){1,5}?\s+(?:defen[cs]eless|vulnerable|exposed|homeless|isolated|stranded|"
    r"helpless|destitute|unprotected)\b"
)
_POWER = re.compile(r"\s+(?:(?:political|state|full)\s+)?power\b")
_CAPTURE_LEMMAS: Final = frozenset({"seize", "capture", "take control", "grab"})
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|these|those|this|that|of|in|on|by|for|and|or)\s+$"
)


@functools.lru_cache(maxsize=1)
def _noun_lemmas() -> frozenset[str]:
    """Lemmas the trigger lexicon also has as nouns: "attacks" may be a plural noun."""
    return frozenset(e.lemma for e in default_lexicon().triggers if e.pos == "noun")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, if any."""
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


def _last_perfect(lower: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_last(_PERFECT.finditer(lower, lo, hi))``, read from ``hi`` back: every match
    is a whole word starting "ha", so the last is the one at the last "ha" it matches."""
    at = lower.rfind("ha", lo, hi)
    while at >= 0:
        found = _PERFECT.match(lower, at, hi)
        if found is not None:
            return found
        at = lower.rfind("ha", lo, at)
    return None


def _ongoing(lower: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """A perfect with a long span ("has been blamed ... since 2017", "have long
    accused"): the trigger lies between the auxiliary and the span with no comma, or in
    an -ing phrase right after the span ("... since 2022, mining roads")."""
    lo, hi = clause
    perfect = _last_perfect(lower, lo, trigger.start)
    if perfect is None:
        return False
    aux = perfect.start()
    if not _STOPS.search(lower, aux, trigger.start):
        if _LONG.match(lower, aux):
            return True
        span = _LONG_SPAN.search(lower, trigger.end, hi)
        # "captured the town held by the army since 2012": the span is another verb's.
        return (
            span is not None
            and not _STOPS.search(lower, trigger.end, span.start())
            and _OTHER_VERB.search(lower, trigger.end, span.start()) is None
        )
    if not trigger.text.lower().endswith("ing"):
        return False
    span = _last(_LONG_SPAN.finditer(lower, aux, trigger.start))
    return (
        span is not None
        and trigger.start - span.end() <= _PARTICIPLE_REACH
        and not _STOPS.search(lower, aux, span.start())
        and _PARTICIPLE.match(lower, span.end(), trigger.start) is not None
    )


def _frequent(lower: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """A frequency adverb before the trigger in its clause, with no comma between."""
    lo, _ = clause
    if not any(lower.find(part, lo, trigger.start) >= 0 for part in _FREQUENT_PARTS):
        return False
    found = _last(_FREQUENT.finditer(lower, lo, trigger.start))
    return found is not None and not _STOPS.search(lower, found.end(), trigger.start)


def _before_at_end(lower: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """ "had shelled the bridge before.": "before" closing the clause of a past perfect,
    with no time noun before it ("the night before" dates a happening)."""
    if _PAST_PERFECT.search(lower, max(clause[0], trigger.start - 24), trigger.start) is None:
        return False
    found = _BEFORE_AT_END.search(lower, trigger.end, clause[1])
    return found is not None and not _STOPS.search(lower, trigger.end, found.start())


@functools.lru_cache(maxsize=256)
def _present_forms(lemma: str) -> frozenset[str]:
    """The present forms of a verb: "blame", "blames"; "deny", "denies"."""
    third = lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "s"
    return frozenset({lemma, third, lemma + "es"})


def _present(lower: str, trigger: Trigger) -> bool:
    """The simple present of a verb that is no noun too ("blames", "leaves"): a state."""
    if trigger.pos != "verb" or "denial" in trigger.flags or " " in trigger.lemma:
        return False
    word = lower[trigger.start : trigger.end]
    lemma = trigger.lemma
    if word == lemma or word not in _present_forms(lemma) or lemma in _noun_lemmas():
        return False
    return _DETERMINER_BEFORE.search(lower, max(0, trigger.start - 12), trigger.start) is None


def background(text: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Whether ``trigger``, in its ``clause``, tells a state, a habit or a generic truth
    (see the module docstring)."""
    lower = folded(text)
    start, end = trigger.start, trigger.end
    if _ongoing(lower, trigger, clause) or _frequent(lower, trigger, clause):
        return True
    if _INDEFINITE_AFTER.match(lower, end) or _before_at_end(lower, trigger, clause):
        return True
    window = max(0, start - 40)
    if (
        trigger.event_type in _VIOLENCE
        and trigger.pos != "verb"
        and _UNDER.search(lower, window, start)
        and not _CAME_UNDER.search(lower, window, start)
    ):
        return True
    if _present(lower, trigger):
        return True
    present = lower[start:end] in _present_forms(trigger.lemma)
    if trigger.pos == "verb" and present and _GENERIC_SUBJECT.search(lower, window, start):
        return True  # "those who surrender" (but "those who surrendered on Monday")
    if trigger.lemma == "leave" and _CAUSATIVE_LEAVE.match(lower, end):
        return True
    return trigger.lemma in _CAPTURE_LEMMAS and _POWER.match(lower, end) is not None
