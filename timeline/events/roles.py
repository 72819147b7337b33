"""Who acts on whom, and where: actor and place roles around an event's trigger.

Without a parser, the rules read the words around the trigger in its clause:
- actors named side by side ("Syrian-Iranian-Russian alliance", "Russia and Iran") form
  one group; the first group before the trigger is the subject, its first member actor1.
- "X allowed Y to leave": X is actor1 and Y actor2. With no actor before the trigger, a
  verb's object is acted on ("police arrested ISIS members") and a noun's participants
  act ("talks between Turkey and Russia") unless one is its target ("strikes on ISIS").
  A passive ("were given safe passage by the SDF", "were destroyed by RuAF") makes the
  "by" phrase actor1 and the subject actor2. Otherwise actor2 is the object: the first
  actor after the trigger ("with Moscow", "on the ISIS column", "from ISIS").
- the source of a report ("according to the SDF") and an actor ruled out ("the SDF
  flooded Raqqa, not ISIS") take no role.
- a place is the event's location ("in", "at", "near", "over", "of"), a movement's origin
  ("from", "out of", "leave") or its destination ("to", "toward", "into"). A place used
  for its government ("Moscow said"), a nationality adjective ("Russian media"), a
  modifier ("US-backed") or a bare country name not governed by a place preposition is
  no location.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gazetteer import haversine_km
from timeline.events.candidates import Candidate
from timeline.events.clauses import contrasted, words_before
from timeline.events.written import WrittenPlace
from timeline.lexicon.words import MODIFIER_SUFFIXES, REPORTING_VERBS
from timeline.records import ActorMention, Place, PlaceMention, Trigger
from timeline.vocabulary import MUTUAL_TYPES

__all__ = ["ActorRoles", "PlaceRoles", "actor_roles", "lone_place", "place_roles"]

_ORIGIN_CUES = frozenset(
    {"from", "out", "leave", "leaves", "left", "leaving", "exit", "exited", "fled", "flee"}
)
_DESTINATION_CUES = frozenset(
    {"to", "toward", "towards", "into", "for", "reach", "reached", "direction"}
)
_LOCATION_CUES = frozenset(
    """in at near over on around outside inside across of within throughout south north east
    west nearby close besieged held""".split()
)
_SKIP = frozenset(
    """the city town village area of province governorate region district districts eastern
    western northern southern east west north south central besieged rebel-held a an its
    their freely countryside outskirts suburbs neighbourhoods neighborhoods parts part areas
    province's""".split()
)
_COUNTRY_PREPOSITIONS = frozenset(
    """in inside into to toward towards from across throughout within out enter entered
    entering left leave reach reached via through near over""".split()
)
_MODIFIER = re.compile(rf"-(?:{MODIFIER_SUFFIXES})\b", re.IGNORECASE)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE
)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(
    r"\b(?i:according\s+to|quoted\s+by|quoting|citing|cited\s+by)\s+(?i:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_TARGET = re.compile(
    r"\b(?:on|against|targeting|at|upon|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_REPORTER = re.compile(rf"\s+(?:{REPORTING_VERBS})\b", re.IGNORECASE)
_AFTER_COMMA = re.compile(r",\s*(?:[\w'’.-]+\s+){0,3}$")  # ", the United Nations said"
_CROWDS = frozenset({"generic", "civilian"})  # actors with no single voice ("residents")
_NEGATED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_PART_OF_KM = 50.0
_PURPOSE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")
_JOINER = re.compile(r"^(?:\s*(?:[-/,&]|and|or)\s*|\s)$", re.IGNORECASE)
_MOVEMENTS = frozenset({"withdrawal", "evacuation"})


@dataclass(frozen=True, slots=True)
class ActorRoles:
    actor1: str | None
    actor2: str | None
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceRoles:
    location: PlaceMention | None
    origin: PlaceMention | None
    destination: PlaceMention | None
    written: WrittenPlace | None = None  # a place the gazetteer does not know, as written

    @property
    def placed(self) -> bool:
        return any(
            p is not None for p in (self.location, self.origin, self.destination, self.written)
        )


def _groups(text: str, mentions: Sequence[ActorMention]) -> list[list[ActorMention]]:
    """Actors named side by side, as coordinated groups ("Russia and Iran", "SAA/Iran")."""
    groups: list[list[ActorMention]] = []
    for mention in mentions:
        if groups and _JOINER.match(text[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _by_agent(text: str, after: Sequence[ActorMention], trigger_end: int) -> ActorMention | None:
    for actor in after:
        if _BY.search(text, max(trigger_end, actor.start - 8), actor.start):
            return actor
    return None


def _first_other(groups: Sequence[Sequence[ActorMention]], not_name: str | None) -> str | None:
    return next((m.name for g in groups for m in g if m.name != not_name), None)


def _without_subject(
    text: str, head: Trigger, after: Sequence[ActorMention], names: tuple[str, ...]
) -> ActorRoles:
    """Roles when no actor comes before the trigger.

    After a verb, an actor is acted on ("police arrested 15 ISIS members"). After a noun,
    actors are its participants ("talks between Turkey and Russia") unless a preposition
    makes one its target ("an air strike on the ISIS column").
    """
    if head.pos == "verb":
        return ActorRoles(None, after[0].name if after else None, names)
    targets = [a for a in after if _TARGET.search(text, head.end, a.start)]
    participants = [a for a in after if a not in targets]
    actor1 = participants[0].name if participants else None
    actor2 = next((a.name for a in [*targets, *participants[1:]] if a.name != actor1), None)
    return ActorRoles(actor1, actor2, names)


def _counts(text: str, actor: ActorMention, lo: int, head_end: int, speaking: bool) -> bool:
    """An actor the clause names as a party: not the source of a report ("according to
    the SDF", "residents said", "..., the United Nations said"; but "Moscow said its jets
    struck" names the actor) unless the event is the statement itself, and not one it
    rules out ("the SDF flooded Raqqa, not ISIS")."""
    if _SOURCE.search(text, lo, actor.start) or _NEGATED.search(text, lo, actor.start):
        return False
    if speaking or not _REPORTER.match(text, actor.end):
        return True
    closing = actor.start >= head_end and _AFTER_COMMA.search(text, head_end, actor.start)
    return actor.kind not in _CROWDS and not closing


def actor_roles(text: str, candidate: Candidate, actors: Sequence[ActorMention]) -> ActorRoles:
    """actor1 (who acts), actor2 (acted on) and every actor named in the clause."""
    lo, hi = candidate.clause
    head = candidate.head
    speaking = candidate.event_type == "statement"
    named = [a for a in actors if lo <= a.start < hi and _counts(text, a, lo, head.end, speaking)]
    names = tuple(dict.fromkeys(a.name for a in named))
    before = _groups(text, [a for a in named if a.end <= head.start])
    purpose = _PURPOSE.search(text, head.end, hi)  # "... to fight the Syrian army"
    limit = purpose.start() if purpose else hi
    after = [a for a in named if head.end <= a.start < limit]
    agent = _by_agent(text, after, head.end)
    progressive = head.text.split()[0].lower().endswith("ing")  # "have been negotiating"
    passive = (
        not progressive and _PASSIVE.search(text, max(lo, head.start - 30), head.start) is not None
    )
    if agent is not None and (passive or not before):
        subject = before[0][0].name if before else None
        return ActorRoles(agent.name, subject if subject != agent.name else None, names)
    if passive and before:  # "8,000 civilians were evacuated": the subject is acted on
        return ActorRoles(None, before[0][0].name, names)
    if not before:
        return _without_subject(text, head, after, names)
    actor1 = before[0][0].name
    if candidate.event_type == "statement":  # the speaker stands right before the saying
        speaker = before[-1][0].name
        accused = None if "denial" in head.flags else _first_other(_groups(text, after), speaker)
        return ActorRoles(speaker, accused, names)
    actor2 = _first_other(before[1:], actor1) or _first_other(_groups(text, after), actor1)
    if actor2 is None and candidate.event_type in MUTUAL_TYPES:  # "the SDF-ISIS agreement"
        actor2 = _first_other([before[0][1:]], actor1)
    return ActorRoles(actor1, actor2, names)


def _can_locate(
    text: str, mention: PlaceMention, actors: Sequence[ActorMention], floor: int
) -> bool:
    """Whether a place mention can be where an event happens (see the module docstring)."""
    if mention.role != "location" or mention.qualifier == "demonym":
        return False
    if _MODIFIER.match(text, mention.end):
        return False
    if any(a.start <= mention.start < a.end for a in actors):
        return False
    if mention.place.precision != "country":
        return True
    before = [w for w in words_before(text, mention.start, 3, floor) if w != "the"]
    return bool(before) and before[-1] in _COUNTRY_PREPOSITIONS


def _role(text: str, mention: PlaceMention, floor: int) -> str:
    for word in reversed(words_before(text, mention.start, 6, floor)):
        if word in _SKIP:
            continue
        if word in _ORIGIN_CUES:
            return "origin"
        if word in _DESTINATION_CUES:
            return "destination"
        if word in _LOCATION_CUES:
            return "location"
        break
    return "other"


def _nearest(mentions: Sequence[PlaceMention], pos: int) -> PlaceMention | None:
    if not mentions:
        return None
    finest = [m for m in mentions if m.place.precision != "country"] or list(mentions)
    return min(finest, key=lambda m: abs(m.start - pos))


def _distance(a: Place, b: Place) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _part_of_elsewhere(text: str, mention: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """ "The Old City of Mosul": a named part of a place must lie near it; a namesake far
    away (an "Old City" in another country) is a wrong reading, so it is not used."""
    tail = _OF.match(text, mention.end)
    if tail is None:
        return False
    whole = next((p for p in places if p.start == tail.end()), None)
    return whole is not None and _distance(mention.place, whole.place) > _PART_OF_KM


def _by_role(
    text: str,
    pos: int,
    sentence: tuple[int, int],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> dict[str, list[PlaceMention]]:
    """The sentence's usable place mentions by role: origin, destination, location, other.

    Not across a contrast ("ISIS denied withdrawing to Tal Afar, but a column left").
    """
    by_role: dict[str, list[PlaceMention]] = {
        "origin": [],
        "destination": [],
        "location": [],
        "other": [],
    }
    for mention in places:
        if not _can_locate(text, mention, actors, sentence[0]) or _part_of_elsewhere(
            text, mention, places
        ):
            continue
        if not contrasted(text, mention.start, pos):
            by_role[_role(text, mention, sentence[0])].append(mention)
    return by_role


def place_roles(
    text: str,
    candidate: Candidate,
    sentence: tuple[int, int],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> PlaceRoles:
    """The event's location and, for movements, its origin and destination.

    Places in the trigger's clause come first, then the rest of the sentence's.
    """
    pos = candidate.head.start
    lo, hi = candidate.clause
    by_role = _by_role(text, pos, sentence, places, actors)

    def pick(role: str) -> PlaceMention | None:
        in_clause = [m for m in by_role[role] if lo <= m.start < hi]
        return _nearest(in_clause if candidate.alone else in_clause or by_role[role], pos)

    if candidate.event_type == "statement":
        # A statement happens where it is made ("said in Damascus"), not where the things
        # it talks about are: only a place before the trigger counts.
        said_at = [m for m in by_role["location"] if lo <= m.start < pos]
        return PlaceRoles(_nearest(said_at, pos), None, None)
    origin, destination, location = pick("origin"), pick("destination"), pick("location")
    location = location or origin or pick("other")
    start = origin or location
    if candidate.event_type not in _MOVEMENTS and (start is None or destination is None):
        # Not a movement: "troops were sent to Aleppo" happens in Aleppo.
        return PlaceRoles(location or destination, None, None)
    return PlaceRoles(location, None if start is destination else start, destination)


def lone_place(
    text: str,
    sentence: tuple[int, int],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> PlaceMention | None:
    """The one place a sentence locates things in, if it names exactly one.

    The next sentence's events that name no place of their own happen there ("Douma is
    finished! The rebels surrendered Wednesday night"; "... in Mosul. Police arrested ...").
    A place something heads to or leaves ("pushing toward Deir Ezzor") is not such a place.
    """
    usable = [
        p
        for p in places
        if _can_locate(text, p, actors, sentence[0])
        and not _part_of_elsewhere(text, p, places)
        and p.place.precision != "country"
        and _role(text, p, sentence[0]) in {"location", "other"}
    ]
    distinct = {p.place.geonameid or p.place.name for p in usable}
    return usable[0] if len(distinct) == 1 else None
