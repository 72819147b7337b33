"""map.html in Chromium: loads cleanly, shows every event, its switches and dates filter."""

from __future__ import annotations

from datetime import date

import pytest
from browser_helpers import COUNT_MARKERS, MAP_READY
from events_data import event, table

from timeline.render.cdn import MAP_ASSETS
from timeline.table import events_to_frame

ON_MAP = 26  # 24 located events, the convoy and the undated one; "no-place" has no marker


@pytest.fixture
def map_page(write_pages, open_page):
    map_url, _ = write_pages(table())
    page, traffic = open_page(map_url, MAP_READY)
    return page, traffic


def _wait_count(page, expected: int) -> None:
    page.wait_for_function(f"() => ({COUNT_MARKERS})() === {expected}", timeout=10_000)


def _switch(page, label: str) -> None:
    page.hover(".leaflet-control-layers")
    row = page.locator(".leaflet-control-layers-overlays label", has_text=label)
    row.locator("input").click()


def test_browser_map_loads_every_event_without_errors(map_page):
    page, traffic = map_page
    _wait_count(page, ON_MAP)
    assert page.locator("path.leaflet-interactive").count() == 1  # the convoy's line
    assert page.locator(".tl-arrow").count() == 1
    assert traffic.errors == [] and traffic.dialogs == [] and traffic.refused == []
    assert {a.url for a in MAP_ASSETS} <= set(traffic.served)  # each passed its SRI check
    assert page.evaluate("typeof L.markerClusterGroup") == "function"


def test_browser_map_type_switch_hides_and_shows_its_events(map_page):
    page, _ = map_page
    _switch(page, "Air strike")  # 4 of the 24 located events
    _wait_count(page, ON_MAP - 4)
    _switch(page, "Air strike")
    _wait_count(page, ON_MAP)


def test_browser_map_source_switch_hides_reader_comments(map_page):
    page, traffic = map_page
    _switch(page, "Reader comments")  # talks and statements: 8 of the 24
    _wait_count(page, ON_MAP - 8)
    assert page.locator(".tl-shown").text_content() == f"{ON_MAP - 8} of {ON_MAP} events shown"
    assert traffic.errors == []


def test_browser_map_date_range_keeps_events_that_overlap_it(map_page):
    page, _ = map_page
    # 24 weekly events from 1 Nov 2016; a range from 1 Jan 2017 keeps weeks 9 to 23,
    # the March convoy, and the undated event while "undated events" stays ticked.
    page.get_by_label("From").fill(str(17167))  # 2017-01-01 in days since 1970
    _wait_count(page, 15 + 1 + 1)
    assert page.locator(".tl-range output").first.text_content() == "1 Jan 2017"
    page.get_by_label("undated events").uncheck()
    _wait_count(page, 15 + 1)
    assert page.locator("path.leaflet-interactive").count() == 1


def test_browser_map_marker_opens_its_popup_from_the_keyboard(write_pages, open_page):
    lone = event("solo", latitude=10.0, longitude=10.0, summary="A lone event",
                 date_start=date(2016, 5, 4), modality="alleged",
                 actor1="Northern Brigade", actors=("Northern Brigade",), fatalities=3)  # fmt: skip
    far = event("far", latitude=-30.0, longitude=-60.0)
    map_url, _ = write_pages(events_to_frame([lone, far]))
    page, traffic = open_page(map_url, MAP_READY)
    marker = page.locator(".leaflet-marker-icon.tl-mk[title^='Air strike, 4 May 2016: A lone']")
    marker.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.text_content()
    for part in ("A lone event", "4 May 2016", "alleged", "Northern Brigade", "3 killed",
                 "The evidence sentence of solo.", "Source: Report so"):  # fmt: skip
        assert part in text
    assert popup.locator("a", has_text="Show in the timeline").get_attribute("href") == (
        "timeline.html#ev-solo"
    )
    assert page.evaluate("location.hash") == "#event=solo"
    assert traffic.errors == []


def test_browser_map_fragment_opens_that_event_even_when_filtered_out(write_pages, open_page):
    map_url, _ = write_pages(table())
    page, _ = open_page(map_url, MAP_READY)
    _switch(page, "Shelling")
    _wait_count(page, ON_MAP - 4)
    page.evaluate("location.hash = '#event=ev01'")  # a shelling event
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "shelling at Hill Village number 1" in popup.text_content()
    assert page.locator(".leaflet-control-layers-overlays input:not(:checked)").count() == 0


def test_browser_map_play_steps_a_window_of_days_through_time(map_page):
    page, traffic = map_page
    play = page.locator("button.tl-play")
    assert play.text_content() == "Play"
    play.click()
    assert play.get_attribute("aria-pressed") == "true" and play.text_content() == "Pause"
    page.wait_for_function("() => !document.querySelector('.tl-shown').textContent"
                           ".startsWith('26 of')")  # fmt: skip
    first = page.locator(".tl-range output").first.text_content()
    page.wait_for_function(
        "f => document.querySelector('.tl-range output').textContent !== f", arg=first
    )  # the window moved on
    play.click()
    assert play.text_content() == "Play" and play.get_attribute("aria-pressed") == "false"
    assert traffic.errors == []
