"""The controlled vocabularies of the event table, in one place.

Event types follow DESIGN.md; each has one label, used by summaries, the map legend and
the timeline filters alike, and a description of what it covers.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DATE_BASES",
    "DATE_PRECISIONS",
    "EVENT_TYPES",
    "GEO_PRECISIONS",
    "MODALITIES",
    "MUTUAL_TYPES",
    "SOURCE_KINDS",
    "EventType",
    "event_label",
]


@dataclass(frozen=True, slots=True)
class EventType:
    key: str
    label: str
    covers: str


EVENT_TYPES: dict[str, EventType] = {
    t.key: t
    for t in (
        EventType("negotiation", "Talks", "talks, negotiations, mediation"),
        EventType("agreement", "Agreement", "a deal, accord or understanding reached"),
        EventType("ceasefire", "Ceasefire", "ceasefires, truces, cessations of hostilities"),
        EventType(
            "withdrawal",
            "Withdrawal",
            "a force leaves a place, including safe-passage deals, evacuation of fighters, "
            "breakouts and relocations",
        ),
        EventType("evacuation", "Evacuation", "civilians evacuated, humanitarian corridors"),
        EventType("surrender", "Surrender", "surrenders, laying down arms"),
        EventType("airstrike", "Air strike", "air strikes, air raids, bombing by aircraft"),
        EventType("shelling", "Shelling", "shelling, artillery, mortar and rocket fire"),
        EventType("armed_clash", "Armed clash", "clashes, heavy fighting, firefights"),
        EventType("attack", "Attack", "attacks, ambushes, assaults, storming"),
        EventType("capture", "Capture", "territory captured, seized, retaken or 'liberated'"),
        EventType("deployment", "Deployment", "troops deployed, reinforcements, forces built up"),
        EventType("appeal", "Appeal", "leaflets, calls to surrender, ultimatums"),
        EventType("statement", "Statement", "statements, claims, accusations, denials"),
        EventType("arrest", "Arrest", "arrests, detentions"),
        EventType("other", "Other", "other happenings of note, named by their trigger word"),
    )
}
# Events between parties rather than by one on another: "Turkey and Russia", not "→".
MUTUAL_TYPES = frozenset({"negotiation", "agreement", "ceasefire", "armed_clash"})
MODALITIES = ("asserted", "reported", "alleged", "denied", "speculative")
DATE_PRECISIONS = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
    "century",
    "unknown",
)
DATE_BASES = ("explicit", "relative", "weekday", "document", "none")
GEO_PRECISIONS = ("point", "city", "region", "country")
SOURCE_KINDS = ("article", "comment")


def event_label(event_type: str) -> str:
    """The label of an event type ("armed_clash" -> "Armed clash"); unknown ones readable."""
    known = EVENT_TYPES.get(event_type)
    return known.label if known else event_type.replace("_", " ").capitalize()
