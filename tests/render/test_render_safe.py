"""Escaping helpers: link targets and JSON embedded in <script>."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.render.safe import esc, json_for_script, safe_url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/relative/path",
        "//example.org/protocol-relative",
        "https://exa mple.org/space",
        "http:/no-host",
        "",
        None,
    ],
)
def test_safe_url_refuses_anything_but_absolute_http(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG/"])
def test_safe_url_keeps_http_and_https(url):
    assert safe_url(url) == url


def test_esc_escapes_quotes_for_attributes():
    assert esc("\"a\" 'b' <c> &") == "&quot;a&quot; &#x27;b&#x27; &lt;c&gt; &amp;"


def test_json_for_script_cannot_close_the_script_element():
    text = json_for_script({"s": "</script><script>alert(1)</script><!-- \u2028 &"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text and "&" not in text


# Text rich in the characters that matter inside <script>, mixed with any others.
_PIECES = ["<", ">", "&", "\u2028", "\u2029", "</script>", "<!--", "\\", '"', "'"]
_RISKY = st.lists(st.sampled_from(_PIECES) | st.text(), max_size=8).map("".join)


@given(st.recursive(_RISKY | st.integers() | st.none(), lambda c: st.lists(c, max_size=3)))
def test_json_for_script_round_trips_and_has_no_markup(value):
    text = json_for_script(value)
    assert json.loads(text) == value
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
