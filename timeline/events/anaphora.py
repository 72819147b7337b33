"""Places an event's own words do not name: "the town", "the city", "the jail", a place
the gazetteer lacks but the text calls one, the one place of the sentence before.

"The town" (and "the city", "the village", "the jail", "the prison", "the compound",
"the barracks" of a town) names the one town its own sentence names with no contrast
between, else the one the sentence before names, else the last town the story named
alone (the assembler keeps it); regions are no such town. A movement that leaves it
starts there ("families left the town for Kaya").
"""

from __future__ import annotations

import re

from timeline.events.candidates import Candidate
from timeline.events.locations import MOVEMENTS, PlaceRoles, SentencePlaces, same_place
from timeline.events.spans import Spans
from timeline.events.written import written_place
from timeline.recognisers._case import folded
from timeline.records import PlaceMention

__all__ = ["with_anaphora"]

# Patterns are written in lower case and matched against the folded text.
# "The town", or a site of the town the story is about ("the jail", "the compound").
_TOWN_WORDS = r"(?:town|city|village|jail|prison|penitentiary|complex|compound|barracks|garrison)"
_THE_TOWN = re.compile(rf"\bthe\s+{_TOWN_WORDS}\b(?!\s+of\b)")
# The town a movement leaves: "left the town for", "out of the town", "fled the village".
_LEFT_TOWN = re.compile(
    rf"\b(?:left|leave|leaving|fled|flee|fleeing|out\s+of|from)\s+the\s+{_TOWN_WORDS}\b"
    r"(?!\s+of\b)"
)


def with_anaphora(
    text: str,
    candidate: Candidate,
    where: PlaceRoles,
    places: tuple[SentencePlaces, SentencePlaces | None],
    story_town: PlaceMention | None,
    local: Spans,
) -> PlaceRoles:
    """The event's places where its own words name none: a place the gazetteer lacks but
    the text calls one ("the village of X"), "the town" (``_the_town``), else the one place
    the sentence before names. A movement that leaves "the town" leaves from it ("families
    left the town for Kaya")."""
    here, before = places
    lower = folded(text)
    left = None
    if candidate.event_type in MOVEMENTS:
        left = _LEFT_TOWN.search(lower, *candidate.clause)
    if where.placed:
        if left is None or where.location is not None or where.origin is not None:
            return where
        town = _the_town(left.start(), here, before, story_town, where.destination)
        return where if town is None else PlaceRoles(town, town, where.destination)
    written = written_place(text, candidate.clause, local.places, local.actors)
    if written is not None:
        return PlaceRoles(None, None, None, written)
    anaphor = _THE_TOWN.search(lower, *candidate.clause)
    if anaphor is not None:
        there = _the_town(anaphor.start(), here, before, story_town)
    else:
        there = before.lone if before is not None else None
    if there is None:
        return where
    return PlaceRoles(there, there if left is not None else None, None)


def _the_town(
    pos: int,
    here: SentencePlaces,
    before: SentencePlaces | None,
    story_town: PlaceMention | None,
    besides: PlaceMention | None = None,
) -> PlaceMention | None:
    """What "the town" at ``pos`` names: the one town its own sentence names with no
    contrast between ("the outskirts of Sittwe, where the rebels shelled a base ...
    across the city"), else the one the sentence before names, else the last one the
    story named; never ``besides`` (the destination of "left the town for Kaya")."""
    options = (here.settlement_for(pos), before.town if before is not None else None, story_town)
    return next((t for t in options if t is not None and not same_place(t, besides)), None)
