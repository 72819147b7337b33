"""The two pages link to each other: a card opens the map at its event and back."""

from __future__ import annotations

from datetime import date

from browser_helpers import MAP_READY, TIMELINE_READY
from events_data import event, table

from timeline.table import events_to_frame


def test_browser_card_opens_the_map_at_its_event_and_the_popup_leads_back(
    write_pages, open_page, assets
):
    _, timeline_url = write_pages(table())
    page, traffic = open_page(timeline_url, TIMELINE_READY)
    card = page.locator("#ev-ev09")
    card.get_by_role("link", name="Show on the map").click()
    page.wait_for_selector(MAP_READY, state="attached")
    assert page.url.endswith("/map.html#event=ev09")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "withdrawal at Hill Village number 9" in popup.text_content()

    popup.get_by_role("link", name="Show in the timeline").click()
    page.wait_for_selector(TIMELINE_READY, state="attached")
    assert page.url.endswith("/timeline.html#ev-ev09")
    page.wait_for_function("() => document.activeElement.id === 'ev-ev09'")
    assert traffic.errors == [] and traffic.refused == []


def test_browser_line_only_event_opens_its_movement(write_pages, open_page):
    route = event(
        "route", event_type="evacuation", summary="Buses leave the old quarter",
        origin_name="Old Quarter", origin_latitude=33.5, origin_longitude=36.3,
        destination_name="Camp", destination_latitude=35.9, destination_longitude=36.6,
        date_start=date(2016, 12, 15),
    )  # fmt: skip
    map_url, _ = write_pages(events_to_frame([route]))
    page, traffic = open_page(map_url + "#event=route", MAP_READY)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Buses leave the old quarter" in popup.text_content()
    assert "from Old Quarter \u2192 Camp" in popup.text_content()
    assert traffic.errors == []
