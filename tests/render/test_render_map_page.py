"""map.html as a page: switches per type and source, date filter, links, CDN pins, CSP."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from render_helpers import json_blocks, make_event, parse_tags

from timeline.errors import ConfigError
from timeline.render import render_map
from timeline.render.assets import csp_hash
from timeline.render.cdn import CDN, MAP_ASSETS, NPM_PACKAGES
from timeline.render.csp import tile_source
from timeline.table import events_to_frame


def _policy(page: str) -> dict[str, list[str]]:
    doc = lxml.html.document_fromstring(page)
    (content,) = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    return {d.split()[0]: d.split()[1:] for d in content.split("; ")}


def test_render_map_switches_each_source_kind(small_table):
    page = render_map(small_table)
    assert "Article text (3)" in page and "Reader comments (1)" in page
    assert re.search(
        r'"kind": \{"article": feature_group_\w+, "comment": feature_group_\w+\}', page
    )
    assert re.search(r'"type": \{"negotiation": feature_group_\w+, ', page)


def test_render_map_payload_has_day_numbers_for_the_date_filter(small_table):
    (payload,) = json_blocks(render_map(small_table))
    events = {e["i"]: e for e in payload["events"]}
    epoch = date(1970, 1, 1)
    strike = events["strike"]
    assert (strike["ds"], strike["de"]) == (
        (date(2016, 12, 5) - epoch).days,
        (date(2016, 12, 7) - epoch).days,
    )
    assert "de" not in events["talks"]  # one day: the end is the start
    assert payload["days"] == [(date(2016, 11, 20) - epoch).days, (date(2017, 12, 31) - epoch).days]


def test_render_map_undated_events_have_no_day_numbers():
    events = [make_event("x", latitude=1.0, longitude=2.0)]
    (payload,) = json_blocks(render_map(events_to_frame(events)))
    assert "ds" not in payload["events"][0] and payload["days"] is None


def test_render_map_popups_link_to_the_timeline_page(small_table):
    page = render_map(small_table)
    (payload,) = json_blocks(page)
    assert payload["timeline"] == "timeline.html"
    assert '; <a href="timeline.html">the timeline</a> lists every event' in page
    assert {e["i"] for e in payload["events"]} == {"strike", "convoy", "talks", "truce"}
    (payload,) = json_blocks(render_map(small_table, timeline_page="../pages/all events.html"))
    assert payload["timeline"] == "../pages/all events.html"
    (payload,) = json_blocks(render_map(small_table, timeline_page=None))
    assert payload["timeline"] is None


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "timeline.html#top", "data:text/html,x", " ", "a\tb.html"]
)
def test_render_map_refuses_unsafe_timeline_links(small_table, link):
    with pytest.raises(ConfigError, match="page link"):
        render_map(small_table, timeline_page=link)


def test_render_map_loads_only_pinned_leaflet_files_with_integrity(small_table):
    page = render_map(small_table)
    external = [
        (tag, attrs)
        for tag, attrs in parse_tags(page).tags
        if (tag == "script" and "src" in attrs)
        or (tag == "link" and attrs.get("rel") == "stylesheet")
    ]
    assert [attrs.get("src") or attrs.get("href") for _, attrs in external] == [
        a.url for a in MAP_ASSETS
    ]
    for (_, attrs), asset in zip(external, MAP_ASSETS, strict=True):
        assert attrs["integrity"] == asset.integrity and attrs["crossorigin"] == "anonymous"
    for unwanted in ("jquery", "bootstrap", "awesome-markers", "fontawesome", "unpkg.com"):
        assert unwanted not in page
    assert NPM_PACKAGES == ("leaflet@1.9.4", "leaflet.markercluster@1.5.3")


def test_render_map_integrity_matches_local_npm_files_when_present(small_table):
    root = Path(os.environ.get("TIMELINE_BROWSER_ASSETS") or "/nonexistent")
    if not (root / "node_modules").is_dir():
        pytest.skip("TIMELINE_BROWSER_ASSETS names no npm install (see tests/browser)")
    for asset in MAP_ASSETS:
        body = (root / "node_modules" / asset.package / asset.path).read_bytes()
        digest = base64.b64encode(hashlib.sha384(body).digest()).decode()
        assert asset.integrity == f"sha384-{digest}", asset.url


def test_render_map_policy_allows_exactly_its_inline_code(small_table):
    page = render_map(small_table)
    policy = _policy(page)
    assert policy["default-src"] == ["'none'"]
    inline = [text for attrs, text in parse_tags(page).scripts if not attrs]
    assert inline and sorted(policy["script-src"][:-1]) == sorted({csp_hash(s) for s in inline})
    assert policy["script-src"][-1] == "https://cdn.jsdelivr.net" and CDN.startswith(
        "https://cdn.jsdelivr.net/"
    )
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert sorted(policy["style-src"][:-1]) == sorted({csp_hash(s) for s in styles})
    assert policy["img-src"] == [
        "https://tile.openstreetmap.org",
        "https://cdn.jsdelivr.net",
        "data:",
    ]
    assert "connect-src" not in policy  # falls back to 'none': the page fetches nothing
    assert page.index("Content-Security-Policy") < page.index("<script")


def test_render_map_policy_admits_the_users_tile_server(small_table):
    page = render_map(small_table, tiles="http://localhost:8080/tiles/{z}/{x}/{y}.png")
    assert _policy(page)["img-src"][0] == "http://localhost:8080"


@pytest.mark.parametrize(
    ("template", "source"),
    [
        ("https://{s}.basemaps.example.com/{z}/{x}/{y}{r}.png", "https://*.basemaps.example.com"),
        ("https://tile.example.org:8443/{z}/{x}/{y}.png", "https://tile.example.org:8443"),
        ("https://{z}.odd.example/{x}/{y}.png", "https:"),
    ],
)
def test_tile_source_names_the_tile_host(template, source):
    assert tile_source(template) == source


def test_render_map_page_is_zoomable_and_in_english(small_table):
    page = render_map(small_table)
    assert '<html lang="en">' in page
    assert "user-scalable=no" not in page and "maximum-scale" not in page
