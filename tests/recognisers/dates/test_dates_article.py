"""A whole article with a comment thread, written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.dates import find

ARTICLE = (Path(__file__).parent / "fixtures" / "corridor_report.txt").read_text(encoding="utf-8")

EXPECTED = [
    ("December 5", "DATE", "2016-12-05"),
    ("Later that day", "DATE", "2016-12-05"),
    ("Tuesday", "DATE", "2016-12-06"),
    ("six weeks", "DURATION", "P6W"),
    ("early November", "DATE", "2016-11"),
    ("last week", "DATE", "2016-W48"),
    ("days", "DURATION", "PXD"),
    ("Tuesday afternoon", "TIME", "2016-12-06TAF"),
    ("Friday", "DATE", "2016-12-09"),
    ("Two days", "DURATION", "P2D"),
    ("2012", "DATE", "2012"),
    ("the summer of 2015", "DATE", "2015-SU"),
    ("a few weeks", "DURATION", "PXW"),
    ("a couple of days ago", "DATE", "2016-12-05"),
    ("next week", "DATE", "2016-W50"),
    ("every Friday", "SET", "XXXX-WXX-5"),
]


def test_article_every_expression_with_its_value():
    found = find(ARTICLE, date(2016, 12, 7))
    assert [(t.text, t.type, t.value) for t in found] == EXPECTED


def test_article_body_and_comments_as_regions():
    comments = ARTICLE.index("Comments")
    body = (0, comments)
    thread = (comments, len(ARTICLE))
    in_body = find(ARTICLE, date(2016, 12, 7), regions=[body])
    in_thread = find(ARTICLE, date(2016, 12, 7), regions=[thread])
    assert [t.text for t in in_body] == [e[0] for e in EXPECTED[:13]]
    assert [t.text for t in in_thread] == [e[0] for e in EXPECTED[13:]]
