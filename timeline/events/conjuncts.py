"""Coordinated places: "took control of Khan Tuman and Zerbah" tells one happening a place.

A list of places joined by commas and a final "and"/"or" ("seized A, B and C") that an
event's trigger governs, directly or through a place word ("of", "in", "near"), gives
the event once per place. Each conjunct is a place the gazetteer resolved, or a
capitalised name it does not know, kept as written. Nothing is split when the list
mixes in something that is no place ("seized Manbij and two tanks"), when the last name
starts another clause ("seized Manbij and Aleppo remained quiet"), or when the places
mark a line or a span ("between A and B", "from A and B").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events.written import NAME, NOT_NAMES, WrittenPlace
from timeline.recognisers._case import folded
from timeline.records import ActorMention, PlaceMention

__all__ = ["Conjunct", "place_conjuncts"]

Conjunct = PlaceMention | WrittenPlace

# Patterns without re.IGNORECASE are written in lower case and matched against the
# folded text (case-blind, faster than re.IGNORECASE).
# What joins two conjuncts: a comma, "and"/"or", or both.
_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_JOIN_START = re.compile(r"\s*,|\s+(?:and|or)\s")  # how every match of _JOIN starts
_FINAL = re.compile(r"\b(?:and|or)\s+$")
# What stands between the trigger and the list it governs: words that lead to an object
# ("took control of the villages of"), or any words without punctuation ending in a
# place preposition ("bombed the markets in").
_GOVERNING = re.compile(
    r"\s*(?:(?:the|control|towns?|villages?|cities|city|areas?|districts?|neighbou?rhoods?|"
    r"suburbs?|positions?)\s+)*(?:of\s+(?:the\s+)?)?"
    r"|[^,;:.()]*\b(?:of|in|at|near|around|outside|inside|across|over|on|within)\s+(?:the\s+)?"
)
# The list ends the clause, or a modifier follows it ("... on Sunday", "..., killing").
_FOLLOWERS = frozenset(
    """on in at near after before during from to with by over since last this earlier
    late early yesterday today overnight following amid as when while and under""".split()
)
_NEXT_WORD = re.compile(r"\s*([\w'’-]+)")
# Capitalised words after a name that make it something other than a place.
_NOT_PLACE_TAILS = re.compile(r"\s+(?:province|governorate|region|district|countryside)\b")


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    conjunct: Conjunct


def _items(
    text: str,
    span: tuple[int, int],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> list[_Item]:
    """The places of ``span`` that can be conjuncts, in text order: resolved ones below a
    country, and names the gazetteer does not know (not actors, months or weekdays)."""
    lo, hi = span
    found = [
        _Item(p.start, p.end, p)
        for p in places
        if lo <= p.start and p.end <= hi and p.place.precision != "country"
    ]
    taken = [(p.start, p.end) for p in places] + [(a.start, a.end) for a in actors]
    for match in NAME.finditer(text, lo, hi):
        start, end = match.span()
        if match.group().split()[0] in NOT_NAMES:
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(_Item(start, end, WrittenPlace(start, end, match.group(), "location")))
    return sorted(found, key=lambda item: item.start)


def _run(text: str, items: Sequence[_Item], anchor: int) -> list[_Item]:
    """The items joined to the one at index ``anchor`` by commas, "and" or "or"."""
    first = last = anchor
    while first > 0 and _joined(text, items[first - 1], items[first]):
        first -= 1
    while last + 1 < len(items) and _joined(text, items[last], items[last + 1]):
        last += 1
    return list(items[first : last + 1])


def _joined(text: str, left: _Item, right: _Item) -> bool:
    return _JOIN.fullmatch(folded(text), left.end, right.start) is not None


def _may_join(lower: str, lo: int, anchor: PlaceMention) -> bool:
    """Whether a conjunct may be joined to ``anchor`` (see ``_joined``): what _JOIN
    matches starts with a comma or a spaced "and"/"or", and ends with a comma or
    "and"/"or" before spaces, so without either around ``anchor`` its run is itself."""
    if _JOIN_START.match(lower, anchor.end) is not None:
        return True
    end = anchor.start
    while end > lo and lower[end - 1].isspace():
        end -= 1
    return lower[end - 1 : end] == "," or lower[max(0, end - 3) : end].endswith(("and", "or"))


def _closes(text: str, end: int, hi: int) -> bool:
    """Whether the list ending at ``end`` ends its clause or is followed by a modifier,
    not by a verb of its own ("... and Aleppo remained quiet")."""
    if _NOT_PLACE_TAILS.match(folded(text), end, hi):
        return False
    following = _NEXT_WORD.match(text, end, hi)
    if following is None:
        return True
    word = following.group(1)
    return word.lower() in _FOLLOWERS or word[:1].isdigit() or word in NOT_NAMES


def place_conjuncts(
    text: str,
    trigger_end: int,
    span: tuple[int, int],
    anchor: PlaceMention,
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> list[Conjunct]:
    """The places coordinated with ``anchor`` (the event's location) that the trigger
    ending at ``trigger_end`` governs, ``anchor`` among them; just ``[anchor]`` when it
    stands alone or the list is not one of places (see the module docstring)."""
    lo, hi = span
    if trigger_end > anchor.start:
        return [anchor]
    if not (lo <= anchor.start and anchor.end <= hi and anchor.place.precision != "country"):
        return [anchor]  # not among the items
    if not _may_join(folded(text), lo, anchor):
        return [anchor]  # nothing joined to it: a run of one
    items = _items(text, span, places, actors)
    index = next((k for k, item in enumerate(items) if item.conjunct is anchor), None)
    if index is None:
        return [anchor]
    run = _run(text, items, index)
    if len(run) < 2 or not _FINAL.search(folded(text), run[-2].end, run[-1].start):
        return [anchor]
    if not _GOVERNING.fullmatch(folded(text), trigger_end, run[0].start):
        return [anchor]
    if not _closes(text, run[-1].end, hi):
        return [anchor]
    return [item.conjunct for item in run]
