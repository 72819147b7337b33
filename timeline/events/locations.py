"""Where an event happens: its location and, for movements, its origin and destination.

A place is the event's location ("in", "at", "near", "over", "of"), a movement's origin
("from", "out of", "leave") or its destination ("to", "toward", "into"). A place used for
its government ("Moscow said"), a nationality adjective ("Russian media"), a modifier
("US-backed"), the name of a military unit ("the Assam Rifles") or a bare country name
not governed by a place preposition is no location.

What the rules read of a place mention depends on its sentence alone, so it is read once
per sentence (``SentencePlaces``) and shared by the sentence's events; only whether a
contrast stands between a place and a trigger is read per event.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gazetteer import haversine_km
from timeline.events.candidates import Candidate
from timeline.events.clauses import contrast_free, contrasted, words_before
from timeline.events.written import WrittenPlace
from timeline.lexicon.words import MODIFIER_SUFFIXES
from timeline.recognisers._case import folded
from timeline.recognisers._dateline import in_dateline
from timeline.recognisers.places import STREET_QUALIFIER
from timeline.records import ActorMention, Place, PlaceMention

__all__ = ["MOVEMENTS", "PlaceRoles", "SentencePlaces", "place_roles", "same_place"]

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
# Patterns without re.IGNORECASE are written in lower case and matched against the
# folded text (case-blind, faster than re.IGNORECASE).
_MODIFIER = re.compile(rf"-(?:{MODIFIER_SUFFIXES})\b")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A military unit named after a place serves elsewhere: "the Assam Rifles detained two men
# near Moreh", "the 3rd Punjab Regiment" (police of a town work in it: not listed).
_UNIT = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Rifles|Regiment|Brigade|Battalion|Division|Corps|Rangers|Legion)\b"
)
_PART_OF_KM = 50.0
MOVEMENTS = frozenset({"withdrawal", "evacuation"})  # events with an origin and a destination
_SETTLEMENTS = frozenset({"city", "point"})
_COARSENESS = {"region": 1, "country": 2}
_LONE_ROLES = frozenset({"location", "other", "dateline"})


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


def _can_locate(
    text: str, mention: PlaceMention, actors: Sequence[ActorMention], floor: int
) -> bool:
    """Whether a place mention can be where an event happens (see the module docstring)."""
    if mention.role != "location" or mention.qualifier == "demonym":
        return False
    if _MODIFIER.match(folded(text), mention.end) or _UNIT.match(text, mention.end):
        return False
    if any(a.start <= mention.start < a.end for a in actors):
        return False
    if mention.place.precision != "country":
        return True
    before = [w for w in words_before(text, mention.start, 3, floor) if w != "the"]
    return bool(before) and before[-1] in _COUNTRY_PREPOSITIONS


def _role(text: str, mention: PlaceMention, floor: int) -> str:
    if in_dateline(text, mention.start, mention.end):
        return "dateline"
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


class SentencePlaces:
    """The place mentions of one sentence, each read once when first asked: whether it
    can be where an event happens, and its role by the words before it."""

    def __init__(
        self,
        text: str,
        sentence: tuple[int, int],
        places: Sequence[PlaceMention],
        actors: Sequence[ActorMention],
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.places = places
        self.actors = actors

    @functools.cached_property
    def usable(self) -> list[tuple[PlaceMention, str]]:
        """The mentions that can locate an event, with their roles, in text order."""
        text, floor, places = self.text, self.sentence[0], self.places
        return [
            (mention, _role(text, mention, floor))
            for mention in places
            if _can_locate(text, mention, self.actors, floor)
            and not _part_of_elsewhere(text, mention, places)
        ]

    def by_role(self, pos: int) -> dict[str, list[PlaceMention]]:
        """The usable mentions by role: origin, destination, location, other, dateline. Not across
        a contrast from ``pos`` ("ISIS denied withdrawing to Tal Afar, but a column left").

        In a sentence with no contrast word they are the same from every ``pos``: read
        once, and the same dict returned each time (callers only read it)."""
        if self._uncontrasted is not None:
            return self._uncontrasted
        return self._by_role(pos)

    @functools.cached_property
    def _uncontrasted(self) -> dict[str, list[PlaceMention]] | None:
        """``by_role`` from any offset, when no contrast word stands in the sentence."""
        if self.usable and not contrast_free(self.text, *self.sentence):
            return None  # (with no usable place, every offset has the same empty lists)
        return self._by_role(None)

    def _by_role(self, pos: int | None) -> dict[str, list[PlaceMention]]:
        """``by_role`` from ``pos``; from None, with no contrast to look for."""
        by_role: dict[str, list[PlaceMention]] = {
            "origin": [],
            "destination": [],
            "location": [],
            "other": [],
            "dateline": [],
        }
        text = self.text
        for mention, role in self.usable:
            if pos is None or not contrasted(text, mention.start, pos):
                by_role[role].append(mention)
        return by_role

    @functools.cached_property
    def lone(self) -> PlaceMention | None:
        """The one place the sentence locates things in, if it names exactly one.

        The next sentence's events that name no place of their own happen there ("Douma
        is finished! The rebels surrendered Wednesday night"; "... in Mosul. Police
        arrested ..."). A place something heads to or leaves ("pushing toward Deir Ezzor")
        is not such a place.
        """
        return _the_one(
            p for p, role in self.usable if p.place.precision != "country" and role in _LONE_ROLES
        )

    @functools.cached_property
    def settlement(self) -> PlaceMention | None:
        """The one town, village or site (no region) the sentence names, whatever its
        role; None when it names none or several: what "the town" of a later sentence of
        the story may be."""
        return _the_one(p for p, _ in self.usable if _settlement(p))

    def settlement_for(self, pos: int) -> PlaceMention | None:
        """``settlement``, unless a contrast stands between it and ``pos`` ("withdrawn
        toward Tal Afar, but residents said a column left the city": another city)."""
        found = self.settlement
        return None if found is None or contrasted(self.text, found.start, pos) else found

    @functools.cached_property
    def names_settlements(self) -> bool:
        return any(_settlement(p) for p, _ in self.usable)

    @functools.cached_property
    def town(self) -> PlaceMention | None:
        """The one town (or region; no street) the sentence names, whatever its role: what
        "the town" of the next sentence is ("The army pulled out of Marte. ISWAP walked
        into the town")."""
        return _the_one(
            p
            for p, _ in self.usable
            if p.place.precision != "country" and p.qualifier != STREET_QUALIFIER
        )


def _settlement(mention: PlaceMention) -> bool:
    """A town, village or site; no region, and no street (a street lies in a town: "the
    city" after "Police closed Elm Street" is the town, not the street)."""
    return mention.place.precision in _SETTLEMENTS and mention.qualifier != STREET_QUALIFIER


def same_place(a: PlaceMention, b: PlaceMention | None) -> bool:
    """Whether two mentions name one place: one gazetteer record, else one name."""
    return b is not None and _identity(a) == _identity(b)


def _identity(mention: PlaceMention) -> object:
    return mention.place.geonameid or mention.place.name


def _the_one(mentions: Iterable[PlaceMention]) -> PlaceMention | None:
    """The first of ``mentions`` when they all name one place; None when none or several."""
    found = list(mentions)
    return found[0] if len({_identity(p) for p in found}) == 1 else None


def _coarseness(mention: PlaceMention) -> int:
    return _COARSENESS.get(mention.place.precision, 0)


def _nearest(mentions: Sequence[PlaceMention], pos: int) -> PlaceMention | None:
    if len(mentions) < 2:
        return mentions[0] if mentions else None
    # A town before its region before its country ("Macomia in Cabo Delgado province").
    best = min(_coarseness(m) for m in mentions)
    finest = [m for m in mentions if _coarseness(m) == best]
    return min(finest, key=lambda m: abs(m.start - pos))


def place_roles(candidate: Candidate, places: SentencePlaces) -> PlaceRoles:
    """The event's location and, for movements, its origin and destination.

    Places in the trigger's clause come first, then the rest of the sentence's.
    """
    pos = candidate.head.start
    lo, hi = candidate.clause
    by_role = places.by_role(pos)

    def pick(role: str) -> PlaceMention | None:
        if not by_role[role]:
            return None
        in_clause = [m for m in by_role[role] if lo <= m.start < hi]
        return _nearest(in_clause if candidate.alone else in_clause or by_role[role], pos)

    if candidate.event_type == "statement":
        # A statement happens where it is made ("said in Damascus"), not where the things
        # it talks about are: only a place before the trigger counts.
        said_at = [m for m in by_role["location"] if lo <= m.start < pos]
        return PlaceRoles(_nearest(said_at, pos), None, None)
    origin, destination, location = pick("origin"), pick("destination"), pick("location")
    if location is not None and location.place.precision in _COARSENESS:
        # "struck Saraqib in Syria", "raid Macomia in Cabo Delgado": the town the verb
        # takes, in the trigger's clause, is finer than the country or region locating it.
        other = pick("other")
        if (
            other is not None
            and lo <= other.start < hi
            and _coarseness(other) < _coarseness(location)
        ):
            location = other
    if candidate.event_type == "deployment" and destination is not None:
        location = destination  # "deployed to Macomia from their base in Mocimboa"
    location = location or origin or pick("other")
    if location is None and origin is None and destination is None:
        # The dateline names where the story was filed: the event's place only when the
        # sentence names no other ("KABUL - A bomb exploded outside a mosque").
        location = pick("dateline")
    start = origin or location
    if candidate.event_type not in MOVEMENTS and (start is None or destination is None):
        # Not a movement: "troops were sent to Aleppo" happens in Aleppo.
        return PlaceRoles(location or destination, None, None)
    return PlaceRoles(location, None if start is destination else start, destination)
