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
)

__all__ = [
    "airport_names",
    "clean_alternates",
    "name_variants",
    "prefix_keys",
    "strip_designators",
]

_MIN_ALT_LENGTH = 3
_JUNK = re.compile(r"[,;()/\[\]{}|=_@#*+]")

# Token spelled out or abbreviated in place names: each is indexed both ways.
_ABBREVIATIONS = SPELLED_OUT | {full: short for short, full in SPELLED_OUT.items()}
# How English news writes an Arabic article inside a name, whatever the source wrote
# (an-Nu'man, ar-Rastan, as-Sukhnah ...: the article assimilated to the next sound).
_PLAIN_ARTICLES = frozenset({"al", "el"})

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
    r"regional unit|autonomous region|strip)$",
    re.IGNORECASE,
)


# What kind of airfield a name ends with ("Shayrat Air Base", "Aleppo International
# Airport"), and the words news uses for each kind.
_AIRFIELD_KIND = re.compile(
    r"\s+(?:(?:international|regional|municipal|national|military|county|civil)\s+)*"
    r"(?:air ?base|air force base|afb|airport|air ?field|aerodrome|airstrip|air station|"
    r"heliport|helipad)(?:\s*\(.*\))?$",
    re.IGNORECASE,
)
# The words news uses with an airfield's name, by the kind of airfield: large airports
# are airports; a small one may well be a military airfield ("the Tabqa airbase").
_AIRFIELD_WORDS = {
    "S.AIRB": ("Air Base", "Airfield", "Airport", "Military Airport"),
    "small": ("Airport", "Airfield", "Air Base"),
    "S.AIRP": ("Airport",),
}
_MIN_STEM = 3


def airport_names(name: str, others: Iterable[str], served: str, kind: str) -> list[str]:
    """The names an airfield is indexed under: its own and other names, and each of
    their stems ("Shayrat", "Kuweires", "Tabqa", the town an airport serves) with the
    words news uses for such an airfield (``kind``: "S.AIRB" an air base, "S.AIRP" an
    airport, "small" a small airport): "Shayrat airbase", "Kuweires military
    airport", "Aleppo airport". "Air Base" and "Airbase" share a key."""
    names = [name]
    stems = []
    for other in (name, *others):
        stem = _AIRFIELD_KIND.sub("", other).strip()
        if stem != other:
            names.append(other)
        if len(stem) >= _MIN_STEM:
            stems.append(stem)
    if served and len(served) >= _MIN_STEM:
        stems.append(served)
    words = _AIRFIELD_WORDS[kind]
    names += [f"{stem} {word}" for stem in dict.fromkeys(stems) for word in words]
    return list(dict.fromkeys(names))


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
    """The name's words as written, without a leading article, with an abbreviation
    spelled out (or a word abbreviated), and with an inner article written "al" or
    "el" ("Maarat an-Numan": also Maarat al-Numan, Maarat el-Numan)."""
    yield tokens
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        yield tokens[1:]
    for i, tok in enumerate(tokens):
        swap = _ABBREVIATIONS.get(tok)
        if swap is not None:
            yield [*tokens[:i], swap, *tokens[i + 1 :]]
        elif 0 < i < len(tokens) - 1 and tok in ARTICLES:
            for article in _PLAIN_ARTICLES - {tok}:
                yield [*tokens[:i], article, *tokens[i + 1 :]]


def name_variants(names: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """(key, folded tokens) of every indexed form of the names, each key once a form."""
    seen: set[tuple[str, str]] = set()
    for name in names:
        tokens = name_tokens(name)
        if not tokens:
            continue
        for form in _token_forms(tokens):
            key = key_of(form)
            if key and (key, form[0]) not in seen:
                seen.add((key, form[0]))
                yield key, form


def prefix_keys(form: list[str]) -> Iterator[str]:
    """The keys of the inner word prefixes of a form of three words or more: what a
    matcher reading the form word by word has seen after its second, third ... word
    (deir, ez, zor -> "deirez")."""
    for k in range(2, len(form)):
        yield key_of(form[:k])
