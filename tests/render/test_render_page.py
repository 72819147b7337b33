"""timeline.html: order, grouping, fuzzy dates, filters, self-containment, escaping."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import lxml.html
import pytest
from render_helpers import HOSTILE, assert_no_injected_markup, json_blocks, make_event, parse_tags

from timeline.errors import ConfigError, InputError
from timeline.render import render_timeline, write_timeline
from timeline.render.assets import TIMELINE_JS, csp_hash
from timeline.table import empty_table, events_to_frame
from timeline.vocabulary import EVENT_TYPES, MODALITIES, SOURCE_KINDS


def _doc(page: str):
    return lxml.html.document_fromstring(page)


def _data(page: str) -> dict[str, Any]:
    (data,) = json_blocks(page)
    result: dict[str, Any] = data
    return result


def _events(page: str) -> dict[str, dict[str, Any]]:
    return {e["i"]: e for e in _data(page)["events"]}


def test_render_timeline_events_in_chronological_order_undated_last(small_table):
    order = [e["i"] for e in _data(render_timeline(small_table))["events"]]
    assert order == ["talks", "truce", "strike", "convoy", "claim"]


def test_render_timeline_wider_range_first_on_the_same_day():
    day = make_event("day", date_start=date(2016, 12, 1), date_end=date(2016, 12, 1))
    month = make_event("month", date_start=date(2016, 12, 1), date_end=date(2016, 12, 31))
    later = make_event("later", date_start=date(2016, 12, 2), date_end=date(2016, 12, 2))
    page = render_timeline(events_to_frame([later, day, month]))
    assert [e["i"] for e in _data(page)["events"]] == ["month", "day", "later"]


def test_render_timeline_groups_by_year_month_and_day(small_table):
    data = _data(render_timeline(small_table))
    assert data["groups"] == [
        ["y-2016", "2016", "November 2016", "Sunday 20 November 2016"],
        ["y-2016", "2016", "December 2016", None],  # the whole month: no day heading
        ["y-2016", "2016", "December 2016", "5\u20137 Dec 2016"],
        ["y-2017", "2017", "2017, date within the year", None],
        ["undated", "Undated", "No date found in the text", None],
    ]
    assert [e["g"] for e in data["events"]] == [0, 1, 2, 3, 4]


def test_render_timeline_events_of_one_day_share_its_heading():
    events = [
        make_event(name, date_start=date(2017, 6, day), date_end=date(2017, 6, day))
        for name, day in (("a", 17), ("b", 17), ("c", 18))
    ]
    data = _data(render_timeline(events_to_frame(events)))
    assert [g[3] for g in data["groups"]] == ["Saturday 17 June 2017", "Sunday 18 June 2017"]
    assert [e["g"] for e in data["events"]] == [0, 0, 1]


def test_render_timeline_year_navigation_links_every_year(small_table):
    doc = _doc(render_timeline(small_table))
    links = doc.xpath("//nav[@aria-label='Years']//a")
    assert [(a.get("href"), a.text_content()) for a in links] == [
        ("#y-2016", "2016"), ("#y-2017", "2017"), ("#undated", "Undated")
    ]  # fmt: skip


def test_render_timeline_shows_fuzzy_dates_as_ranges_with_precision(small_table):
    events = _events(render_timeline(small_table))
    strike = events["strike"]
    assert (strike["d"], strike["p"], strike["dt"]) == ("5\u20137 Dec 2016", "week", "2016-12-05")
    assert strike["w"] == "early that week"
    convoy = events["convoy"]
    assert (convoy["d"], convoy["p"], convoy["dt"], convoy["db"]) == ("2017", "year", "2017", 1)
    assert (events["truce"]["d"], events["truce"]["dt"]) == ("Dec 2016", "2016-12")
    assert "p" not in events["talks"] and "d" not in events["claim"]


def test_render_timeline_event_facts_modality_mentions_and_source(small_table):
    page = render_timeline(small_table)
    events, docs = _events(page), _data(page)["docs"]
    strike = events["strike"]
    assert strike["pl"] == "Raqqa (SY), as written \u201cRaqqah\u201d"
    assert (strike["a"], strike["n"]) == ("Russia \u2192 ISIS", "7 killed; 40 trucks")
    assert (strike["m"], strike["mc"], strike["t"]) == ("alleged", 3, "airstrike")
    assert docs[strike["dc"]] == ["Report strike", "https://news.example.org/strike"]
    talks = events["talks"]
    assert (talks["c"], talks["by"]) == (1, "reader42")
    assert "mc" not in talks and "m" not in talks
    assert events["convoy"]["mv"] == "from Raqqa \u2192 Abu Kamal"


def test_render_timeline_events_of_one_document_share_its_source():
    events = [make_event(n, doc_id="one", doc_title="One", doc_url="https://x.org/1") for n in "ab"]
    data = _data(render_timeline(events_to_frame(events)))
    assert data["docs"] == [["One", "https://x.org/1"]]
    assert {e["dc"] for e in data["events"]} == {0}


def test_render_timeline_has_keyboard_usable_filters(small_table):
    doc = _doc(render_timeline(small_table))
    (form,) = doc.xpath("//form[@id='tl-filters']")
    types = form.xpath(".//input[@name='type']/@value")
    assert types == ["negotiation", "ceasefire", "withdrawal", "airstrike", "statement"]
    assert form.xpath(".//input[@name='kind']/@value") == ["article", "comment"]
    assert form.xpath(".//input[@name='mod']/@value") == ["asserted", "alleged", "denied"]
    assert form.xpath(".//label[@for='tl-q']") and form.xpath(".//input[@type='search']")
    for box in form.xpath(".//input[@type='checkbox']"):
        assert box.getparent().tag == "label"  # every box is labelled, hence focusable by name
    for legend in form.xpath(".//fieldset"):
        assert legend.xpath("./legend")
    assert form.xpath(".//*[@role='status']")
    assert "Air strike (1)" in re.sub(r"\s+", " ", form.text_content())


def _filter_labels(page: str, name: str) -> list[str]:
    (form,) = _doc(page).xpath("//form[@id='tl-filters']")
    boxes = form.xpath(f".//input[@name='{name}']")
    return [re.sub(r"\s*\(\d+\)$", "", box.getparent().text_content().strip()) for box in boxes]


def test_render_timeline_filters_name_types_as_the_summaries_do():
    events = [make_event(key, event_type=key) for key in reversed(EVENT_TYPES)]
    page = render_timeline(events_to_frame(events))
    assert _filter_labels(page, "type") == [t.label for t in EVENT_TYPES.values()]
    assert {"Talks", "Air strike", "Armed clash"} <= set(_filter_labels(page, "type"))
    assert _data(page)["types"] == {k: t.label for k, t in EVENT_TYPES.items()}


def test_render_timeline_filters_list_modalities_and_sources_in_vocabulary_order():
    events = [
        make_event(f"{kind}-{modality}", modality=modality, source_kind=kind)
        for modality in reversed(MODALITIES)
        for kind in reversed(SOURCE_KINDS)
    ]
    page = render_timeline(events_to_frame(events))
    doc = _doc(page)
    assert doc.xpath("//input[@name='mod']/@value") == list(MODALITIES)
    assert doc.xpath("//input[@name='kind']/@value") == list(SOURCE_KINDS)
    assert _filter_labels(page, "kind") == ["Article text", "Reader comments"]


_ANCHORS = ("events", "y-2016", "y-2017", "undated")


def test_render_timeline_is_self_contained(small_table):
    page = render_timeline(small_table)
    for tag, attrs in parse_tags(page).tags:
        assert tag not in ("link", "img", "iframe", "object", "embed"), (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        if "href" in attrs:  # the year links, and the companion map page beside this one
            assert tag == "a" and attrs["href"] in ("map.html", *(f"#{y}" for y in _ANCHORS)), attrs
    assert "url(" not in page and "@import" not in page and "fetch(" not in TIMELINE_JS


def test_render_timeline_csp_allows_exactly_its_own_script_and_style(small_table):
    page = render_timeline(small_table)
    doc = _doc(page)
    (policy,) = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in policy
    scripts = [text for attrs, text in parse_tags(page).scripts if not attrs]
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 1 and len(styles) == 1
    assert f"script-src {csp_hash(scripts[0])};" in policy
    assert f"style-src {csp_hash(styles[0])};" in policy


def test_render_timeline_semantic_and_print_styles(small_table):
    page = render_timeline(small_table)
    assert "@media print" in page
    # The script builds <article> cards with a heading under their day or month heading
    # and a <time datetime>.
    for needle in ('el("article"', 'el("h" + level', 'el("time"', ".dateTime = "):
        assert needle in TIMELINE_JS


def test_render_timeline_escapes_hostile_text(hostile_table):
    page = render_timeline(hostile_table, title=f"Timeline {HOSTILE}")
    assert_no_injected_markup(page)
    data = _data(page)
    (event,) = data["events"]
    assert event["s"] == f"They said {HOSTILE}"
    assert (event["by"], event["i"]) == (f"Author {HOSTILE}", 'x"><script>alert(3)</script>')
    assert (event["t"], event["tl"], event["m"]) == ("other", HOSTILE, HOSTILE)
    assert data["docs"] == [[f"Title {HOSTILE}", None]]  # a javascript: URL is not a link
    assert _doc(page).xpath("//h1")[0].text_content() == f"Timeline {HOSTILE}"
    (mod,) = _doc(page).xpath("//input[@name='mod']/@value")
    assert mod == HOSTILE


def test_render_timeline_script_never_parses_text_as_html():
    assert "innerHTML" not in TIMELINE_JS and "insertAdjacentHTML" not in TIMELINE_JS
    assert "document.write" not in TIMELINE_JS and "textContent" in TIMELINE_JS


def test_render_timeline_empty_table_is_a_valid_page():
    page = render_timeline(empty_table(), title="Nothing yet")
    doc = _doc(page)
    assert doc.xpath("//h1")[0].text_content() == "Nothing yet"
    assert "No events to show." in page
    assert not json_blocks(page) and not doc.xpath("//form")


def test_write_timeline_writes_the_page(small_table, tmp_path):
    target = write_timeline(small_table, tmp_path / "timeline.html")
    assert target.read_text(encoding="utf-8") == render_timeline(small_table)


def test_write_timeline_leaves_no_file_when_rendering_fails(small_table, tmp_path):
    target = tmp_path / "timeline.html"
    target.write_text("previous run", encoding="utf-8")
    with pytest.raises(InputError, match="missing columns: sentence"):
        write_timeline(small_table.drop("sentence"), target)
    assert target.read_text(encoding="utf-8") == "previous run"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.html"]


def test_render_timeline_wants_every_event_table_column(small_table):
    # even one neither page shows: the same table read_table accepts, no subset
    with pytest.raises(InputError, match="missing columns: confidence"):
        render_timeline(small_table.drop("confidence"))


def test_render_timeline_cards_on_the_map_link_to_it(small_table):
    page = render_timeline(small_table)
    data = _data(page)
    assert data["map"] == "map.html"
    on_map = {e["i"] for e in data["events"] if e.get("o") == 1}
    assert on_map == {"strike", "convoy", "talks", "truce"}  # "claim" has no place
    assert _doc(page).xpath("//header//a[@href='map.html']")
    assert 'data.map + "#event=" + encodeURIComponent(ev.i)' in TIMELINE_JS


def test_render_timeline_without_a_map_has_no_map_links(small_table):
    page = render_timeline(small_table, map_page=None)
    assert _data(page)["map"] is None
    assert not _doc(page).xpath("//a[@href='map.html']")


def test_render_timeline_lists_actors_and_places_for_their_filters(small_table):
    page = render_timeline(small_table)
    data = _data(page)
    assert data["actors"] == ["ISIS", "Russia"]  # as many events each: alphabetical
    assert data["places"][0] == "Raqqa"  # named by two events: first
    assert set(data["places"]) == {"Raqqa", "Raqqah", "Deir ez-Zor", "Abu Kamal", "Istanbul"}
    strike = _events(page)["strike"]
    assert [data["actors"][i] for i in strike["ac"]] == ["Russia", "ISIS"]
    assert [data["places"][i] for i in strike["pn"]] == ["Raqqa", "Raqqah"]
    convoy = _events(page)["convoy"]
    assert [data["places"][i] for i in convoy["pn"]] == ["Deir ez-Zor", "Raqqa", "Abu Kamal"]
    doc = _doc(page)
    for key in ("actor", "place"):
        (box,) = doc.xpath(f"//input[@id='tl-{key}']")
        assert box.get("list") == f"tl-{key}-names" and doc.xpath(f"//label[@for='tl-{key}']")


def test_render_timeline_refuses_unsafe_map_links(small_table):
    with pytest.raises(ConfigError, match="page link"):
        render_timeline(small_table, map_page="javascript:alert(1)")
