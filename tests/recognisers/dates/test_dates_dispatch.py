"""The scanner tries at a position only the rules whose match may start with the
character there; that must never lose an expression."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from timeline.dates import find
from timeline.recognisers.dates import grammar, scanner
from timeline.recognisers.dates.firsts import ANY, first_chars

ROOT = Path(__file__).resolve().parents[3]
TEXTS = sorted((ROOT / "examples").glob("*.txt")) + sorted(
    (Path(__file__).parent / "fixtures").glob("*.txt")
)


def test_dispatch_first_chars_of_simple_patterns():
    assert first_chars(re.compile(r"(?<!\w)(?:last|next)\s+week")) == frozenset("lnLN")
    assert first_chars(re.compile(r"(?:the\s+)?\d+")) == frozenset("tT0123456789")
    assert first_chars(re.compile(r"a?")) == ANY  # may match nothing
    assert first_chars(re.compile(r"[^a]b")) == ANY  # a negated class


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_dispatch_finds_what_trying_every_rule_finds(monkeypatch, path):
    text = path.read_text(encoding="utf-8")
    dispatched = find(text, date(2016, 12, 7))
    monkeypatch.setattr(scanner, "RULES_BY_FIRST", {})
    monkeypatch.setattr(scanner, "RULES_ANYWHERE", grammar.RULES)
    assert find(text, date(2016, 12, 7)) == dispatched
