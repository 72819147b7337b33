"""Saved text pages: title, body paragraphs, furniture and the comment thread."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import iter_articles, parse_text, read_article
from timeline.records import Article

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = Path(os.environ.get("TIMELINE_SHARED", SHARED)) / "seeds"

FURNITURE_SNIPPETS = (
    "$",
    "Support NorthWatch",
    "Notify of",
    "Newest Most Voted",
    "Inline Feedbacks",
    "View all comments",
    "Would love your thoughts",
    "Share this",
    "Published:",
)


def texts(article: Article, kind: str) -> list[str]:
    return [article.segment_text(s) for s in article.segments if s.kind == kind]


def authors(article: Article) -> list[str | None]:
    return [s.author for s in article.comments]


@pytest.fixture(scope="module")
def hama() -> Article:
    return read_article(PAGES / "hama_pocket_thread.txt")


def test_page_title_is_first_meaningful_line_once(hama: Article) -> None:
    assert hama.title == "Militants Agree To Leave Northern Hama Pocket Under Russian-Brokered Deal"
    titles = [s for s in hama.segments if s.kind == "title"]
    assert len(titles) == 1
    body = texts(hama, "body")
    assert not any("Hama Pocket" in paragraph for paragraph in body)


def test_page_body_is_one_segment_per_paragraph(hama: Article) -> None:
    body = texts(hama, "body")
    assert len(body) == 3
    assert body[0].startswith("Armed groups holding three villages")
    assert body[2].endswith("denied that any deal had been signed.")
    assert [s.index for s in hama.segments if s.kind == "body"] == [0, 1, 2]


def test_page_segments_hold_no_furniture(hama: Article) -> None:
    for segment in hama.segments:
        piece = hama.segment_text(segment)
        assert piece == piece.strip()
        for snippet in FURNITURE_SNIPPETS:
            assert snippet not in piece, (snippet, piece)


def test_page_segments_are_ordered_and_disjoint(hama: Article) -> None:
    ends = [0]
    for segment in hama.segments:
        assert ends[-1] <= segment.start < segment.end <= len(hama.text)
        ends.append(segment.end)


def test_page_thread_names_authors_and_keeps_anonymous_comments(hama: Article) -> None:
    assert authors(hama) == [None, "Ivana Petrovic", "Harold Finch 77", None, None, "desert_fox"]
    assert [s.index for s in hama.comments] == list(range(6))
    assert hama.commenters == {"Ivana Petrovic", "Harold Finch 77", "desert_fox"}


def test_page_multi_paragraph_comment_is_one_segment(hama: Article) -> None:
    comment = hama.segment_text(hama.comments[2])
    assert comment.startswith("First point: the Morek crossing")
    assert comment.endswith("The council member is not a reliable source.")
    assert "\n\nSecond point:" in comment


def test_page_short_one_line_comments_are_not_authors(hama: Article) -> None:
    comments = texts(hama, "comment")
    assert comments[3] == "Nothing new in this story, is there?"
    assert comments[4] == "So predictable"
    assert "So predictable" not in hama.commenters


def test_page_glued_widget_text_is_cut_from_last_comment(hama: Article) -> None:
    assert texts(hama, "comment")[-1] == "Who signed for the opposition side? ____ ---> Idlib"


def test_page_dateline_gives_publication_date(hama: Article) -> None:
    assert hama.published == date(2018, 5, 14)
    assert hama.published_basis == "dateline"


def test_page_without_widget_is_all_article() -> None:
    article = read_article(PAGES / "flood_no_comments.txt")
    assert article.comments == ()
    body = texts(article, "body")
    assert body[0].startswith("Heavy rain overnight")
    assert "What happened" in body
    assert body[-1] == "Forecasters expect more rain on Thursday."
    assert not any(p.startswith(("By Tomas", "Wed 11 Sep", "* * *", "Share")) for p in body)
    assert article.published == date(2019, 9, 11)


def test_page_thread_without_widget_found_by_repeated_authors() -> None:
    article = read_article(PAGES / "crossing_talks_unlabelled.txt")
    assert len(texts(article, "body")) == 3
    assert authors(article) == ["Lena Brooks", "Marco V", None, "Lena Brooks", None]
    assert texts(article, "comment")[2] == (
        "They will fight over it until one side runs out of money."
    )


def test_page_unlabelled_thread_detection_can_be_turned_off() -> None:
    text = (PAGES / "crossing_talks_unlabelled.txt").read_text(encoding="utf-8")
    article = parse_text(text, doc_id="talks", unlabelled_threads=False)
    assert article.comments == ()


def test_page_comment_widget_glued_to_a_comment_line() -> None:
    text = (
        "Border post changes hands\n\nThe post changed hands twice on Monday.\n\n"
        "3 Comments\n\nAnna K\n\nIt will change again by Friday.Would love your thoughts, "
        "please comment.x\n"
    )
    article = parse_text(text, doc_id="post")
    assert texts(article, "comment") == ["It will change again by Friday."]
    assert authors(article) == ["Anna K"]


def test_page_first_body_line_is_never_an_author() -> None:
    text = "Short Headline Here\n\nReporter Notes\n\nTroops left the town on Sunday.\n"
    article = parse_text(text, doc_id="x")
    assert texts(article, "body") == ["Reporter Notes", "Troops left the town on Sunday."]
    assert article.comments == ()


def test_page_without_headline_has_no_title() -> None:
    text = "Troops left the town on Sunday, officials said.\n\nThey had held it for a year.\n"
    article = parse_text(text, doc_id="x")
    assert article.title is None
    assert texts(article, "body") == [
        "Troops left the town on Sunday, officials said.",
        "They had held it for a year.",
    ]


def test_page_ascii_art_stays_in_a_comment_but_not_in_the_body() -> None:
    text = (
        "Front line moves east\n\n=====>>>\n\nThe front moved east on Monday.\n\n"
        "Leave a Reply\n\nPiotr Z\n\n(>_<) ------> ||| <------ (-_-)\n"
    )
    article = parse_text(text, doc_id="x")
    assert texts(article, "body") == ["The front moved east on Monday."]
    assert texts(article, "comment") == ["(>_<) ------> ||| <------ (-_-)"]
    assert authors(article) == ["Piotr Z"]


def test_page_crlf_offsets_refer_to_normalised_text() -> None:
    article = parse_text("\ufeffTitle line\r\n\r\nBody text here.\r\n", doc_id="x")
    assert article.text == "Title line\n\nBody text here.\n"
    assert texts(article, "body") == ["Body text here."]


def test_page_option_date_only_without_dateline() -> None:
    undated = parse_text("A title\n\nSome text.", doc_id="x", published=date(2020, 1, 2))
    assert (undated.published, undated.published_basis) == (date(2020, 1, 2), "option")
    dated = parse_text(
        "A title\n\nDecember 7, 2016 — Troops moved in.", doc_id="x", published=date(2020, 1, 2)
    )
    assert (dated.published, dated.published_basis) == (date(2016, 12, 7), "dateline")
    assert texts(dated, "body") == ["December 7, 2016 — Troops moved in."]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_page_real_saved_pages_split_into_article_and_thread() -> None:
    found = [a for a in iter_articles([str(SEEDS)]) if isinstance(a, Article)]
    assert found
    for article in found:
        assert article.title
        assert texts(article, "body")
        assert len(article.comments) >= 5
        assert sum(1 for s in article.comments if s.author) >= 3
        for segment in article.segments:
            piece = article.segment_text(segment)
            assert piece.strip() == piece and piece
            assert "Notify of" not in piece and "Would love your thoughts" not in piece


def test_page_disqus_style_thread_with_bullets_and_timestamps() -> None:
    text = (
        "Dam Talks Collapse\n\nNegotiators walked out of the dam talks on Thursday.\n\n"
        "12 Comments\nSort by Best\nShare ›\n\n"
        "Ann Smith\n•\n5 years ago\nThe dam will be bombed within the month.\nReply\n•\n"
        "Share ›\n\nBob\n• 5 years ago\nReply to Ann: it is not that simple.\nReply\n"
    )
    article = parse_text(text, doc_id="dam")
    assert [(s.author, article.segment_text(s)) for s in article.comments] == [
        ("Ann Smith", "The dam will be bombed within the month."),
        ("Bob", "Reply to Ann: it is not that simple."),
    ]
