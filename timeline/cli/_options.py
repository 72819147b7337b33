"""The options the commands share, as typer annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = [
    "Actors",
    "Geocoder",
    "GeocoderDelay",
    "GeocoderOption",
    "GeocoderTimeout",
    "GeocoderUrl",
    "GeocoderUserAgent",
    "AsJson",
    "Attribution",
    "Engine",
    "Fields",
    "Inputs",
    "Manifest",
    "MaxSize",
    "OpenIt",
    "Published",
    "Scheduler",
    "Table",
    "Tiles",
    "Title",
    "Triggers",
    "WorkDir",
    "Workers",
]

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
Fields = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="KEY=NAME,...",
        help="Field names of JSONL/CSV corpora, e.g. text=story,published=day|date (KEY: id, "
        "title, text, published, url, comments, comment_author, comment_text; | gives "
        "alternatives tried in order).",
    ),
]
MaxSize = Annotated[
    float,
    typer.Option(
        "--max-size",
        metavar="MB",
        min=0.001,
        help="Largest input file read, in MB (a bigger one is reported and skipped).",
    ),
]
Triggers = Annotated[
    list[Path] | None,
    typer.Option(
        "--triggers", help="Your own trigger table (TSV, as timeline/lexicon/triggers.tsv)."
    ),
]
Actors = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Your own actor table (TSV, as timeline/lexicon/actors.tsv)."),
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
Table = Annotated[Path, typer.Argument(help="An event table (.parquet, .csv, .json or .geojson).")]

Geocoder = Annotated[
    str | None,
    typer.Option(
        "--geocoder",
        help="Look up names the offline gazetteer lacks with this geopy geocoder (nominatim, "
        "photon, arcgis ...). Off unless given; every answer is cached in the cache folder.",
    ),
]
GeocoderUrl = Annotated[
    str | None,
    typer.Option(
        "--geocoder-url",
        help="Address of the geocoder, e.g. a local Nominatim at http://localhost:8080 "
        "(implies --geocoder nominatim).",
    ),
]
GeocoderUserAgent = Annotated[
    str | None,
    typer.Option(
        "--geocoder-user-agent",
        help="User agent sent to the geocoder (Nominatim asks for one that identifies you).",
    ),
]
GeocoderTimeout = Annotated[
    float, typer.Option("--geocoder-timeout", help="Seconds to wait for an answer.")
]
GeocoderDelay = Annotated[
    float,
    typer.Option("--geocoder-delay", help="Least time between requests (Nominatim's policy: 1 s)."),
]
GeocoderOption = Annotated[
    list[str] | None,
    typer.Option("--geocoder-option", help="KEY=VALUE option for the geocoder, e.g. api_key=..."),
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Processes extracting at once (default: one per core; the table is the same).",
    ),
]
Engine = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local: this machine's cores; dask: a Dask cluster (--scheduler, else a local "
        "one of --workers processes; needs pip install 'timeline[dask]').",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="Run on the Dask cluster of this scheduler (implies --engine dask).",
    ),
]
WorkDir = Annotated[
    Path | None,
    typer.Option(
        "--work-dir",
        help="Folder for the job's intermediate parts (default: the system's temporary "
        "folder; on a cluster, one every worker reaches under the same path).",
    ),
]
