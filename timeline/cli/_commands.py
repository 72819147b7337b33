"""The commands: run, extract, dates, places, map and timeline."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from timeline.cli._app import (
    DEFAULT_MAX_MB,
    Errors,
    app,
    articles,
    emit_lines,
    execution,
    guard,
    job,
    online,
    settings,
    show,
)
from timeline.cli._options import (
    Actors,
    AsJson,
    Attribution,
    Engine,
    Fields,
    Geocoder,
    GeocoderDelay,
    GeocoderOption,
    GeocoderTimeout,
    GeocoderUrl,
    GeocoderUserAgent,
    Inputs,
    Manifest,
    MaxSize,
    OpenIt,
    Published,
    Scheduler,
    Table,
    Tiles,
    Title,
    Triggers,
    WorkDir,
    Workers,
)
from timeline.records import Article

__all__ = ["dates", "export", "extract", "map_command", "places", "run", "timeline_command"]


@app.command()
def run(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", help="Folder for the outputs.")] = Path("outputs"),
    published: Published = None,
    manifest: Manifest = None,
    fields: Fields = None,
    max_size: MaxSize = DEFAULT_MAX_MB,
    triggers: Triggers = None,
    actors: Actors = None,
    tiles: Tiles = "OpenStreetMap",
    attribution: Attribution = None,
    title: Title = None,
    open_it: OpenIt = False,
    geocoder: Geocoder = None,
    geocoder_url: GeocoderUrl = None,
    geocoder_user_agent: GeocoderUserAgent = None,
    geocoder_timeout: GeocoderTimeout = 10.0,
    geocoder_delay: GeocoderDelay = 1.0,
    geocoder_option: GeocoderOption = None,
    workers: Workers = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    work_dir: WorkDir = None,
) -> None:
    """Extract events, then write OUT/events.parquet, OUT/map.html and OUT/timeline.html."""
    from timeline.workflow import Pages, run_all

    errors, pages = Errors(), Pages(tiles, attribution, title)

    def body() -> int:
        web = online(
            geocoder,
            geocoder_url,
            geocoder_user_agent,
            geocoder_timeout,
            geocoder_delay,
            geocoder_option,
        )
        the_job = job(
            inputs,
            settings(published, manifest, triggers, actors, web, fields, max_size),
            execution(workers, engine, scheduler, work_dir),
        )
        return run_all(the_job, out, pages, open_it, errors, show)

    guard(body)


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Event table: .parquet, .csv, .json or .geojson.")
    ],
    published: Published = None,
    manifest: Manifest = None,
    fields: Fields = None,
    max_size: MaxSize = DEFAULT_MAX_MB,
    triggers: Triggers = None,
    actors: Actors = None,
    geocoder: Geocoder = None,
    geocoder_url: GeocoderUrl = None,
    geocoder_user_agent: GeocoderUserAgent = None,
    geocoder_timeout: GeocoderTimeout = 10.0,
    geocoder_delay: GeocoderDelay = 1.0,
    geocoder_option: GeocoderOption = None,
    workers: Workers = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    work_dir: WorkDir = None,
    append: Annotated[
        bool,
        typer.Option(
            "--append",
            help="Add to the table OUTPUT (.parquet or .json) the events it does not hold "
            "yet, instead of replacing it: feed it day by day, duplicates are left out.",
        ),
    ] = False,
) -> None:
    """Extract events into one table file, its format chosen by the suffix."""
    from timeline.workflow import extract_to

    errors = Errors()

    def body() -> int:
        web = online(
            geocoder,
            geocoder_url,
            geocoder_user_agent,
            geocoder_timeout,
            geocoder_delay,
            geocoder_option,
        )
        the_job = job(
            inputs,
            settings(published, manifest, triggers, actors, web, fields, max_size),
            execution(workers, engine, scheduler, work_dir),
        )
        return extract_to(the_job, output, errors, show, append=append)

    guard(body)


Lister = Callable[[Iterable[Article]], Iterator[dict[str, Any]]]


def _list(
    lister: Lister,
    columns: str,
    inputs: list[str],
    as_json: bool,
    published: str | None,
    manifest: Path | None,
    fields: str | None,
    max_size: float,
) -> None:
    """Print one line (or JSON object) per record ``lister`` finds in the inputs."""
    errors = Errors()

    def body() -> int:
        records = lister(articles(inputs, published, manifest, errors, fields, max_size))
        emit_lines(records, as_json, tuple(columns.split()))
        return 1 if errors.count else 0

    guard(body)


@app.command()
def dates(
    inputs: Inputs,
    as_json: AsJson = False,
    published: Published = None,
    manifest: Manifest = None,
    fields: Fields = None,
    max_size: MaxSize = DEFAULT_MAX_MB,
) -> None:
    """List the date expressions of each input, normalised (TIMEX3 value, interval, precision)."""
    from timeline.workflow import date_records

    columns = "doc start end text type value date_start date_end precision"
    _list(date_records, columns, inputs, as_json, published, manifest, fields, max_size)


@app.command()
def places(
    inputs: Inputs,
    as_json: AsJson = False,
    published: Published = None,
    manifest: Manifest = None,
    fields: Fields = None,
    max_size: MaxSize = DEFAULT_MAX_MB,
    geocoder: Geocoder = None,
    geocoder_url: GeocoderUrl = None,
    geocoder_user_agent: GeocoderUserAgent = None,
    geocoder_timeout: GeocoderTimeout = 10.0,
    geocoder_delay: GeocoderDelay = 1.0,
    geocoder_option: GeocoderOption = None,
) -> None:
    """List the place names of each input, resolved in the gazetteer."""
    from timeline.workflow import place_records

    def records(found: Iterable[Article]) -> Iterator[dict[str, Any]]:
        web = online(
            geocoder,
            geocoder_url,
            geocoder_user_agent,
            geocoder_timeout,
            geocoder_delay,
            geocoder_option,
        )
        return place_records(found, web)

    columns = "doc start end text name country_code admin1 latitude longitude score"
    _list(records, columns, inputs, as_json, published, manifest, fields, max_size)


_PAGE_LINK = "a file beside it or an http(s) URL; '' for none"


@app.command("map")
def map_command(
    events: Table,
    output: Annotated[Path, typer.Option("-o", "--output", help="The map page to write.")] = Path(
        "outputs/map.html"
    ),
    tiles: Tiles = "OpenStreetMap",
    attribution: Attribution = None,
    title: Title = None,
    timeline_page: Annotated[
        str,
        typer.Option("--timeline-page", help=f"Where popups link to the timeline: {_PAGE_LINK}."),
    ] = "timeline.html",
    open_it: OpenIt = False,
) -> None:
    """Render an event table as an interactive map (map.html)."""
    from timeline.workflow import Pages, render_map_file

    pages = Pages(tiles, attribution, title, timeline_page=timeline_page or None)
    guard(lambda: render_map_file(events, output, pages, open_it, show))


@app.command("timeline")
def timeline_command(
    events: Table,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The timeline page to write.")
    ] = Path("outputs/timeline.html"),
    title: Title = None,
    map_page: Annotated[
        str, typer.Option("--map-page", help=f"Where cards link to the map: {_PAGE_LINK}.")
    ] = "map.html",
    open_it: OpenIt = False,
) -> None:
    """Render an event table as a chronological, self-contained timeline page."""
    from timeline.workflow import Pages, render_timeline_file

    pages = Pages(title=title, map_page=map_page or None)
    guard(lambda: render_timeline_file(events, output, pages, open_it, show))


@app.command()
def export(
    source: Table,
    target: Annotated[
        Path, typer.Argument(help="The table to write: .parquet, .csv, .json or .geojson.")
    ],
    located_only: Annotated[
        bool, typer.Option("--located-only", help="Keep only events with coordinates.")
    ] = False,
) -> None:
    """Convert an event table between formats, chosen by suffix. Parquet is GeoParquet 1.1:
    every column plus a geometry column of points, so QGIS, GeoPandas and DuckDB open it
    as a layer."""
    from timeline.workflow import export_file

    guard(lambda: export_file(source, target, located_only, show))
