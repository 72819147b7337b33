"""Choosing the gazetteer record of each mention with the whole document as context.

Mentions with the same name form one group (one sense per discourse). A group's
records are scored by a prior (size, kind, fame), the words around its mentions
(", N.Y.", "province", "Washington urged"), and document evidence re-estimated a few
times: how much of the document points at each country and first-level region, and
which other groups have a record close by (Athens and Henderson County both have one
in east Texas). Scores are log-odds-like; a softmax turns them into probabilities.
"""

from __future__ import annotations

import collections
import math
from collections.abc import Hashable
from dataclasses import dataclass, field

from gazetteer import Gazetteer, fold, name_tokens
from timeline.recognisers.places._context import Frame
from timeline.recognisers.places._filters import Accepted
from timeline.recognisers.places._memo import GazetteerMemo
from timeline.recognisers.places._nearby import neighbours

__all__ = ["Resolution", "resolve"]

_MAX_RECORDS = 20
_ITERATIONS = 3
_TEMPERATURE = 0.6
_EXACT_NAME = 0.5
_ALTERNATE_NAME = -1.5  # known here by another name while a place of this very name exists
_RESPELT = -2.0  # its own name spelt otherwise while a place is spelt just as written
_WITHIN = 5.0
_PREFER_MATCH = 3.0
_PREFER_MISMATCH = -1.0
_GOVERNMENT = 3.0  # "Washington urged": the capital, not the state
_DATELINE = 3.0  # "WASHINGTON -": wire style names only well-known places alone
_COUNTRY_WEIGHT = 1.0
_ADMIN1_WEIGHT = 2.5
_PROXIMITY_CAP = 6.0

_Near = dict[int, list[tuple[int, float]]]  # group -> [(record index, bonus)]


@dataclass(frozen=True, slots=True)
class Resolution:
    """The record chosen for a mention and the probability that it is the right one."""

    rid: int
    probability: float


@dataclass(slots=True)
class _Group:
    """Mentions of one name: its records, their countries and regions, and scores.

    ``near`` holds, for each record, the records of other groups close to it (None:
    none) with their bonus (``neighbours``).

    ``countries`` and ``regions`` number each record's country and first-level region
    within the document (-1: unknown); ``own_countries`` and ``own_regions`` are the
    group's own share of the document's evidence (probability times weight), set by
    each round.
    """

    mentions: list[int]
    rids: tuple[int, ...]
    static: list[float]
    weight: float
    countries: list[int]
    regions: list[int]
    probs: list[float] = field(default_factory=list)
    near: list[_Near | None] = field(default_factory=list)
    own_countries: dict[int, float] = field(default_factory=dict)
    own_regions: dict[int, float] = field(default_factory=dict)


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp((s - top) / _TEMPERATURE) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class _Resolver:
    def __init__(self, gaz: Gazetteer, mentions: list[Accepted], frames: list[Frame]) -> None:
        self.gaz = gaz
        self.mentions = mentions
        self.frames = frames
        self.group_of: dict[int, _Group] = {}
        self.groups: list[_Group] = []
        # countries and regions numbered in the order the document meets them
        self.country_ids: dict[str, int] = {}
        self.region_ids: dict[tuple[str, str], int] = {}

    def _container_bonus(self, rid: int, container: int) -> float:
        outer = self.mentions[container].candidate.rids[0]
        feature = self.gaz.feature_of(outer)
        if feature == "A.ADM1" and self.gaz.admin1_of(rid) == self.gaz.admin1_of(outer):
            return _WITHIN
        if feature.startswith("A.PCL") and self.gaz.country_of(rid) == self.gaz.country_of(outer):
            return _WITHIN
        return 0.0

    def _context_bonus(self, rid: int, indices: list[int]) -> float:
        feature = self.gaz.feature_of(rid)
        national = self.gaz.government_level(rid) == "national"
        score = 0.0
        for m in indices:
            frame = self.frames[m]
            if frame.prefer is not None:
                fits = feature.startswith("A." if frame.prefer == "region" else "P.")
                score += _PREFER_MATCH if fits else _PREFER_MISMATCH
            if frame.within is not None:
                score += self._container_bonus(rid, frame.within)
            if frame.government and national:
                score += _GOVERNMENT
            if frame.dateline and self.gaz.is_well_known(rid):
                score += _DATELINE
        return score

    def _static(
        self, rids: tuple[int, ...], indices: list[int], key: str, written: str
    ) -> list[float]:
        """Prior and local context: the name's weights (``_name_weights``) plus what the
        words around its mentions say."""
        base = _name_weights(self.gaz, rids, key, written)
        frames = [self.frames[m] for m in indices]
        if not any(
            f.prefer is not None or f.within is not None or f.government or f.dateline
            for f in frames
        ):
            return list(base)
        return [b + self._context_bonus(r, indices) for r, b in zip(rids, base, strict=True)]

    def build_groups(self, texts: list[str]) -> None:
        by_key: dict[str, list[int]] = collections.defaultdict(list)
        for m, mention in enumerate(self.mentions):
            by_key[mention.candidate.key].append(m)
        gaz = self.gaz
        containers = _CONTAINERS.table(gaz)
        for indices in by_key.values():
            rids = self.mentions[indices[0]].candidate.rids[:_MAX_RECORDS]
            written = "".join(name_tokens(fold(texts[indices[0]])))
            static = self._static(rids, indices, self.mentions[indices[0]].candidate.key, written)
            weight = 1.0 + 0.5 * math.log(len(indices))
            codes, admin1 = _containers(gaz, rids, containers)
            country_ids, region_ids = self.country_ids, self.region_ids
            countries = [country_ids.setdefault(v, len(country_ids)) if v else -1 for v in codes]
            regions = [region_ids.setdefault(v, len(region_ids)) if v else -1 for v in admin1]
            group = _Group(indices, rids, static, weight, countries, regions, _softmax(static))
            self.groups.append(group)
            for m in indices:
                self.group_of[m] = group
        near = neighbours(gaz, [g.rids for g in self.groups])
        for gi, g in enumerate(self.groups):
            g.near = [near.get((gi, ri)) for ri in range(len(g.rids))]

    def _evidence(self) -> tuple[list[float], list[float]]:
        """How much the document points at each country and region (each group's own
        share is kept on the group, when it has more than one record to choose from)."""
        countries = [0.0] * len(self.country_ids)
        regions = [0.0] * len(self.region_ids)
        for g in self.groups:
            weight = g.weight
            if len(g.rids) == 1:  # settled: nothing of its own to keep
                ci, ai = g.countries[0], g.regions[0]
                mass = g.probs[0] * weight
                if ci >= 0:
                    countries[ci] += mass
                if ai >= 0:
                    regions[ai] += mass
                continue
            own_c: dict[int, float] = {}
            own_a: dict[int, float] = {}
            for ci, ai, p in zip(g.countries, g.regions, g.probs, strict=True):
                mass = p * weight
                if ci >= 0:
                    countries[ci] += mass
                    own_c[ci] = own_c.get(ci, 0.0) + mass
                if ai >= 0:
                    regions[ai] += mass
                    own_a[ai] = own_a.get(ai, 0.0) + mass
            g.own_countries, g.own_regions = own_c, own_a
        return countries, regions

    def _scores(self, g: _Group, countries: list[float], regions: list[float]) -> list[float]:
        """Static scores plus what the other groups say about each record (uncapped: in
        local news the document outweighs fame): the sum over other groups nearby of
        the best closeness of one of their records, weighted by how likely that record
        is (capped)."""
        own_c, own_a = g.own_countries, g.own_regions
        log1p = math.log1p
        groups = self.groups
        scores = []
        for ci, ai, static, near in zip(g.countries, g.regions, g.static, g.near, strict=True):
            score = static
            if ci >= 0:
                mass = countries[ci] - own_c.get(ci, 0.0)
                if mass > 0.0:
                    score += _COUNTRY_WEIGHT * log1p(mass)
            if ai >= 0:
                mass = regions[ai] - own_a.get(ai, 0.0)
                if mass > 0.0:
                    score += _ADMIN1_WEIGHT * log1p(mass)
            if near is not None:
                total = 0.0
                for gj, records in near.items():
                    probs = groups[gj].probs
                    best = 0.0
                    for rj, bonus in records:
                        value = bonus * (0.5 + 0.5 * probs[rj])
                        if value > best:
                            best = value
                    total += best
                score += min(_PROXIMITY_CAP, total)
            scores.append(score)
        return scores

    def iterate(self) -> None:
        for _ in range(_ITERATIONS):
            countries, regions = self._evidence()
            updated = [
                _softmax(self._scores(g, countries, regions)) if len(g.rids) > 1 else g.probs
                for g in self.groups
            ]
            for g, probs in zip(self.groups, updated, strict=True):
                g.probs = probs


_WEIGHTS: GazetteerMemo[tuple[float, ...]] = GazetteerMemo()


def _name_weights(
    gaz: Gazetteer, rids: tuple[int, ...], key: str, written: str
) -> tuple[float, ...]:
    """Each record's prior plus a bonus when it is named exactly as written, or a
    penalty when it is only known by another name while a place of this very name
    exists ("Berea" for Aleppo). The same for every document: remembered per
    gazetteer by (key, spelling, first record)."""
    memo = _WEIGHTS.table(gaz)
    found = memo.get((key, written, rids[0]))
    if found is not None:
        return found
    own = [gaz.own_key(r) == key for r in rids]
    same = [o and gaz.own_compact(r) == written for r, o in zip(rids, own, strict=True)]
    alternate_penalty = _ALTERNATE_NAME if any(own) else 0.0
    # spelt otherwise while a place is spelt just as written ("Iran" for Iraan, Texas)
    respelt = _RESPELT if any(same) else _EXACT_NAME
    found = tuple(
        gaz.prior_of(r) + ((2 * _EXACT_NAME if s else respelt) if o else alternate_penalty)
        for r, o, s in zip(rids, own, same, strict=True)
    )
    memo[(key, written, rids[0])] = found
    return found


_Containers = tuple[tuple[str, ...], tuple[tuple[str, str] | None, ...]]
_CONTAINERS: GazetteerMemo[_Containers] = GazetteerMemo()


def _containers(
    gaz: Gazetteer, rids: tuple[int, ...], memo: dict[Hashable, _Containers]
) -> _Containers:
    """The country code ("": unknown) and first-level region (None: unknown) of each
    record, remembered in ``memo`` (``_CONTAINERS.table(gaz)``) for the records of a
    name."""
    found = memo.get(rids)
    if found is None:
        regions = [gaz.admin1_of(r) for r in rids]
        found = memo[rids] = (
            tuple(gaz.country_of(r) for r in rids),
            tuple(region if region[0] else None for region in regions),
        )
    return found


def resolve(
    gazetteer: Gazetteer, mentions: list[Accepted], frames: list[Frame], texts: list[str]
) -> list[Resolution]:
    """The record of each mention (same order), with its probability."""
    resolver = _Resolver(gazetteer, mentions, frames)
    resolver.build_groups(texts)
    resolver.iterate()
    out = []
    for m in range(len(mentions)):
        g = resolver.group_of[m]
        best = max(range(len(g.rids)), key=g.probs.__getitem__)
        out.append(Resolution(g.rids[best], g.probs[best]))
    return out
