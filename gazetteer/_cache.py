"""Where compiled gazetteers live, and loading one (building it on first use)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from gazetteer._build import build_default
from gazetteer._gazetteer import Gazetteer
from gazetteer._sources import source_fingerprint
from gazetteer._store import FORMAT_VERSION, read_store, write_store
from timeline.errors import GazetteerError, OutputError

__all__ = ["CUSTOM_NAME", "cache_dir", "default_store_path", "load_path"]

CUSTOM_NAME = "gazetteer-custom.pickle"

_log = logging.getLogger("timeline.gazetteer")


def cache_dir() -> Path:
    """$TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline."""
    explicit = os.environ.get("TIMELINE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "timeline"


def default_store_path() -> Path:
    """The compiled default gazetteer for these source versions and this Python."""
    py = f"py{sys.version_info.major}{sys.version_info.minor}"
    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}-{source_fingerprint()}-{py}.pickle"


def _remove_stale(keep: Path) -> None:
    """Remove compiled default gazetteers of other source versions beside ``keep``."""
    for old in keep.parent.glob("gazetteer-v*-*-py*.pickle"):
        if old != keep:
            old.unlink(missing_ok=True)


def load_path(path: Path | None) -> Gazetteer:
    """Load ``path``; with None, the user's built gazetteer or else the default one.

    The default is built from the package data when its cache file is missing (or
    damaged: a warning names it), and written atomically; when the cache folder is not
    writable the built gazetteer is used from memory.
    """
    if path is not None:
        return Gazetteer(read_store(path), path=path)
    custom = cache_dir() / CUSTOM_NAME
    if custom.exists():
        return Gazetteer(read_store(custom), path=custom)
    target = default_store_path()
    if target.exists():
        try:
            return Gazetteer(read_store(target), path=target)
        except GazetteerError as err:  # damaged or of an older shape: rebuild it below
            _log.warning("%s; rebuilding it", err)
    store = build_default()
    try:
        write_store(store, target)
    except OutputError:
        return Gazetteer(store)
    _remove_stale(target)
    return Gazetteer(store, path=target)
