"""Helpers for the renderer tests: an event builder, hostile text, HTML inspection."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from timeline.records import Event

# Text an attacker could put in an article, a title or a comment author's name.
HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> "
    "\"double\" 'single' </script><!-- ` ${alert(2)} \\` \u2028\u2029 &amp;"
)
_STRING_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def make_event(event_id: str, **fields: Any) -> Event:
    """An event with plausible defaults; any column can be overridden."""
    base: dict[str, Any] = {
        "event_type": "airstrike",
        "summary": f"summary of {event_id}",
        "sentence": f"Evidence sentence for {event_id}.",
        "doc_id": f"doc-{event_id}",
        "char_start": 0,
        "char_end": 40,
        "source_kind": "article",
        "doc_title": f"Report {event_id}",
        "doc_url": f"https://news.example.org/{event_id}",
    }
    base.update(fields)
    return Event(event_id=event_id, **base)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every <script> element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse_tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def assert_no_injected_markup(page: str) -> None:
    """No start tag the attacker wrote, no event-handler attribute, no script it opened."""
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    parsed = parse_tags(page)
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag != "img", attrs
        for name in ("href", "src"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith("javascript:"), (tag, attrs)
    for attrs, text in parsed.scripts:
        if attrs.get("type") == "application/json":
            json.loads(text)  # stays one intact JSON value
            continue
        # Hostile text may sit inside a string literal, escaped; never outside one.
        code = _STRING_LITERAL.sub('""', text)
        assert "alert(" not in code, code[:300]


def decode_payload(data: Any) -> Any:
    """A page's payload as its script sees it (tlData): shared labels put back in events."""
    if not isinstance(data, dict) or "strings" not in data:
        return data
    keys, strings = set(data["shared"]), data["strings"]
    events = [{k: strings[v] if k in keys else v for k, v in e.items()} for e in data["events"]]
    return {**data, "events": events}


def json_blocks(page: str, *, raw: bool = False) -> list[Any]:
    """The content of every <script type="application/json"> element, decoded unless ``raw``."""
    blocks = [
        json.loads(text)
        for attrs, text in parse_tags(page).scripts
        if attrs.get("type") == "application/json"
    ]
    return blocks if raw else [decode_payload(block) for block in blocks]
