"""The place record every gazetteer backend returns."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GeoPrecision", "Place", "geo_precision"]

GeoPrecision = str  # one of: point, city, region, country


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``feature`` is the GeoNames class and code joined by a dot ("P.PPLA", "A.PCLI",
    "A.ADM1", "H.RSV" ...). ``admin1`` is the name of the first-level region
    (governorate, province, state) the place lies in, where known.
    """

    name: str
    latitude: float
    longitude: float
    feature: str
    geonameid: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    population: int = 0

    @property
    def feature_class(self) -> str:
        return self.feature.split(".", 1)[0]

    @property
    def precision(self) -> GeoPrecision:
        return geo_precision(self.feature)


def geo_precision(feature: str) -> GeoPrecision:
    """The DESIGN.md geo_precision of a GeoNames feature ("P.PPL" -> "city")."""
    cls, _, code = feature.partition(".")
    if cls == "A":
        if code.startswith("PCL") or code in {"TERR", "ZN"}:
            return "country"
        return "region"
    if cls == "P":
        return "city"
    if (cls == "L" and code in {"RGN", "AREA", "LCTY"}) or (
        cls == "H" and code in {"SEA", "GULF", "STRT", "OCN", "BAY"}
    ):
        return "region"
    return "point"
