"""geopy ``Location`` -> ``Place``: a pure function of the service's reply.

Nominatim (OpenStreetMap) replies say what kind of thing they found (``class`` and
``type``, or ``addresstype``) and, with address details, its country and region; they
become a GeoNames feature code, country code and first-level region. Other services
give a point and an address: the place is the first part of the address, taken as a
town.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gazetteer.records import Place

__all__ = ["OSM_FEATURES", "place_from_location"]

# OpenStreetMap (class, type) or (None, address type) -> GeoNames class.code. The
# kinds news names; anything else becomes a locality (L.LCTY, a point).
OSM_FEATURES: Mapping[tuple[str | None, str], str] = {
    (None, "country"): "A.PCLI",
    (None, "state"): "A.ADM1",
    (None, "province"): "A.ADM1",
    (None, "region"): "A.ADM1",
    (None, "county"): "A.ADM2",
    (None, "state_district"): "A.ADM2",
    (None, "district"): "A.ADM2",
    (None, "municipality"): "A.ADM3",
    (None, "city"): "P.PPL",
    (None, "town"): "P.PPL",
    (None, "village"): "P.PPL",
    (None, "hamlet"): "P.PPL",
    (None, "isolated_dwelling"): "P.PPL",
    (None, "suburb"): "P.PPLX",
    (None, "quarter"): "P.PPLX",
    (None, "neighbourhood"): "P.PPLX",
    (None, "city_district"): "P.PPLX",
    ("aeroway", "aerodrome"): "S.AIRP",
    ("aeroway", "airstrip"): "S.AIRF",
    ("aeroway", "heliport"): "S.AIRH",
    ("military", "airfield"): "S.AIRB",
    ("military", "base"): "S.MILB",
    ("landuse", "military"): "S.MILB",
    ("waterway", "dam"): "H.DAM",
    ("waterway", "river"): "H.STM",
    ("waterway", "stream"): "H.STM",
    ("waterway", "canal"): "H.CNL",
    ("natural", "water"): "H.LK",
    ("natural", "peak"): "T.PK",
    ("natural", "mountain_range"): "T.MTS",
    ("natural", "ridge"): "T.RDGE",
    ("natural", "valley"): "T.VAL",
    ("natural", "desert"): "T.DSRT",
    ("place", "island"): "T.ISL",
    ("highway", "motorway"): "R.RD",
    ("highway", "trunk"): "R.RD",
    ("highway", "primary"): "R.RD",
    ("highway", "secondary"): "R.RD",
    ("barrier", "border_control"): "S.PSTB",
    ("amenity", "refugee_site"): "S.CMPRF",
    ("social_facility", "refugee_camp"): "S.CMPRF",
}
_DEFAULT_FEATURE = "L.LCTY"
_ADMIN1_FIELDS = ("state", "province", "region", "state_district")


def _feature(raw: Mapping[str, Any]) -> str:
    osm_class = str(raw.get("class") or raw.get("category") or "")
    osm_type = str(raw.get("type") or "")
    found = OSM_FEATURES.get((osm_class, osm_type))
    if found is None and osm_class in ("place", "boundary"):
        found = OSM_FEATURES.get((None, str(raw.get("addresstype") or osm_type)))
    return found or _DEFAULT_FEATURE


def _nominatim_place(raw: Mapping[str, Any], latitude: float, longitude: float) -> Place:
    address = raw.get("address") or {}
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0].strip()
    country = str(address.get("country_code", "")).upper() or None
    admin1 = next((address[f] for f in _ADMIN1_FIELDS if address.get(f)), None)
    return Place(
        name=name,
        latitude=latitude,
        longitude=longitude,
        feature=_feature(raw),
        country_code=country,
        admin1=admin1,
    )


def place_from_location(service: str, location: Any) -> Place:
    """The Place of a geopy ``Location`` returned by ``service`` ("nominatim" ...)."""
    latitude, longitude = float(location.latitude), float(location.longitude)
    raw = location.raw if isinstance(location.raw, Mapping) else {}
    if service == "nominatim" or ("osm_type" in raw and "display_name" in raw):
        return _nominatim_place(raw, latitude, longitude)
    name = str(location.address or "").split(",")[0].strip()
    return Place(name=name, latitude=latitude, longitude=longitude, feature="P.PPL")
