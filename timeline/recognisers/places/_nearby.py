"""Which records of different mention groups lie close to each other."""

from __future__ import annotations

import collections
import math

from gazetteer import Gazetteer

__all__ = ["Neighbours", "closeness", "neighbours"]

# (within km, bonus): how much a record nearby supports another, in log-odds units.
_TIERS = ((25.0, 4.0), (100.0, 3.0), (300.0, 1.5))
_REACH_KM = _TIERS[-1][0]
_CELL = 3.0  # degrees; 300 km fits in the 3x3 cells around a point below ~60 degrees
_KM_PER_DEGREE = 111.2
_RADIANS = math.pi / 180.0
_REACH_DEGREES = _REACH_KM / _KM_PER_DEGREE
# A cell is numbered row * _ROW + column (columns span -60..60 cells of 3 degrees).
# Cells compared with a cell: the neighbours after it, so that each pair of cells is
# visited once (and the cell with itself).
_ROW = 1 << 10
_FORWARD = (1, _ROW - 1, _ROW, _ROW + 1)

# (group, record index) -> the other groups within reach, each with (record index,
# bonus) of its records within reach.
Neighbours = dict[tuple[int, int], list[tuple[int, list[tuple[int, float]]]]]
_Point = tuple[int, int, float, float]  # group, record index, latitude, longitude


def closeness(km: float) -> float:
    """The support a record this far from another gives it."""
    for limit, bonus in _TIERS:
        if km <= limit:
            return bonus
    return 0.0


def _pairs(
    mine: list[_Point], theirs: list[_Point], same: bool, choosing: list[bool]
) -> list[tuple[_Point, _Point, float]]:
    """Pairs of points of different groups within reach, with their bonus.

    Distances are equirectangular: accurate to a few percent at the few-hundred-km
    scale, and cheaper than ``Gazetteer.distance_km`` (haversine) for the many pairs
    compared; the tiers they are sorted into are coarse.
    """
    found = []
    for k, a in enumerate(mine):
        gi, _, lat, lon = a
        settled = not choosing[gi]
        for b in theirs[k + 1 :] if same else theirs:
            if b[0] == gi or (settled and not choosing[b[0]]):
                continue
            dlat = b[2] - lat
            if dlat > _REACH_DEGREES or dlat < -_REACH_DEGREES:
                continue  # farther north or south than the reach alone
            x = (b[3] - lon) * math.cos((lat + b[2]) * 0.5 * _RADIANS)
            km = _KM_PER_DEGREE * math.hypot(x, dlat)
            if km <= _REACH_KM:
                found.append((a, b, closeness(km)))
    return found


def neighbours(gazetteer: Gazetteer, groups: list[list[int]]) -> Neighbours:
    """For each (group, record) the records of *other* groups within reach, with bonus.

    Only groups with a choice to make (more than one record) are given neighbours:
    the others' records are settled, and only what they say about the rest counts.
    """
    cells: dict[int, list[_Point]] = collections.defaultdict(list)
    floor = math.floor
    for gi, rids in enumerate(groups):
        for ri, rid in enumerate(rids):
            lat, lon = gazetteer.coordinates_of(rid)
            cells[floor(lat / _CELL) * _ROW + floor(lon / _CELL)].append((gi, ri, lat, lon))
    choosing = [len(rids) > 1 for rids in groups]
    near: dict[tuple[int, int], dict[int, list[tuple[int, float]]]] = collections.defaultdict(dict)
    for cell, mine in cells.items():
        _record(near, _pairs(mine, mine, True, choosing), choosing)
        for step in _FORWARD:
            theirs = cells.get(cell + step)
            if theirs:
                _record(near, _pairs(mine, theirs, False, choosing), choosing)
    return {point: list(by_group.items()) for point, by_group in near.items()}


def _record(
    near: dict[tuple[int, int], dict[int, list[tuple[int, float]]]],
    pairs: list[tuple[_Point, _Point, float]],
    choosing: list[bool],
) -> None:
    """Note each pair under the points of both groups that have a choice to make."""
    for a, b, bonus in pairs:
        if choosing[a[0]]:
            near[(a[0], a[1])].setdefault(b[0], []).append((b[1], bonus))
        if choosing[b[0]]:
            near[(b[0], b[1])].setdefault(a[0], []).append((a[1], bonus))
