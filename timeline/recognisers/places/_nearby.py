"""Which records of different mention groups lie close to each other."""

from __future__ import annotations

import collections
import math
from collections.abc import Hashable

from gazetteer import Gazetteer
from timeline.recognisers.places._memo import GazetteerMemo

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

# (group, record index) -> the other groups within reach (in the order met), each with
# (record index, bonus) of its records within reach.
Neighbours = dict[tuple[int, int], dict[int, list[tuple[int, float]]]]
_Point = tuple[int, int, float, float]  # group, record index, latitude, longitude
_Located = tuple[tuple[int, float, float], ...]  # cell, latitude, longitude of each record
_CELLS: GazetteerMemo[_Located] = GazetteerMemo()


def closeness(km: float) -> float:
    """The support a record this far from another gives it."""
    for limit, bonus in _TIERS:
        if km <= limit:
            return bonus
    return 0.0


def _located(
    gazetteer: Gazetteer, rids: tuple[int, ...], memo: dict[Hashable, _Located]
) -> _Located:
    """(cell, latitude, longitude) of each record, remembered in ``memo``
    (``_CELLS.table``) for the records of a name."""
    found = memo.get(rids)
    if found is None:
        floor = math.floor
        points = []
        for rid in rids:
            lat, lon = gazetteer.coordinates_of(rid)
            points.append((floor(lat / _CELL) * _ROW + floor(lon / _CELL), lat, lon))
        found = memo[rids] = tuple(points)
    return found


def _pairs(
    near: Neighbours, mine: list[_Point], theirs: list[_Point], same: bool, choosing: list[bool]
) -> None:
    """Note the pairs of points of different groups within reach, with their bonus,
    under the points of both groups that have a choice to make.

    Distances are equirectangular: accurate to a few percent at the few-hundred-km
    scale, and cheaper than ``Gazetteer.distance_km`` (haversine) for the many pairs
    compared; the tiers they are sorted into are coarse.
    """
    cos, hypot = math.cos, math.hypot
    for k, a in enumerate(mine):
        gi, ri, lat, lon = a
        settled = not choosing[gi]
        for b in theirs[k + 1 :] if same else theirs:
            gj = b[0]
            if gj == gi or (settled and not choosing[gj]):
                continue
            dlat = b[2] - lat
            if dlat > _REACH_DEGREES or dlat < -_REACH_DEGREES:
                continue  # farther north or south than the reach alone
            x = (b[3] - lon) * cos((lat + b[2]) * 0.5 * _RADIANS)
            km = _KM_PER_DEGREE * hypot(x, dlat)
            if km <= _REACH_KM:
                bonus = closeness(km)
                if not settled:
                    near[(gi, ri)].setdefault(gj, []).append((b[1], bonus))
                if choosing[gj]:
                    near[(gj, b[1])].setdefault(gi, []).append((ri, bonus))


def neighbours(gazetteer: Gazetteer, groups: list[tuple[int, ...]]) -> Neighbours:
    """For each (group, record) the records of *other* groups within reach, with bonus.

    Only groups with a choice to make (more than one record) are given neighbours:
    the others' records are settled, and only what they say about the rest counts.
    """
    cells: dict[int, list[_Point]] = collections.defaultdict(list)
    memo = _CELLS.table(gazetteer)
    for gi, rids in enumerate(groups):
        for ri, (cell, lat, lon) in enumerate(_located(gazetteer, rids, memo)):
            cells[cell].append((gi, ri, lat, lon))
    choosing = [len(rids) > 1 for rids in groups]
    near: Neighbours = collections.defaultdict(dict)
    for cell, mine in cells.items():
        if len(mine) > 1:
            _pairs(near, mine, mine, True, choosing)
        for step in _FORWARD:
            theirs = cells.get(cell + step)
            if theirs:
                _pairs(near, mine, theirs, False, choosing)
    return near
