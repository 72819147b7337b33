"""timeline.html in Chromium: offline, every card, headings, filters, fragments, print."""

from __future__ import annotations

import pytest
from browser_helpers import COUNT_CARDS, TIMELINE_READY
from events_data import table

EVENTS = 27  # every event has a card, with or without place or date


@pytest.fixture
def timeline(write_pages, open_page):
    _, timeline_url = write_pages(table())
    return open_page(timeline_url, TIMELINE_READY)


def _shown(page) -> int:
    return int(page.evaluate(COUNT_CARDS))


def _wait_shown(page, expected: int) -> None:
    page.wait_for_function(f"() => ({COUNT_CARDS})() === {expected}", timeout=10_000)


def test_browser_timeline_works_offline_with_a_card_per_event(timeline):
    page, traffic = timeline
    assert _shown(page) == EVENTS
    assert traffic.errors == [] and traffic.dialogs == []
    assert traffic.refused == [] and traffic.served == []  # asked for nothing at all
    assert page.locator("#tl-count").text_content() == f"Showing {EVENTS} of {EVENTS} events"


def test_browser_timeline_groups_cards_by_year_month_and_day(timeline):
    page, _ = timeline
    years = page.locator("section.yr > h2").all_text_contents()
    assert years == ["2016", "2017", "Undated"]
    months = page.locator("#y-2016 section.grp > h3").all_text_contents()
    assert months == ["November 2016", "December 2016"]
    first_day = page.locator("#y-2016 section.day > h4").first.text_content()
    assert first_day == "Tuesday 1 November 2016"
    # The convoy's whole month sits under its month heading, its card an <h4>.
    convoy = page.locator("#ev-mv-convoy")
    assert convoy.locator("h4").text_content() == "Summary mv-convoy"
    assert "Mar 2017 (month)" in convoy.locator(".when").text_content()


def test_browser_timeline_type_source_and_modality_filters(timeline):
    page, _ = timeline
    page.get_by_role("checkbox", name="Air strike").uncheck()  # 4 of them
    _wait_shown(page, EVENTS - 4)
    page.get_by_role("checkbox", name="Reader comments").uncheck()  # 8 more
    _wait_shown(page, EVENTS - 12)
    page.get_by_role("checkbox", name="alleged").uncheck()  # 4 withdrawals, not the convoy
    _wait_shown(page, EVENTS - 16)
    assert page.locator("#tl-count").text_content() == f"Showing {EVENTS - 16} of {EVENTS} events"
    page.get_by_role("button", name="Show all").click()
    _wait_shown(page, EVENTS)


def test_browser_timeline_actor_place_and_text_filters(timeline):
    page, _ = timeline
    page.get_by_label("Actor").fill("Coastal Guard")  # events 1, 4, 7 ... 22
    _wait_shown(page, 8)
    page.get_by_label("Place").fill("harbour")  # part of a name: Harbour Town, every 4th
    _wait_shown(page, 2)  # events 4 and 16
    page.get_by_label("Actor").fill("")
    page.get_by_label("Place").fill("")
    page.get_by_label("Search the text").fill("Airfield number 23")  # every word, anywhere
    _wait_shown(page, 1)
    page.get_by_label("Search the text").fill("no such words")
    _wait_shown(page, 0)
    assert page.locator("#tl-none").is_visible()
    assert page.locator("section.yr:visible").count() == 0  # empty headings hide too


def test_browser_timeline_fragment_focuses_the_card_and_clears_filters(write_pages, open_page):
    _, timeline_url = write_pages(table())
    page, _ = open_page(timeline_url, TIMELINE_READY)
    page.get_by_role("checkbox", name="Shelling").uncheck()
    _wait_shown(page, EVENTS - 4)
    page.evaluate("location.hash = '#ev-ev07'")  # a shelling event
    page.wait_for_function("() => document.activeElement.id === 'ev-ev07'")
    assert page.locator("#ev-ev07").is_visible()
    assert "hl" in page.locator("#ev-ev07").get_attribute("class")
    assert _shown(page) == EVENTS
    # opened with the fragment, the page starts there
    page2, _ = open_page(timeline_url + "#ev-ev20", TIMELINE_READY)
    page2.wait_for_function("() => document.activeElement.id === 'ev-ev20'")
    assert page2.evaluate("document.getElementById('ev-ev20').getBoundingClientRect().top") < 50


def test_browser_timeline_keyboard_reaches_filters_and_links(timeline):
    page, _ = timeline
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the events"
    page.get_by_label("Search the text").focus()
    page.keyboard.type("of ev05")
    _wait_shown(page, 1)
    assert page.get_by_role("status").first.text_content() == f"Showing 1 of {EVENTS} events"
    link = page.get_by_role("link", name="Show on the map: evacuation at Hill Village number 5")
    assert link.get_attribute("href") == "map.html#event=ev05"


def test_browser_timeline_prints_without_its_controls(timeline):
    page, _ = timeline
    page.emulate_media(media="print")
    assert not page.locator("#tl-filters").is_visible()
    assert not page.locator(".to-map").first.is_visible()
    assert page.locator("article.ev").first.is_visible()
    assert len(page.pdf()) > 1000  # Chromium lays out every card for print
