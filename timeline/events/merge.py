"""Merging mentions of the same happening, within and across documents.

Two mentions tell one happening when they have the same type and compatible modality (a
denied deal is not merged into an asserted one), nothing contradicts it (places more
than ``NEAR_KM`` apart, firm dates that do not overlap, core actors with none in common),
and at least two things support it (one, within a document, unless two readers' comments
tell them): the same place, overlapping firm dates of a month or less, a shared core
actor. Mentions in different documents must also have overlapping dates, firm or not (a
publication-date fallback is the week before publication): an archive's stories of one
place and one actor years apart stay apart.
A firm date is one the text gives, not the publication-date fallback; core actors are
actor1 and actor2.

One sentence that tells one kind of event at two places ("took control of Khan Tuman and
Zerbah") tells two happenings, however near the places: assembly told them apart.

Within one document two more things are one happening: a denial and the alleged or
speculated claim it denies (the result is denied), and a deal and the specific deal it
names ("the SDF-ISIS agreement", "a safe passage"; the result takes the specific type).

The merged event keeps the best mention's evidence (an article outranks a comment, then
confidence, then the earlier mention), takes the most precise date and place any mention
gives, the union of actors and counts, and lists every mention in ``sources`` with
``mention_count``.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from gazetteer import haversine_km
from timeline.events.summary import summarise
from timeline.records import Event

__all__ = [
    "FIRM",
    "NARROW_DAYS",
    "NEAR_KM",
    "UNFIRM",
    "Mention",
    "cluster_edges",
    "cluster_mentions",
    "combine_events",
    "matching",
    "merge_events",
    "merge_family",
    "merge_rank",
    "same_happening",
]

NEAR_KM = 40.0
_MIN_SUPPORT = 2
_MIN_SUPPORT_SAME_DOCUMENT = 1  # one story (and its comments) tells a happening once
NARROW_DAYS = 31  # dates wider than a month do not make two mentions one
FIRM = frozenset({"asserted", "reported"})  # modalities that merge with one another
#: Date bases that are no date the text gives: the publication-date fallback, or none.
UNFIRM = frozenset({"document", "none"})
_DENIED_CLAIMS = ({"denied", "alleged"}, {"denied", "speculative"})
_SPECIFIC = frozenset({"withdrawal", "ceasefire", "surrender", "evacuation"})
_DATE_RANK = {"explicit": 0, "relative": 1, "weekday": 1, "document": 3, "none": 4}
_GEO_RANK = {"point": 0, "city": 1, "region": 2, "country": 3}


class Mention(Protocol):
    """What merging reads of an event: an ``Event``, or a row of the event table."""

    @property
    def event_type(self) -> str: ...
    @property
    def modality(self) -> str: ...
    @property
    def doc_id(self) -> str: ...
    @property
    def source_kind(self) -> str: ...
    @property
    def confidence(self) -> float: ...
    @property
    def char_start(self) -> int: ...
    @property
    def date_start(self) -> date | None: ...
    @property
    def date_end(self) -> date | None: ...
    @property
    def date_basis(self) -> str: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...
    @property
    def geonameid(self) -> int | None: ...
    @property
    def place_text(self) -> str | None: ...
    @property
    def geo_precision(self) -> str | None: ...
    @property
    def country_code(self) -> str | None: ...
    @property
    def actor1(self) -> str | None: ...
    @property
    def actor2(self) -> str | None: ...
    @property
    def actors(self) -> Sequence[str]: ...
    @property
    def comment_author(self) -> str | None: ...


M = TypeVar("M", bound=Mention)


def _km(a: Mention, b: Mention) -> float:
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _dates_overlap(a: Mention, b: Mention) -> bool:
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return True
    assert a.date_start and a.date_end and b.date_start and b.date_end
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _places_agree(a: Mention, b: Mention) -> bool:
    if a.latitude is None or b.latitude is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if "country" in (a.geo_precision, b.geo_precision):
        return a.country_code == b.country_code
    return _km(a, b) <= NEAR_KM


def _firm(event: Mention) -> bool:
    return event.date_basis not in UNFIRM and event.date_start is not None


def _narrow(event: Mention) -> bool:
    assert event.date_start is not None and event.date_end is not None
    return (event.date_end - event.date_start).days <= NARROW_DAYS


def _core(event: Mention) -> set[str]:
    """The actors the event is about: actor1 and actor2, else every actor named."""
    core = {a for a in (event.actor1, event.actor2) if a}
    return core or set(event.actors)


def _support(a: Mention, b: Mention) -> int | None:
    """How many things say a and b are one happening; None when something says not."""
    support = 0
    if a.latitude is not None and b.latitude is not None:
        if not _places_agree(a, b):
            return None
        # Within a story, a country holds every town it names: that agreement says little
        # ("fighting in Colombia's Catatumbo", "clashes around Tibu, El Tarra and Teorama").
        countrywide = "country" in (a.geo_precision, b.geo_precision)
        support += not countrywide or a.doc_id != b.doc_id
    if _firm(a) and _firm(b):
        if not _dates_overlap(a, b):
            return None
        support += _narrow(a) and _narrow(b)  # "2017" and "Tuesday" agree, but say little
    core_a, core_b = _core(a), _core(b)
    if core_a and core_b:
        if not core_a & core_b:
            return None
        support += 1
    return support


def _place_of(event: Mention) -> object:
    """What identifies an event's place: its gazetteer id, else its point, else its name
    as written (a place the gazetteer does not know); None when it has none."""
    if event.geonameid is not None:
        return event.geonameid
    if event.latitude is not None:
        return (event.latitude, event.longitude)
    return event.place_text


def _told_apart(a: Mention, b: Mention) -> bool:
    """Two events of one sentence at two places (see the module docstring)."""
    if a.doc_id != b.doc_id or a.char_start != b.char_start:
        return False
    place_a, place_b = _place_of(a), _place_of(b)
    return place_a is not None and place_b is not None and place_a != place_b


def _denial_of(a: Mention, b: Mention) -> bool:
    """Within one document, a denial and the claim it denies ("reports that the SDF would
    let ISIS go ... The SDF denied any such deal") are one happening, denied."""
    return a.doc_id == b.doc_id and {a.modality, b.modality} in _DENIED_CLAIMS


def _types_agree(a: Mention, b: Mention) -> bool:
    """The same type; or, within a document, a deal and the specific one it names."""
    if a.event_type == b.event_type:
        return True
    pair = {a.event_type, b.event_type}
    return a.doc_id == b.doc_id and "agreement" in pair and bool(pair & _SPECIFIC)


def _one_teller(a: Mention, b: Mention) -> bool:
    """Whether one voice tells both: the same story (the article, or the article and a
    comment on it), or one commenter. Two readers' comments under a story are two voices,
    as two documents are: one reader's guess and another's memory of a month before are
    not one happening because they name the same city."""
    if a.doc_id != b.doc_id:
        return False
    if a.source_kind == "comment" and b.source_kind == "comment":
        return a.comment_author is not None and a.comment_author == b.comment_author
    return True


def same_happening(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` tell the same happening (see the module docstring)."""
    if not _types_agree(a, b):
        return False
    denial = _denial_of(a, b)
    if a.modality != b.modality and not (a.modality in FIRM and b.modality in FIRM) and not denial:
        return False
    if a.doc_id != b.doc_id and not _dates_overlap(a, b):
        return False  # another document's dates, even the publication week, apart
    if _told_apart(a, b):
        return False
    support = _support(a, b)
    if support is None:
        return False
    needed = _MIN_SUPPORT_SAME_DOCUMENT if _one_teller(a, b) else _MIN_SUPPORT
    return denial or support >= needed


def merge_rank(event: Mention) -> tuple[int, float, str, int]:
    """The order in which mentions are clustered and the best one is chosen: an article
    before a comment, then higher confidence, then the earlier mention."""
    return (event.source_kind != "article", -event.confidence, event.doc_id, event.char_start)


def merge_family(event_type: str) -> str:
    """The group an event is compared within: deals and the specific deals they name are
    one family, every other type its own."""
    return "deal" if event_type in _SPECIFIC | {"agreement"} else event_type


def _date_key(event: Event) -> tuple[int, int]:
    width = (
        (event.date_end - event.date_start).days if event.date_start and event.date_end else 10**6
    )
    return (_DATE_RANK.get(event.date_basis, 4), width)


_DATE_FIELDS = ("date_start", "date_end", "date_precision", "date_text", "date_basis", "timex")
_PLACE_FIELDS = (
    "place_name",
    "place_text",
    "geonameid",
    "country_code",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
)


def _borrowed(best: Event, peers: Sequence[Event]) -> dict[str, Any]:
    """The most precise date, and the place (or a finer one than its country), origin
    and destination ``best`` lacks."""
    dated = min(peers, key=_date_key)
    changes: dict[str, Any] = {f: getattr(dated, f) for f in _DATE_FIELDS}
    countrywide = best.geo_precision == "country"
    if best.latitude is None or countrywide:
        # A country is refined by a town in it ("fighting in Syria ... around Manbij").
        placed = [
            e
            for e in peers
            if e.latitude is not None
            and (
                not countrywide
                or (e.geo_precision != "country" and e.country_code == best.country_code)
            )
        ]
        if placed:
            donor = min(
                placed, key=lambda e: (_GEO_RANK.get(e.geo_precision or "", 4), merge_rank(e))
            )
            changes |= {f: getattr(donor, f) for f in _PLACE_FIELDS}
    for end in ("origin", "destination"):
        if getattr(best, f"{end}_name") is None:
            source = next((e for e in peers if getattr(e, f"{end}_name") is not None), None)
            if source is not None:
                changes |= {
                    f"{end}_{k}": getattr(source, f"{end}_{k}")
                    for k in ("name", "latitude", "longitude")
                }
    return changes


def combine_events(group: Sequence[Event]) -> Event:
    """One event from the mentions of one happening (see the module docstring).

    Only mentions of the same source kind as the best one lend it a date or a place: a
    reader's comment does not relocate the article's account.
    """
    ranked = sorted(group, key=merge_rank)
    best = ranked[0]
    if len(ranked) == 1:
        return best
    peers = [e for e in ranked if e.source_kind == best.source_kind]
    quantities = {(q.value, q.unit): q for e in ranked for q in e.quantities}
    deaths = [e.fatalities for e in ranked if e.fatalities is not None]
    denied = any(e.modality == "denied" for e in ranked)
    specific = next((e.event_type for e in ranked if e.event_type in _SPECIFIC), best.event_type)
    merged = dataclasses.replace(
        best,
        event_type=specific,
        modality="denied" if denied else best.modality,
        actors=tuple(dict.fromkeys(a for e in ranked for a in e.actors)),
        actor1=best.actor1 or next((e.actor1 for e in ranked if e.actor1), None),
        actor2=best.actor2 or next((e.actor2 for e in ranked if e.actor2), None),
        quantities=tuple(quantities.values()),
        fatalities=max(deaths) if deaths else None,
        mention_count=sum(e.mention_count for e in ranked),
        sources=tuple(dict.fromkeys(s for e in ranked for s in e.sources)),
        confidence=round(min(0.99, best.confidence + 0.05 * (len(ranked) - 1)), 3),
        **_borrowed(best, peers),
    )
    kept = (best.event_type, best.modality, best.place_name)
    if (merged.event_type, merged.modality, merged.place_name) == kept:
        return merged
    return dataclasses.replace(merged, summary=_resummarised(merged))


def _resummarised(event: Event) -> str:
    return summarise(
        event.event_type,
        actor1=event.actor1,
        actor2=event.actor2,
        place=event.place_text or event.place_name,
        origin=event.origin_name,
        destination=event.destination_name,
        modality=event.modality,
    )


def cluster_mentions(
    ranked: Sequence[M] | Mapping[int, M], candidates: Iterable[tuple[int, int]]
) -> list[list[int]]:
    """Mentions grouped by happening: ``ranked[i]`` the mention of rank ``i`` in
    ``merge_rank`` order, ``candidates`` the pairs ``(i, j)``, ``i < j``, of one family
    that may be one happening (any pair left out is taken to be two). Each mention, in
    order, joins the first group (in the order groups were started) whose every member
    is the same happening as it; else it starts a group. Returns the groups of two or
    more, as ascending indices."""
    return cluster_edges(matching(ranked, candidates))


def matching(
    ranked: Sequence[M] | Mapping[int, M], candidates: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The ``candidates`` ``(i, j)`` whose mentions are the same happening."""
    for i, j in candidates:
        if same_happening(ranked[i], ranked[j]):
            yield i, j


def cluster_edges(matches: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of ``cluster_mentions``, given the pairs ``(i, j)``, ``i < j``, of
    mentions that are the same happening (``matching``; a pair may come twice)."""
    before: dict[int, set[int]] = defaultdict(set)
    for i, j in matches:
        before[j].add(i)
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for j in sorted(before):
        earlier = before[j]
        for home in sorted({group_of.get(i, i) for i in earlier}):
            if all(m in earlier for m in members.get(home, [home])):
                members.setdefault(home, [home]).append(j)
                group_of[j] = home
                break
    return [members[home] for home in sorted(members)]


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events with mentions of the same happening merged (every pair compared: meant for
    one document or a few), in a stable order: by date, then document and offset."""
    by_family: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_family[merge_family(event.event_type)].append(event)
    merged: list[Event] = []
    for family in by_family.values():
        ranked = sorted(family, key=merge_rank)
        pairs = ((i, j) for j in range(len(ranked)) for i in range(j))
        groups = {group[0]: group for group in cluster_mentions(ranked, pairs)}
        joined = {i for group in groups.values() for i in group[1:]}
        for i, event in enumerate(ranked):  # in the order the groups were started
            if i in groups:
                merged.append(combine_events([ranked[k] for k in groups[i]]))
            elif i not in joined:
                merged.append(event)
    return sorted(
        merged,
        key=lambda e: (e.date_start is None, e.date_start or date.min, e.doc_id, e.char_start),
    )
