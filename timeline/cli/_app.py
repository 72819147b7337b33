"""The typer application and what every command shares: errors, exit codes, inputs."""

from __future__ import annotations

import json
import logging
import webbrowser
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import typer

from timeline.errors import ConfigError, InputError, TimelineError
from timeline.records import Article

if TYPE_CHECKING:
    from timeline.ingest import FieldMap
    from timeline.workflow import Execution, Job, Online, Settings

__all__ = [
    "DEFAULT_MAX_MB",
    "Errors",
    "app",
    "articles",
    "configure_logging",
    "emit_lines",
    "execution",
    "gazetteer_app",
    "guard",
    "job",
    "max_bytes",
    "online",
    "settings",
    "show",
]

#: The default of --max-size: the reader's own limit, in MB.
DEFAULT_MAX_MB: Final = 50.0

app = typer.Typer(
    name="timeline",
    help="Extract what happened, where and when from news articles and their comment threads.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Look up places in the gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


class Errors:
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


def _fields(spec: str | None) -> FieldMap:
    from timeline.ingest import FieldMap

    return FieldMap() if spec is None else FieldMap.parse(spec)


def max_bytes(megabytes: float) -> int:
    """The size limit in bytes of ``--max-size`` MB."""
    return max(1, int(megabytes * 2**20))


def articles(
    inputs: list[str],
    published: str | None,
    manifest: Path | None,
    errors: Errors,
    fields: str | None = None,
    max_size: float = DEFAULT_MAX_MB,
) -> Iterator[Article]:
    """The readable articles of ``inputs``; each unreadable one is reported to ``errors``."""
    from timeline.ingest import iter_articles

    found = iter_articles(
        inputs,
        published=_published(published),
        manifest=manifest,
        fields=_fields(fields),
        max_bytes=max_bytes(max_size),
    )
    for item in found:
        if isinstance(item, InputError):
            errors(item)
        else:
            yield item


def guard(body: Callable[[], int]) -> None:
    """Run a command's body: a TimelineError becomes one line and exit status 1."""
    try:
        code = body()
    except TimelineError as err:
        raise _fail(err) from None
    if code:
        raise typer.Exit(code=code)


def show(path: Path, open_it: bool) -> None:
    """Say that ``path`` was written, and open it in a browser when asked."""
    typer.echo(f"wrote {path}", err=True)
    if open_it:
        webbrowser.open(path.resolve().as_uri())


def job(inputs: list[str], settings: Settings, execution: Execution) -> Job:
    """The workflow's Job."""
    from timeline.workflow import Job

    return Job(inputs, settings, execution)


def settings(
    published: str | None,
    manifest: Path | None,
    triggers: list[Path] | None,
    actors: list[Path] | None,
    online: Online | None = None,
    fields: str | None = None,
    max_size: float = DEFAULT_MAX_MB,
) -> Settings:
    """How to read and extract, from the command's options (a bad --published or
    --fields raises ConfigError)."""
    from timeline.workflow import Settings

    return Settings(
        published=_published(published),
        manifest=manifest,
        fields=_fields(fields),
        max_bytes=max_bytes(max_size),
        triggers=tuple(triggers or ()),
        actors=tuple(actors or ()),
        online=online,
    )


def execution(
    workers: int | None, engine: str, scheduler: str | None, work_dir: Path | None
) -> Execution:
    """Where the work runs, from --workers, --engine, --scheduler and --work-dir."""
    from timeline.engine.local import default_workers
    from timeline.workflow import Execution

    if engine not in ("local", "dask"):
        raise ConfigError(f"--engine {engine!r}: use local or dask")
    kind: Literal["local", "dask"] = "dask" if scheduler or engine == "dask" else "local"
    return Execution(workers or default_workers(), kind, scheduler, work_dir)


def online(
    service: str | None,
    url: str | None,
    user_agent: str | None,
    timeout: float,
    delay: float,
    options: list[str] | None,
) -> Online | None:
    """The geocoder settings, or None when no --geocoder option asks for one."""
    from timeline.workflow import Online

    if service is None and url is None:
        return None
    pairs = []
    for item in options or ():
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"--geocoder-option {item!r}: expected KEY=VALUE")
        pairs.append((key.strip(), value.strip()))
    return Online(service or "nominatim", url, user_agent, timeout, delay, tuple(pairs))


def emit_lines(records: Iterator[dict[str, Any]], as_json: bool, columns: tuple[str, ...]) -> None:
    """Print each record as a JSON object, or as tab-separated ``columns``."""
    for record in records:
        if as_json:
            typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            typer.echo("\t".join("" if record[c] is None else str(record[c]) for c in columns))


_OURS = "_timeline_cli"


@app.callback()
def _configure() -> None:
    """Extract what happened, where and when from news articles and their comment threads."""
    configure_logging()


def configure_logging() -> None:
    """Warnings of timeline (a record's bad date ...) as one line each on stderr; the
    libraries it uses (HTML, the geocoder's retries) keep their chatter to themselves."""
    logger = logging.getLogger("timeline")
    for old in [h for h in logger.handlers if getattr(h, _OURS, False)]:
        logger.removeHandler(old)  # once per run, whatever the stream is now
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("timeline: %(message)s"))
    setattr(handler, _OURS, True)
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    for name in ("trafilatura", "htmldate", "charset_normalizer", "dateparser", "geopy"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
