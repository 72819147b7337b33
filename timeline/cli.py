"""The ``timeline`` command: a thin typer layer over the library."""

from __future__ import annotations

import json
import logging
import webbrowser
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from timeline.errors import ConfigError, InputError, TimelineError
from timeline.records import Article

__all__ = ["app", "main"]

app = typer.Typer(
    name="timeline",
    help="Extract what happened, where and when from news articles and their comment threads.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Look up places in the gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.txt, .html, .jsonl, .csv), folders, globs, or - for stdin."
    ),
]
Published = Annotated[
    str | None,
    typer.Option(
        "--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none."
    ),
]
Manifest = Annotated[
    Path | None,
    typer.Option(
        "--manifest", help="CSV or JSONL listing path, published (and url, title) per input."
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
OpenIt = Annotated[bool, typer.Option("--open", help="Open the result in a web browser.")]
Tiles = Annotated[
    str,
    typer.Option(
        "--tiles", help="Map tiles: a folium tile name or a URL template with {z}/{x}/{y}."
    ),
]
Attribution = Annotated[
    str | None, typer.Option("--attribution", help="Credit line for your own tiles (plain text).")
]
Title = Annotated[str | None, typer.Option("--title", help="Title of the map and timeline pages.")]


class _Errors:
    """Prints one line per input that failed and remembers that one did."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        typer.echo(f"timeline: {error}", err=True)


def _fail(error: TimelineError) -> typer.Exit:
    typer.echo(f"timeline: {error}", err=True)
    return typer.Exit(code=1)


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--published {value!r}: expected a date as YYYY-MM-DD") from None


def _articles(
    inputs: list[str], published: str | None, manifest: Path | None, errors: _Errors
) -> Iterator[Article]:
    from timeline.ingest import iter_articles

    for item in iter_articles(inputs, published=_published(published), manifest=manifest):
        if isinstance(item, InputError):
            errors(item)
        else:
            yield item


def _guard(body: Callable[[], int]) -> None:
    try:
        code = body()
    except TimelineError as err:
        raise _fail(err) from None
    if code:
        raise typer.Exit(code=code)


def _show(path: Path, open_it: bool) -> None:
    typer.echo(f"wrote {path}", err=True)
    if open_it:
        webbrowser.open(path.resolve().as_uri())


@app.command()
def run(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", help="Folder for the outputs.")] = Path("outputs"),
    published: Published = None,
    manifest: Manifest = None,
    tiles: Tiles = "OpenStreetMap",
    attribution: Attribution = None,
    title: Title = None,
    open_it: OpenIt = False,
) -> None:
    """Extract events, then write OUT/events.parquet, OUT/map.html and OUT/timeline.html."""
    from timeline.workflow import Pages, run_all

    errors = _Errors()
    pages = Pages(tiles, attribution, title)
    _guard(
        lambda: run_all(inputs, out, _published(published), manifest, pages, open_it, errors, _show)
    )


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Event table: .parquet, .csv, .json or .geojson.")
    ],
    published: Published = None,
    manifest: Manifest = None,
) -> None:
    """Extract events into one table file, its format chosen by the suffix."""
    from timeline.workflow import extract_to

    errors = _Errors()
    _guard(lambda: extract_to(inputs, output, _published(published), manifest, errors, _show))


def _emit_lines(records: Iterator[dict[str, Any]], as_json: bool, columns: tuple[str, ...]) -> None:
    for record in records:
        if as_json:
            typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            typer.echo("\t".join("" if record[c] is None else str(record[c]) for c in columns))


Lister = Callable[[Iterable[Article]], Iterator[dict[str, Any]]]


def _list(
    lister: Lister,
    columns: str,
    inputs: list[str],
    as_json: bool,
    published: str | None,
    manifest: Path | None,
) -> None:
    """Print one line (or JSON object) per record ``lister`` finds in the inputs."""
    errors = _Errors()

    def body() -> int:
        records = lister(_articles(inputs, published, manifest, errors))
        _emit_lines(records, as_json, tuple(columns.split()))
        return 1 if errors.count else 0

    _guard(body)


@app.command()
def dates(
    inputs: Inputs, as_json: AsJson = False, published: Published = None, manifest: Manifest = None
) -> None:
    """List the date expressions of each input, normalised (TIMEX3 value, interval, precision)."""
    from timeline.workflow import date_records

    columns = "doc start end text type value date_start date_end precision"
    _list(date_records, columns, inputs, as_json, published, manifest)


@app.command()
def places(
    inputs: Inputs, as_json: AsJson = False, published: Published = None, manifest: Manifest = None
) -> None:
    """List the place names of each input, resolved in the gazetteer."""
    from timeline.workflow import place_records

    columns = "doc start end text name country_code admin1 latitude longitude score"
    _list(place_records, columns, inputs, as_json, published, manifest)


@app.command("map")
def map_command(
    events: Annotated[Path, typer.Argument(help="An event table (.parquet or .json).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The map page to write.")] = Path(
        "outputs/map.html"
    ),
    tiles: Tiles = "OpenStreetMap",
    attribution: Attribution = None,
    title: Title = None,
    open_it: OpenIt = False,
) -> None:
    """Render an event table as an interactive map (map.html)."""
    from timeline.workflow import Pages, render_map_file

    pages = Pages(tiles, attribution, title)
    _guard(lambda: render_map_file(events, output, pages, open_it, _show))


@app.command("timeline")
def timeline_command(
    events: Annotated[Path, typer.Argument(help="An event table (.parquet or .json).")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The timeline page to write.")
    ] = Path("outputs/timeline.html"),
    title: Title = None,
    open_it: OpenIt = False,
) -> None:
    """Render an event table as a chronological, self-contained timeline page."""
    from timeline.workflow import Pages, render_timeline_file

    _guard(lambda: render_timeline_file(events, output, Pages(title=title), open_it, _show))


@gazetteer_app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="A place name, in any common spelling.")],
    limit: Annotated[int, typer.Option("--limit", help="How many matches to show.")] = 10,
    as_json: AsJson = False,
) -> None:
    """Show the gazetteer entries a name can refer to, most likely first."""
    from timeline.workflow import lookup_records

    columns = (
        "name",
        "country_code",
        "admin1",
        "feature",
        "population",
        "latitude",
        "longitude",
        "geonameid",
    )

    def body() -> int:
        records = lookup_records(name, limit)
        if not records:
            typer.echo(f"timeline: no place called {name!r} in the gazetteer", err=True)
            return 1
        _emit_lines(iter(records), as_json, columns)
        return 0

    _guard(body)


@gazetteer_app.command("build")
def build(
    dumps: Annotated[
        list[Path],
        typer.Argument(help="GeoNames dumps: allCountries.txt or country files (SY.txt)."),
    ],
    alternate_names: Annotated[
        Path | None,
        typer.Option("--alternate-names", help="alternateNamesV2.txt, for more spellings."),
    ] = None,
    admin1_codes: Annotated[
        Path | None, typer.Option("--admin1-codes", help="admin1CodesASCII.txt, for region names.")
    ] = None,
    feature_classes: Annotated[
        str,
        typer.Option("--classes", help="GeoNames feature classes to keep (A, P, H, L, S, T, ...)."),
    ] = "ADHLPRSTUV",
    countries: Annotated[
        str | None,
        typer.Option("--countries", help="Only these ISO codes, comma-separated (SY,IQ)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write it (default: the cache, used from then on)."),
    ] = None,
) -> None:
    """Add GeoNames dumps you downloaded to the gazetteer (dams, airports, camps, villages ...)."""
    from timeline.workflow import build_gazetteer

    codes = [c.strip().upper() for c in countries.split(",")] if countries else None
    _guard(
        lambda: build_gazetteer(dumps, alternate_names, admin1_codes, feature_classes, codes, out)
    )


def _configure_logging() -> None:
    """Warnings of timeline (a record's bad date ...) as one line each on stderr; the
    libraries it uses for HTML keep their chatter to themselves."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("timeline: %(message)s"))
    logger = logging.getLogger("timeline")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    for name in ("trafilatura", "htmldate", "charset_normalizer", "dateparser"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def main() -> None:
    """Entry point of the ``timeline`` console script."""
    _configure_logging()
    app(prog_name="timeline")


if __name__ == "__main__":  # pragma: no cover
    main()
