"""The short human-readable line of an event: who did what, where, how sure."""

from __future__ import annotations

__all__ = ["EVENT_LABELS", "summarise"]

EVENT_LABELS: dict[str, str] = {
    "negotiation": "Talks",
    "agreement": "Agreement",
    "ceasefire": "Ceasefire",
    "withdrawal": "Withdrawal",
    "evacuation": "Evacuation",
    "surrender": "Surrender",
    "airstrike": "Air strike",
    "shelling": "Shelling",
    "armed_clash": "Armed clash",
    "attack": "Attack",
    "capture": "Capture",
    "deployment": "Deployment",
    "appeal": "Appeal",
    "statement": "Statement",
    "arrest": "Arrest",
    "other": "Event",
}
_MUTUAL = frozenset({"negotiation", "agreement", "ceasefire", "armed_clash"})


def summarise(
    event_type: str,
    *,
    actor1: str | None,
    actor2: str | None,
    place: str | None,
    origin: str | None,
    destination: str | None,
    modality: str,
    trigger: str = "",
) -> str:
    """For example "Withdrawal: SDF → ISIS, from Manbij to Jarabulus (denied)".

    An event of type "other" is labelled by its trigger word ("Flood: SDF, in Raqqa").
    """
    label = EVENT_LABELS.get(event_type, event_type.replace("_", " ").capitalize())
    if event_type == "other" and trigger:
        label = trigger.capitalize()
    parts = [label]
    if actor1 and actor2:
        joiner = " and " if event_type in _MUTUAL else " → "
        who = f"{actor1}{joiner}{actor2}"
    else:
        who = actor1 or actor2 or ""
    where = ""
    if origin or destination:
        where = " ".join(
            filter(
                None,
                [f"from {origin}" if origin else "", f"to {destination}" if destination else ""],
            )
        )
    elif place:
        where = f"in {place}"
    line = parts[0] + (f": {who}" if who else "")
    if where:
        line += f", {where}" if who else f": {where}"
    if modality != "asserted":
        line += f" ({modality})"
    return line
