"""What a loose verb needs around it to be a trigger: the trigger lexicon's ``force``,
``territory`` and ``truce`` options.

- ``force``: a force is moved. "sent 300 troops to", "sent a carrier to", "a battalion
  had been sent to", "Kenyan officers arrived in", "ordered two more wings into" (a
  phrase: the force among the words it spans) are deployments; "sent a letter",
  "the army sent a message", "aid workers arrived in" are not, nor "a helicopter sent to
  evacuate wounded soldiers" (the soldiers are what the purpose verb takes).
- ``territory``: a place is taken. "took Kotlyne", "took the town", "the village, which
  the rebels took in May" are captures; "took part", "took place", "took two hostages"
  are not.
- ``truce``: a ceasefire is what the verb is about. "the truce was extended", "It was
  extended by ten days" after a sentence about a truce; not "the curfew was extended".
- ``property``: a building, a dwelling or a vehicle is what is burned. "set fire to a
  school", "torched houses", "the church was burned down" are attacks; "burned their
  weapons", "burned the flag" are not.
- ``own``: a happening of its own, not a part of one told: "the attackers set fire to
  the shelters" tells part of the attack that made them attackers.
- ``target``: a verb with a target. "shot at a police patrol", "the airstrip was shot
  at" are attacks; "a shot at the title" is a noun, "they shot at everything that moved"
  tells conduct.
- ``parties``: addressed to a party, not to civilians. "urged both sides to show
  restraint" is an appeal; "urged residents not to abandon their homes" and "urged for
  negotiations with Moscow" (no one addressed) are not.
- ``gunfire``: shots, not words. "a convoy came under fire" is an attack; "the minister
  came under fire for his remarks", "over the deal", "from critics" is criticism.
- ``victims``: people counted are what the verb takes. "killed six gold miners",
  "killing 14 inmates" are attacks; "killed the deal", "killed time" are not.
- ``goods``: no goods are what is taken. "seized the town", "captured Goma", "seized
  weapons and the base" are captures; "seized more than a tonne of methamphetamine",
  "seized two rifles and a pickup truck", "cash was seized" are not.
- ``state_air``: a state's forces are the doer, the last actor named before the word in
  its clause: "Turkey bombed a clinic", "accused the army of bombing a market" are air
  strikes; "militants bombed a church" is an attack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.recognisers._case import fold
from timeline.records import ActorMention, Trigger

__all__ = ["by_state", "civilians_after", "fits_object", "moves_forward", "names_victim"]

_FORCE = re.compile(
    r"\b(?:troops|soldiers|fighters|forces|battalions?|brigades?|regiments?|divisions|units|"
    r"reinforcements|officers|police(?:men)?|gendarmes|peacekeepers|marines|paratroopers|"
    r"commandos|militiamen|mercenaries|contingents?|warships?|(?:aircraft\s+)?carriers?|"
    r"destroyers?|frigates?|jets|warplanes|tanks|wings)\b(?!['’]s)"
)
# What a clause's subject runs back to: a stop, or a word that opens a clause.
_SUBJECT_START = re.compile(r"(?:[,;:()\"“”]|\b(?:that|and|but|when|after|before|which|who)\b)")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
# The object of an active verb: its words up to a preposition or a stop.
_OBJECT = re.compile(
    r"[^,;:.()]*?(?=\s+(?:to|into|in|from|for|on|at|toward|towards|with)\b|[,;:.()]|$)"
)
_TERRITORY = (
    r"towns?|city|cities|villages?|bases?|areas?|districts?|province|region|hills?|heights|"
    r"airport|airfield|bridge|territory|positions|neighbou?rhoods?|outposts?|port|"
    r"strongholds?|capital|valley|dam|settlements?|garrison|crossing|suburbs?|"
    r"camp|headquarters|offices?|buildings?|compound|palace|barracks|ministry|stations?|"
    r"prison|jail|parliament"
)
_TERRITORY_OBJECT = re.compile(
    r"\s+(?:back\s+|over\s+)?(?:the|a|an|their|its|two|three|several)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_TERRITORY})\b"
)
# A name right after the verb: "took Kotlyne", not "took Russia by surprise", "took Ahmed
# to hospital", "took Ukraine's army ..."
_NAME_OBJECT = re.compile(
    r"\s+(?:back\s+|over\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?!['’]s)"
    r"(?!\s+(?:by|to|into|away|hostage|prisoner|captive|off|home|aside|seriously)\b)"
)
_NOT_PLACES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december i".split()
)
_RELATIVE = re.compile(
    rf"(?:\b(?:{_TERRITORY})|\b[A-Z][\w'’-]+),?\s+(?:which|that)\s+(?:[\w'’-]+\s+){{0,4}}$"
)
_TRUCE = re.compile(r"\b(?:truce|ceasefire|cease-fire|armistice)s?\b")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|this|the\s+deal|the\s+agreement)\b", re.IGNORECASE)


# People counted right after a verb: "six gold miners", "at least 14 inmates", "dozens of
# villagers" (searched for in the folded text after the trigger).
_COUNTED_PEOPLE = re.compile(
    r"\s+(?:(?:more\s+than|at\s+least|about|around|some|nearly|almost|up\s+to|over)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:a\s+)?(?:dozens?|scores?|hundreds?|thousands?)(?:\s+of)?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:\w+s|\w*men|people|children|police|personnel|staff)\b"
)


_PROPERTY = re.compile(
    r"\b(?:schools?|clinics?|hospitals?|houses?|homes|huts?|shelters|churche?s?|mosques?|"
    r"temples?|shops?|markets?|stores?|buildings?|offices?|stations?|villages?|farms?|"
    r"warehouses?|barracks|cars?|trucks?|lorries|buses|vehicles?|tents?|granar(?:y|ies))\b"
)
# "a burned car", "the torched houses", "a good shot at": a word that makes the trigger
# an adjective or a noun, not a verb that tells an act.
_NOT_A_VERB = re.compile(
    r"\b(?:a|an|one|another|the|his|her|their|its|first|last|best|good|parting|no|cheap|"
    r"partly|partially|badly)\s+$"
)
_ANY_TARGET = re.compile(
    r"\s+(?:everything|anything|anyone|everyone|anybody|everybody|whatever|whoever)\b"
)
_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|assailants|raiders)\b")


# Civilians right after a verb: "evacuated more than 600 people", "evacuating civilians",
# "urged residents to" (searched for in the folded text after the trigger).
_CIVILIAN_OBJECT = re.compile(
    r"(?:\s+(?:more\s+than|at\s+least|about|around|some|over|nearly|almost|up\s+to|"
    r"(?:hundreds|thousands|dozens|scores)\s+of|[\d,.]+|the|their|its|another)){0,4}\s+"
    r"(?:civilians?|residents|people|families|children|women|refugees|displaced|patients|"
    r"wounded|villagers|inhabitants)\b"
)
_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
# A move forward: toward a place, with no "from", "out" or "back" first ("moved armoured
# units towards the border", "troops moved into the buffer zone"; not "moved out of",
# "move from Raqqa toward Palmyra"); or a force moved to a place ("moved two battalions to").
_FORWARD = re.compile(
    r"(?:\s+(?!(?:from|out|away|back|off|of)\b)[\w'’-]+){0,6}?\s+(?:towards?|into|closer\s+to|up\s+to)\b"
)
_FORCE_MOVED = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?{_FORCE.pattern}\s+(?:to|towards?|into)\b")


# "the assassination of President X", "the killing of General Y": a definite noun whose
# victim is named by a title names its own happening, not one told before.
_VICTIM = re.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:former\s+)?(?:president|prime\s+minister|king|queen|prince|"
    r"general|gen\.|colonel|col\.|sheikh|imam|bishop|governor|mayor|senator|minister|"
    r"commander|leader|chief|judge|journalist)\b)",
    re.IGNORECASE,
)


def civilians_after(text: str, trigger: Trigger) -> bool:
    """Whether civilians are what the verb takes, right after it ("evacuated 600 people")."""
    return _CIVILIAN_OBJECT.match(fold(text[trigger.end : trigger.end + 80])) is not None


def _addresses_party(text: str, trigger: Trigger) -> bool:
    """Whether an appeal is addressed to someone and not to civilians: "urged both sides
    to"; not "urged residents to", nor "urged for negotiations with Moscow" (no one
    addressed: the talks it wants are the happening)."""
    return not civilians_after(text, trigger) and _FOR.match(text, trigger.end) is None


def moves_forward(text: str, trigger: Trigger) -> bool:
    """Whether a movement verb moves forces forward, into or toward a place: a
    deployment, not a withdrawal (see ``_FORWARD``)."""
    after = fold(text[trigger.end : trigger.end + 100])
    return _FORWARD.match(after) is not None or _FORCE_MOVED.match(after) is not None


def names_victim(text: str, trigger: Trigger) -> bool:
    """Whether an event noun is followed by its victim's title ("the assassination of
    President X"): a happening of its own, whatever the story told before it."""
    return _VICTIM.match(text, trigger.end) is not None


# Goods taken: arms, drugs, money, papers, vehicles and loads (searched for in the folded
# object or passive subject of "seized", "captured").
_GOODS = re.compile(
    r"\b(?:weapons?|arms|ammunition|munitions|rifles?|guns?|pistols?|grenades?|explosives?|"
    r"drugs?|narcotics|cocaine|heroin|methamphetamine|meth|cannabis|marijuana|hashish|opium|"
    r"fentanyl|captagon|pills|cash|money|dollars|currency|funds|assets|documents|passports|"
    r"phones|laptops|computers|equipment|goods|contraband|cargo|shipments?|consignments?|"
    r"fuel|cigarettes|vehicles?|cars?|trucks?|pickups?|motorcycles|motorbikes)\b"
)
_TERRITORY_WORD = re.compile(rf"\b(?:{_TERRITORY})\b")
_STATE_KINDS = frozenset({"state", "government", "coalition"})


def by_state(trigger: Trigger, clause_start: int, actors: Sequence[ActorMention]) -> bool:
    """Whether the last actor named before a ``state_air`` word in its clause is a state's
    forces ("Turkey bombed a clinic"), not an armed group ("militants bombed a church")."""
    before = [a for a in actors if clause_start <= a.start and a.end <= trigger.start]
    return bool(before) and before[-1].kind in _STATE_KINDS


def _subject(text: str, lo: int, at: int) -> str:
    """The words before ``at`` back to the start of their clause (at most 120 chars)."""
    lo = max(lo, at - 120)
    start = lo
    for stop in _SUBJECT_START.finditer(text, lo, at):
        start = stop.end()
    return text[start:at]


def _acted_on(text: str, trigger: Trigger, lo: int, words: re.Pattern[str], active: bool) -> bool:
    """Whether ``words`` name what the verb is about: the object of an ``active`` verb
    ("sent 300 troops", "torched houses"), else its subject ("a battalion was sent",
    "officers arrived in", "the church was burned down")."""
    before = _subject(text, lo, trigger.start)
    passive = _PASSIVE.search(before)
    if passive is not None or not active:
        subject = before if passive is None else before[: passive.start()]
        return words.search(fold(subject)) is not None
    found = _OBJECT.match(text, trigger.end, min(len(text), trigger.end + 80))
    return found is not None and words.search(fold(found.group())) is not None


# Verbs of moving whose object is what is moved ("sent 300 troops", "airlifted a
# battalion"); the others tell it by their subject ("officers arrived in", "were flown into").
_MOVES_OBJECT = frozenset({"send", "airlift"})


# What criticism is taken for, or from: "came under fire for its remarks", "from critics".
_CRITICISM = re.compile(
    r"\s+(?:for|over|from\s+(?:critics|lawmakers|legislators|opposition|rights\s+groups|"
    r"activists|the\s+opposition|the\s+press|parliament|campaigners))\b"
)


def _moves_force(text: str, trigger: Trigger, lo: int) -> bool:
    if trigger.pos == "phrase" and "*" in trigger.lemma:
        # "ordered two more wings into": the force is among the words the phrase spans
        return _FORCE.search(fold(trigger.text)) is not None
    active = trigger.lemma in _MOVES_OBJECT and trigger.pos == "verb"
    return _acted_on(text, trigger, lo, _FORCE, active)


def _takes_territory(text: str, trigger: Trigger, lo: int, actors: Sequence[ActorMention]) -> bool:
    after = text[trigger.end : trigger.end + 80]
    if _TERRITORY_OBJECT.match(fold(after)):
        return True
    name = _NAME_OBJECT.match(after)
    if name is not None and name.group("name").lower() not in _NOT_PLACES:
        start = trigger.end + name.start("name")
        if not any(a.start <= start < a.end for a in actors):
            return True
    return _RELATIVE.search(text, max(lo, trigger.start - 100), trigger.start) is not None


def _takes_goods(text: str, trigger: Trigger, lo: int) -> bool:
    """Whether goods, and no territory, are what the verb takes (see ``_acted_on``)."""
    if not _acted_on(text, trigger, lo, _GOODS, active=True):
        return False
    return not _acted_on(text, trigger, lo, _TERRITORY_WORD, active=True)


def _a_verb(text: str, trigger: Trigger, lo: int) -> bool:
    return _NOT_A_VERB.search(fold(text[max(lo, trigger.start - 16) : trigger.start])) is None


def _burns_property(text: str, trigger: Trigger, lo: int) -> bool:
    return _a_verb(text, trigger, lo) and _acted_on(text, trigger, lo, _PROPERTY, active=True)


def _targets(text: str, trigger: Trigger, lo: int) -> bool:
    after = fold(text[trigger.end : trigger.end + 20])
    return _a_verb(text, trigger, lo) and _ANY_TARGET.match(after) is None


def _about_truce(text: str, trigger: Trigger, lo: int, context: str) -> bool:
    if _TRUCE.search(fold(_subject(text, lo, trigger.start))):
        return True
    return bool(_PRONOUN_SUBJECT.match(text, lo)) and _TRUCE.search(fold(context)) is not None


# "a helicopter sent to evacuate wounded soldiers": the soldiers are what the purpose verb
# takes, not what is sent (a name is a destination: "sent to Kidal 300 troops").
_PURPOSE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]")


def _sends_for_a_purpose(trigger: Trigger) -> bool:
    """Whether a deployment phrase's words between its verb and its force hold a purpose
    ("sent to evacuate wounded soldiers"): what is sent is not the force it names."""
    return (
        trigger.event_type == "deployment"
        and trigger.pos == "phrase"
        and _PURPOSE.search(trigger.text) is not None
    )


def fits_object(
    text: str,
    trigger: Trigger,
    sentence_start: int,
    actors: Sequence[ActorMention],
    context: str = "",
) -> bool:
    """Whether a trigger with a ``force``, ``territory``, ``truce``, ``victims``,
    ``property``, ``own``, ``target``, ``gunfire``, ``goods`` or ``parties`` option has
    what it needs around it (see the module's docstring); True for every other one."""
    flags = trigger.flags
    if "victims" in flags and not _COUNTED_PEOPLE.match(fold(text[trigger.end : trigger.end + 80])):
        return False
    if "property" in flags and not _burns_property(text, trigger, sentence_start):
        return False
    if "parties" in flags and not _addresses_party(text, trigger):
        return False
    if "target" in flags and not _targets(text, trigger, sentence_start):
        return False
    if "own" in flags and _ATTACKERS.search(fold(text[sentence_start : trigger.start])):
        return False
    if "gunfire" in flags and _CRITICISM.match(fold(text[trigger.end : trigger.end + 40])):
        return False
    if _sends_for_a_purpose(trigger):
        return False
    if "force" in flags and not _moves_force(text, trigger, sentence_start):
        return False
    if "territory" in flags and not _takes_territory(text, trigger, sentence_start, actors):
        return False
    if "goods" in flags and _takes_goods(text, trigger, sentence_start):
        return False
    return "truce" not in flags or _about_truce(text, trigger, sentence_start, context)
