"""What a record's kind and size say about it: whether it is well known, and which
government its name can stand for.

These are the only definitions: the builder marks the names of well-known records
as prominent, the gazetteer ranks lookups with them, and the place recogniser asks
``Gazetteer.is_well_known`` and ``Gazetteer.government_level``.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "PROMINENT_POPULATION",
    "WELL_KNOWN_FEATURES",
    "GovernmentLevel",
    "government_level",
    "is_well_known",
]

GovernmentLevel = Literal["national", "regional"]

# Populated places at least this large count as well known: the recogniser takes
# their names even in lower case ("fighters left raqqa for palmyra").
PROMINENT_POPULATION = 50_000

# Countries (every A.PCL* code), first-level regions, dependent territories and
# continents are well known whatever their size; towns (national capitals too) when
# they are large. Small capitals are often everyday words or surnames ("The Valley",
# "Stanley", "Hamilton"): as prominent names they would be taken anywhere.
WELL_KNOWN_FEATURES = ("A.PCL", "A.ADM1", "A.TERR", "L.CONT", "H.SEA")
# ... and named regions that are large (a GeoNames dump's many small ones are not).
_SIZED_FEATURES = ("P.", "L.RGN")

# The places whose name can stand for a government ("Moscow said", "Texas says"): a
# country or its capital for a national government, a first-level region for its
# own. Only a national one gives a mention the role "government"
# (PlaceMention.role: "a capital or country used for its government").
_GOVERNMENTS: tuple[tuple[str, GovernmentLevel], ...] = (
    ("A.PCL", "national"),
    ("P.PPLC", "national"),
    ("A.ADM1", "regional"),
)


def is_well_known(feature: str, population: int) -> bool:
    """A country, first-level region, territory, continent, sea, or large town or named
    region."""
    return feature.startswith(WELL_KNOWN_FEATURES) or (
        feature.startswith(_SIZED_FEATURES) and population >= PROMINENT_POPULATION
    )


def government_level(feature: str) -> GovernmentLevel | None:
    """The government a place of this kind can stand for, if any (see _GOVERNMENTS)."""
    return next((level for prefix, level in _GOVERNMENTS if feature.startswith(prefix)), None)
