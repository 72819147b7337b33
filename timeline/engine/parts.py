"""The partitioned dataset between the two stages: one Parquet part per batch of documents.

Each part holds the events of a run of consecutive documents, every event-table column
plus where the event stands in the input (``_src``: the source, ``_doc``: the document
within it, ``_ev``: the event within the document), sorted by ``TABLE_ORDER``. Parts are
written whole (a temporary file, then a rename). Reading them back in that order, a
batch at a time, gives the final table without ever holding all of it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from timeline.records import Event
from timeline.table import EVENT_COLUMNS, EVENT_SCHEMA, events_to_frame

__all__ = [
    "ORDER_COLUMNS",
    "PART_COLUMNS",
    "SEQUENCE",
    "PartReader",
    "events_frame",
    "iter_ordered",
    "sort_table",
    "write_part",
    "write_run",
]

#: Where an event stands in the input: its source, document and event number.
SEQUENCE: tuple[str, ...] = ("_src", "_doc", "_ev")
PART_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, *SEQUENCE)
PART_SCHEMA = pl.Schema({**EVENT_SCHEMA, **dict.fromkeys(SEQUENCE, pl.Int64())})
#: The order of the event table: by date (undated last), document and offset; then by
#: place in the input, so the order is total and the same however the work was split.
ORDER_COLUMNS: tuple[str, ...] = ("date_start", "doc_id", "char_start", *SEQUENCE)
_ROW_GROUP = 512  # rows a reader holds per part at a time


def sort_table(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` in the table's order (``ORDER_COLUMNS``, undated events last)."""
    return frame.sort(ORDER_COLUMNS, nulls_last=True, maintain_order=True)


def events_frame(documents: Sequence[tuple[int, int, Sequence[Event]]]) -> pl.DataFrame:
    """The part rows of ``(source, document, events)`` triples, in the table's order."""
    events = [e for _, _, found in documents for e in found]
    sequence = {
        "_src": [s for s, _, found in documents for _ in found],
        "_doc": [d for _, d, found in documents for _ in found],
        "_ev": [i for _, _, found in documents for i in range(len(found))],
    }
    frame = events_to_frame(events).with_columns(
        pl.Series(name, values, dtype=pl.Int64) for name, values in sequence.items()
    )
    return sort_table(frame)


def write_part(frame: pl.DataFrame, path: Path) -> Path:
    """Write one part (already in the table's order) whole, or not at all."""
    tmp = path.with_name(f".{path.name}.tmp")
    frame.write_parquet(tmp, compression="lz4", row_group_size=_ROW_GROUP, statistics=False)
    os.replace(tmp, path)
    return path


def write_run(chunks: Iterable[pl.DataFrame], path: Path) -> Path:
    """Write sorted ``chunks`` as one part, a chunk at a time (a run of a merge)."""
    tmp = path.with_name(f".{path.name}.tmp")
    writer: pq.ParquetWriter | None = None
    try:
        for frame in chunks:
            table = frame.to_arrow()
            if writer is None:
                writer = pq.ParquetWriter(tmp, table.schema, compression="lz4")
            writer.write_table(table, row_group_size=_ROW_GROUP)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:  # no rows: an empty part
        pl.DataFrame(schema=PART_SCHEMA).write_parquet(tmp)
    os.replace(tmp, path)
    return path


class PartReader:
    """Reads one part front to back, ``take(n)`` rows at a time, skipping ``dropped`` rows
    (by row number in the part): what is held at once is about one row group."""

    def __init__(self, path: Path, dropped: frozenset[int] = frozenset()) -> None:
        self._batches = pq.ParquetFile(path).iter_batches(batch_size=_ROW_GROUP)
        self._dropped = dropped
        self._seen = 0
        self._held: list[pl.DataFrame] = []
        self._count = 0

    def _more(self) -> bool:
        batch = next(self._batches, None)
        if batch is None:
            return False
        frame = pl.from_arrow(batch)
        assert isinstance(frame, pl.DataFrame)
        if self._dropped:
            rows = range(self._seen, self._seen + frame.height)
            keep = [r not in self._dropped for r in rows]
            frame = frame.filter(pl.Series(keep, dtype=pl.Boolean))
        self._seen += batch.num_rows
        self._held.append(frame)
        self._count += frame.height
        return True

    def take(self, n: int) -> pl.DataFrame:
        """The next ``n`` rows kept (fewer at the end of the part)."""
        while self._count < n and self._more():
            pass
        held = pl.concat(self._held) if len(self._held) != 1 else self._held[0]
        out, rest = held.head(n), held.slice(n)
        self._held, self._count = ([rest] if rest.height else []), rest.height
        return out


def iter_ordered(
    order: pl.DataFrame, readers: Mapping[int, PartReader], chunk: int = 8192
) -> Iterator[pl.DataFrame]:
    """The rows of every part in the table's order, ``chunk`` rows at a time.

    ``order`` lists each row's ``_part`` in the table's order; each part is in that order
    too, so a chunk takes the next rows of each part it names and sorts them together.
    """
    for piece in order.iter_slices(chunk):
        counts = piece.group_by("_part", maintain_order=True).len()
        taken = [readers[p].take(n) for p, n in counts.iter_rows()]
        yield sort_table(pl.concat(taken))
