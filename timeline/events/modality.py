"""An event's modality: asserted, reported, alleged, denied or speculative.

Cues come from ``timeline.recognisers.modality``; here they are scoped:
- a denial verb covers what follows it in the sentence ("denied any safe passage deal");
- a condition ("if", "whether") covers the rest of its clause and outranks a negation in
  it ("if they will not be allowed to leave" is speculative, not denied);
- a negation covers the few words before the trigger in its clause ("did not withdraw",
  "made no such agreements");
- a speculative cue covers the rest of its clause ("would envisage providing safe passage",
  "my guess is they want to break out"), and a modal right after a noun trigger covers it
  ("the liberation of Aleppo would be ..."); a question covers the whole sentence;
- "alleged" and "reported" cues cover what follows them up to a contrast, or the whole
  sentence as a short closing clause ("..., media reports said Tuesday"); "suspected"
  and "alleged" as adjectives only the trigger right after them.
The strongest applies: denied > speculative > alleged > reported > asserted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events.candidates import Candidate
from timeline.events.clauses import aside_apart, contrasted, words_between
from timeline.recognisers._case import folded
from timeline.records import Cue

__all__ = ["event_modality", "refused"]

_NEGATION_WINDOW = 6  # words between a negation and the trigger it negates
_MODAL_WINDOW = 4  # words between a noun trigger and a modal verb after it
_CONDITIONS = frozenset({"if", "whether", "unless"})
_MODALS = frozenset({"would", "could", "may", "might", "will", "should", "must", "shall"})
# "15 suspected ISIS members were arrested": the adjective doubts the people, not the arrest;
# it makes the event alleged only right before its trigger ("a suspected air strike").
_ADJECTIVAL = frozenset({"alleged", "suspected", "purported", "so-called"})
_ADJECTIVE_WINDOW = 2
# Patterns without re.IGNORECASE are written in lower case and matched against the
# folded text (case-blind, faster than re.IGNORECASE).
_CHARGE = re.compile(r"accusing\b")
_ADVERB_WINDOW = 1
_COORDINATORS = frozenset({"and", "but", "while", "or", "yet"})
_ATTRIBUTION_SUBJECT = 8  # words from the comma to the verb: ", satellite images ... suggest"
# "talks on a corridor that would ...": the modal belongs to the relative clause.
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
# "X allowed them to leave": the infinitive after these verbs happened, it is not a plan.
_IMPLICATIVE = frozenset(
    {
        "allowed",
        "allow",
        "allows",
        "let",
        "lets",
        "forced",
        "force",
        "forces",
        "managed",
        "permitted",
        "helped",
        "enabled",
        "began",
        "started",
        "continued",
        "agreed",
        "decided",
        "chose",
    }
)


def _negated(text: str, cue: Cue, candidate: Candidate) -> bool:
    lo, _ = candidate.clause
    trigger = candidate.head
    if not (lo <= cue.start < trigger.start):
        return False
    between = words_between(text, cue.end, trigger.start)
    # "it is the SDF, not ISIS, who flooded Raqqa": the negation contrasts the actor.
    if len(between) > _NEGATION_WINDOW or _RELATIVES.intersection(between):
        return False
    # "will not negotiate", "would never sign": a refusal or a forecast, not a denial.
    before = words_between(text, max(lo, cue.start - 20), cue.start)[-1:]
    return not _MODALS.intersection(before + between)


def _speculative(text: str, cue: Cue, candidate: Candidate) -> bool:
    lo, hi = candidate.clause
    head = candidate.head
    if lo <= cue.start < head.start and cue.end <= hi:
        return True
    if head.pos == "verb" or not (head.end <= cue.start < hi):
        return False
    if text[cue.start : cue.end].lower() not in _MODALS:  # "talks meant to ..." is a purpose
        return False
    between = words_between(text, head.end, cue.start)
    return len(between) <= _MODAL_WINDOW and not _RELATIVES.intersection(between)


def _conditional(text: str, cue: Cue, candidate: Candidate) -> bool:
    lo, _ = candidate.clause
    return (
        cue.modality == "speculative"
        and lo <= cue.start < candidate.head.start
        and (text[cue.start : cue.end].lower() in _CONDITIONS)
    )


def _question(text: str, sentence: tuple[int, int]) -> bool:
    return text[sentence[0] : sentence[1]].rstrip().endswith("?")


def _word_char(char: str) -> bool:
    """Whether ``char`` is one of the characters of a word of ``words_between``."""
    return char.isalnum() or char in "_'’.-"


def _last_word_to(text: str, lo: int, end: int) -> bool:
    """Whether the last word of ``words_between(text, lo, end)`` is "to", read from
    ``end`` back without splitting the rest."""
    while end > lo and not _word_char(text[end - 1]):
        end -= 1
    start = end - 2
    if start < lo or text[start:end].lower() != "to":
        return False
    return start == lo or not _word_char(text[start - 1])


def _infinitive_plan(text: str, candidate: Candidate) -> bool:
    """ "... to surrender": a plan or a call, unless an implicative verb governs it."""
    lo, _ = candidate.clause
    if not _last_word_to(text, lo, candidate.head.start):
        return False
    before = words_between(text, lo, candidate.head.start)
    if not before or before[-1] != "to":
        return False
    return not any(w in _IMPLICATIVE for w in before[-8:-1])


def _denies(text: str, cue: Cue, candidate: Candidate) -> bool:
    """A denial covers what follows it, up to a contrast ("denied X, but residents said Y")."""
    head = candidate.head
    return (
        cue.modality == "deny"
        and cue.start < head.start
        and not contrasted(text, cue.end, head.start)
    )


def _attributes(text: str, cue: Cue, candidate: Candidate, sentence: tuple[int, int]) -> bool:
    """Whether a reported or alleged cue attributes this event.

    An attribution before the event ("According to X", "media reports said that") covers
    it up to a contrast; one after it only as a closing clause ("..., officials said.",
    "..., local media reported, without ..."), since "a statement claiming that ..." and
    "men accused of ..." attribute what follows, not the event; an adjective
    ("suspected") only the trigger right after it.
    """
    head = candidate.head
    if text[cue.start : cue.end].lower() in _ADJECTIVAL:
        if head.pos == "verb":  # "suspected jihadists ambushed": the people are suspected
            return False
        near = len(words_between(text, cue.end, head.start)) <= _ADJECTIVE_WINDOW
        return cue.end <= head.start and near
    if contrasted(text, cue.start, head.start):
        return False
    if cue.start < head.start:
        # A statement is itself the saying: only an adverb right before it attributes it
        # ("reportedly denied"), not a claim it answers ("a claim officials denied").
        near = len(words_between(text, cue.end, head.start)) <= _ADVERB_WINDOW
        return candidate.event_type != "statement" or near
    if candidate.event_type == "arrest" and _CHARGE.match(folded(text), cue.start):
        return False  # "detained 30 men, accusing them of spying": the charge of the arrest
    return _trailing(text, head.end, cue.start)


def _trailing(text: str, after: int, cue: int) -> bool:
    """A closing attribution set off by a comma: "..., officials said.", "..., local media
    reported, without saying who". Not a coordinated clause ("..., and sources said") nor a
    relative one ("..., where a spokesman said soldiers were regrouping")."""
    comma = text.rfind(",", after, cue)
    if comma < 0:
        return False
    subject = words_between(text, comma, cue)
    opener = subject[0] if subject else ""
    return len(subject) <= _ATTRIBUTION_SUBJECT and opener not in _COORDINATORS | _RELATIVES


def refused(text: str, candidate: Candidate, cues: Sequence[Cue]) -> bool:
    """ "Will not negotiate", "would never sign", "urged them not to leave": a stance taken
    or asked for, not a happening told."""
    lo, _ = candidate.clause
    for cue in cues:
        if cue.modality != "negation" or not (lo <= cue.start < candidate.head.start):
            continue
        between = words_between(text, cue.end, candidate.head.start)
        if between == ["to"]:
            return True  # "urged residents not to leave": a call or a resolve, no happening
        before = words_between(text, max(lo, cue.start - 20), cue.start)[-1:]
        if len(between) <= _NEGATION_WINDOW and _MODALS.intersection(before + between):
            return True
    return False


def event_modality(
    text: str, sentence: tuple[int, int], candidate: Candidate, cues: Sequence[Cue]
) -> str:
    """The modality of ``candidate`` given the cues of its sentence."""
    if not cues:  # the rules below, with no cue to read
        if candidate.frame == "denied":
            return "denied"
        if _question(text, sentence) or _infinitive_plan(text, candidate):
            return "speculative"
        return "alleged" if candidate.frame == "alleged" else "asserted"
    own = {(t.start, t.end) for t in candidate.triggers}
    head = candidate.head.start
    cues = [
        c
        for c in cues
        if not any(c.start < e and s < c.end for s, e in own)
        and not aside_apart(text, c.start, head)  # "the army, which did not ..., shelled"
    ]
    if candidate.frame == "denied":
        return "denied"
    if any(_denies(text, c, candidate) for c in cues):
        return "denied"
    if any(_conditional(text, c, candidate) for c in cues):
        return "speculative"
    if any(c.modality == "negation" and _negated(text, c, candidate) for c in cues):
        return "denied"
    if _question(text, sentence) or _infinitive_plan(text, candidate):
        return "speculative"
    if any(c.modality == "speculative" and _speculative(text, c, candidate) for c in cues):
        return "speculative"
    attributed = {c.modality for c in cues if _attributes(text, c, candidate, sentence)}
    if candidate.frame == "alleged" or "alleged" in attributed:
        return "alleged"
    if "reported" in attributed:
        return "reported"
    return "asserted"
