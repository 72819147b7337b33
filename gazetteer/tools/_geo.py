"""Spatial helpers for the data tools: a coarse grid for nearest lookups, region midpoints."""

from __future__ import annotations

import collections
import math
from typing import Generic, TypeVar

from gazetteer._geo import haversine_km

__all__ = ["Grid"]

T = TypeVar("T")
_CELL = 0.25  # degrees


class Grid(Generic[T]):
    """Items bucketed by country and a 0.25-degree cell, for "what is near here" lookups."""

    def __init__(self) -> None:
        self._cells: dict[tuple[str, int, int], list[tuple[float, float, T]]] = (
            collections.defaultdict(list)
        )

    def add(self, lat: float, lon: float, country: str, item: T) -> None:
        self._cells[(country, math.floor(lat / _CELL), math.floor(lon / _CELL))].append(
            (lat, lon, item)
        )

    def near(self, lat: float, lon: float, country: str, km: float) -> list[tuple[float, T]]:
        """Items of ``country`` within ``km`` (at most about 25 km), nearest first."""
        cy, cx = math.floor(lat / _CELL), math.floor(lon / _CELL)
        found = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for ilat, ilon, item in self._cells.get((country, cy + dy, cx + dx), ()):
                    dist = haversine_km(lat, lon, ilat, ilon)
                    if dist <= km:
                        found.append((dist, item))
        found.sort(key=lambda pair: pair[0])
        return found
