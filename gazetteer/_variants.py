"""Which names of a record are indexed, and under which keys."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from gazetteer._fold import (
    ARTICLES,
    SPELLED_OUT,
    is_code_like,
    is_latin,
    key_of,
    name_tokens,
    skeleton,
)

__all__ = ["clean_alternates", "name_variants", "strip_designators"]

_MIN_ALT_LENGTH = 3
_JUNK = re.compile(r"[,;()/\[\]{}|=_@#*+]")

# Token spelled out or abbreviated in place names: each is indexed both ways.
_ABBREVIATIONS = SPELLED_OUT | {full: short for short, full in SPELLED_OUT.items()}

# Words naming the kind of region, written before or after its proper name in
# GeoNames-derived region names ("Departement de la Gironde", "Rangpur Division").
_PREFIXES = re.compile(
    r"^(?:departement|departamento|provincia|province|prefecture|region|regiao|comarca|"
    r"distrito|district|municipio|municipality|kreis|landkreis|bezirk|powiat|okres|"
    r"wilayat|muhafazat|city and borough|city and county|city|borough|county|state|"
    r"estado|oblast|voivodeship)"
    r"(?:\s+(?:of|de\s+la|de\s+las|de\s+los|de|del|des|du|di|della|do|da|dos|das|d'|l'|la|le))*"
    r"\s*(?=\S)",
    re.IGNORECASE,
)
_SUFFIXES = re.compile(
    r"\s+(?:governorate|province|region|oblast|division|district|prefecture|department|"
    r"municipality|county borough|kommune|kommun|voivodeship|krai|kray|state|territory|"
    r"regional unit|autonomous region)$",
    re.IGNORECASE,
)


def strip_designators(name: str) -> str:
    """A region name without the word naming its kind ("Rangpur Division" -> "Rangpur")."""
    stripped = _SUFFIXES.sub("", _PREFIXES.sub("", name.strip()))
    return stripped.strip(" '") or name


def clean_alternates(primary: str, alternates: Iterable[str]) -> list[str]:
    """Alternate names worth indexing: Latin script, no codes ("PMS"), no junk."""
    kept = []
    for alt in alternates:
        alt = alt.strip()
        if (
            len(alt) < _MIN_ALT_LENGTH
            or not is_latin(alt)
            or is_code_like(alt)
            or _JUNK.search(alt)
            or (alt.islower() and name_tokens(alt) != name_tokens(primary))
        ):
            continue
        kept.append(alt)
    return kept


def _token_forms(tokens: list[str]) -> Iterator[list[str]]:
    yield tokens
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        yield tokens[1:]
    for i, tok in enumerate(tokens):
        swap = _ABBREVIATIONS.get(tok)
        if swap is not None:
            yield [*tokens[:i], swap, *tokens[i + 1 :]]


def name_variants(names: Iterable[str]) -> Iterator[tuple[str, str, str, int]]:
    """(key, first-token skeleton, first token, token count) for every indexed form."""
    seen: set[tuple[str, str]] = set()
    for name in names:
        tokens = name_tokens(name)
        if not tokens:
            continue
        for form in _token_forms(tokens):
            key = key_of(form)
            if key and (key, form[0]) not in seen:
                seen.add((key, form[0]))
                yield key, skeleton(form[0]), form[0], len(form)
