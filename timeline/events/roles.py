"""Who acts on whom, and where: actor and place roles around an event's trigger.

Without a parser, the rules read the words around the trigger in its clause:
- actors named side by side ("Syrian-Iranian-Russian alliance", "Russia and Iran") form
  one group; the first group before the trigger is the subject, its first member actor1.
- "X allowed Y to leave": X is actor1 and Y actor2. A passive ("were given safe passage
  by the SDF", "were destroyed by RuAF") makes the "by" phrase actor1 and the subject
  actor2. Otherwise actor2 is the object: the first actor after the trigger ("with
  Moscow", "on the ISIS column", "from ISIS").
- the source of a report ("according to the SDF") is no actor of the event.
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

from timeline.events.candidates import Candidate
from timeline.events.clauses import words_before
from timeline.records import ActorMention, PlaceMention

__all__ = ["ActorRoles", "PlaceRoles", "actor_roles", "place_roles"]

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
    """in inside into to toward towards from across throughout within out of enter entered
    entering left leave reach reached via through near over""".split()
)
_MODIFIER = re.compile(
    r"-(?:backed|led|funded|supported|run|controlled|held|allied|based|made|born)\b", re.IGNORECASE
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE
)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(
    r"\b(?i:according\s+to|quoted\s+by|quoting|citing|cited\s+by)\s+(?i:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_JOINER = re.compile(r"^(?:\s*(?:[-/,&]|and|or)\s*|\s)$", re.IGNORECASE)
_MOVEMENTS = frozenset({"withdrawal", "evacuation"})
_DENIALS = frozenset({"deny", "denial"})
_MUTUAL = frozenset({"negotiation", "agreement", "ceasefire", "armed_clash"})


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


def actor_roles(text: str, candidate: Candidate, actors: Sequence[ActorMention]) -> ActorRoles:
    """actor1 (who acts), actor2 (acted on) and every actor named in the clause."""
    lo, hi = candidate.clause
    head = candidate.head
    named = [a for a in actors if lo <= a.start < hi and not _SOURCE.search(text, lo, a.start)]
    names = tuple(dict.fromkeys(a.name for a in named))
    before = _groups(text, [a for a in named if a.end <= head.start])
    after = _groups(text, [a for a in named if a.start >= head.end])
    agent = _by_agent(text, [m for g in after for m in g], head.end)
    passive = _PASSIVE.search(text, max(lo, head.start - 30), head.start) is not None
    if agent is not None and (passive or not before):
        subject = before[0][0].name if before else None
        return ActorRoles(agent.name, subject if subject != agent.name else None, names)
    if not before:
        first = after[0][0].name if after else None
        return ActorRoles(first, _first_other(after[1:], first), names)
    actor1 = before[0][0].name
    if head.lemma in _DENIALS:  # what a denial is about is not acted on by the denier
        return ActorRoles(actor1, None, names)
    actor2 = _first_other(before[1:], actor1) or _first_other(after, actor1)
    if actor2 is None and candidate.event_type in _MUTUAL:  # "the SDF-ISIS agreement"
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


def place_roles(
    text: str,
    candidate: Candidate,
    sentence: tuple[int, int],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> PlaceRoles:
    """The event's location and, for movements, its origin and destination."""
    by_role: dict[str, list[PlaceMention]] = {
        "origin": [],
        "destination": [],
        "location": [],
        "other": [],
    }
    for mention in places:
        if _can_locate(text, mention, actors, sentence[0]):
            by_role[_role(text, mention, sentence[0])].append(mention)
    lo, hi = candidate.clause
    pos = candidate.head.start

    def pick(role: str) -> PlaceMention | None:
        in_clause = [m for m in by_role[role] if lo <= m.start < hi]
        return _nearest(in_clause or by_role[role], pos)

    if candidate.event_type == "statement":
        # A statement happens where it is made ("said in Damascus"), not where the things
        # it talks about are: only a place before the trigger counts.
        said_at = [m for m in by_role["location"] if lo <= m.start < pos]
        return PlaceRoles(_nearest(said_at, pos), None, None)
    origin, destination, location = pick("origin"), pick("destination"), pick("location")
    if location is None:
        location = origin or pick("other")
    start = origin or location
    if candidate.event_type not in _MOVEMENTS and (start is None or destination is None):
        # Not a movement: "troops were sent to Aleppo" happens in Aleppo.
        return PlaceRoles(location or destination, None, None)
    if destination is not None and start is destination:
        start = None
    return PlaceRoles(location, start, destination)
