"""Accumulates gazetteer records and their name keys, then freezes them into a Store."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable

from gazetteer._features import is_well_known
from gazetteer._fold import skeleton
from gazetteer._store import Lexicon, Store
from gazetteer._variants import name_variants, prefix_keys

__all__ = ["RecordBuilder", "prior"]

# Bonus by kind, in decades of population: countries and capitals are named far more
# often than their size alone says; second-level regions less (their population is
# a sum over their places, an unreliable figure).
_FEATURE_PRIOR = {
    "L.CONT": 3.0,
    "A.ADM1": 1.5,
    "A.ADM2": -0.5,
    "P.PPLC": 2.0,
    "P.PPLA": 0.5,
    "L.RGN": 1.5,  # a named region, weighed like a first-level one
    # waters have no population: their kind stands for how often news names them
    "H.SEA": 8.0,
    "H.GULF": 6.0,
    "H.STRT": 6.0,
}
_COUNTRY_PRIOR = 2.0
_SEAT_SHARE = 0.5  # a town holding this share of its region's people gives it its name


_KIND_ORDER = ("L.CONT", "A.PCL", "A.ADM1", "A.ADM2", "P.")


def _kind_rank(feature: str) -> int:
    return next((k for k, p in enumerate(_KIND_ORDER) if feature.startswith(p)), len(_KIND_ORDER))


def prior(feature: str, population: int) -> float:
    """Prior weight of a record regardless of context: size and kind of place."""
    bonus = _COUNTRY_PRIOR if feature.startswith("A.PCL") else _FEATURE_PRIOR.get(feature, 0.0)
    return math.log10(population + 1) + bonus


class RecordBuilder:
    """Collects records column-wise; ``add`` returns the new record's id."""

    def __init__(self, admin1_table: Iterable[tuple[str, str, str]]) -> None:
        self.names: list[str] = []
        self.latitude = array("d")
        self.longitude = array("d")
        self.population = array("q")
        self.geonameid = array("q")
        self.fame = array("H")
        self.feature = array("H")
        self.country = array("H")
        self.admin1 = array("H")
        self.features: dict[str, int] = {}
        self.countries: dict[str, int] = {"": 0}
        self.admin1_table: list[tuple[str, str, str]] = [("", "", "")]
        self.admin1_index: dict[tuple[str, str], int] = {}
        for cc, code, name in admin1_table:
            self.admin1_index[(cc, code)] = len(self.admin1_table)
            self.admin1_table.append((cc, code, name))
        self.keys: dict[str, int | list[int]] = {}  # a lone id stays a bare int
        self.spans: dict[str, int] = {}
        self.prefixes: set[str] = set()
        self.prominent: set[str] = set()
        self.prominent_first: dict[str, set[str]] = {}
        self.by_geonameid: dict[int, int] = {}
        self.country_ids: dict[str, int] = {}
        self.admin1_ids: dict[tuple[str, str], int] = {}

    def add(
        self,
        names: list[str],
        latitude: float,
        longitude: float,
        feature: str,
        *,
        country: str = "",
        admin1: str = "",
        population: int = 0,
        geonameid: int = 0,
        fame: int = 0,
    ) -> int:
        """Add a record named ``names[0]`` (also indexed under the other names)."""
        rid = len(self.names)
        self.names.append(names[0])
        self.latitude.append(latitude)
        self.longitude.append(longitude)
        self.population.append(max(0, population))
        self.geonameid.append(geonameid)
        self.fame.append(min(fame, 65535))
        self.feature.append(self.features.setdefault(feature, len(self.features)))
        self.country.append(self.countries.setdefault(country, len(self.countries)))
        self.admin1.append(self.admin1_index.get((country, admin1), 0))
        if geonameid:
            self.by_geonameid[geonameid] = rid
        if feature.startswith("A.PCL"):
            self.country_ids.setdefault(country, rid)
        elif feature == "A.ADM1":
            self.admin1_ids.setdefault((country, admin1), rid)
        self.index_names(rid, names, is_well_known(feature, population))
        return rid

    def add_admin1(self, country: str, code: str, name: str) -> None:
        """Register a first-level region code (records added later can refer to it)."""
        if (country, code) not in self.admin1_index:
            self.admin1_index[(country, code)] = len(self.admin1_table)
            self.admin1_table.append((country, code, name))

    def update(
        self,
        rid: int,
        *,
        feature: str | None = None,
        point: tuple[float, float] | None = None,
        geonameid: int = 0,
    ) -> None:
        """Correct a record with better data (a GeoNames dump's feature code or point)."""
        if feature is not None:
            self.feature[rid] = self.features.setdefault(feature, len(self.features))
        if point is not None:
            self.latitude[rid], self.longitude[rid] = point
        if geonameid:
            self.geonameid[rid] = geonameid
            self.by_geonameid[geonameid] = rid

    def index_names(self, rid: int, names: Iterable[str], prominent: bool = False) -> None:
        """Index record ``rid`` under more names (``prominent``: names of a well-known
        place, see ``gazetteer._features``)."""
        for key, form in name_variants(names):
            rids = self.keys.get(key)
            if rids is None:
                self.keys[key] = rid
            elif isinstance(rids, int):
                if rids != rid:
                    self.keys[key] = [rids, rid]
            elif rids[-1] != rid:
                rids.append(rid)
            first = skeleton(form[0])
            if self.spans.get(first, 0) < len(form):
                self.spans[first] = len(form)
            self.prefixes.update(prefix_keys(form))
            if prominent:
                self.prominent.add(key)
                second = skeleton(form[1]) if len(form) > 1 else ""
                self.prominent_first.setdefault(form[0], set()).add(second)

    def _record_prior(self, rid: int, feature_names: list[str]) -> float:
        return prior(feature_names[self.feature[rid]], self.population[rid])

    def _frozen_index(self) -> dict[str, int | tuple[int, ...]]:
        """Name key -> record ids, best prior first; ties in the order continents,
        countries, regions, towns, other features, then as added."""
        feature_names = list(self.features)
        ranks = [_kind_rank(f) for f in feature_names]

        def order(rid: int) -> tuple[float, int, int]:
            feature = self.feature[rid]
            return (-self._record_prior(rid, feature_names), ranks[feature], rid)

        index: dict[str, int | tuple[int, ...]] = {}
        for key, rids in self.keys.items():
            if isinstance(rids, int):
                index[key] = rids
                continue
            unique = sorted(set(rids), key=order)
            index[key] = unique[0] if len(unique) == 1 else tuple(unique)
        return index

    def _seat_named(self) -> frozenset[int]:
        """Regions named after their main town (Aleppo governorate, Kharkiv oblast): the
        town has the same name, lies in the region and is its most populous place, or
        holds at least half its people."""
        feature_names = list(self.features)
        largest: dict[tuple[int, int], int] = {}
        for r, feature in enumerate(self.feature):
            if feature_names[feature].startswith("P."):
                slot = (self.country[r], self.admin1[r])
                largest[slot] = max(largest.get(slot, 0), self.population[r])
        found: set[int] = set()
        for rids in self.keys.values():
            if isinstance(rids, int):
                continue
            towns: dict[tuple[int, int], int] = {}
            for r in rids:
                if feature_names[self.feature[r]].startswith("P."):
                    slot = (self.country[r], self.admin1[r])
                    towns[slot] = max(towns.get(slot, 0), self.population[r])
            for r in rids:
                kind = feature_names[self.feature[r]]
                slot = (self.country[r], self.admin1[r])
                town = towns.get(slot, -1)
                seat = town > 0 and town >= largest.get(slot, 0)
                share = town >= _SEAT_SHARE * self.population[r]
                if kind in ("A.ADM1", "A.ADM2") and (seat or share):
                    found.add(r)
        return frozenset(found)

    def freeze(self, fingerprint: str, lexicon: Lexicon) -> Store:
        """The finished store."""
        return Store(
            fingerprint=fingerprint,
            names=self.names,
            latitude=self.latitude,
            longitude=self.longitude,
            population=self.population,
            geonameid=self.geonameid,
            fame=self.fame,
            feature=self.feature,
            features=tuple(self.features),
            country=self.country,
            countries=tuple(self.countries),
            admin1=self.admin1,
            admin1_table=tuple(self.admin1_table),
            index=self._frozen_index(),
            spans=self.spans,
            prefixes=frozenset(self.prefixes),
            prominent=frozenset(self.prominent),
            prominent_first={w: frozenset(s) for w, s in self.prominent_first.items()},
            country_ids=self.country_ids,
            admin1_ids=self.admin1_ids,
            seat_named=self._seat_named(),
            lexicon=lexicon,
        )
