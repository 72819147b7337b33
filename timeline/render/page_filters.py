"""The filter form of timeline.html: event type, source, modality, actor, place and text.

Every label and value is escaped; the script (assets/timeline.js) reads the form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from timeline.render.safe import esc
from timeline.render.view import EventView
from timeline.vocabulary import EVENT_TYPES, MODALITIES, SOURCE_KINDS

__all__ = ["KIND_LABELS", "filters_html"]

# The source filter's labels, one per timeline.vocabulary SOURCE_KINDS.
KIND_LABELS = {"article": "Article text", "comment": "Reader comments"}


def _checkboxes(
    legend: str, name: str, options: Iterable[tuple[str, str, int]], swatch: bool = False
) -> str:
    """A fieldset of ticked boxes, one per (value, label, count), with All and None."""
    boxes = []
    for value, label, count in options:
        dot = f'<span class="sw t-{esc(value)}" aria-hidden="true"></span> ' if swatch else ""
        boxes.append(
            f'<label><input type="checkbox" name="{name}" value="{esc(value)}" checked> '
            f'{dot}{esc(label)} <span class="n">({count:,})</span></label>'
        )
    toggles = (
        f'<button type="button" data-set="{name}" data-on="1">All</button>'
        f'<button type="button" data-set="{name}" data-on="0">None</button>'
    )
    return (
        f'<fieldset><legend>{legend}</legend><div class="opts">{"".join(boxes)}'
        f'<span class="set">{toggles}</span></div></fieldset>'
    )


def _name_box(key: str, label: str) -> str:
    """A text box for one actor or place, suggesting the names on the page (filled by script)."""
    return (
        f'<span class="pair"><label for="tl-{key}">{label}</label>'
        f'<input type="text" id="tl-{key}" name="{key}" list="tl-{key}-names" autocomplete="off"'
        f' aria-describedby="tl-names-help"><datalist id="tl-{key}-names"></datalist></span>'
    )


def _find(views: Sequence[EventView]) -> str:
    """Actor, place (where the events name any) and text search, with the reset button."""
    boxes = []
    if any(v.actor_names for v in views):
        boxes.append(_name_box("actor", "Actor"))
    if any(v.place_names for v in views):
        boxes.append(_name_box("place", "Place"))
    help_text = (
        '<span id="tl-names-help" class="help">a name from the list, or part of one</span>'
        if boxes
        else ""
    )
    return (
        '<fieldset class="find"><legend>Find</legend><div class="opts">'
        + "".join(boxes)
        + '<span class="pair"><label for="tl-q">Search the text</label>'
        '<input type="search" id="tl-q" name="q" autocomplete="off"></span>'
        f'<button type="reset">Show all</button>{help_text}</div></fieldset>'
    )


def filters_html(views: Sequence[EventView]) -> str:
    """The form, hidden until the script shows it (without script it would do nothing)."""
    types = Counter(v.type_key for v in views)
    kinds = Counter("comment" if v.is_comment else "article" for v in views)
    mods = Counter(v.modality for v in views)
    mod_order = [m for m in MODALITIES if m in mods] + sorted(set(mods) - set(MODALITIES))
    type_options = ((k, t.label, types[k]) for k, t in EVENT_TYPES.items() if k in types)
    kind_options = ((k, KIND_LABELS[k], kinds[k]) for k in SOURCE_KINDS if k in kinds)
    return (
        '<form id="tl-filters" class="filters" role="search" aria-label="Filter events" hidden>'
        + _checkboxes("Event type", "type", type_options, swatch=True)
        + _checkboxes("Source", "kind", kind_options)
        + _checkboxes("Modality", "mod", ((m, m, mods[m]) for m in mod_order))
        + _find(views)
        + '<p id="tl-count" role="status" aria-live="polite"></p></form>'
    )
