"""Counts stated in text: "about 500 vehicles", "dozens of fighters", "120 killed"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.recognisers._case import fold
from timeline.recognisers.base import Regions, in_regions
from timeline.recognisers.dates.lexicon import CARDINALS, SCALES
from timeline.records import Quantity

__all__ = ["QuantityRecogniser", "fatalities", "is_person_unit"]

# Vague counts: the smallest value each honestly implies ("dozens" is at least 24).
_VAGUE = {
    "a dozen": 12,
    "dozen": 12,
    "dozens": 24,
    "several dozen": 36,
    "scores": 40,
    "hundreds": 200,
    "several hundred": 300,
    "a hundred": 100,
    "thousands": 2000,
    "several thousand": 3000,
    "a thousand": 1000,
    "tens of thousands": 20000,
}

# Units a conflict report counts; the key is how the table names the unit.
_UNITS: dict[str, tuple[str, ...]] = {
    "fighters": ("fighters", "fighter", "combatants"),
    "militants": (
        "militants",
        "militant",
        "terrorists",
        "terrorist",
        "insurgents",
        "insurgent",
        "jihadists",
        "jihadist",
        "rebels",
        "rebel",
        "gunmen",
        "extremists",
    ),
    "soldiers": ("soldiers", "soldier", "troops", "servicemen", "personnel", "marines"),
    "people": ("people", "persons", "men", "women", "children", "residents", "villagers"),
    "civilians": ("civilians", "civilian"),
    "families": ("families",),
    "refugees": ("refugees", "displaced"),
    "hostages": ("hostages", "hostage", "prisoners", "detainees", "captives"),
    "bodies": ("bodies", "corpses"),
    "casualties": ("casualties",),
    "vehicles": (
        "vehicles",
        "vehicle",
        "cars",
        "pick-ups",
        "pickups",
        "pick-up",
        "technicals",
        "apcs",
        "armoured vehicles",
        "armored vehicles",
        "humvees",
    ),
    "trucks": ("trucks", "truck", "lorries", "pick-up trucks", "pickup trucks"),
    "buses": ("buses", "busses", "bus", "coaches"),
    "tanks": ("tanks", "tank"),
    "leaflets": ("leaflets", "leaflet", "flyers"),
    "rockets": (
        "rockets",
        "missiles",
        "shells",
        "mortars",
        "mortar rounds",
        "bombs",
        "barrel bombs",
    ),
    "airstrikes": ("airstrikes", "air strikes", "strikes", "sorties", "raids"),
    "aircraft": ("aircraft", "jets", "warplanes", "planes", "helicopters", "drones"),
    "villages": (
        "villages",
        "towns",
        "settlements",
        "districts",
        "neighbourhoods",
        "neighborhoods",
    ),
    "positions": ("positions", "checkpoints", "outposts", "bases"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_PERSON_UNITS = frozenset(
    {"fighters", "militants", "soldiers", "people", "civilians", "hostages", "bodies", "casualties"}
)

_APPROX = (
    r"(?:about|around|approximately|nearly|almost|some|roughly|over|more\s+than|at\s+least|"
    r"up\s+to|as\s+many\s+as|an\s+estimated|fewer\s+than|less\s+than|close\s+to)"
)
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\s+(?:hundred|thousand|million))?"
    rf"|(?:{'|'.join(sorted(_VAGUE, key=len, reverse=True))})"
    rf"|(?:{'|'.join(sorted(CARDINALS, key=len, reverse=True))})(?:\s+(?:hundred|thousand))?"
)
_UNIT = "|".join(re.escape(w) for w in sorted(_UNIT_OF, key=len, reverse=True))
# Written in lower case and matched against the folded text: case-blind, and faster than
# re.IGNORECASE.
_QUANTITY = re.compile(
    rf"(?<![\w$€£.,-])(?:{_APPROX}\s+)?(?P<num>{_NUMBER})"
    rf"(?:\s+of)?(?:\s+(?:the|their|its|his))?(?P<mods>(?:\s+[\w-]+){{0,2}}?)\s+(?P<unit>{_UNIT})(?![\w])"
)
_MONEY_BEFORE = re.compile(r"[$€£]\s*$")  # "$5,000 fighters" is money
_KILLED_AFTER = re.compile(
    r"^\s*(?:(?:were|have\s+been|had\s+been|was|are|reportedly|were\s+reportedly)\s+)?"
    r"(?:killed|dead|died|slain|eliminated|wiped\s+out)\b",
    re.IGNORECASE,
)
_KILLED_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|kill|slew|eliminated|leaving)\s*$", re.IGNORECASE
)


def _value(number: str) -> int | None:
    text = " ".join(number.lower().split())
    if text in _VAGUE:
        return _VAGUE[text]
    head, _, scale = text.partition(" ")
    factor = SCALES.get(scale, 1)
    if head in CARDINALS:
        return CARDINALS[head] * factor
    digits = head.replace(",", "")
    return int(digits) * factor if digits.isdigit() else None


class QuantityRecogniser:
    """Finds counts of people, vehicles, munitions and the like, with their unit."""

    name = "quantities"

    def find(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> list[Quantity]:
        index = None if regions is None else Regions(regions)
        found = []
        for match in _QUANTITY.finditer(fold(text)):
            start, end = match.span()
            if not in_regions(start, end, index):
                continue
            if _MONEY_BEFORE.search(text, max(0, start - 2), start):
                continue
            value = _value(text[match.start("num") : match.end("num")])
            if value is None or value == 0:
                continue
            unit = _UNIT_OF[" ".join(match.group("unit").split())]
            found.append(Quantity(start, end, text[start:end], value, unit))
        return found


def is_person_unit(unit: str) -> bool:
    return unit in _PERSON_UNITS


def fatalities(text: str, quantities: Sequence[Quantity]) -> int | None:
    """People stated killed: a count of people followed by "killed"/"dead" or after "killed"."""
    total: int | None = None
    for q in quantities:
        if not is_person_unit(q.unit):
            continue
        after = text[q.end : q.end + 40]
        before = text[max(0, q.start - 20) : q.start]
        if _KILLED_AFTER.match(after) or _KILLED_BEFORE.search(before):
            total = (total or 0) + q.value
    return total
