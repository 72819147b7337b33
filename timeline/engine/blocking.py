"""Which events of an archive may tell the same happening: candidate pairs, by blocking.

Comparing every event with every other is quadratic; an archive holds millions. Two
events of different documents are one happening only when at least two of three things
agree (``timeline.events.merge``): their places (within ``NEAR_KM``, the same GeoNames
place, or the same country where one is only a country), their narrow firm dates
(overlapping), their core actors (one in common). Two events of one document need only
one. So a pair can only match if it shares a *pair key*: (place, month), (place, actor)
or (month, actor), or the document. Each event gets the keys it holds and the keys it
looks for; a join on those keys yields every pair that may match, and only those.

Blocks must stay small for an archive: a key shared by m events costs m² pairs.
- (place, actor) also carries time: two events of different documents whose dates do not
  overlap are never one happening (``same_happening``), so an event holds the months its
  dates span (a wider span: its years, kept apart from the months) and looks for the
  months and years that overlap it. An event with no date at all holds and looks for
  "no date" and "any date".
- (month, actor) says nothing of places, and two located events whose places agree are
  found by a place key already; so only an event without a place looks for it.
- Events of different documents are one happening only with the same type and a
  compatible modality (the same, or both firm: asserted or reported), so those three keys
  also carry the type and the modality (firm ones as one). Pairs within a document,
  whatever their types and modalities, come from the document key.

Places become 1-degree cells: an event holds its own cell and looks in every cell its
``NEAR_KM`` disc touches. A country-wide event holds its country and looks for every
event in it; a located event looks for country-wide events of its country. Keys are
64-bit hashes: a collision only adds a pair to compare, never loses one.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import polars as pl

from timeline.events.merge import FIRM, NARROW_DAYS, NEAR_KM, UNFIRM, merge_family

__all__ = ["CHUNK", "candidate_pairs", "dates_allow", "iter_candidate_pairs", "with_family"]

_KM_PER_DEGREE = 6371.0088 * math.pi / 180.0  # gazetteer.haversine_km's sphere
_REACH = (NEAR_KM + 0.5) / _KM_PER_DEGREE  # degrees of arc within NEAR_KM, with a margin
_POLAR_CELL = 80  # from this latitude cell poleward, a cell spans every longitude
_POLAR = 1000  # the longitude index of such a cell
_NARROW_MONTHS = 12  # wider dates are blocked by year
_MAX_YEARS = 30  # a wider span is blocked by its first 30 years
_WIDE, _YEARS = 1_000_000, 2_000_000  # time tokens: months below, then years of each kind
_ANY, _NONE = 3_000_000, 3_000_001
_TAGS = {"PD": 1, "PA": 2, "DA": 3, "doc": 4}
_UNFIRM = sorted(UNFIRM)
CHUNK = 20_000  # events whose pairs are found at once
_SEED = 0x7173  # polars' hash is stable for a seed within a polars version


def with_family(keys: pl.DataFrame) -> pl.DataFrame:
    """``keys`` with the ``family`` each event is compared within."""
    families = {t: merge_family(t) for t in keys["event_type"].unique().to_list()}
    return keys.with_columns(family=pl.col("event_type").replace_strict(families))


def _lon_cell(lon: pl.Expr) -> pl.Expr:
    """Longitude cell index, wrapped to [-180, 180)."""
    return ((lon.floor().cast(pl.Int64) + 180) % 360) - 180


def _own_place() -> pl.Expr:
    lat_cell = pl.col("latitude").floor().cast(pl.Int64)
    polar = lat_cell.abs() >= _POLAR_CELL
    lon_cell = pl.when(polar).then(pl.lit(_POLAR)).otherwise(_lon_cell(pl.col("longitude")))
    cell = pl.struct(t=pl.lit("cell"), a=lat_cell.cast(pl.Utf8), b=lon_cell.cast(pl.Utf8))
    return pl.concat_list(
        cell.hash(_SEED),
        _tagged("in", pl.col("country_code")),
        pl.when(pl.col("geo_precision") == "country").then(_tagged("cty", pl.col("country_code"))),
        _tagged("gid", pl.col("geonameid").cast(pl.Utf8)),
    ).list.drop_nulls()


def _query_cells(frame: pl.DataFrame) -> pl.Series:
    """For each event, the hashes of every cell its NEAR_KM disc touches (null where it
    has no point)."""
    everyone = frame.select("_id")
    frame = frame.filter(pl.col("latitude").is_not_null() & pl.col("longitude").is_not_null())
    lat = frame["latitude"]
    far = (lat.abs() + _REACH).clip(upper_bound=89.0)
    # The widest longitude span of the disc: asin(sin(reach) / cos(latitude)), at the
    # disc's most poleward latitude, so it is never too narrow.
    reach = math.sin(math.radians(_REACH))
    dlon = (reach / (far * math.pi / 180).cos()).clip(upper_bound=1.0).arcsin() * 180 / math.pi
    cells = (
        frame.select(
            pl.col("_id"),
            lat=pl.int_ranges(
                (pl.col("latitude") - _REACH).floor().cast(pl.Int64),
                (pl.col("latitude") + _REACH).floor().cast(pl.Int64) + 1,
            ),
            lon0=(pl.col("longitude") - dlon).floor().cast(pl.Int64),
            lon1=(pl.col("longitude") + dlon).floor().cast(pl.Int64) + 1,
        )
        .explode("lat")
        .with_columns(polar=pl.col("lat").abs() >= _POLAR_CELL)
        .with_columns(
            lon=pl.when(pl.col("polar"))
            .then(pl.lit([_POLAR], dtype=pl.List(pl.Int64)))
            .otherwise(pl.int_ranges("lon0", "lon1"))
        )
        .explode("lon")
        .with_columns(
            lon=pl.when(pl.col("polar")).then(pl.col("lon")).otherwise(_lon_cell(pl.col("lon")))
        )
        .select(
            "_id",
            key=pl.struct(
                t=pl.lit("cell"), a=pl.col("lat").cast(pl.Utf8), b=pl.col("lon").cast(pl.Utf8)
            ).hash(_SEED),
        )
        .unique()
        .group_by("_id")
        .agg("key")
    )
    return everyone.join(cells, on="_id", how="left")["key"]


def _tagged(tag: str, value: pl.Expr) -> pl.Expr:
    """The hash of (tag, value); null where value is null."""
    return pl.when(value.is_not_null()).then(pl.struct(t=pl.lit(tag), a=value).hash(_SEED))


def _query_place() -> pl.Expr:
    country_wide = pl.col("geo_precision") == "country"
    return pl.concat_list(
        pl.col("_cells"),
        pl.when(country_wide)
        .then(_tagged("in", pl.col("country_code")))
        .otherwise(_tagged("cty", pl.col("country_code"))),
        _tagged("gid", pl.col("geonameid").cast(pl.Utf8)),
    ).list.drop_nulls()


def _months() -> pl.Expr:
    firm = ~pl.col("date_basis").is_in(_UNFIRM) & pl.col("date_start").is_not_null()
    narrow = (pl.col("date_end") - pl.col("date_start")).dt.total_days() <= NARROW_DAYS
    month = pl.col("date_start").dt.year() * 12 + pl.col("date_start").dt.month()
    last = pl.col("date_end").dt.year() * 12 + pl.col("date_end").dt.month()
    return pl.when(firm & narrow).then(pl.int_ranges(month.cast(pl.Int64), last.cast(pl.Int64) + 1))


def _month(day: pl.Expr) -> pl.Expr:
    return (day.dt.year() * 12 + day.dt.month() - 1).cast(pl.Int64)


def _tokens(base: int, first: pl.Expr, last: pl.Expr) -> pl.Expr:
    return pl.int_ranges(first + base, last + base + 1)


def _times() -> tuple[pl.Expr, pl.Expr]:
    """The time tokens an event holds and those it looks for (see the module docstring):
    its months, the years of events with wider dates (``_WIDE``), the years of the
    others (``_YEARS``), and ``_ANY`` / ``_NONE`` for events with no date. Tokens are
    integers, each kind in a range of its own."""
    start, end = pl.col("date_start"), pl.col("date_end")
    first, last = _month(start), _month(end)
    year0 = start.dt.year().cast(pl.Int64)
    year1 = pl.min_horizontal(end.dt.year().cast(pl.Int64), year0 + _MAX_YEARS)
    narrow = (last - first) <= _NARROW_MONTHS
    months = _tokens(0, first, last)
    wide, years = _tokens(_WIDE, year0, year1), _tokens(_YEARS, year0, year1)
    undated = start.is_null() | end.is_null()
    held = (
        pl.when(undated)
        .then(pl.lit([_NONE], dtype=pl.List(pl.Int64)))
        .when(narrow)
        .then(pl.concat_list(months, years, pl.lit(_ANY, dtype=pl.Int64)))
        .otherwise(pl.concat_list(wide, pl.lit(_ANY, dtype=pl.Int64)))
    )
    sought = (
        pl.when(undated)
        .then(pl.lit([_ANY, _NONE], dtype=pl.List(pl.Int64)))
        .when(narrow)
        .then(pl.concat_list(months, wide, pl.lit(_NONE, dtype=pl.Int64)))
        .otherwise(pl.concat_list(wide, years, pl.lit(_NONE, dtype=pl.Int64)))
    )
    return held, sought


def _core_actors() -> pl.Expr:
    """Hashes of the core actors: actor1 and actor2, else every actor named."""
    pair = pl.concat_list(pl.col("actor1"), pl.col("actor2")).list.drop_nulls()
    names = pl.when(pair.list.len() > 0).then(pair).otherwise(pl.col("actors"))
    return names.list.eval(pl.element().hash(_SEED))


def _key_rows(frame: pl.DataFrame, tag: str, seeking: bool) -> pl.DataFrame:
    """One row per (event, key of kind ``tag``): on the side that holds keys, or with
    ``seeking`` on the side that looks for them (see the module docstring)."""
    place, time = ("query", "sought") if seeking else ("own", "held")
    if tag == "PD":
        return _keyed(frame, tag, place, "months")
    if tag == "PA":
        return _keyed(frame, tag, place, "core", time)
    if tag == "DA":
        return _keyed(
            frame.filter(pl.col(place).is_null()) if seeking else frame, tag, "months", "core"
        )
    return frame.select("_id", key=pl.struct(pl.lit(_TAGS[tag]), pl.col("doc_id")).hash(_SEED))


def _kind() -> pl.Expr:
    """The hash of an event's type and modality, asserted and reported as one."""
    modality = pl.when(pl.col("modality").is_in(sorted(FIRM))).then(pl.lit("firm"))
    return pl.struct(pl.col("event_type"), modality.otherwise(pl.col("modality"))).hash(_SEED)


def _keyed(frame: pl.DataFrame, tag: str, *columns: str) -> pl.DataFrame:
    """The hash of (tag, kind, one value of each list column) for every combination."""
    part = frame.select("_id", "kind", *columns)
    for column in columns:
        part = part.explode(column)
    fields = [pl.lit(_TAGS[tag], dtype=pl.Int64).alias("t"), pl.col("kind")]
    fields += [pl.col(c).cast(pl.UInt64).alias(f"v{n}") for n, c in enumerate(columns)]
    return part.drop_nulls(list(columns)).select("_id", key=pl.struct(fields).hash(_SEED))


def _family_pairs(frame: pl.DataFrame, chunk: int) -> Iterator[pl.DataFrame]:
    """The candidate pairs among the events of one family, one kind of key at a time:
    the keys every event holds joined with those that ``chunk`` events look for."""
    starts = range(0, frame.height, chunk)
    for tag in _TAGS:
        # Built a chunk at a time too: every combination of an event's places, times and
        # actors, before duplicates go, can be tens of rows an event. (An event is in one
        # chunk, so no row is in two.)
        own = pl.concat(
            [_key_rows(frame.slice(start, chunk), tag, seeking=False).unique() for start in starts]
        ).rename({"_id": "a"})
        for start in starts:
            query = _key_rows(frame.slice(start, chunk), tag, seeking=True)
            yield (
                query.unique()
                .rename({"_id": "b"})
                .join(own, on="key")
                .filter(pl.col("a") != pl.col("b"))
                .select(i=pl.min_horizontal("a", "b"), j=pl.max_horizontal("a", "b"))
                .unique()
            )
        del own


def iter_candidate_pairs(keys: pl.DataFrame, chunk: int | None = None) -> Iterator[pl.DataFrame]:
    """Every pair ``(i, j)``, ``i < j`` (columns ``i``, ``j`` of ``_id``), of events in
    ``keys`` that may be one happening, in frames found for ``chunk`` (``CHUNK``) events
    at a time (so memory is bounded by the chunk, not the archive). A pair can come in
    two frames, once from each side. ``keys`` holds ``_id`` and ``family`` and the
    columns merging reads (``timeline.events.merge.Mention``)."""
    located = pl.col("latitude").is_not_null() & pl.col("longitude").is_not_null()
    held, sought = _times()
    for (_,), family in keys.group_by("family", maintain_order=True):  # families never merge
        frame = family.with_columns(
            months=_months(), core=_core_actors(), held=held, sought=sought, kind=_kind()
        )
        frame = frame.with_columns(_cells=_query_cells(frame)).with_columns(
            own=pl.when(located).then(_own_place()),
            query=pl.when(located).then(_query_place()),
        )
        frame = frame.select(
            "_id", "doc_id", "kind", "own", "query", "held", "sought", "months", "core"
        )
        yield from _family_pairs(frame, chunk or CHUNK)


def candidate_pairs(keys: pl.DataFrame) -> pl.DataFrame:
    """Every candidate pair of ``iter_candidate_pairs`` once, sorted by ``j``, then ``i``."""
    found = [pl.DataFrame(schema={"i": keys["_id"].dtype, "j": keys["_id"].dtype})]
    found.extend(iter_candidate_pairs(keys))
    return pl.concat(found).unique().sort("j", "i")


def dates_allow(keys: pl.DataFrame, rows: pl.Series, pairs: pl.DataFrame) -> pl.DataFrame:
    """The ``pairs`` whose dates do not rule them out: dates that do not overlap part two
    events of different documents, or two firm ones (``same_happening``). Blocking keys
    see months; this sees days. ``rows`` is the row of ``keys`` of each ``_id``."""
    columns = ("doc_id", "date_start", "date_end", "date_basis")
    a, b = (
        keys.select(pl.col(columns).gather(rows.gather(pairs[side])).name.suffix(side))
        for side in ("i", "j")
    )
    start_i, end_i, start_j, end_j = (
        pl.col(f"date_{e}{side}") for side in ("i", "j") for e in ("start", "end")
    )
    dated = pl.all_horizontal(c.is_not_null() for c in (start_i, end_i, start_j, end_j))
    apart = dated & ((start_i > end_j) | (start_j > end_i))
    firm = ~pl.col("date_basisi").is_in(_UNFIRM) & ~pl.col("date_basisj").is_in(_UNFIRM)
    ruled_out = apart & ((pl.col("doc_idi") != pl.col("doc_idj")) | firm)
    return pairs.filter(~pl.concat([a, b], how="horizontal").select(ruled_out).to_series())
