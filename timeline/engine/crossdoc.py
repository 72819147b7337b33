"""The second stage: mentions of one happening merged across every document, once, on
the table the first stage wrote as parts; then the final table written in order.

Merging reads only the columns it needs (``KEY_COLUMNS``) of every part, ranks the rows
as ``merge_rank`` does, finds the pairs that may be one happening by blocking
(``timeline.engine.blocking``) a chunk of events at a time, keeps the pairs that are one
happening, and groups them with the same rules and the same greedy order as within a
document (``timeline.events.merge``). Only the rows of groups of two or more are read
whole, in one pass over the parts into runs sorted by batch, then combined a batch at a
time and written as parts of their own. The final table then streams out of the parts in
the table's order, a chunk at a time, with each group's rows replaced by its one event.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from timeline.engine.blocking import dates_allow, iter_candidate_pairs, with_family
from timeline.engine.keys import KEY_COLUMNS, RANK_ORDER, KeyRow, key_rows
from timeline.engine.parts import (
    ORDER_COLUMNS,
    SEQUENCE,
    PartReader,
    iter_ordered,
    sort_table,
    write_part,
    write_run,
)
from timeline.events.merge import cluster_edges, combine_events, matching
from timeline.table import EVENT_COLUMNS, events_to_frame
from timeline.table.geoparquet import BBox
from timeline.table.schema import frame_to_events

__all__ = ["FAN_IN", "MergePlan", "plan_merge"]

_POINT = ("latitude", "longitude")
_PLACED = (*ORDER_COLUMNS, *_POINT)  # what the table's order and extent read of a row
FAN_IN = 32  # parts read at once when the table streams out
MERGE_BATCH = 4096  # rows of merged groups read whole at once
SPILL_ROWS = 8 * MERGE_BATCH  # rows of merged groups held while they are read from the parts
KEY_ROWS_HELD = 50_000  # events held as KeyRows while candidate pairs are compared


@dataclass
class MergePlan:
    """How the parts become the table: the order of its rows (``_part`` of each), the
    rows each part drops (merged away), the parts of the merged events (numbered after
    ``parts``), and the points' extent."""

    parts: Sequence[Path]
    order: pl.DataFrame
    dropped: dict[int, frozenset[int]] = field(default_factory=dict)
    merged: Sequence[Path] = ()
    bbox: BBox | None = None

    @property
    def rows(self) -> int:
        return self.order.height

    def chunks(self, chunk: int = 8192) -> Iterator[pl.DataFrame]:
        """The final table, in order, ``chunk`` rows at a time (``EVENT_COLUMNS``).

        More than ``FAN_IN`` parts are first merged in groups into sorted runs, so that
        no more than ``FAN_IN`` parts are read at once (each holds a row group)."""
        sources: dict[int, Path] = dict(enumerate([*self.parts, *self.merged]))
        order = self.order
        while len(sources) > FAN_IN:
            order, sources = self._runs(order, sources, chunk)
        for frame in iter_ordered(order, self._readers(sources), chunk):
            yield frame.select(EVENT_COLUMNS)

    def _readers(self, sources: dict[int, Path]) -> dict[int, PartReader]:
        """A reader of each source; a part (not a run, nor merged events) drops the rows
        merged away."""
        parts = set(self.parts)
        return {
            i: PartReader(s, self.dropped.get(i, frozenset()) if s in parts else frozenset())
            for i, s in sources.items()
        }

    def _runs(
        self, order: pl.DataFrame, sources: dict[int, Path], chunk: int
    ) -> tuple[pl.DataFrame, dict[int, Path]]:
        """Each ``FAN_IN`` sources merged into one sorted run (a part of its own)."""
        folder = self.parts[0].parent
        keys = sorted(sources)
        runs: dict[int, Path] = {}
        renumber: dict[int, int] = {}
        for number, first in enumerate(range(0, len(keys), FAN_IN)):
            group = keys[first : first + FAN_IN]
            readers = self._readers({k: sources[k] for k in group})
            these = order.filter(pl.col("_part").is_in(group))
            path = folder / f"run-{uuid.uuid4().hex[:12]}.parquet"
            write_run(iter_ordered(these, readers, chunk), path)
            runs[number] = path
            renumber |= dict.fromkeys(group, number)
        order = order.with_columns(pl.col("_part").replace_strict(renumber, return_dtype=pl.Int64))
        return order, runs


def _read_keys(parts: Sequence[Path]) -> pl.DataFrame:
    columns = list(dict.fromkeys((*KEY_COLUMNS, *ORDER_COLUMNS)))

    def read(i: int) -> pl.DataFrame:
        return (
            pl.read_parquet(parts[i], columns=columns, parallel="none")
            .with_row_index("_row")
            .with_columns(_part=pl.lit(i, dtype=pl.Int64))
        )

    if not parts:
        return pl.DataFrame()
    # Read FAN_IN parts at a time into one chunk: a column of thousands of small chunks
    # costs about twice its size, and more again when a whole column is added to it.
    keys = pl.concat(
        [
            pl.concat(
                [read(i) for i in range(first, min(first + FAN_IN, len(parts)))], rechunk=True
            )
            for first in range(0, len(parts), FAN_IN)
        ],
        rechunk=True,
    )
    # Each row's rank (``_id``), the rows left where they are: sorting every column of an
    # archive would copy them all.
    ranked = keys.select(pl.arg_sort_by(list(RANK_ORDER), maintain_order=True)).to_series()
    return with_family(keys.with_columns(_id=ranked.arg_sort()))


def _groups(keys: pl.DataFrame) -> list[list[int]]:
    """The ``_id`` of each group of two or more rows that tell one happening."""
    return cluster_edges(_matches(keys).iter_rows())


def _matches(keys: pl.DataFrame) -> pl.DataFrame:
    """The candidate pairs that are one happening (``i``, ``j``), found a chunk of pairs
    at a time. An event is read as a ``KeyRow`` when a pair names it, and kept for the
    pairs that follow while no more than ``KEY_ROWS_HELD`` are. The pairs found are held
    as a frame, not as Python objects among the rows, whose memory is then given back
    whole."""
    rows: dict[int, KeyRow] = {}
    where = keys["_id"].arg_sort()  # the row of each _id
    found = [pl.DataFrame(schema={"i": keys["_id"].dtype, "j": keys["_id"].dtype})]
    for candidates in iter_candidate_pairs(keys):
        pairs = dates_allow(keys, where, candidates)
        ids = pl.concat([pairs["i"], pairs["j"]]).unique().to_list()
        new = [i for i in ids if i not in rows]
        if len(rows) + len(new) > KEY_ROWS_HELD:  # start again: memory stays bounded
            rows, new = {}, ids
        if new:
            rows.update(key_rows(keys[where.gather(new)]))
        same = list(matching(rows, pairs.iter_rows()))
        found.append(pl.DataFrame(same, schema=found[0].schema, orient="row"))
    return pl.concat(found)


def _assigned(keys: pl.DataFrame, batches: list[list[list[int]]]) -> pl.DataFrame:
    """Each member's ``_id``, the batch it is merged in (``_batch``), and where its row
    is (``_part``, ``_row``), in the parts' order."""
    assign = pl.DataFrame(
        {
            "_id": [i for batch in batches for g in batch for i in g],
            "_batch": [k for k, batch in enumerate(batches) for g in batch for _ in g],
        },
        schema={"_id": pl.UInt32, "_batch": pl.UInt32},
    )
    return assign.join(keys.select("_id", "_part", "_row"), on="_id").sort("_part", "_row")


def _spilled(parts: Sequence[Path], assign: pl.DataFrame) -> list[tuple[Path, dict[int, int]]]:
    """The whole rows of the members, read in one pass over the parts and written as runs
    of about ``SPILL_ROWS`` rows, each sorted by batch: each run's path and how many rows
    it holds of each batch."""
    folder = parts[0].parent
    runs: list[tuple[Path, dict[int, int]]] = []
    held: list[pl.DataFrame] = []
    count = 0

    def spill() -> None:
        frame = pl.concat(held).sort("_batch", "_id")
        path = write_part(frame, folder / f"members-{uuid.uuid4().hex[:12]}.parquet")
        runs.append((path, dict(frame.group_by("_batch").len().iter_rows())))
        held.clear()

    for (part,), wanted in assign.group_by("_part", maintain_order=True):
        rows = pl.read_parquet(parts[int(part)], parallel="none")
        held.append(
            rows.select(pl.all().gather(wanted["_row"])).with_columns(
                wanted["_id"], wanted["_batch"]
            )
        )
        count += wanted.height
        if count >= SPILL_ROWS:
            spill()
            count = 0
    if held:
        spill()
    return runs


def _batches(groups: list[list[int]], members: int) -> Iterator[list[list[int]]]:
    """``groups`` in runs of about ``members`` rows."""
    batch: list[list[int]] = []
    count = 0
    for group in groups:
        batch.append(group)
        count += len(group)
        if count >= members:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


def _merged(
    parts: Sequence[Path], keys: pl.DataFrame, groups: list[list[int]]
) -> tuple[list[Path], pl.DataFrame]:
    """One row per group: its events combined, standing where its best mention stood;
    written ``MERGE_BATCH`` members at a time as parts of their own (each in the table's
    order), with the order and point columns of their rows.

    The members' rows are read in one pass over the parts into runs sorted by batch,
    which are then read front to back, a batch at a time."""
    folder = parts[0].parent
    batches = list(_batches(groups, MERGE_BATCH))
    runs = _spilled(parts, _assigned(keys, batches))
    readers = [(PartReader(path), counts) for path, counts in runs]
    written: list[Path] = []
    placed: list[pl.DataFrame] = []
    for k, batch in enumerate(batches):
        rows = pl.concat(reader.take(counts[k]) for reader, counts in readers if k in counts)
        events = dict(zip(rows["_id"].to_list(), frame_to_events(rows), strict=True))
        first = pl.DataFrame({"_id": [g[0] for g in batch]}, schema={"_id": pl.UInt32})
        sequence = first.join(rows.select("_id", *SEQUENCE), on="_id", maintain_order="left")
        combined = events_to_frame(combine_events([events[i] for i in g]) for g in batch)
        frame = sort_table(pl.concat([combined, sequence.drop("_id")], how="horizontal"))
        written.append(write_part(frame, folder / f"merged-{uuid.uuid4().hex[:12]}.parquet"))
        number = pl.lit(len(parts) + len(placed), dtype=pl.Int64)
        placed.append(frame.select(*_PLACED, _part=number))
    for path, _ in runs:
        path.unlink()
    return written, pl.concat(placed)


def _bbox(order: pl.DataFrame) -> BBox | None:
    usable = order.filter(
        pl.col("latitude").is_between(-90, 90) & pl.col("longitude").is_between(-180, 180)
    )
    if usable.is_empty():
        return None
    row = usable.select(
        west=pl.col("longitude").min(),
        south=pl.col("latitude").min(),
        east=pl.col("longitude").max(),
        north=pl.col("latitude").max(),
    ).row(0)
    return (row[0], row[1], row[2], row[3])


def plan_merge(parts: Sequence[Path]) -> MergePlan:
    """Merge the events of ``parts`` (in input order) across documents."""
    keys = _read_keys(parts)
    if keys.is_empty():
        return MergePlan(parts, pl.DataFrame(schema={"_part": pl.Int64}))
    groups = _groups(keys)
    members = pl.Series([i for g in groups for i in g], dtype=pl.UInt32)
    gone = keys.filter(pl.col("_id").is_in(members.implode()))
    dropped = {
        int(part): frozenset(rows["_row"].to_list()) for (part,), rows in gone.group_by("_part")
    }
    order = keys.filter(~pl.col("_id").is_in(gone["_id"].implode())).select(*_PLACED, "_part")
    merged: list[Path] = []
    if groups:
        merged, placed = _merged(parts, keys, groups)
        order = pl.concat([order, placed])
    order = sort_table(order)
    return MergePlan(parts, order.select("_part"), dropped, merged, _bbox(order))
