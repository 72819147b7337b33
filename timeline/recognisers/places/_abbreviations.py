"""Region abbreviations written with periods ("Ga.", "Tenn.", "W. Va.", "N.Y.")."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

__all__ = ["dotted_abbreviations"]

# What a region abbreviation with periods looks like: "Ga.", "Tenn.", "W. Va.", "P.E.I."
# (no letter, digit or period before it; the look-behind after the first letter lets
# the regex engine skip ahead to capitals)
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])[a-z]{0,5}\.(?:\s?[A-Z][a-z]{0,5}\.){0,2}")
_WORD_CHAR = re.compile(r"\w")
_SPACES = re.compile(r"\s+")


def dotted_abbreviations(text: str, forms: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, form) of the region abbreviations written with periods ("Ga.",
    "W. Va.", "N.Y.") in ``text``: the longest of ``forms`` at each place, spaces
    normalised (a form listed without them may be written with one)."""
    for match in _DOTTED.finditer(text):
        written = match.group()
        for cut in range(len(written), 0, -1):
            end = match.start() + cut
            if written[cut - 1] != "." or (end < len(text) and _WORD_CHAR.match(text, end)):
                continue
            form = _SPACES.sub(" ", written[:cut])
            if form not in forms:
                form = form.replace(" ", "")
            if form in forms:
                yield match.start(), end, form
                break
