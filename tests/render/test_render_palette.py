"""One palette for both pages: every event type of the vocabulary has a readable colour."""

from __future__ import annotations

import pytest

from timeline.render.map_data import UNSURE
from timeline.render.palette import MODALITY_STYLES, TYPE_STYLES, palette_css, type_key, type_style
from timeline.vocabulary import EVENT_TYPES, MODALITIES


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_palette_styles_exactly_the_vocabulary_types():
    assert set(TYPE_STYLES) == set(EVENT_TYPES)


def test_palette_colours_and_codes_are_distinct():
    assert len({s.colour for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    assert len({s.code for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)


@pytest.mark.parametrize("key", list(EVENT_TYPES))
def test_palette_white_text_on_type_colour_meets_wcag_aa(key):
    assert _contrast(type_style(key).colour, "#ffffff") >= 4.5


@pytest.mark.parametrize("key", list(EVENT_TYPES))
def test_palette_css_gives_every_type_its_colour_and_code(key):
    style = type_style(key)
    assert f'.t-{key}{{--c:{style.colour};--code:"{style.code}"}}' in palette_css("")


def test_palette_modality_badges_are_vocabulary_modalities_but_asserted():
    assert set(MODALITY_STYLES) == set(MODALITIES) - {"asserted"}
    assert set(UNSURE) <= set(MODALITIES)


@pytest.mark.parametrize("modality", list(MODALITY_STYLES))
def test_palette_modality_badges_meet_wcag_aa(modality):
    foreground, background = MODALITY_STYLES[modality]
    assert _contrast(foreground, background) >= 4.5


def test_type_style_unknown_type_falls_back_to_other():
    assert type_key("riot") == type_key(None) == "other"
    assert type_style("riot") == type_style(None) == TYPE_STYLES["other"]
