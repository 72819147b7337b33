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
from dataclasses import dataclass, field

from gazetteer import Gazetteer, fold, name_tokens
from timeline.recognisers.places._context import Frame
from timeline.recognisers.places._filters import Accepted
from timeline.recognisers.places._nearby import Neighbours, neighbours

__all__ = ["Resolution", "resolve"]

_MAX_RECORDS = 30
_ITERATIONS = 3
_TEMPERATURE = 0.6
_EXACT_NAME = 0.5
_ALTERNATE_NAME = -1.5  # known here by another name while a place of this very name exists
_WITHIN = 5.0
_PREFER_MATCH = 3.0
_PREFER_MISMATCH = -1.0
_GOVERNMENT = 3.0  # "Washington urged": the capital, not the state
_COUNTRY_WEIGHT = 1.0
_ADMIN1_WEIGHT = 2.5
_PROXIMITY_CAP = 6.0

_Mass = dict[str, float]  # evidence by country code
_RegionMass = dict[tuple[str, str], float]  # evidence by (country code, admin1 code)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The record chosen for a mention and the probability that it is the right one."""

    rid: int
    probability: float


@dataclass(slots=True)
class _Group:
    """Mentions of one name: its records, their countries and regions, and scores.

    ``own_countries`` and ``own_regions`` are the group's own share of the document's
    evidence (probability times weight, by country and by region), set by each round.
    """

    mentions: list[int]
    rids: list[int]
    static: list[float]
    weight: float
    countries: list[str]
    regions: list[tuple[str, str]]
    probs: list[float] = field(default_factory=list)
    own_countries: _Mass = field(default_factory=dict)
    own_regions: _RegionMass = field(default_factory=dict)


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
        self.near: Neighbours = {}

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
        return score

    def _static(self, rids: list[int], indices: list[int], key: str, written: str) -> list[float]:
        """Prior and local context; a record named exactly as written is preferred, one
        only known by another name ("Berea" for Aleppo) set back."""
        own = [self.gaz.own_key(r) == key for r in rids]
        same = [o and self.gaz.own_compact(r) == written for r, o in zip(rids, own, strict=True)]
        alternate_penalty = _ALTERNATE_NAME if any(own) else 0.0
        return [
            self.gaz.prior_of(r)
            + (_EXACT_NAME * (1 + s) if o else alternate_penalty)
            + self._context_bonus(r, indices)
            for r, o, s in zip(rids, own, same, strict=True)
        ]

    def build_groups(self, texts: list[str]) -> None:
        by_key: dict[str, list[int]] = collections.defaultdict(list)
        for m, mention in enumerate(self.mentions):
            by_key[mention.candidate.key].append(m)
        for indices in by_key.values():
            rids = list(self.mentions[indices[0]].candidate.rids[:_MAX_RECORDS])
            written = "".join(name_tokens(fold(texts[indices[0]])))
            static = self._static(rids, indices, self.mentions[indices[0]].candidate.key, written)
            weight = 1.0 + 0.5 * math.log(len(indices))
            countries = [self.gaz.country_of(r) for r in rids]
            regions = [self.gaz.admin1_of(r) for r in rids]
            group = _Group(indices, rids, static, weight, countries, regions, _softmax(static))
            self.groups.append(group)
            for m in indices:
                self.group_of[m] = group
        self.near = neighbours(self.gaz, [g.rids for g in self.groups])

    def _evidence(self) -> tuple[_Mass, _RegionMass]:
        """How much the document points at each country and region (each group's own
        share is kept on the group)."""
        countries: _Mass = collections.defaultdict(float)
        regions: _RegionMass = collections.defaultdict(float)
        for g in self.groups:
            own_c: _Mass = collections.defaultdict(float)
            own_a: _RegionMass = collections.defaultdict(float)
            for cc, a1, p in zip(g.countries, g.regions, g.probs, strict=True):
                mass = p * g.weight
                countries[cc] += mass
                regions[a1] += mass
                own_c[cc] += mass
                own_a[a1] += mass
            g.own_countries, g.own_regions = own_c, own_a
        return countries, regions

    def _proximity(self, gi: int, ri: int) -> float:
        """Sum over other groups of the best closeness of one of their records,
        weighted by how likely that record is."""
        best: dict[int, float] = {}
        for gj, rj, bonus in self.near.get((gi, ri), ()):
            value = bonus * (0.5 + 0.5 * self.groups[gj].probs[rj])
            if value > best.get(gj, 0.0):
                best[gj] = value
        return min(_PROXIMITY_CAP, sum(best.values()))

    def _scores(self, gi: int, g: _Group, countries: _Mass, regions: _RegionMass) -> list[float]:
        """Static scores plus what the other groups say about each record."""
        scores = []
        for ri, (cc, a1, static) in enumerate(zip(g.countries, g.regions, g.static, strict=True)):
            c_mass = max(0.0, countries[cc] - g.own_countries[cc]) if cc else 0.0
            a_mass = max(0.0, regions[a1] - g.own_regions[a1]) if a1[0] else 0.0
            context = (
                _COUNTRY_WEIGHT * math.log1p(c_mass)
                + _ADMIN1_WEIGHT * math.log1p(a_mass)
                + self._proximity(gi, ri)
            )
            scores.append(static + context)  # uncapped: in local news the document outweighs fame
        return scores

    def iterate(self) -> None:
        for _ in range(_ITERATIONS):
            countries, regions = self._evidence()
            updated = [
                _softmax(self._scores(gi, g, countries, regions)) if len(g.rids) > 1 else g.probs
                for gi, g in enumerate(self.groups)
            ]
            for g, probs in zip(self.groups, updated, strict=True):
                g.probs = probs


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
