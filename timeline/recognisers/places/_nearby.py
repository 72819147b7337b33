"""Which records of different mention groups lie close to each other."""

from __future__ import annotations

import collections
import math

from gazetteer import Gazetteer

__all__ = ["Neighbours", "closeness", "neighbours"]

# (within km, bonus): how much a record nearby supports another, in log-odds units.
_TIERS = ((25.0, 4.0), (100.0, 3.0), (300.0, 1.5))
_CELL = 3.0  # degrees; 300 km fits in the 3x3 cells around a point below ~60 degrees
_KM_PER_DEGREE = 111.2

Neighbours = dict[tuple[int, int], list[tuple[int, int, float]]]


def closeness(km: float) -> float:
    """The support a record this far from another gives it."""
    return next((bonus for limit, bonus in _TIERS if km <= limit), 0.0)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: accurate to a few percent at the few-hundred-km scale.

    Deliberately not ``Gazetteer.distance_km`` (haversine): it is computed for every
    pair of records in neighbouring cells, and the tiers it is sorted into are coarse.
    """
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return _KM_PER_DEGREE * math.hypot(x, lat2 - lat1)


def neighbours(gazetteer: Gazetteer, groups: list[list[int]]) -> Neighbours:
    """For each (group, record) the records of *other* groups within reach, with bonus."""
    cells: dict[tuple[int, int], list[tuple[int, int, float, float]]] = collections.defaultdict(
        list
    )
    points = []
    for gi, rids in enumerate(groups):
        for ri, rid in enumerate(rids):
            lat, lon = gazetteer.coordinates_of(rid)
            points.append((gi, ri, lat, lon))
            cells[(math.floor(lat / _CELL), math.floor(lon / _CELL))].append((gi, ri, lat, lon))
    found: Neighbours = collections.defaultdict(list)
    for gi, ri, lat, lon in points:
        cy, cx = math.floor(lat / _CELL), math.floor(lon / _CELL)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for gj, rj, lat2, lon2 in cells.get((cy + dy, cx + dx), ()):
                    if gj != gi:
                        bonus = closeness(_km(lat, lon, lat2, lon2))
                        if bonus:
                            found[(gi, ri)].append((gj, rj, bonus))
    return found
