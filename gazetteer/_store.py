"""The compiled gazetteer: columnar record arrays plus a folded-name index, pickled.

Records are numbered 0..n-1 and kept column-wise in ``array`` objects (pickled as raw
bytes, loaded without per-record Python objects); ``Place`` records are made only on
request. The index maps a name key (see ``gazetteer._fold``) to the record ids that
bear the name, best first (a single id is stored as a bare int to save memory).
"""

from __future__ import annotations

import contextlib
import gc
import pickle
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import GazetteerError
from timeline.fsutil import atomic_path

__all__ = ["FORMAT_VERSION", "Lexicon", "Store", "read_store", "write_store"]

FORMAT_VERSION = 13  # bump whenever Store or Lexicon change shape


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word knowledge the place recogniser needs besides place names.

    Word sets hold folded lower-case words. ``given_names`` maps a given name to its
    rank by frequency (0 most common); ``surnames`` likewise. ``demonyms`` maps a
    folded compact form ("iraqi", "srilankan") to a country's or region's record id,
    ``demonym_spans`` the first word of a multiword demonym to its word count.
    ``abbreviations`` maps a region abbreviation as written ("Ga.", "GA") to (kind,
    record id) with kind "ap" or "postal"; ``acronyms`` holds the keys of all-capital
    country names (US, UK, UAE).
    """

    given_names: dict[str, int] = field(default_factory=dict)
    surnames: dict[str, int] = field(default_factory=dict)
    common_words: dict[str, float] = field(default_factory=dict)
    demonyms: dict[str, int] = field(default_factory=dict)
    demonym_spans: dict[str, int] = field(default_factory=dict)
    abbreviations: dict[str, tuple[str, int]] = field(default_factory=dict)
    acronyms: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Store:
    """Everything a loaded gazetteer holds. Build with ``gazetteer._build``."""

    fingerprint: str
    names: list[str]
    latitude: array[float]
    longitude: array[float]
    population: array[int]
    geonameid: array[int]
    fame: array[int]
    feature: array[int]
    features: tuple[str, ...]
    country: array[int]
    countries: tuple[str, ...]
    admin1: array[int]
    admin1_table: tuple[tuple[str, str, str], ...]
    index: dict[str, int | tuple[int, ...]]
    spans: dict[str, int]
    prefixes: frozenset[str]
    prominent: frozenset[str]
    prominent_first: dict[str, frozenset[str]]
    country_ids: dict[str, int]
    admin1_ids: dict[tuple[str, str], int]
    seat_named: frozenset[int]
    lexicon: Lexicon
    format_version: int = FORMAT_VERSION

    def __len__(self) -> int:
        return len(self.names)


def write_store(store: Store, path: Path) -> Path:
    """Pickle ``store`` to ``path`` atomically."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        pickle.dump(store, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: unpickling a million objects triggers it
    again and again, each time walking every object made so far (a quarter of the
    load time), and none of them is garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_store(path: Path) -> Store:
    """Load a pickled store, refusing files of another format version."""
    try:
        with open(path, "rb") as fh, _collector_paused():
            store = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as err:
        raise GazetteerError(f"{path}: cannot load the compiled gazetteer ({err})") from err
    if not isinstance(store, Store) or getattr(store, "format_version", None) != FORMAT_VERSION:
        raise GazetteerError(f"{path}: not a compiled gazetteer of format {FORMAT_VERSION}")
    return store
