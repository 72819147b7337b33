"""The records of the event lexicons: trigger entries, actor entries, the lexicon."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ActorEntry", "Lexicon", "TriggerEntry"]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger lemma or phrase with every surface form it takes."""

    event_type: str
    pos: str
    lemma: str
    forms: tuple[str, ...]
    flags: frozenset[str]
    retype: tuple[tuple[str, str], ...] = ()  # (condition, event_type): civilian=, armed=
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


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: tuple[TriggerEntry, ...]
    actors: tuple[ActorEntry, ...]
    adjectives: tuple[tuple[str, str], ...]

    def part_of(self, name: str) -> str | None:
        return next((a.part_of for a in self.actors if a.name == name), None)

    def actor_for_country(self, code: str) -> str | None:
        """The state actor of a country (its ISO code), if the lexicon has one."""
        return next((a.name for a in self.actors if a.country == code and a.kind == "state"), None)

    def actor_kind(self, name: str) -> str:
        return next((a.kind for a in self.actors if a.name == name), "state")
