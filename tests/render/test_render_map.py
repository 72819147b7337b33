"""map.html: markers, movements, legend, attribution, tiles, escaping, empty tables."""

from __future__ import annotations

import re
from typing import Any

import pytest
from render_helpers import HOSTILE, assert_no_injected_markup, json_blocks, make_event

from timeline.errors import ConfigError, InputError
from timeline.render import render_map, write_map
from timeline.render.assets import MAP_JS
from timeline.render.map_data import legend_html, map_data
from timeline.render.view import event_views
from timeline.table import empty_table, events_to_frame
from timeline.vocabulary import EVENT_TYPES, event_label


def _payload(page: str) -> dict[str, Any]:
    (payload,) = json_blocks(page)
    result: dict[str, Any] = payload
    return result


def _events(page: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = _payload(page)["events"]
    return events


def test_render_map_one_marker_per_located_event(small_table):
    page = render_map(small_table)
    markers = [e for e in _events(page) if "ll" in e]
    assert len(markers) == 4
    assert sorted(e["t"] for e in markers) == [
        "airstrike",
        "ceasefire",
        "negotiation",
        "withdrawal",
    ]
    assert [35.95, 39.01] in [e["ll"] for e in markers]


def test_render_map_counts_events_without_coordinates(small_table):
    page = render_map(small_table)
    assert "4 of 5 events on the map" in page
    assert "1 event has no coordinates" in page
    assert all(e["h"] != "summary of claim" for e in _events(page))


def test_render_map_draws_movement_from_origin_to_destination(small_table):
    page = render_map(small_table)
    (movement,) = [e for e in _events(page) if "ln" in e]
    assert movement["ln"] == [[35.95, 39.01], [34.45, 40.92]]
    assert movement["mv"] == "from Raqqa \u2192 Abu Kamal"
    assert "Movements (origin \\u2192 destination)" in page
    assert "L.polyline" in MAP_JS and "tlRenderEvents(" in page


def test_render_map_movement_with_one_end_uses_event_place():
    moving = make_event(
        "leave", event_type="withdrawal", latitude=36.0, longitude=38.0,
        origin_name="Manbij", origin_latitude=36.5, origin_longitude=37.95,
    )  # fmt: skip
    arriving = make_event(
        "arrive", event_type="deployment", latitude=36.0, longitude=38.0,
        destination_name="Tabqa", destination_latitude=35.84, destination_longitude=38.55,
    )  # fmt: skip
    lines = {e["h"]: e["ln"] for e in _events(render_map(events_to_frame([moving, arriving])))}
    assert lines["summary of leave"] == [[36.5, 37.95], [36.0, 38.0]]
    assert lines["summary of arrive"] == [[36.0, 38.0], [35.84, 38.55]]


def test_render_map_movement_without_marker_is_still_drawn():
    only_line = make_event(
        "route", event_type="evacuation", origin_latitude=33.5, origin_longitude=36.3,
        destination_latitude=35.9, destination_longitude=36.6,
    )  # fmt: skip
    page = render_map(events_to_frame([only_line]))
    (event,) = _events(page)
    assert "ll" not in event and event["ln"] == [[33.5, 36.3], [35.9, 36.6]]
    assert "no coordinates" not in page


def test_render_map_popup_data_has_date_range_modality_counts_and_source(small_table):
    events = {e["h"]: e for e in _events(render_map(small_table))}
    strike = events["summary of strike"]
    assert (strike["d"], strike["p"]) == ("5\u20137 Dec 2016", "week")
    assert strike["m"] == "alleged" and strike["u"] == 1
    assert strike["n"] == "7 killed; 40 trucks"
    assert strike["a"] == "Russia \u2192 ISIS"
    assert strike["mc"] == 3
    convoy = events["summary of convoy"]
    assert convoy["db"] == 1 and convoy["d"] == "2017"
    talks = events["summary of talks"]
    assert talks["c"] == 1 and talks["by"] == "reader42"
    docs = _payload(render_map(small_table))["docs"]
    assert docs[talks["dc"]] == ["Report talks", "https://news.example.org/talks"]


def test_render_map_has_legend_layer_control_and_cluster(small_table):
    page = render_map(small_table)
    legend = re.search(r'<details class="tl-box tl-legend".*?</details>', page, re.S)
    assert legend is not None
    for label in ("Air strike (1)", "Withdrawal (1)", "Talks (1)", "Ceasefire (1)"):
        assert label in legend.group(0)
    assert "Statement" not in legend.group(0)
    assert "L.control.layers" in page and "L.markerClusterGroup" in page
    # one switch per event type on the map, one per source kind, and the movements
    assert page.count("L.featureGroup(") == 4 + 2 + 1


def test_render_map_names_types_as_the_summaries_do(small_table):
    page = render_map(small_table)
    types = _payload(page)["types"]
    assert list(types) == list(EVENT_TYPES)
    assert {k: t["l"] for k, t in types.items()} == {k: event_label(k) for k in EVENT_TYPES}
    assert types["armed_clash"]["l"] == "Armed clash" and types["airstrike"]["l"] == "Air strike"
    # the layer switcher too
    assert '\\u003e Talks (1)" : feature_group_' in page


def test_render_map_legend_lists_doubtful_modalities_in_vocabulary_order(small_table):
    legend = legend_html(map_data(event_views(small_table)))
    assert "dashed: alleged, denied, speculative" in legend


def test_render_map_credits_geonames_and_openstreetmap(small_table):
    page = render_map(small_table)
    assert "GeoNames" in page and "CC BY 4.0" in page and "OpenStreetMap" in page


def test_render_map_fits_bounds_to_every_drawn_point(small_table):
    page = render_map(small_table)
    match = re.search(r"fitBounds\(\s*\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", page)
    assert match is not None
    assert [float(x) for x in match.groups()] == [34.45, 28.98, 41.01, 40.92]


def test_render_map_escapes_hostile_text(hostile_table):
    page = render_map(hostile_table, title=f"Map {HOSTILE}")
    assert_no_injected_markup(page)
    (event,) = _events(page)
    assert event["s"] == f"They said {HOSTILE}"
    assert event["by"] == f"Author {HOSTILE}"
    assert (event["t"], event["tl"]) == ("other", HOSTILE)
    assert _payload(page)["docs"] == [[f"Title {HOSTILE}", None]]
    assert "<title>Map &lt;script&gt;" in page


@pytest.mark.parametrize("text", ["{{ 7*7 }}", "{% for x in y %}", "{# note", "{{ unclosed"])
def test_render_map_event_text_is_not_a_template(text):
    # branca compiles rendered elements as Jinja; event text must never go through it.
    event = make_event(
        "tpl", sentence=f"said {text}", summary=text, comment_author=text, source_kind="comment",
        latitude=1.0, longitude=2.0,
    )  # fmt: skip
    page = render_map(events_to_frame([event]), title=text, attribution=text,
                      tiles="https://{s}.t.example.net/{z}/{x}/{y}.png")  # fmt: skip
    (record,) = _events(page)
    assert (record["s"], record["h"], record["by"]) == (f"said {text}", text, text)
    assert "said 49" not in page
    assert "\\u0026#123;" in page  # attribution braces arrive as character references


def test_render_map_rejects_template_syntax_in_tile_url(small_table):
    with pytest.raises(ConfigError):
        render_map(small_table, tiles="https://t.example.net/{{ 7*7 }}/{z}/{x}/{y}.png")


def test_render_map_never_parses_event_text_as_html():
    # Popups are built with textContent, never with folium's template-literal Popup.
    assert "innerHTML" not in MAP_JS and "insertAdjacentHTML" not in MAP_JS
    assert "textContent" in MAP_JS


def test_render_map_does_not_use_folium_popups(small_table):
    assert "setContent($(`" not in render_map(small_table)


def test_render_map_empty_table_is_a_valid_page():
    page = render_map(empty_table())
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "No events to show." in page
    assert _events(page) == []
    assert "fitBounds(\n" not in page and ".fitBounds([[" not in page


def test_render_map_custom_tiles_get_default_attribution(small_table):
    page = render_map(small_table, tiles="https://tiles.example.net/{z}/{x}/{y}.png")
    assert "https://tiles.example.net/{z}/{x}/{y}.png" in page
    assert "Tiles: tiles.example.net" in page
    page = render_map(small_table, tiles="https://{s}.tiles.example.net/{z}/{x}/{y}.png")
    assert "Tiles: tiles.example.net" in page
    assert "OpenStreetMap" in page


def test_render_map_custom_attribution_is_escaped(small_table):
    page = render_map(
        small_table, tiles="https://t.example.net/{z}/{x}/{y}.png", attribution=HOSTILE
    )
    assert_no_injected_markup(page)


@pytest.mark.parametrize(
    "tiles",
    [
        "no such tiles",
        "javascript:{z}{x}{y}",
        "https://t.example.net/tile.png?{z}",
        "CartoDB Positron",
    ],
)
def test_render_map_rejects_unusable_tiles(small_table, tiles):
    with pytest.raises(ConfigError, match="tiles"):
        render_map(small_table, tiles=tiles)


def test_write_map_writes_the_page(small_table, tmp_path):
    target = write_map(small_table, tmp_path / "out" / "map.html", title="Aleppo")
    assert target.read_text(encoding="utf-8") == render_map(small_table, title="Aleppo")


def test_write_map_leaves_no_file_when_rendering_fails(small_table, tmp_path):
    target = tmp_path / "map.html"
    with pytest.raises(InputError, match="not an event table"):
        write_map(small_table.drop("latitude"), target)
    assert list(tmp_path.iterdir()) == []


def test_render_map_treats_impossible_coordinates_as_missing():
    events = [
        make_event("nan", latitude=float("nan"), longitude=10.0),
        make_event("far", latitude=123.0, longitude=10.0),
        make_event("ok", latitude=-33.9, longitude=151.2),
    ]
    page = render_map(events_to_frame(events))
    assert [e["h"] for e in _events(page)] == ["summary of ok"]
    assert "2 events have no coordinates" in page
