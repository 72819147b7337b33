"""``build``: a gazetteer of the package data plus GeoNames dump files.

Dump records whose geonameid the package data already has correct it (feature code
such as P.PPLA, GeoNames' own point for countries and regions) and add their names;
new records (any feature class: dams, airports, camps, roads, rivers ...) are added.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from gazetteer._build import default_builder
from gazetteer._builder import RecordBuilder
from gazetteer._cache import CUSTOM_NAME, cache_dir
from gazetteer._geonames import (
    GeoNamesRecord,
    read_admin1_codes,
    read_alternate_names,
    read_geonames,
)
from gazetteer._lexicon import read_lexicon
from gazetteer._sources import source_fingerprint
from gazetteer._store import write_store
from gazetteer._variants import clean_alternates

__all__ = ["DEFAULT_FEATURE_CLASSES", "build", "import_dumps"]

DEFAULT_FEATURE_CLASSES = "ADHLPRSTUV"


def _fingerprint(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256(source_fingerprint().encode())
    for path in paths:
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return "custom-" + digest.hexdigest()[:16]


def _region_record(builder: RecordBuilder, record: GeoNamesRecord) -> int | None:
    """The package record a dump's country or ADM1 record describes, if any."""
    if record.feature.startswith("A.PCL"):
        return builder.country_ids.get(record.country_code)
    if record.feature == "A.ADM1":
        return builder.admin1_ids.get((record.country_code, record.admin1_code))
    return None


def _add(builder: RecordBuilder, record: GeoNamesRecord, extra: list[str]) -> None:
    names = [
        record.name,
        record.asciiname,
        *clean_alternates(record.name, [*record.alternatenames, *extra]),
    ]
    rid = builder.by_geonameid.get(record.geonameid)
    if rid is None:
        rid = _region_record(builder, record)
    if rid is not None:
        builder.update(
            rid,
            feature=record.feature,
            point=(record.latitude, record.longitude),
            geonameid=record.geonameid,
        )
        builder.index_names(rid, names)
        return
    builder.add(
        names,
        record.latitude,
        record.longitude,
        record.feature,
        country=record.country_code,
        admin1=record.admin1_code,
        population=record.population,
        geonameid=record.geonameid,
        fame=len(record.alternatenames) + len(extra),
    )


def import_dumps(
    builder: RecordBuilder,
    dumps: Iterable[Path],
    *,
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    feature_classes: str = DEFAULT_FEATURE_CLASSES,
    countries: Collection[str] | None = None,
) -> None:
    """Add the records of GeoNames dump files to ``builder`` (see ``build``)."""
    if admin1_codes is not None:
        for cc, code, name, _ in read_admin1_codes(admin1_codes):
            builder.add_admin1(cc, code, name)
    wanted = {c.upper() for c in countries} if countries is not None else None
    paths = list(dumps)

    def kept() -> Iterator[GeoNamesRecord]:
        for path in paths:
            for r in read_geonames(path):
                if r.feature_class in feature_classes and (
                    wanted is None or r.country_code in wanted
                ):
                    yield r

    extra: dict[int, list[str]] = {}
    if alternate_names is not None:  # a first pass over the dumps finds whose names to keep
        keep = {r.geonameid for r in kept()}
        for gid, name in read_alternate_names(alternate_names):
            if gid in keep:
                extra.setdefault(gid, []).append(name)
    for record in kept():
        _add(builder, record, extra.get(record.geonameid, []))


def build(
    dumps: Iterable[str | Path],
    *,
    alternate_names: str | Path | None = None,
    admin1_codes: str | Path | None = None,
    feature_classes: str = DEFAULT_FEATURE_CLASSES,
    countries: Collection[str] | None = None,
    out: str | Path | None = None,
) -> Path:
    """Compile the package data plus GeoNames ``dumps`` into a gazetteer file.

    ``feature_classes`` (GeoNames classes, "PAH" ...) and ``countries`` (ISO codes)
    select the dump records kept; dumps are read as streams, but every record kept
    stays in memory, so for allCountries.txt select a few countries or classes. The
    result goes to ``out``, by default to the cache folder where ``gazetteer.load()``
    prefers it over the package default.
    Raises GazetteerBuildError naming the file and line of a malformed dump.
    """
    dump_paths = [Path(p) for p in dumps]
    alt_path = Path(alternate_names) if alternate_names is not None else None
    admin1_path = Path(admin1_codes) if admin1_codes is not None else None
    builder = default_builder()
    import_dumps(
        builder,
        dump_paths,
        alternate_names=alt_path,
        admin1_codes=admin1_path,
        feature_classes=feature_classes,
        countries=countries,
    )
    sources = [*dump_paths, *(p for p in (alt_path, admin1_path) if p is not None)]
    store = builder.freeze(_fingerprint(sources), read_lexicon(builder))
    target = Path(out) if out is not None else cache_dir() / CUSTOM_NAME
    return write_store(store, target)
