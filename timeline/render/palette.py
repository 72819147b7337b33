"""How event types and modalities look: one palette for the map and the timeline.

Which types exist, their order and their labels come from ``timeline.vocabulary``; this
module holds only what is visual, keyed by the vocabulary's keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.vocabulary import EVENT_TYPES

__all__ = [
    "MODALITY_STYLES",
    "OTHER",
    "TYPE_STYLES",
    "TypeStyle",
    "palette_css",
    "type_key",
    "type_style",
]


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """How one event type is drawn: a colour and a two-letter code.

    Every colour gives white text a WCAG contrast of at least 4.5:1, and the code is
    drawn on the map marker so the type is readable without telling colours apart.
    """

    colour: str
    code: str


OTHER = "other"

# One style per key of timeline.vocabulary.EVENT_TYPES, no more and no fewer.
TYPE_STYLES: dict[str, TypeStyle] = {
    "negotiation": TypeStyle("#1f5fa8", "NG"),
    "agreement": TypeStyle("#2e7d32", "AG"),
    "ceasefire": TypeStyle("#00695c", "CF"),
    "withdrawal": TypeStyle("#6a1b9a", "WD"),
    "evacuation": TypeStyle("#0f6e8c", "EV"),
    "surrender": TypeStyle("#6d4c41", "SR"),
    "airstrike": TypeStyle("#c62828", "AS"),
    "shelling": TypeStyle("#b34700", "SH"),
    "armed_clash": TypeStyle("#8e1b1b", "CL"),
    "attack": TypeStyle("#ad1457", "AT"),
    "capture": TypeStyle("#5c6b00", "CP"),
    "deployment": TypeStyle("#303f9f", "DP"),
    "appeal": TypeStyle("#7a5c00", "AP"),
    "statement": TypeStyle("#455a64", "ST"),
    "arrest": TypeStyle("#4a2b8a", "AR"),
    OTHER: TypeStyle("#5f5f5f", "OT"),
}

# Modality badges: (text colour, background colour), keyed by timeline.vocabulary
# MODALITIES. "asserted" has no badge; "reported" is quiet; the three that cast doubt
# stand out.
MODALITY_STYLES: dict[str, tuple[str, str]] = {
    "reported": ("#1a1a1a", "#e6e6e6"),
    "alleged": ("#3d2c00", "#ffe08a"),
    "denied": ("#ffffff", "#8b1a1a"),
    "speculative": ("#2d1a4d", "#e3d7f7"),
}


def type_key(event_type: str | None) -> str:
    """The palette key for ``event_type``: itself when in the vocabulary, else "other"."""
    return event_type if event_type in EVENT_TYPES else OTHER


def type_style(event_type: str | None) -> TypeStyle:
    return TYPE_STYLES[type_key(event_type)]


def palette_css(prefix: str) -> str:
    """CSS giving each ``.{prefix}t-<type>`` its colour as ``--c`` and its code as ``--code``.

    Built only from the constants above, never from event data.
    """
    rules = [
        f'.{prefix}t-{key}{{--c:{s.colour};--code:"{s.code}"}}' for key, s in TYPE_STYLES.items()
    ]
    rules += [
        f".{prefix}m-{key}{{color:{fg};background:{bg}}}"
        for key, (fg, bg) in MODALITY_STYLES.items()
    ]
    return "\n".join(rules)
