"""Markup and script in an article and a commenter's name run nowhere: not on the map, not
in the timeline, not in a popup, not behind a source link."""

from __future__ import annotations

from browser_helpers import MAP_READY, TIMELINE_READY
from events_data import ATTACK, hostile_table


def _not_run(page, traffic) -> None:
    assert page.evaluate("window.tlPwned") is None
    assert traffic.dialogs == []
    assert not [e for e in traffic.errors if "tlPwned" in e]


def test_browser_hostile_text_runs_no_script_in_the_timeline(write_pages, open_page):
    _, timeline_url = write_pages(hostile_table(), title=f"Map {ATTACK}")
    page, traffic = open_page(timeline_url, TIMELINE_READY)
    page.wait_for_timeout(300)  # give any injected handler the chance to fire
    _not_run(page, traffic)
    card = page.locator("#ev-hostile-c")
    assert ATTACK in card.locator("blockquote").text_content()  # shown, as text
    assert f"Comment by Reader {ATTACK} on Title {ATTACK}" == card.locator(".src").text_content()
    assert card.locator(".src a").count() == 0  # a javascript: URL is no link
    assert page.locator("main img, main svg, main script").count() == 0
    page.get_by_label("Search the text").fill("onerror")
    page.wait_for_function("() => document.querySelector('#tl-count').textContent.includes(' 2 ')")
    _not_run(page, traffic)
    assert traffic.errors == []


def test_browser_hostile_text_runs_no_script_on_the_map(write_pages, open_page):
    map_url, _ = write_pages(hostile_table(), title=f"Map {ATTACK}")
    page, traffic = open_page(map_url, MAP_READY)
    for event_id in ("hostile-a", "hostile-c"):
        page.evaluate(f"location.hash = '#event={event_id}'")
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        source = "Comment by Reader" if event_id.endswith("c") else "Source: Title"
        page.wait_for_function(
            "s => document.querySelector('.leaflet-popup-content').textContent.includes(s)",
            arg=source,
        )
        assert ATTACK in popup.text_content()
        assert popup.locator("img, svg, script").count() == 0
    page.hover(".leaflet-control-layers")  # the switches' labels are HTML built in Python
    page.wait_for_timeout(300)
    _not_run(page, traffic)
    assert page.title() == f"Map {ATTACK}"
    assert traffic.errors == [] and traffic.refused == []


_INJECT = """() => {
  const s = document.createElement("script");
  s.textContent = "window.tlPwned = 5";
  document.body.appendChild(s);
  const img = document.createElement("img");
  img.setAttribute("onerror", "window.tlPwned = 6");
  img.src = "x";
  document.body.appendChild(img);
  return new Promise(r => setTimeout(r, 200));
}"""


def test_browser_pages_policy_stops_script_that_slipped_in(write_pages, open_page, assets):
    map_url, timeline_url = write_pages(hostile_table())
    for url, ready in ((map_url, MAP_READY), (timeline_url, TIMELINE_READY)):
        page, traffic = open_page(url, ready)
        page.evaluate(_INJECT)  # as if escaping had failed somewhere
        assert page.evaluate("window.tlPwned") is None
        assert any("Content Security Policy" in e for e in traffic.errors), traffic.errors
