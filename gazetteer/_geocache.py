"""The online geocoder's persistent cache: one SQLite file under the cache folder.

Answers are kept by (service, endpoint, query, countries), "not found" too, so a
name is asked of the service once per machine. SQLite lets several processes share
the file; when it cannot be opened the cache lives in memory for the process.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict
from pathlib import Path

from gazetteer.records import Place

__all__ = ["GeocodeCache", "MISSING"]

_log = logging.getLogger("timeline.gazetteer")
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS answers ("
    " service TEXT NOT NULL, endpoint TEXT NOT NULL, query TEXT NOT NULL,"
    " countries TEXT NOT NULL, place TEXT,"
    " PRIMARY KEY (service, endpoint, query, countries))"
)


class _Missing:
    """The cache has no answer for a query (an answer may be "not found": None)."""


MISSING = _Missing()


class GeocodeCache:
    """Answers of one geocoder endpoint, by query and country restriction."""

    def __init__(self, path: Path | None, service: str, endpoint: str) -> None:
        self.service = service
        self.endpoint = endpoint
        self.path = path
        self._db = self._open(path)

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, timeout=30, check_same_thread=False)
                db.execute(_SCHEMA)
                db.commit()
                return db
            except (OSError, sqlite3.Error) as err:
                _log.warning("%s: cannot open the geocoder cache (%s); using memory", path, err)
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute(_SCHEMA)
        return db

    def get(self, query: str, countries: str) -> Place | None | _Missing:
        """The cached answer (None: the service found nothing), or ``MISSING``."""
        row = self._db.execute(
            "SELECT place FROM answers WHERE service=? AND endpoint=? AND query=? AND countries=?",
            (self.service, self.endpoint, query, countries),
        ).fetchone()
        if row is None:
            return MISSING
        if row[0] is None:
            return None
        try:
            return Place(**json.loads(row[0]))
        except (TypeError, ValueError):  # written by another version: ask again
            return MISSING

    def put(self, query: str, countries: str, place: Place | None) -> None:
        payload = None if place is None else json.dumps(asdict(place), ensure_ascii=False)
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                (self.service, self.endpoint, query, countries, payload),
            )
            self._db.commit()
        except sqlite3.Error as err:  # a full disk or a locked file: keep going uncached
            _log.warning("%s: cannot write the geocoder cache (%s)", self.path, err)

    def __len__(self) -> int:
        row = self._db.execute(
            "SELECT COUNT(*) FROM answers WHERE service=? AND endpoint=?",
            (self.service, self.endpoint),
        ).fetchone()
        return int(row[0])

    def close(self) -> None:
        self._db.close()
