"""Great-circle distance and region midpoints."""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["EARTH_RADIUS_KM", "haversine_km", "trimmed_midpoint"]

EARTH_RADIUS_KM = 6371.0088
_RAD = math.pi / 180.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points."""
    dlat = (lat2 - lat1) * _RAD
    dlon = (lon2 - lon1) * _RAD
    a = (
        math.sin(dlat / 2) ** 2
        + math.cos(lat1 * _RAD) * math.cos(lat2 * _RAD) * math.sin(dlon / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def trimmed_midpoint(
    points: Sequence[tuple[float, float]], trim: float = 0.02
) -> tuple[float, float]:
    """Midpoint of the box spanning the ``trim``..1-``trim`` quantiles of the points."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (
        (_quantile(lats, trim) + _quantile(lats, 1 - trim)) / 2,
        (_quantile(lons, trim) + _quantile(lons, 1 - trim)) / 2,
    )
