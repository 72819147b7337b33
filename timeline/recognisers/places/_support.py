"""Lone strangers: a minor place in a country nothing else in the document points at.

"Assad" (no given name, no title) in a report about Syria matches As Sadd, a town in
Qatar; "the Old City" of a report about Mosul matches the Old City of Jerusalem. A
one-word name, or one made of everyday words, whose chosen record is a minor place (not
``Gazetteer.is_well_known``: no country, region or continent, no town of 50,000) is
dropped when the document names other places, none of them in that country nor within
reach of it (300 km), and the name is never written after a locative preposition ("in",
"near", "from" ...), in a dateline, or with its region (", Va.") or kind ("county"): it
is more likely a surname or a description than that place. A document naming no other place
keeps it (local news often names one small town only); so does a document whose places
are all such strangers to one another, for the likeliest of them ("Rebels seized Saraqib
and Assad's forces retreated": Saraqib, the name written as the record spells it, stays;
As Sadd goes). A misspelt name corrected to a city (not a country or region) goes unless
another mention lies in its country. A minor place that an appositive puts near another
place ("Karma, a village near Ouahigouya") goes when its record lies far from that place.

A town of any size is such a stranger too when every mention of it names people ("Kuki
militants", "Kuki-Zo groups", "Karen fighters" in a story from Manipur or Myanmar): an
ethnic or clan name before the people it names, not Kuki in Japan. Countries, regions and
capitals are not ("Iraqi" aside, "Syria rebels" is rare but means Syria).
"""

from __future__ import annotations

import collections
import re
from collections.abc import Collection

from gazetteer import Gazetteer, name_tokens
from timeline.recognisers.places._context import Frame
from timeline.recognisers.places._filters import Accepted
from timeline.recognisers.places._kinds import LOCATIVES
from timeline.recognisers.places._lexicon import CONNECTORS
from timeline.recognisers.places._nearby import closeness
from timeline.recognisers.places._resolve import Resolution
from timeline.recognisers.places._tokens import Tokens

__all__ = ["lone_strangers"]

_APPOSITIVE_PLACE = re.compile(
    r",\s+an?\s+(?:small\s+|remote\s+)?(?:village|town|city|hamlet|district|suburb|settlement)"
    r"\s+(?:near|outside|in|(?:north|south|east|west)\s+of)\s+(?:the\s+)?"
)


# Words for people or groups a name before them may describe ("Kuki militants").
_PEOPLE = frozenset(
    "militants militant rebels rebel fighters fighter insurgents insurgent militia militias"
    " militiamen gunmen groups group people community communities tribe tribes tribesmen"
    " clan clans villagers elders leaders youths separatists majority minority"
    " population settlers refugees".split()
)


def _names_people(tokens: Tokens, last: int) -> bool:
    """The name stands before people it describes: "Kuki militants", "Kuki-Zo groups"
    (one hyphenated word may come between)."""
    after = last + 1
    if after < len(tokens) and tokens.gap(after) in ("-", "‐") and tokens.is_cap(after):
        after += 1
    return after < len(tokens) and tokens.gap(after) == " " and tokens.folded[after] in _PEOPLE


def _people_only(
    gaz: Gazetteer, tokens: Tokens, mentions: list[Accepted], ms: list[int], rid: int
) -> bool:
    """Every mention of a town names people (see the module docstring)."""
    if gaz.government_level(rid) is not None or gaz.feature_of(rid).startswith(("A.", "L.")):
        return False
    return all(_names_people(tokens, mentions[m].candidate.last) for m in ms)


def lone_strangers(
    gaz: Gazetteer,
    tokens: Tokens,
    mentions: list[Accepted],
    frames: list[Frame],
    resolved: list[Resolution],
    everyday: Collection[str] = frozenset(),
) -> set[int]:
    """Indices of mentions to drop (see the module docstring)."""
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for m, mention in enumerate(mentions):
        groups[mention.candidate.key].append(m)
    chosen = {key: resolved[ms[0]].rid for key, ms in groups.items()}
    strangers: list[str] = []
    for key, ms in groups.items():
        rid = chosen[key]
        if len(groups) == 1:
            continue
        if gaz.is_well_known(rid) and not _people_only(gaz, tokens, mentions, ms, rid):
            continue
        if any(_placed_elsewhere(gaz, tokens, mentions, resolved, m, rid) for m in ms):
            strangers.append(key)  # "Karma, a village near Ouahigouya": not India's Karma
            continue
        if any(_anchored(tokens, mentions[m], frames[m], everyday) for m in ms):
            continue
        others = [r for k, r in chosen.items() if k != key]
        country = gaz.country_of(rid)
        if any(gaz.country_of(r) == country or closeness(gaz.distance_km(rid, r)) for r in others):
            continue
        strangers.append(key)
    if strangers and len(strangers) == len(groups):  # nothing else says where: the likeliest stays
        strangers.remove(
            max(strangers, key=lambda k: _likelihood(gaz, tokens, mentions, groups[k], chosen[k]))
        )
    dropped = {m for key in strangers for m in groups[key]}
    return dropped | _stray_misspellings(gaz, mentions, resolved)


def _placed_elsewhere(
    gaz: Gazetteer,
    tokens: Tokens,
    mentions: list[Accepted],
    resolved: list[Resolution],
    m: int,
    rid: int,
) -> bool:
    """Whether an appositive places the name near another place, far from its record:
    "in Karma, a village near Ouahigouya" (Burkina Faso) is not Karma in India."""
    said = _APPOSITIVE_PLACE.match(tokens.text, mentions[m].candidate.end)
    if said is None or m + 1 >= len(mentions):
        return False
    if mentions[m + 1].candidate.start != said.end():
        return False
    return not closeness(gaz.distance_km(rid, resolved[m + 1].rid))


def _likelihood(
    gaz: Gazetteer, tokens: Tokens, mentions: list[Accepted], ms: list[int], rid: int
) -> tuple[bool, float]:
    """How likely a stranger is its place: written as the record spells its name (folded
    as the gazetteer folds names: "Saraqib", not "Assad" for As Sadd), then the record's
    prior."""
    name = "".join(name_tokens(gaz.name_of(rid)))
    written = any(
        "".join(tokens.folded[mentions[m].candidate.first : mentions[m].candidate.last + 1]) == name
        for m in ms
    )
    return (written, gaz.prior_of(rid))


def _stray_misspellings(
    gaz: Gazetteer, mentions: list[Accepted], resolved: list[Resolution]
) -> set[int]:
    """Misspelt names corrected to a city of a country no other mention lies in
    ("in Atalissa" in an Iowa story is no Antalya); countries and regions stay."""
    written = {
        gaz.country_of(r.rid)
        for a, r in zip(mentions, resolved, strict=True)
        if not a.candidate.misspelt
    }
    return {
        m
        for m, (a, r) in enumerate(zip(mentions, resolved, strict=True))
        if a.candidate.misspelt
        and not gaz.feature_of(r.rid).startswith(("A.PCL", "A.ADM1", "A.TERR"))
        and gaz.country_of(r.rid) not in written
    }


def _descriptive(tokens: Tokens, first: int, last: int, everyday: Collection[str]) -> bool:
    """ "the Old City", "New Town": a name made of everyday words is as likely a
    description as that place."""
    words = [w for w in tokens.folded[first : last + 1] if w not in CONNECTORS]
    return bool(words) and all(w in everyday for w in words)


def _anchored(tokens: Tokens, mention: Accepted, frame: Frame, everyday: Collection[str]) -> bool:
    """Written as a place: more than one word (unless all are everyday words), not a
    plain name, after a locative preposition, or with the region or kind of place it is."""
    c = mention.candidate
    return (
        (c.first != c.last and not _descriptive(tokens, c.first, c.last, everyday))
        or c.kind != "name"
        or tokens.after(c.first, LOCATIVES)  # "in Sadd", "near Sadd"
        or frame.dateline
        or frame.within is not None
        or frame.prefer is not None
    )
