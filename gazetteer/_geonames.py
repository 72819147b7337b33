"""Readers of GeoNames dump files: allCountries.txt (or a country file such as SY.txt),
alternateNamesV2.txt and admin1CodesASCII.txt (https://download.geonames.org/export/dump/)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gazetteer._sources import read_tsv
from timeline.errors import GazetteerBuildError

__all__ = ["GeoNamesRecord", "read_admin1_codes", "read_alternate_names", "read_geonames"]

_GEONAMES_COLUMNS = 19
_ALTERNATE_COLUMNS = 4  # the first four of alternateNamesV2's ten are required
_ADMIN1_COLUMNS = 4
# alternateNamesV2 "languages" that are codes or links, not names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "fr_1793"})


@dataclass(frozen=True, slots=True)
class GeoNamesRecord:
    """One line of a GeoNames dump ("geoname" table)."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    population: int

    @property
    def feature(self) -> str:
        return f"{self.feature_class}.{self.feature_code}"


def _bad(path: Path, lineno: int, reason: str) -> GazetteerBuildError:
    return GazetteerBuildError(f"{path}:{lineno}: {reason}")


def _record(path: Path, lineno: int, cols: list[str]) -> GeoNamesRecord:
    if len(cols) < _GEONAMES_COLUMNS:
        raise _bad(
            path, lineno, f"expected {_GEONAMES_COLUMNS} tab-separated columns, got {len(cols)}"
        )
    try:
        return GeoNamesRecord(
            geonameid=int(cols[0]),
            name=cols[1],
            asciiname=cols[2],
            alternatenames=tuple(a for a in cols[3].split(",") if a),
            latitude=float(cols[4]),
            longitude=float(cols[5]),
            feature_class=cols[6],
            feature_code=cols[7],
            country_code=cols[8],
            admin1_code=cols[10],
            population=int(cols[14] or 0),
        )
    except ValueError as err:
        raise _bad(path, lineno, f"bad number ({err})") from err


def read_geonames(path: Path) -> Iterator[GeoNamesRecord]:
    """The records of an allCountries-format dump, in file order."""
    for lineno, cols in read_tsv(path, error=GazetteerBuildError):
        yield _record(path, lineno, cols)


def read_alternate_names(path: Path) -> Iterator[tuple[int, str]]:
    """(geonameid, name) pairs of alternateNamesV2.txt, without codes and links."""
    for lineno, cols in read_tsv(path, error=GazetteerBuildError):
        if len(cols) < _ALTERNATE_COLUMNS:
            raise _bad(
                path, lineno, f"expected {_ALTERNATE_COLUMNS} columns or more, got {len(cols)}"
            )
        if cols[2] in _NOT_NAMES:
            continue
        try:
            yield int(cols[1]), cols[3]
        except ValueError as err:
            raise _bad(path, lineno, f"bad geonameid ({err})") from err


def read_admin1_codes(path: Path) -> Iterator[tuple[str, str, str, int]]:
    """(country code, admin1 code, name, geonameid) of admin1CodesASCII.txt ("US.GA ...")."""
    for lineno, cols in read_tsv(path, error=GazetteerBuildError):
        if len(cols) < _ADMIN1_COLUMNS or "." not in cols[0]:
            raise _bad(path, lineno, "expected CC.CODE, name, ascii name, geonameid")
        cc, _, code = cols[0].partition(".")
        try:
            yield cc, code, cols[1], int(cols[3])
        except ValueError as err:
            raise _bad(path, lineno, f"bad geonameid ({err})") from err
