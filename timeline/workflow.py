"""What each command does, end to end: read inputs, extract, write files.

The command line (``timeline.cli``) parses options and calls one function here; these
functions do the IO around the pure library and return the exit status.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from timeline.engine.run import Execution, Extraction, extract_to_file
from timeline.engine.settings import Online, Settings, geocoder, read_lexicon
from timeline.engine.work import TaskResult
from timeline.jsonlines import place_fields, place_record, timex_record
from timeline.pipeline import ErrorHandler, Extractor
from timeline.records import Article
from timeline.table import read_table
from timeline.table.append import append_table

__all__ = [
    "Execution",
    "Job",
    "Online",
    "Pages",
    "Settings",
    "build_gazetteer",
    "date_records",
    "export_file",
    "extract_to",
    "lookup_records",
    "place_records",
    "render_map_file",
    "read_lexicon",
    "render_timeline_file",
    "run_all",
]

Show = Callable[[Path, bool], None]


@dataclass(frozen=True, slots=True)
class Pages:
    """How the map and timeline pages look: tile set, its credit, the page title, and
    where each page links to the other (None: no links)."""

    tiles: str = "OpenStreetMap"
    attribution: str | None = None
    title: str | None = None
    timeline_page: str | None = "timeline.html"
    map_page: str | None = "map.html"


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[TaskResult], None]]:
    """A count of the documents read, on stderr while it is a terminal (silent otherwise)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents read"), TimeElapsedColumn())
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task("extract", total=None)
        yield lambda result: bar.advance(task, result.documents)


@dataclass(frozen=True, slots=True)
class Job:
    """What to read (the inputs), how (dates, manifest, lexicon files, geocoder), and
    where the work runs (cores, or a Dask cluster)."""

    inputs: list[str]
    settings: Settings = field(default_factory=Settings)
    execution: Execution = field(default_factory=Execution)


def _extract(job: Job, output: Path, on_error: ErrorHandler) -> Extraction:
    with _progress() as advance:
        return extract_to_file(
            job.inputs,
            output,
            settings=job.settings,
            execution=job.execution,
            on_error=on_error,
            on_task=advance,
        )


def _status(done: Extraction) -> int:
    return 1 if done.errors else 0


def run_all(
    job: Job, out: Path, pages: Pages, open_it: bool, on_error: ErrorHandler, show: Show
) -> int:
    """Extract into OUT/events.parquet, then write map.html and timeline.html beside it."""
    from timeline.render import write_timeline

    done = _extract(job, out / "events.parquet", on_error)
    show(out / "events.parquet", False)
    table = read_table(out / "events.parquet")
    show(_write_map(table, out / "map.html", pages), False)
    show(write_timeline(table, out / "timeline.html", title=pages.title), open_it)
    _summary(done)
    return _status(done)


def extract_to(
    job: Job, output: Path, on_error: ErrorHandler, show: Show, *, append: bool = False
) -> int:
    """Extract events into one table file (format by suffix); with ``append``, add to
    the table already there the events it does not hold yet."""
    if not append:
        done = _extract(job, output, on_error)
        show(output, False)
        _summary(done)
        return _status(done)
    import sys
    import tempfile

    from timeline.table.append import check_appendable

    check_appendable(output)
    with tempfile.TemporaryDirectory(prefix="timeline-append-") as folder:
        done = _extract(job, Path(folder) / "new.parquet", on_error)
        added = append_table(read_table(Path(folder) / "new.parquet"), output)
    show(output, False)
    _summary(done)
    print(
        f"{added.added} events added, {added.duplicates} already in the table, "
        f"{added.total} in all",
        file=sys.stderr,
    )
    return _status(done)


def _summary(done: Extraction) -> None:
    import sys

    failed = f", {len(done.errors)} inputs failed" if done.errors else ""
    print(f"{done.events} events from {done.documents} documents{failed}", file=sys.stderr)


def date_records(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """One record per date expression (the JSON lines of ``timeline dates``)."""
    extractor = Extractor()
    for article in articles:
        for timex in extractor.dates(article):
            yield timex_record(article, timex)


def place_records(
    articles: Iterable[Article], online: Online | None = None
) -> Iterator[dict[str, Any]]:
    """One record per place mention (the JSON lines of ``timeline places``)."""
    extractor = Extractor(geocoder=geocoder(online))
    for article in articles:
        for mention in extractor.places(article):
            yield place_record(article, mention)


def _write_map(table: pl.DataFrame, path: Path, pages: Pages) -> Path:
    from timeline.render import write_map

    return write_map(
        table,
        path,
        tiles=pages.tiles,
        attribution=pages.attribution,
        title=pages.title,
        timeline_page=pages.timeline_page,
    )


def render_map_file(events: Path, output: Path, pages: Pages, open_it: bool, show: Show) -> int:
    show(_write_map(read_table(events), output, pages), open_it)
    return 0


def render_timeline_file(
    events: Path, output: Path, pages: Pages, open_it: bool, show: Show
) -> int:
    from timeline.render import write_timeline

    page = write_timeline(read_table(events), output, title=pages.title, map_page=pages.map_page)
    show(page, open_it)
    return 0


def export_file(source: Path, target: Path, located_only: bool, show: Show) -> int:
    """Convert an event table between formats, chosen by suffix."""
    from timeline.table import convert

    show(convert(source, target, located_only=located_only), False)
    return 0


def lookup_records(name: str, limit: int) -> list[dict[str, Any]]:
    """The gazetteer entries ``name`` can refer to, most likely first."""
    import gazetteer

    return [place_fields(p) for p in gazetteer.load().lookup(name, limit=limit)]


def build_gazetteer(
    dumps: list[Path],
    alternate_names: Path | None,
    admin1_codes: Path | None,
    feature_classes: str,
    countries: list[str] | None,
    out: Path | None,
) -> int:
    """Compile GeoNames dumps into the gazetteer and say where it went."""
    import sys

    import gazetteer

    path = gazetteer.build(
        dumps,
        alternate_names=alternate_names,
        admin1_codes=admin1_codes,
        feature_classes=feature_classes,
        countries=countries,
        out=out,
    )
    print(f"wrote {path}", file=sys.stderr)
    return 0
