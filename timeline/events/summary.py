"""The short human-readable line of an event: who did what, where, how sure."""

from __future__ import annotations

from timeline.vocabulary import MUTUAL_TYPES, event_label

__all__ = ["summarise"]


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
    label = event_label(event_type)
    if event_type == "other" and trigger:
        label = trigger.capitalize()
    parts = [label]
    if actor1 and actor2:
        joiner = " and " if event_type in MUTUAL_TYPES else " → "
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
