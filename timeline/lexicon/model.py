"""The records of the event lexicons: trigger entries, actor entries, the lexicon."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["JIHADIST", "ActorEntry", "Lexicon", "TriggerEntry"]

JIHADIST = "jihadist"  # an allegiance cell for a jihadist group sworn to no network


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger lemma or phrase with every surface form it takes."""

    event_type: str
    pos: str
    lemma: str
    forms: tuple[str, ...]
    flags: frozenset[str]
    # (condition, event_type): civilian=, armed=, forward=
    retype: tuple[tuple[str, str], ...] = ()
    veto: frozenset[str] = frozenset()  # words that, right before it, make it no trigger


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One canonical actor and its aliases (``places``: aliases that are place names)."""

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    places: frozenset[str]
    part_of: str | None = None
    allegiance: str | None = None  # the network it is sworn to (al-Qaeda), or "jihadist"


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: tuple[TriggerEntry, ...]
    actors: tuple[ActorEntry, ...]
    adjectives: tuple[tuple[str, str], ...]
    # The first actor of each name, and the state actor of each country code.
    _by_name: dict[str, ActorEntry] = field(init=False, repr=False, compare=False)
    _states: dict[str, str] = field(init=False, repr=False, compare=False)
    _patrons: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, ActorEntry] = {}
        states: dict[str, str] = {}
        for actor in self.actors:
            by_name.setdefault(actor.name, actor)
            if actor.country and actor.kind == "state":
                states.setdefault(actor.country, actor.name)
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_states", states)
        sworn = {a.allegiance for a in self.actors if a.allegiance}
        object.__setattr__(self, "_patrons", frozenset(sworn - {JIHADIST}))

    def part_of(self, name: str) -> str | None:
        actor = self._by_name.get(name)
        return None if actor is None else actor.part_of

    def allegiance(self, name: str) -> str | None:
        """The network an armed group is sworn to (JNIM: al-Qaeda), if the lexicon says."""
        actor = self._by_name.get(name)
        return None if actor is None or actor.allegiance == JIHADIST else actor.allegiance

    def jihadist(self, name: str) -> bool:
        """Whether the lexicon counts an armed group among the jihadists: sworn to a network
        or marked so, or a network others are sworn to (al-Qaeda, ISIS)."""
        actor = self._by_name.get(name)
        return name in self._patrons or (actor is not None and actor.allegiance is not None)

    def actor_for_country(self, code: str) -> str | None:
        """The state actor of a country (its ISO code), if the lexicon has one."""
        return self._states.get(code)

    def actor_kind(self, name: str) -> str:
        actor = self._by_name.get(name)
        return "state" if actor is None else actor.kind
