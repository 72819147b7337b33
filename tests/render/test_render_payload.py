"""The event records both pages carry: the same event reads the same on the map and timeline."""

from __future__ import annotations

from datetime import date

from render_helpers import decode_payload, make_event

from timeline.render.map_data import map_data
from timeline.render.page_data import timeline_data
from timeline.render.payload import SHARED_KEYS, Strings, event_record, shared_documents
from timeline.render.view import event_views
from timeline.table import events_to_frame

_PAGE_ONLY = {"dt", "w", "g", "o", "ac", "pn"}
_MAP_ONLY = {"u", "ll", "ln", "ds", "de"}


def test_payload_both_pages_agree_on_every_shared_field(small_table):
    views = event_views(small_table, sort=True)
    page = {e["i"]: e for e in decode_payload(timeline_data(views))["events"]}
    on_map = decode_payload(map_data(views).payload)["events"]
    located = [v for v in views if v.point is not None or v.line is not None]
    assert len(on_map) == len(located) == 4
    for view, shown in zip(located, on_map, strict=True):
        listed = page[view.event_id]
        assert {k: v for k, v in listed.items() if k not in _PAGE_ONLY | {"dc"}} == {
            k: v for k, v in shown.items() if k not in _MAP_ONLY | {"dc"}
        }


def test_payload_record_leaves_out_empty_values_and_keeps_extras():
    (view,) = event_views(events_to_frame([make_event("quiet", summary="", modality="asserted")]))
    strings = Strings()
    record = event_record(view, 3, strings, w=None, g=0)
    assert record["dc"] == 3 and record["i"] == "quiet" and record["g"] == 0
    assert not {"h", "m", "c", "by", "mc", "w", "d"} & set(record)
    assert strings.table()[record["t"]] == "airstrike"
    assert record["s"] == "Evidence sentence for quiet."


def test_payload_repeated_labels_are_written_once():
    events = [
        make_event(f"e{i}", place_name="Raqqa", latitude=35.95, longitude=39.01, actor1="SDF")
        for i in range(50)
    ]
    views = event_views(events_to_frame(events))
    data = timeline_data(views)
    assert data["strings"].count("Raqqa") == 1 and set(data["shared"]) == set(SHARED_KEYS)
    numbers = {e["pl"] for e in data["events"]}
    assert len(numbers) == 1 and data["strings"][numbers.pop()] == "Raqqa"
    # sentences and summaries are each their own: never shared
    assert all(isinstance(e["s"], str) and isinstance(e["h"], str) for e in data["events"])


def test_payload_shared_documents_numbers_each_document_once_in_order():
    events = [
        make_event(name, doc_title=title, doc_url=url, date_start=date(2016, 1, i + 1))
        for i, (name, title, url) in enumerate(
            [
                ("a", "First", "https://x.org/1"),
                ("b", "Second", None),
                ("c", "First", "https://x.org/1"),
                ("d", "First", "https://x.org/other"),
            ]
        )
    ]
    doc_of, docs = shared_documents(event_views(events_to_frame(events)))
    assert doc_of == [0, 1, 0, 2]
    assert docs == [
        ["First", "https://x.org/1"],
        ["Second", None],
        ["First", "https://x.org/other"],
    ]
