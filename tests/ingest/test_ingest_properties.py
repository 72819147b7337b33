"""Properties of parse_text on arbitrary and page-like text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest import parse_text
from timeline.ingest._furniture import classify_line
from timeline.records import Article

PAGE_LINES = (
    "",
    "",
    "",
    "0 $",
    "2,500 $",
    "Support SomeSite",
    "Notify of",
    "Newest Most Voted",
    "Inline Feedbacks",
    "View all comments",
    "12 Comments",
    "Reply",
    "Would love your thoughts, please comment.x",
    "Troops entered the town on Monday, officials said.",
    "The talks ended without an agreement.",
    "Why would anyone believe that?",
    "Nina Ross",
    "nick_the_greek",
    "Pave The Road II",
    "Well said",
    "Published: 2016-12-07",
    "December 7, 2016 — A convoy left the city.",
    "----->>>",
    "https://example.org/link",
    "  indented line with trailing spaces   ",
    "\ufeffBOM in the middle",
    "Same line twice",
    "Same line twice",
)


def check(article: Article) -> None:
    previous_end = 0
    for segment in article.segments:
        assert previous_end <= segment.start < segment.end <= len(article.text)
        previous_end = segment.end
        piece = article.segment_text(segment)
        assert piece == piece.strip()
        for line in piece.split("\n"):
            assert classify_line(line) not in ("furniture", "label"), line
    titles = [s for s in article.segments if s.kind == "title"]
    assert len(titles) <= 1
    if titles:
        assert article.segments[0].kind == "title"
        assert article.title == article.segment_text(titles[0])
    kinds = [s.kind for s in article.segments]
    assert kinds == sorted(kinds, key=("title", "body", "comment").index)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_properties_parse_text_never_raises_on_any_text(text: str) -> None:
    check(parse_text(text, doc_id="any"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PAGE_LINES), max_size=60), st.sampled_from(["\n", "\r\n", "\r"]))
def test_properties_page_like_text_gives_clean_ordered_segments(lines: list[str], eol: str) -> None:
    article = parse_text(eol.join(lines), doc_id="page")
    assert "\r" not in article.text
    check(article)
