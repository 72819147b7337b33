"""Event types, their colours, codes and labels: one palette for the map and the timeline."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "EVENT_TYPES",
    "MODALITY_STYLES",
    "OTHER",
    "TypeStyle",
    "palette_css",
    "type_key",
    "type_style",
]


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """How one event type is drawn: a label, a colour and a two-letter code.

    Every colour gives white text a WCAG contrast of at least 4.5:1, and the code is
    drawn on the map marker so the type is readable without telling colours apart.
    """

    key: str
    label: str
    colour: str
    code: str


OTHER = "other"

# The controlled vocabulary of DESIGN.md, in the order legends and filters list it.
EVENT_TYPES: dict[str, TypeStyle] = {
    s.key: s
    for s in (
        TypeStyle("negotiation", "Negotiation", "#1f5fa8", "NG"),
        TypeStyle("agreement", "Agreement", "#2e7d32", "AG"),
        TypeStyle("ceasefire", "Ceasefire", "#00695c", "CF"),
        TypeStyle("withdrawal", "Withdrawal", "#6a1b9a", "WD"),
        TypeStyle("evacuation", "Evacuation", "#0f6e8c", "EV"),
        TypeStyle("surrender", "Surrender", "#6d4c41", "SR"),
        TypeStyle("airstrike", "Airstrike", "#c62828", "AS"),
        TypeStyle("shelling", "Shelling", "#b34700", "SH"),
        TypeStyle("armed_clash", "Armed clash", "#8e1b1b", "CL"),
        TypeStyle("attack", "Attack", "#ad1457", "AT"),
        TypeStyle("capture", "Capture", "#5c6b00", "CP"),
        TypeStyle("deployment", "Deployment", "#303f9f", "DP"),
        TypeStyle("appeal", "Appeal", "#7a5c00", "AP"),
        TypeStyle("statement", "Statement", "#455a64", "ST"),
        TypeStyle("arrest", "Arrest", "#4a2b8a", "AR"),
        TypeStyle(OTHER, "Other", "#5f5f5f", "OT"),
    )
}

# Modalities shown as a badge: (label, text colour, background colour). "asserted" has
# no badge; "reported" is quiet; the three that cast doubt stand out.
MODALITY_STYLES: dict[str, tuple[str, str, str]] = {
    "reported": ("reported", "#1a1a1a", "#e6e6e6"),
    "alleged": ("alleged", "#3d2c00", "#ffe08a"),
    "speculative": ("speculative", "#2d1a4d", "#e3d7f7"),
    "denied": ("denied", "#ffffff", "#8b1a1a"),
}


def type_key(event_type: str | None) -> str:
    """The palette key for ``event_type``: itself when in the vocabulary, else "other"."""
    return event_type if event_type in EVENT_TYPES else OTHER


def type_style(event_type: str | None) -> TypeStyle:
    return EVENT_TYPES[type_key(event_type)]


def palette_css(prefix: str) -> str:
    """CSS giving each ``.{prefix}t-<type>`` its colour as ``--c`` and its code as ``--code``.

    Built only from the constants above, never from event data.
    """
    rules = [
        f'.{prefix}t-{s.key}{{--c:{s.colour};--code:"{s.code}"}}' for s in EVENT_TYPES.values()
    ]
    rules += [
        f".{prefix}m-{key}{{color:{fg};background:{bg}}}"
        for key, (_, fg, bg) in MODALITY_STYLES.items()
    ]
    return "\n".join(rules)
