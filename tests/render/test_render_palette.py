"""One palette for both pages: every event type has a readable colour."""

from __future__ import annotations

import pytest

from timeline.render.palette import EVENT_TYPES, MODALITY_STYLES, type_style

DESIGN_TYPES = [
    "negotiation", "agreement", "ceasefire", "withdrawal", "evacuation", "surrender",
    "airstrike", "shelling", "armed_clash", "attack", "capture", "deployment", "appeal",
    "statement", "arrest", "other",
]  # fmt: skip


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_palette_covers_the_design_vocabulary_in_order():
    assert list(EVENT_TYPES) == DESIGN_TYPES


def test_palette_colours_and_codes_are_distinct():
    assert len({s.colour for s in EVENT_TYPES.values()}) == len(EVENT_TYPES)
    assert len({s.code for s in EVENT_TYPES.values()}) == len(EVENT_TYPES)


@pytest.mark.parametrize("key", DESIGN_TYPES)
def test_palette_white_text_on_type_colour_meets_wcag_aa(key):
    assert _contrast(EVENT_TYPES[key].colour, "#ffffff") >= 4.5


@pytest.mark.parametrize("modality", list(MODALITY_STYLES))
def test_palette_modality_badges_meet_wcag_aa(modality):
    _, foreground, background = MODALITY_STYLES[modality]
    assert _contrast(foreground, background) >= 4.5


def test_type_style_unknown_type_falls_back_to_other():
    assert type_style("riot").key == "other"
    assert type_style(None).key == "other"
