"""Manifests: a CSV or JSON-lines file giving the date (and URL, title) of other inputs.

Columns: ``path`` (or ``file`` or ``doc_id``), ``published`` (or ``date``), and optionally
``url`` and ``title``. An entry matches an input by its path relative to the manifest's
folder, else by file name (entries that are a bare name), else by doc_id. A manifest is
written by the user, so a bad one is a ``ConfigError``, raised before any input is read.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from timeline.errors import ConfigError
from timeline.ingest._dates import parse_date_value
from timeline.ingest._stream import SUFFIX_KINDS

__all__ = ["Manifest", "ManifestEntry", "load_manifest"]

_KEYS: Final = ("path", "file", "doc_id")
_DATES: Final = ("published", "date")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What a manifest says about one input."""

    published: date | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    """Manifest entries indexed by resolved path, by file name and by doc_id."""

    by_path: Mapping[str, ManifestEntry] = field(default_factory=dict)
    by_name: Mapping[str, ManifestEntry] = field(default_factory=dict)
    by_id: Mapping[str, ManifestEntry] = field(default_factory=dict)

    def lookup(self, path: Path | None, doc_id: str) -> ManifestEntry | None:
        """The entry for an input at ``path`` (None for stdin) whose doc_id is ``doc_id``."""
        if path is not None:
            entry = self.by_path.get(os.path.realpath(path)) or self.by_name.get(path.name)
            if entry is not None:
                return entry
        return self.by_id.get(doc_id)


def _rows(path: Path, text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    stripped = text.lstrip()
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind in ("json", "jsonl") or stripped.startswith(("{", "[")):
        if stripped.startswith("["):
            yield from enumerate(json.loads(stripped), start=1)
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield number, json.loads(line)
        return
    delimiter = "\t" if kind == "tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        yield reader.line_num, {k.strip(): v for k, v in row.items() if isinstance(k, str)}


def _entry(row: Mapping[str, Any], where: str) -> tuple[str, ManifestEntry]:
    if not isinstance(row, Mapping):
        raise ConfigError(f"{where}: expected an object with path and published")
    key = next((str(row[k]).strip() for k in _KEYS if row.get(k)), "")
    if not key:
        raise ConfigError(f"{where}: no path, file or doc_id")
    raw = next((row[k] for k in _DATES if row.get(k)), None)
    published = parse_date_value(raw) if raw is not None else None
    if raw is not None and published is None:
        raise ConfigError(f"{where}: published {str(raw)[:40]!r} is not a date (YYYY-MM-DD)")
    url, title = (str(row.get(k) or "").strip() or None for k in ("url", "title"))
    return key, ManifestEntry(published, url, title)


def load_manifest(path: str | Path) -> Manifest:
    """Read a manifest; raise ``ConfigError`` naming the file (and line) when it is bad."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the manifest ({err})") from err
    by_path: dict[str, ManifestEntry] = {}
    by_name: dict[str, ManifestEntry] = {}
    by_id: dict[str, ManifestEntry] = {}
    try:
        for number, row in _rows(path, text):
            key, entry = _entry(row, f"{path}:{number}")
            by_path[os.path.realpath(path.parent / key)] = entry
            if "/" not in key and os.sep not in key:
                by_name[key] = entry
            by_id[key] = entry
    except (json.JSONDecodeError, csv.Error) as err:
        raise ConfigError(f"{path}: malformed manifest ({err})") from err
    return Manifest(by_path, by_name, by_id)
