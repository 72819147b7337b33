"""The actors the corpus names, as news writes them, from timeline's actor lexicon.

Each lexicon alias becomes a noun phrase: acronyms take a head noun ("SDF fighters",
"UN officials"), names ending in a head word take "the" ("the Free Syrian Army"); a
state's forces are its nationality adjective before a force word ("Malian troops"),
its voice the country or capital used for its government ("Bamako said").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Final

from timeline.lexicon import ActorEntry, default_lexicon

__all__ = ["Actors", "read_actors"]

_HEADS: Final = {
    "armed_group": ("fighters", "militants", "forces", "units"),
    "organisation": ("officials", "staff", "monitors"),
    "coalition": ("jets", "forces"),
    "state": ("troops", "forces", "soldiers"),
}
_FORCES: Final = ("troops", "forces", "soldiers", "army units", "security forces")
_AIR: Final = ("jets", "warplanes", "aircraft", "drones", "helicopters", "fighter jets")
# last words of names that take "the" ("the Syrian Arab Army", "the Taliban")
_THE: Final = frozenset(
    {"Forces", "Army", "Front", "Units", "Movement", "Network", "Group", "group", "Coalition",
     "Council", "Nations", "Union", "Cross", "Crescent", "Brigades", "Brigade", "Regiment",
     "Corps", "Province", "Party", "Force", "Guards", "State", "Kremlin", "Pentagon", "House",
     "Department", "Defence", "Helmets", "Taliban", "Houthis", "Peshmerga", "Tatmadaw",
     "Janjaweed", "coalition", "Resolution", "Conquest", "Levant", "Syria"}
)  # fmt: skip


# words of country names that take "the" ("the United Kingdom", "the Philippines")
_THE_PLACE: Final = frozenset(
    {"States", "Kingdom", "Republic", "Emirates", "Islands", "Netherlands", "Philippines"}
)


@dataclass(frozen=True, slots=True)
class Actors:
    forces: dict[str, tuple[str, ...]]  # country code -> its forces ("Syrian troops")
    air: dict[str, tuple[str, ...]]  # country code -> its aircraft ("Russian jets")
    voices: dict[str, tuple[str, ...]]  # country code -> its government ("Damascus")
    adjectives: dict[str, tuple[str, ...]]  # country code -> "Syrian"
    foreign: tuple[str, ...]  # codes of the states the lexicon lists by hand
    government: tuple[str, ...]  # "government forces", "the army"
    armed: tuple[tuple[str, ...], ...]  # each armed group's phrases
    coalitions: tuple[str, ...]
    generic: tuple[str, ...]  # "militants", "rebels"
    civilians: tuple[str, ...]
    orgs: tuple[tuple[str, ...], ...]


def _voice(place: str) -> str:
    """A country or capital as the subject of a sentence ("the United States", "Kabul")."""
    return f"the {place}" if _THE_PLACE.intersection(place.split()) else place


def _acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return " " not in alias and sum(c.isupper() for c in letters) >= 2 and len(letters) <= 6


def phrases(entry: ActorEntry) -> tuple[str, ...]:
    """The noun phrases of an actor's aliases (not those that are place names)."""
    found: list[str] = []
    for alias in entry.aliases:
        if alias in entry.places:
            continue
        if _acronym(alias):
            found += [f"{alias} {head}" for head in _HEADS.get(entry.kind, ("forces",))]
        elif alias[:1].isupper() and alias.split()[-1] in _THE and not alias.startswith("the "):
            found.append(f"the {alias}")
        else:
            found.append(alias)
    return tuple(found)


def _states(actors: tuple[ActorEntry, ...], adjectives: dict[str, list[str]]) -> Actors:
    forces: dict[str, tuple[str, ...]] = {}
    air: dict[str, tuple[str, ...]] = {}
    voices: dict[str, tuple[str, ...]] = {}
    foreign: list[str] = []
    for entry in actors:
        if entry.kind != "state" or entry.country is None:
            continue
        code, adjs = entry.country, adjectives.get(entry.country, [])
        own = phrases(entry)
        forces[code] = tuple(f"{a} {f}" for a in adjs for f in _FORCES) + own
        air[code] = tuple(f"{a} {p}" for a in adjs for p in _AIR) or own
        voices[code] = tuple(_voice(p) for p in sorted(entry.places)) + tuple(
            f"the {a} government" for a in adjs
        )
        if own:
            foreign.append(code)
    by_kind: dict[str, list[ActorEntry]] = defaultdict(list)
    for entry in actors:
        by_kind[entry.kind].append(entry)
    return Actors(
        forces=forces,
        air=air,
        voices=voices,
        adjectives={code: tuple(a) for code, a in adjectives.items()},
        foreign=tuple(foreign),
        government=tuple(p for e in by_kind["government"] for p in phrases(e)),
        armed=tuple(phrases(e) for e in by_kind["armed_group"] if phrases(e)),
        coalitions=tuple(p for e in by_kind["coalition"] for p in phrases(e)),
        generic=tuple(p for e in by_kind["generic"] for p in phrases(e) if p.endswith("s")),
        civilians=tuple(p for e in by_kind["civilian"] for p in phrases(e)),
        orgs=tuple(phrases(e) for e in by_kind["organisation"]),
    )


def read_actors() -> Actors:
    """The actors of the bundled lexicon (every country a state, as timeline reads them)."""
    lexicon = default_lexicon()
    code_of = {a.name: a.country for a in lexicon.actors if a.kind == "state" and a.country}
    adjectives: dict[str, list[str]] = defaultdict(list)
    for adjective, actor in lexicon.adjectives:
        code = code_of.get(actor)
        if code is not None and adjective[:1].isupper() and not adjective.endswith("s"):
            adjectives[code].append(adjective)
    return _states(lexicon.actors, adjectives)
