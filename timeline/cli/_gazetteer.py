"""timeline gazetteer lookup and build."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from timeline.cli._app import emit_lines, gazetteer_app, guard
from timeline.cli._options import AsJson

__all__ = ["build", "lookup"]


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
        emit_lines(iter(records), as_json, columns)
        return 0

    guard(body)


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
    guard(
        lambda: build_gazetteer(dumps, alternate_names, admin1_codes, feature_classes, codes, out)
    )
