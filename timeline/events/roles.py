"""Who acts on whom: actor roles around an event's trigger (where: ``locations``).

Without a parser, the rules read the words around the trigger in its clause:
- actors named side by side ("Syrian-Iranian-Russian alliance", "Russia and Iran") form
  one group; the first group before the trigger is the subject, its first member actor1.
- "X allowed Y to leave": X is actor1 and Y actor2. With no actor before the trigger, a
  verb's object is acted on ("police arrested ISIS members") and a noun's participants
  act ("talks between Turkey and Russia") unless one is its target ("strikes on ISIS").
  A passive ("were given safe passage by the SDF", "were destroyed by RuAF") makes the
  "by" phrase actor1 and the subject actor2. Otherwise actor2 is the object: the first
  actor after the trigger ("with Moscow", "on the ISIS column", "from ISIS"), or inside
  its phrase ("killed at least 40 villagers"). A verb of the lexicon written as a noun
  ("In a separate attack on Saturday, fighters stormed ...") is read as a noun.
- talks "hosted" by one actor "between" others are the others' ("China hosted talks
  between the army and the rebels"); the host stays among the actors. A mediator is
  the actor of its mediation ("Oman mediated between ...").
- "the two sides" (or "both sides") as the subject of a clash, talks or a deal are the
  two parties named before it in its sentence, else in the sentence before (``two_sides``).
- a pronoun subject ("as they withdrew", "Its planes bombed") is the one party named
  before it in its sentence, else in the sentence before; among two or more, nobody
  (``pronoun_subject``).
- the charge of an arrest ("..., accusing them of spying for ISIS", "on suspicion of
  helping the rebels") names nobody arrested, unless it is membership.
- the source of a report ("according to the SDF") and an actor ruled out ("the SDF
  flooded Raqqa, not ISIS") take no role.
- victims ("nine villagers were killed", "two residents died") never act in violence:
  not actor1 of an attack, a strike, shelling or a clash. An attack that names nobody it
  acted on takes the sentence's victims as actor2 ("... were killed when jets bombed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events.candidates import Candidate
from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import folded
from timeline.records import ActorMention, Trigger
from timeline.vocabulary import MUTUAL_TYPES

__all__ = ["ActorRoles", "actor_roles", "pronoun_subject", "two_sides"]

# The patterns but _SOURCE, _CROWD_SOURCE and _VERB_ENDING are written in lower case and
# matched against the folded text (case-blind, faster than re.IGNORECASE).
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+\s+){0,2}?$")
_BY = re.compile(r"\bby\s+(?:the\s+)?$")
_SOURCE = re.compile(
    r"\b(?i:according\s+to|quoted\s+by|quoting|citing|cited\s+by)\s+(?i:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# People described in lower case at the end of a source ("according to a hospital
# official and two residents"); a named actor there is a party ("according to Sputnik
# the RuAF strikes ...").
_CROWD_SOURCE = re.compile(
    r"\b(?i:according\s+to|quoted\s+by|quoting|citing|cited\s+by)\s+(?:[\w.'’-]+\s+){0,6}$"
)
_TARGET = re.compile(r"\b(?:on|against|targeting|at|upon|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_APPOSITIVE = re.compile(r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}$")
_BETWEEN = re.compile(r"\s+between\b")
# "China hosted talks between X and Y": the host of talks is no party to them.
_HOSTED = re.compile(r"\b(?:host(?:s|ed|ing)?|convene[sd]?|convening)\s+(?:[\w-]+\s+){0,2}$")
# "residents said", "residents and officials said", "a police spokesman said", "Mexico's
# defence ministry said": the speakers of a report.
_SPEAKER_NOUNS = (
    r"spokes(?:man|woman|person)|officials?|ministry|command|commanders?|chief|sources?|"
    r"office|agency|authorities|statement"
)
_REPORTER = re.compile(
    rf"(?:(?:['’]s)?(?:\s+[a-z-]+)?\s+(?:{_SPEAKER_NOUNS})|['’]s\s+[a-z-]+)?"
    rf"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:{REPORTING_VERBS})\b"
)
# "X said Y attacked ...": the speaker before the saying is no party to what Y did (a
# finite saying: "X denied it, saying ..." goes on with X's own account).
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|claimed|claims|announced|stated|"
    r"confirmed|added)\s+(?:that\s+)?"
)
# "Peshmerga forces backed by US air strikes retook ...": the ally is not acted on.
_ALLY = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|escorted|accompanied)\s+by\s+[^,;]{0,40}$"
)
_AFTER_COMMA = re.compile(r",\s*(?:[\w'’.-]+\s+){0,3}$")  # ", the United Nations said"
_CROWDS = frozenset({"generic", "civilian"})  # actors with no single voice ("residents")
_NEGATED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$")
_PURPOSE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)(?P<word>[a-z]+)\b")
_JOINER = re.compile(r"^(?:\s*(?:[-/,&]|and|or)\s*(?:(?:the|their|its)\s+)?|\s)$")
# An actor right before one of these is a victim: "civilians were killed", "who died".
_HARMED = re.compile(
    r"\s+(?:who\s+)?(?:(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|maimed|massacred|slaughtered|executed)|died|perished)\b"
)
# Civilians right after a verb of harm are its victims: "killing thousands of Yazidi men",
# "abducting 30 women", "bombed a clinic".
_HARMED_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|massacring|massacred|abducting|"
    r"abducted|kidnapping|kidnapped|detaining|detained|bombing|bombed|struck|striking|"
    r"shelled|shelling|attacked|attacking|targeted|targeting|torched|burned|stormed|hit|"
    r"hits|hitting|raided|raiding|looted|looting|fire\s+to)\s+"
    r"(?:[\w,-]+\s+){0,4}$"
)
# "accused Turkey of bombing", "blamed the movement for rocket fire": the accused acted.
_ACCUSING = re.compile(r"\b(?:accus|blam)(?:e|es|ed|ing)\s+(?:the\s+)?$")
_OF_THE_ACT = re.compile(r"\s+(?:of|for)\s+(?:(?:having|carrying\s+out|the)\s+)?")
# A determiner (and at most one adjective) before a word makes it a noun: "In a separate
# attack on Saturday, fighters stormed ..." (the fighters act in the attack).
_NOUN_BEFORE = re.compile(
    r"\b(?:an?|the|this|that|its|their|his|her|another)\s+(?:[a-z][\w-]*\s+)?$"
)
# "the two sides clashed", "both sides agreed": the subject of a mutual happening that
# names the two parties named before it.
_TWO_SIDES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:sides|parties|warring\s+parties|camps|forces)\s+"
    r"(?:(?:have|has|had|were|are|again|also|then|later|reportedly|briefly)\s+){0,2}$"
)
# A pronoun as the subject right before the trigger: "as they withdrew", "Its planes
# bombed", "it later struck" (not "they were attacked": a passive subject is acted on).
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:they|it|(?:its|their)\s+[a-z][\w-]*)\s+"
    r"(?:(?:had|have|has|later|then|also|again|reportedly|allegedly|finally)\s+){0,2}$"
)
# The charge of an arrest: who it names was not arrested ("detained 30 men, accusing them
# of spying for ISIS", "on suspicion of helping the militants"), unless it is membership
# ("on suspicion of belonging to ISIS").
_CHARGE = re.compile(
    r",\s*accusing\b|\b(?:on\s+suspicion|suspected|accused)\s+of\s+"
    r"(?!belonging|membership|being\s+(?:a\s+)?members?|links|ties)"
)
_VERB_ENDING = re.compile(r"(?:ed|ing)$", re.IGNORECASE)
_VIOLENCE = frozenset({"airstrike", "shelling", "attack", "armed_clash"})
_ONE_SIDED = frozenset({"airstrike", "shelling", "attack"})  # actor2 is who it hit


@dataclass(frozen=True, slots=True)
class ActorRoles:
    actor1: str | None
    actor2: str | None
    actors: tuple[str, ...]


def _groups(text: str, mentions: Sequence[ActorMention]) -> list[list[ActorMention]]:
    """Actors named side by side, as coordinated groups ("Russia and Iran", "SAA/Iran")."""
    groups: list[list[ActorMention]] = []
    for mention in mentions:
        if groups and _JOINER.match(folded(text)[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _past_the_speaker(
    lower: str, groups: list[list[ActorMention]], head_start: int
) -> list[list[ActorMention]]:
    """The groups before the trigger after the last saying that has a group on each side
    ("Ukraine's army said 12 Russian soldiers surrendered": the soldiers), else all."""
    if len(groups) < 2:
        return groups
    for saying in reversed(list(_SAYING.finditer(lower, groups[0][-1].end, head_start))):
        later = [g for g in groups if g[0].start >= saying.end()]
        if later and len(later) < len(groups):
            return later
    return groups


def _by_agent(text: str, after: Sequence[ActorMention], trigger_end: int) -> ActorMention | None:
    for actor in after:
        if _BY.search(folded(text), max(trigger_end, actor.start - 8), actor.start):
            return actor
    return None


def _first_other(groups: Sequence[Sequence[ActorMention]], not_name: str | None) -> str | None:
    return next((m.name for g in groups for m in g if m.name != not_name), None)


def _as_verb(text: str, head: Trigger) -> bool:
    """Whether the trigger is read as a verb: a verb of the lexicon not written as a noun
    after a determiner ("a separate attack", "the raid", "their ambush"); a past or
    progressive form is always a verb ("the army attacked")."""
    if head.pos != "verb":
        return False
    if _VERB_ENDING.search(head.text.split()[0]):
        return True
    return _NOUN_BEFORE.search(folded(text), max(0, head.start - 30), head.start) is None


def _without_subject(
    text: str,
    head: Trigger,
    after: Sequence[ActorMention],
    names: tuple[str, ...],
    victims: Sequence[ActorMention] | None = None,
) -> ActorRoles:
    """Roles when no actor comes before the trigger.

    After a verb, an actor is acted on ("police arrested 15 ISIS members"). After a noun,
    actors are its participants ("talks between Turkey and Russia") unless a preposition
    makes one its target ("an air strike on the ISIS column"). ``victims`` (None when the
    trigger is no violence) are targets too ("shells hit a market").
    """
    violent = victims is not None
    # not "clashes between"
    if _as_verb(text, head) and not _BETWEEN.match(folded(text), head.end):
        return ActorRoles(None, after[0].name if after else None, names)
    # a target: after "on", "against" ..., or the victims inside a violent trigger's
    # phrase ("killed * people"; not "sent * soldiers")
    targets = [
        a
        for a in after
        if (violent and a.start < head.end)
        or a in (victims or ())
        or _TARGET.search(folded(text), head.end, a.start)
    ]
    participants = [a for a in after if a not in targets]
    actor1 = participants[0].name if participants else None
    actor2 = next((a.name for a in [*targets, *participants[1:]] if a.name != actor1), None)
    return ActorRoles(actor1, actor2, names)


def _sourced(lower: str, start: int, end: int) -> bool:
    """Whether a source's opener ("according to", "quoted by", "quoting", "citing",
    "cited by") may stand in the folded ``lower[start:end]``: without one of these
    fragments neither _SOURCE nor _CROWD_SOURCE can match there."""
    return any(lower.find(part, start, end) >= 0 for part in ("accord", "quot", "cit"))


def _negation_words(lower: str, start: int, end: int) -> bool:
    """Whether a word _NEGATED needs ("not", "rather", "instead") stands in the folded
    ``lower[start:end]``: without one it cannot match there."""
    return any(lower.find(word, start, end) >= 0 for word in ("not", "rather", "instead"))


def _counts(text: str, actor: ActorMention, lo: int, head_end: int, speaking: bool) -> bool:
    """An actor the clause names as a party: not the source of a report ("according to
    the SDF", "residents said", "..., the United Nations said"; but "Moscow said its jets
    struck" names the actor) unless the event is the statement itself, and not one it
    rules out ("the SDF flooded Raqqa, not ISIS")."""
    lower = folded(text)
    if _negation_words(lower, lo, actor.start) and _NEGATED.search(lower, lo, actor.start):
        return False
    if _sourced(lower, lo, actor.start):
        if _SOURCE.search(text, lo, actor.start):
            return False
        if actor.kind in _CROWDS and _CROWD_SOURCE.search(text, lo, actor.start):
            return False
    if speaking or not _REPORTER.match(lower, actor.end):
        return True
    closing = actor.start >= head_end and _AFTER_COMMA.search(text, head_end, actor.start)
    return actor.kind not in _CROWDS and not closing


def actor_roles(text: str, candidate: Candidate, actors: Sequence[ActorMention]) -> ActorRoles:
    """actor1 (who acts), actor2 (acted on) and every actor named in the clause.

    ``actors`` are those of the sentence: its victims are read outside the clause too."""
    if candidate.event_type == "evacuation":
        return _evacuated(candidate, actors, _roles(text, candidate, actors, ()))
    lower = folded(text)
    victims = [
        a
        for a in actors
        if _HARMED.match(lower, a.end)
        or (a.kind == "civilian" and _HARMED_BEFORE.search(lower, max(0, a.start - 60), a.start))
    ]
    if candidate.event_type not in _VIOLENCE or not victims:
        return _roles(text, candidate, actors, ())
    roles = _roles(text, candidate, actors, victims)
    victim = next((v.name for v in victims if v.name != roles.actor1), None)
    if roles.actor2 is not None or victim is None or candidate.event_type not in _ONE_SIDED:
        return roles
    return ActorRoles(roles.actor1, victim, tuple(dict.fromkeys((*roles.actors, victim))))


def _accused(text: str, last: ActorMention, head: Trigger) -> str | None:
    """The actor accused of the act the trigger names ("accused Turkey of bombing",
    "blamed the movement for rocket fire"), if the actor named last before it is one."""
    lower = folded(text)
    if not _OF_THE_ACT.fullmatch(lower, last.end, head.start):
        return None
    return last.name if _ACCUSING.search(lower, max(0, last.start - 30), last.start) else None


def _evacuated(
    candidate: Candidate, actors: Sequence[ActorMention], roles: ActorRoles
) -> ActorRoles:
    """Civilians who flee or are evacuated are acted on: actor2, never actor1 ("hundreds
    of families fled", "villagers were evacuated by the army")."""
    lo, hi = candidate.clause
    civilians = [a.name for a in actors if lo <= a.start < hi and a.kind == "civilian"]
    if not civilians:
        return roles
    actor1 = None if roles.actor1 in civilians else roles.actor1
    actor2 = roles.actor2 if roles.actor2 is not None else civilians[0]
    if roles.actor1 in civilians and roles.actor2 is None:
        actor2 = roles.actor1
    return ActorRoles(actor1, actor2, roles.actors)


def _hosted_talks(
    text: str, candidate: Candidate, named: Sequence[ActorMention]
) -> ActorRoles | None:
    """Talks "hosted" by one actor "between" others: the parties are those between whom
    they were held ("China hosted talks between the army and the rebels"), not the host."""
    if candidate.event_type != "negotiation":
        return None
    names = tuple(dict.fromkeys(a.name for a in named))
    for trigger in candidate.triggers:
        if trigger.pos == "verb" or not _BETWEEN.match(folded(text), trigger.end):
            continue
        if not _HOSTED.search(folded(text), max(0, trigger.start - 40), trigger.start):
            continue
        parties = [a for a in named if a.start > trigger.end]
        actor1 = parties[0].name if parties else None
        actor2 = next((a.name for a in parties if a.name != actor1), None)
        return ActorRoles(actor1, actor2, names)
    return None


def _purpose_start(text: str, start: int, end: int, named: Sequence[ActorMention]) -> int:
    """Where a purpose clause ("to fight the army") starts after the trigger, else ``end``;
    "to" before an actor ("surrendered to troops") is a preposition.

    Every match starts with "to": the search starts at the first one."""
    first = text.find("to", start, end)
    if first < 0:
        return end
    starts = {a.start for a in named}
    for purpose in _PURPOSE.finditer(text, first, end):
        if any(a.start < purpose.start() < a.end for a in named):
            continue  # inside an actor's name ("fighters linked to al-Qaeda")
        if purpose.start("word") not in starts:
            return purpose.start()
    return end


def _roles(
    text: str,
    candidate: Candidate,
    actors: Sequence[ActorMention],
    victims: Sequence[ActorMention],
) -> ActorRoles:
    """``actor_roles``, with ``victims`` kept out of the subject before the trigger."""
    lo, hi = candidate.clause
    head = candidate.head
    speaking = candidate.event_type == "statement"
    named = [a for a in actors if lo <= a.start < hi and _counts(text, a, lo, head.end, speaking)]
    names = tuple(dict.fromkeys(a.name for a in named))
    lower = folded(text)
    allies = [a for a in named if _ALLY.search(lower, max(lo, a.start - 50), a.start)]
    before = _groups(
        text, [a for a in named if a.end <= head.start and a not in victims and a not in allies]
    )
    if not speaking:  # "Ukraine said 12 Russian soldiers surrendered": not Ukraine's act
        before = _past_the_speaker(lower, before, head.start)
    limit = _purpose_start(text, head.end, hi, named)  # "... to fight the Syrian army"
    if candidate.event_type == "arrest":  # "..., accusing them of helping ISIS"
        charge = _CHARGE.search(folded(text), head.end, limit)
        limit = charge.start() if charge is not None else limit
    # after the trigger, or inside a phrase of it ("killed at least 40 villagers")
    after = [a for a in named if head.start < a.start < limit and a not in allies]
    if candidate.event_type == "arrest":  # "arrested 12 men ... on suspicion of belonging
        after.sort(key=lambda a: a.kind == "civilian")  # to ISIS": the group they are of
    agent = _by_agent(text, after, head.end)
    progressive = head.text.split()[0].lower().endswith("ing")  # "have been negotiating"
    passive = (
        not progressive
        and _PASSIVE.search(folded(text), max(lo, head.start - 30), head.start) is not None
    )
    hosted = _hosted_talks(text, candidate, named)
    if hosted is not None:
        return hosted
    if agent is not None and (passive or not before):
        subject = before[0][0].name if before else None
        return ActorRoles(agent.name, subject if subject != agent.name else None, names)
    if passive and before and candidate.event_type == "deployment":
        return ActorRoles(before[0][0].name, None, names)  # "Kenyan troops were deployed"
    if passive and before:  # "8,000 civilians were evacuated": the subject is acted on
        return ActorRoles(None, before[0][0].name, names)
    if not before:
        hit = victims if candidate.event_type in _ONE_SIDED else ()  # not a clash's
        violent = candidate.event_type in _VIOLENCE
        return _without_subject(text, head, after, names, hit if violent else None)
    accused = _accused(text, before[-1][-1], head) if candidate.event_type != "statement" else None
    if accused is not None:  # "the YBS accused Turkey of bombing a clinic": Turkey bombed
        target = _first_other(_groups(text, after), accused)
        return ActorRoles(accused, target, names)
    actor1 = before[0][0].name
    if candidate.event_type == "statement":  # the speaker stands right before the saying
        last = before[-1]
        appositive = _APPOSITIVE.search(folded(text), max(lo, last[0].start - 40), last[0].start)
        if len(before) > 1 and appositive and "," in text[last[-1].end : head.start]:
            last = before[-2]  # "JNIM, the al-Qaeda affiliate in the Sahel, claimed ..."
        speaker = last[0].name
        accused = None if "denial" in head.flags else _first_other(_groups(text, after), speaker)
        return ActorRoles(speaker, accused, names)
    actor2 = _first_other(before[1:], actor1) or _first_other(_groups(text, after), actor1)
    if actor2 is None and candidate.event_type in MUTUAL_TYPES:  # "the SDF-ISIS agreement"
        actor2 = _first_other([before[0][1:]], actor1)
    return ActorRoles(actor1, actor2, names)


def two_sides(
    text: str,
    candidate: Candidate,
    roles: ActorRoles,
    here: Sequence[ActorMention],
    before: Sequence[ActorMention],
) -> ActorRoles:
    """ "Government forces returned fire on the rebels, and the two sides clashed": a
    mutual happening whose subject is "the two sides" (or "both sides") is between the
    two parties named last before it, in its sentence (``here``), else in the sentence
    before (``before``); ``roles`` as they are when it names none, or not exactly two."""
    head = candidate.head
    if roles.actor1 is not None or candidate.event_type not in MUTUAL_TYPES:
        return roles
    lo = candidate.clause[0]
    found = _TWO_SIDES.search(folded(text), max(lo, head.start - 60), head.start)
    if found is None:
        return roles
    for mentions in (here, before):
        named = [a for a in mentions if a.end <= found.start() and a.kind != "civilian"]
        parties = list(dict.fromkeys(a.name for a in named))
        if len(parties) == 2:
            return ActorRoles(
                parties[0], parties[1], tuple(dict.fromkeys((*parties, *roles.actors)))
            )
        if parties:
            break
    return roles


def _lone_party(mentions: Sequence[ActorMention], end: int) -> str | None | bool:
    """The one party named in ``mentions`` before ``end`` (civilians are none); False when
    there are several, None when there is none."""
    parties = {a.name for a in mentions if a.end <= end and a.kind != "civilian"}
    if len(parties) > 1:
        return False
    return parties.pop() if parties else None


def pronoun_subject(
    text: str,
    candidate: Candidate,
    roles: ActorRoles,
    here: Sequence[ActorMention],
    before: Sequence[ActorMention],
) -> ActorRoles:
    """ "Drones struck the jihadists as they withdrew", "The army is no better. Its planes
    bombed the market": a pronoun subject right before the trigger names the one party
    named before it in its sentence (``here``), else in the sentence before (``before``)
    when that names one; with two or more to choose from it names nobody."""
    head = candidate.head
    if roles.actor1 is not None or candidate.event_type == "statement":
        return roles
    lo = candidate.clause[0]
    found = _PRONOUN_SUBJECT.search(folded(text), max(lo, head.start - 40), head.start)
    if found is None or any(found.start() <= a.start < head.start for a in here):
        return roles
    party = _lone_party(here, found.start())
    if party is None:
        party = _lone_party(before, len(text))
    if not isinstance(party, str):
        return roles
    actor2 = roles.actor2 if roles.actor2 != party else None
    return ActorRoles(party, actor2, tuple(dict.fromkeys((party, *roles.actors))))
