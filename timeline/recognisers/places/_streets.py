"""Streets and numbered roads: "Memphis St.", "40th Avenue South", "County Road 43".

Local news places things on streets and roads the gazetteer does not hold. A capitalised
name (or an ordinal) followed by a street word ("Street", "St.", "Avenue", "Drive",
"Boulevard" ...), or a road kind followed by its number ("Highway 19", "Interstate
395", "I-95", "Route 9"), is a place mention. It is placed at the town it lies in,
as far as the text says: the town the text names nearest before it (else the first one
after it). Its record has no GeoNames id, feature ``R.ST`` (a street or road) and that
town's coordinates, country and region; its qualifier is ``street``. A street of a text
that names no town is left out: nothing says where it is.

No place name is read inside a street's name ("Memphis" of "Memphis Street" is no
city): the place recogniser finds the streets first and keeps its candidates out of them
(``street_spans``), then adds the streets (``street_mentions``). Streets that stand for
an institution or a trade ("Wall Street", "Downing Street", "Fleet Street") are no
places.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

from gazetteer.records import Place
from timeline.recognisers.base import in_regions
from timeline.records import PlaceMention

__all__ = ["STREET_QUALIFIER", "street_mentions", "street_spans"]

STREET_QUALIFIER = "street"
STREET_FEATURE = "R.ST"
_SCORE = 0.5

_WORD = r"(?:[A-Z][a-z]+(?:['’-][A-Za-z]+)?|[A-Z]{2,}|\d+(?:st|nd|rd|th))"
_STREET_WORDS = (
    r"(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Drive|Road|Rd\.|Lane|Parkway|Pkwy\.?"
    r"|Terrace|Pike|Highway|Freeway|Expressway|Turnpike)"
)
_DIRECTION = r"(?:North|South|East|West|N\.|S\.|E\.|W\.)"
# Found by its street word first (rare in text), then the name read backwards from it.
_STREET_WORD = re.compile(
    rf" {_STREET_WORDS}(?:\s+(?:North|South|East|West|NE|NW|SE|SW)\b)?(?![\w])"
)
_NAME_BEFORE = re.compile(rf"\b(?:{_DIRECTION}\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}$")
_NAME_REACH = 80  # characters before the street word searched for its name
# A numbered road, found by its kind (a literal start keeps the scan fast), then the
# kind of authority before it read backwards ("County Road 43", "U.S. Highway 19").
_NUMBERED = re.compile(r"(?:Highway|Route|Road|Interstate|Hwy\.)\s+\d{1,4}[A-Z]?\b|I-\d{1,3}\b")
_AUTHORITY = re.compile(r"(?:U\.S\.|US|State|County|Farm\s+to\s+Market)\s+$")
_AUTHORITY_REACH = 16

# Capitalised words that open a sentence or a phrase before a street name: not part of it.
_LEADING = frozenset(
    """The A An And Or But On In At Of From To Near Along Across Off Onto Into For By With
    Down Up Past Over Under Between Outside Behind Beyond Toward Towards Via Both
    Police Officers Residents Neighbors Neighbours When While After Before Since Until
    During If As Then Also Just About Around""".split()
)
# Streets that stand for an institution, a trade or a show.
_NOT_PLACES = frozenset(
    {
        "wall street",
        "downing street",
        "fleet street",
        "sesame street",
        "easy street",
        "madison avenue",
        "harley street",
        "threadneedle street",
        "dalal street",
        "coronation street",
    }
)
# Road kinds alone after a capitalised word are no street: "Silk Road", "Abbey Road".
_WITH_NUMBER_ONLY = frozenset({"Highway", "Road"})
_TOWN = "P"
_START = operator.attrgetter("start")


def _trimmed(text: str, start: int, end: int) -> int:
    """The start of the street name: leading function words and sentence openers cut."""
    while True:
        word_end = text.find(" ", start, end)
        if word_end < 0 or text[start:word_end] not in _LEADING:
            return start
        start = word_end + 1
        while start < end and text[start] == " ":
            start += 1


def _spans(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for hit in _STREET_WORD.finditer(text):
        lo = max(0, hit.start() - _NAME_REACH)
        name = _NAME_BEFORE.search(text, lo, hit.start())
        if name is None:
            continue
        end = hit.end()
        start = _trimmed(text, name.start(), end)
        written = text[start:end]
        words = written.split()
        if len(words) < 2 or written.lower() in _NOT_PLACES:
            continue
        if words[-1] in _WITH_NUMBER_ONLY and len(words) == 2 and not words[0][0].isdigit():
            continue  # "Silk Road", "Coastal Highway": a name, numbered roads aside
        found.append((start, end))
    for m in _NUMBERED.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue  # inside a word: "MI-5", "SkyRoad 7"
        authority = _AUTHORITY.search(text, max(0, start - _AUTHORITY_REACH), start)
        found.append((authority.start() if authority else start, m.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:  # overlapping readings: the longest from the first start
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    return merged


def _anchor(towns: Sequence[PlaceMention], starts: Sequence[int], pos: int) -> Place | None:
    """The town nearest before ``pos``, else the first one after it."""
    if not towns:
        return None
    i = bisect.bisect_left(starts, pos)
    return towns[i - 1].place if i > 0 else towns[0].place


def street_spans(
    text: str, regions: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The offsets of the text's street and road names (only inside ``regions`` when
    given), in text order."""
    return [s for s in _spans(text) if regions is None or in_regions(*s, regions)]


def street_mentions(
    text: str, mentions: Sequence[PlaceMention], spans: Sequence[tuple[int, int]]
) -> list[PlaceMention]:
    """``mentions`` with the streets and roads at ``spans`` (``street_spans``; see the
    module docstring), in text order. No mention lies inside a street's name: the place
    recogniser keeps its candidates out of ``spans``."""
    if not spans:
        return list(mentions)
    towns = [m for m in mentions if m.place.feature_class == _TOWN]
    starts = [m.start for m in towns]
    streets = []
    for start, end in spans:
        town = _anchor(towns, starts, start)
        if town is None:
            continue
        written = text[start:end]
        place = Place(
            " ".join(written.split()),
            town.latitude,
            town.longitude,
            STREET_FEATURE,
            None,
            town.country_code,
            town.admin1,
        )
        streets.append(PlaceMention(start, end, written, place, _SCORE, qualifier=STREET_QUALIFIER))
    return sorted([*mentions, *streets], key=_START)
