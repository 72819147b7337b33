"""What each command does, end to end: read inputs, extract, write files.

The command line (``timeline.cli``) parses options and calls one function here; these
functions do the IO around the pure library and return the exit status.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline.errors import ConfigError, InputError
from timeline.jsonlines import place_fields, place_record, timex_record
from timeline.lexicon import Lexicon, LexiconText, load_lexicon
from timeline.pipeline import ErrorHandler, Extractor, Outcome, extract_events
from timeline.records import Article
from timeline.table import read_table, write_table

if TYPE_CHECKING:
    from timeline.recognisers.places import Geocoder

__all__ = [
    "Job",
    "Online",
    "Pages",
    "build_gazetteer",
    "date_records",
    "export_file",
    "extract_to",
    "extractor_for",
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
def _progress() -> Iterator[Callable[[Article], None]]:
    """A count of the documents read, on stderr while it is a terminal (silent otherwise)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents read"), TimeElapsedColumn())
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task("extract", total=None)
        yield lambda _article: bar.advance(task)


@dataclass(frozen=True, slots=True)
class Online:
    """The opt-in online geocoder: which geopy service, where, and how politely."""

    service: str = "nominatim"
    url: str | None = None
    user_agent: str | None = None
    timeout: float = 10.0
    delay: float = 1.0
    options: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Job:
    """What to read and how: the inputs, dates for those without, extra lexicon files,
    and the online geocoder if one is wanted."""

    inputs: list[str]
    published: date | None = None
    manifest: Path | None = None
    triggers: tuple[Path, ...] = ()
    actors: tuple[Path, ...] = ()
    online: Online | None = None


def _geocoder(online: Online | None) -> Geocoder | None:
    if online is None:
        return None
    from gazetteer.online import DEFAULT_USER_AGENT, OnlineGeocoder

    return OnlineGeocoder(
        online.service,
        url=online.url,
        user_agent=online.user_agent or DEFAULT_USER_AGENT,
        timeout=online.timeout,
        min_delay_seconds=online.delay,
        options=dict(online.options),
    )


def extractor_for(job: Job) -> Extractor:
    """The Extractor a job asks for: its lexicon files and its geocoder."""
    lexicon = read_lexicon(job.triggers, job.actors) if job.triggers or job.actors else None
    return Extractor(lexicon=lexicon, geocoder=_geocoder(job.online))


def read_lexicon(triggers: Sequence[Path] = (), actors: Sequence[Path] = ()) -> Lexicon:
    """The bundled lexicon extended with the user's trigger and actor files."""

    def texts(paths: Sequence[Path]) -> list[LexiconText]:
        out = []
        for path in paths:
            try:
                out.append((str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as err:
                raise ConfigError(f"{path}: cannot read the lexicon file ({err})") from err
        return out

    return load_lexicon(texts(triggers), texts(actors))


def _extract(job: Job, on_error: ErrorHandler) -> Outcome:
    with _progress() as advance:
        outcome = extract_events(
            job.inputs,
            published=job.published,
            manifest=job.manifest,
            on_error=on_error,
            on_article=advance,
            extractor=extractor_for(job),
        )
    if outcome.documents == 0:
        raise InputError(", ".join(job.inputs) or "(no inputs)", "no input could be read")
    return outcome


def _status(outcome: Outcome) -> int:
    return 1 if outcome.errors else 0


def run_all(
    job: Job, out: Path, pages: Pages, open_it: bool, on_error: ErrorHandler, show: Show
) -> int:
    """Extract, then write events.parquet, map.html and timeline.html into ``out``."""
    from timeline.render import write_timeline

    outcome = _extract(job, on_error)
    table = outcome.table
    show(write_table(table, out / "events.parquet"), False)
    show(_write_map(table, out / "map.html", pages), False)
    show(write_timeline(table, out / "timeline.html", title=pages.title), open_it)
    _summary(outcome)
    return _status(outcome)


def extract_to(job: Job, output: Path, on_error: ErrorHandler, show: Show) -> int:
    """Extract events into one table file (format by suffix)."""
    outcome = _extract(job, on_error)
    show(write_table(outcome.table, output), False)
    _summary(outcome)
    return _status(outcome)


def _summary(outcome: Outcome) -> None:
    import sys

    failed = f", {len(outcome.errors)} inputs failed" if outcome.errors else ""
    print(
        f"{len(outcome.events)} events from {outcome.documents} documents{failed}", file=sys.stderr
    )


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
    extractor = Extractor(geocoder=_geocoder(online))
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
