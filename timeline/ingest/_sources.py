"""Expanding the inputs a user names (files, folders, globs, ``-``) into sources, in order.

Order is deterministic: inputs in the order given; inside a folder or a glob, files
sorted by their path (as text, ``/``-separated). Folders are walked recursively for the
supported suffixes, skipping hidden files and folders; globs support ``**`` (their
wildcards skip hidden names, as ``glob`` does) and keep the supported suffixes too. A
file named explicitly is read whatever its suffix. A file reached twice is read once.
An ``http://`` or ``https://`` URL is a source of its own, fetched when it is read.
"""

from __future__ import annotations

import glob
import os
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final

from timeline.errors import UnreadableInput
from timeline.ingest._stream import SUFFIX_KINDS

__all__ = [
    "STDIN",
    "STDIN_NAME",
    "SUPPORTED_SUFFIXES",
    "Source",
    "expand_inputs",
    "is_url",
    "url_stem",
]

STDIN: Final = "-"
#: How standard input is named in errors and ``Article.source``.
STDIN_NAME: Final = "<stdin>"
#: The suffixes a folder or a glob is searched for.
SUPPORTED_SUFFIXES: Final = frozenset(SUFFIX_KINDS)
_GLOB_CHARS: Final = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: its name as shown to the user, and its path (None for stdin
    and for a URL, which ``url`` then holds)."""

    name: str
    path: Path | None
    url: str | None = None

    @property
    def stem(self) -> str:
        if self.url is not None:
            return url_stem(self.url)
        return self.path.stem if self.path is not None else "stdin"

    @property
    def suffix(self) -> str:
        """The suffix of the file or of the URL's path, lower-cased ("" for stdin)."""
        if self.url is not None:
            return PurePosixPath(urllib.parse.urlsplit(self.url).path).suffix.lower()
        return self.path.suffix.lower() if self.path is not None else ""


def is_url(item: str) -> bool:
    """Whether an input names an http(s) URL."""
    return item.lower().startswith(("http://", "https://"))


def url_stem(url: str) -> str:
    """A document id for a URL: the stem of its last path segment, else its host."""
    parts = urllib.parse.urlsplit(url)
    stem = PurePosixPath(parts.path).stem
    return stem or parts.hostname or "page"


def _supported(name: str) -> bool:
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_root = os.path.relpath(root, folder)
        for name in files:
            if not name.startswith(".") and _supported(name):
                rel = name if rel_root == "." else os.path.join(rel_root, name)
                found.append(Path(rel).as_posix())
    return [os.path.join(folder, rel) for rel in sorted(found)]


def _glob(pattern: str) -> list[str]:
    matches: list[str] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            matches.extend(_walk(match))
        elif _supported(match):
            matches.append(match)
    return matches


def _expand_one(item: str) -> Iterator[str | UnreadableInput]:
    if item == STDIN or is_url(item):
        yield item
    elif os.path.isdir(item):
        files = _walk(item)
        if not files:
            yield UnreadableInput(item, "no supported files in this folder")
        yield from files
    elif os.path.lexists(item):
        if os.path.islink(item) and not os.path.exists(item):
            yield UnreadableInput(item, "broken symbolic link")
        else:
            yield item
    elif _GLOB_CHARS & set(item):
        files = _glob(item)
        if not files:
            yield UnreadableInput(item, "no supported file matches this pattern")
        yield from files
    else:
        yield UnreadableInput(item, "no such file or folder")


def expand_inputs(inputs: Iterable[str]) -> Iterator[Source | UnreadableInput]:
    """The sources named by ``inputs``, or an ``UnreadableInput`` for each that names none."""
    seen: set[str] = set()
    for item in inputs:
        for found in _expand_one(str(item)):
            if isinstance(found, UnreadableInput):
                yield found
            elif found == STDIN:
                yield Source(STDIN_NAME, None)
            elif is_url(found):
                yield Source(found, None, found)
            elif (key := os.path.realpath(found)) not in seen:
                seen.add(key)
                yield Source(found, Path(found))
