"""HTML pages as real sites write them: wpDiscuz, Disqus saved with the page, JSON-LD dates."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import iter_articles, parse_html, read_article
from timeline.records import Article

HTML = Path(__file__).parent / "fixtures" / "html"
BRIEF = (
    "<p>Rescue teams pulled eleven people from the collapsed building on the east side of "
    "the city overnight, the civil defence service said.</p>"
    "<p>Two of them were taken to hospital in a serious condition.</p>"
)


def page(head: str = "", before: str = "", body: str = BRIEF) -> str:
    return (
        f"<html><head><title>Rescue</title>{head}</head><body><article><h1>Rescue</h1>"
        f"{before}{body}</article></body></html>"
    )


def pieces(article: Article, kind: str) -> list[str]:
    return [article.segment_text(s) for s in article.segments if s.kind == kind]


@pytest.fixture(scope="module")
def ferry() -> Article:
    return read_article(HTML / "wpdiscuz_ferry.html")


@pytest.fixture(scope="module")
def dam() -> Article:
    return read_article(HTML / "disqus_dam.html")


def test_html_sites_wordpress_article_with_post_id_keeps_its_text(ferry: Article) -> None:
    body = pieces(ferry, "body")
    assert len(body) == 3
    assert body[0].startswith("The first ferry in nine days left the mainland terminal")
    assert body[2].endswith("would join the route on Friday.")


def test_html_sites_wpdiscuz_metadata(ferry: Article) -> None:
    assert ferry.title == "Ferry service to the island resumes after port talks"
    assert ferry.url == "https://harbourwatch.example.net/ferry-service-resumes/"
    # published, not the modified date of the JSON-LD and the <time class="updated">
    assert (ferry.published, ferry.published_basis) == (date(2019, 8, 14), "page")


def test_html_sites_wpdiscuz_comments_with_authors_and_replies(ferry: Article) -> None:
    assert [(s.author, ferry.segment_text(s)) for s in ferry.comments] == [
        (
            "Petra Vukic",
            "My brother waited four nights at the terminal with his children.\n"
            "The union was right to hold out, the dismissals were unjust.",
        ),
        ("harbour_rat", "Unjust? One of them sank a pilot boat in Marsa last spring."),
        ("Guest", "Will the night crossing run again this winter?"),
        ("Tomasz", "Good news for the fishermen too, the harbour was blocked for a week."),
    ]


def test_html_sites_wpdiscuz_widget_text_is_in_no_segment(ferry: Article) -> None:
    kept = "\n".join(ferry.segment_text(s) for s in ferry.segments)
    for furniture in (
        "Inline Feedbacks",
        "View all comments",
        "Would love your thoughts",
        "years ago",
        "Reply",
        "Subscribe",
        "Share this",
        "Join the discussion",
        "+2",
    ):
        assert furniture not in kept


def test_html_sites_disqus_thread_saved_with_the_page(dam: Article) -> None:
    assert dam.url == "https://www.riverpost.example.com/world/2021/03/09/dam-inspectors-arrive"
    assert (dam.published, dam.published_basis) == (date(2021, 3, 9), "page")
    assert [(s.author, dam.segment_text(s)) for s in dam.comments] == [
        (
            "Kareem Halabi",
            "My uncle farms below the dam. They moved the sheep to higher ground in February.",
        ),
        ("Ok", "Same"),
        (
            "Marlene W.",
            "The spillway was already cracked in 2019, nobody repaired it.\n"
            "Ask the ministry where the money went.",
        ),
    ]
    kept = "\n".join(dam.segment_text(s) for s in dam.segments)
    for furniture in ("Sort by Best", "3 comments", "years ago", "Share ›", "cookies", "Avatar"):
        assert furniture not in kept


def test_html_sites_disqus_author_is_never_the_message(dam: Article) -> None:
    assert all(s.author is None or len(s.author) < 30 for s in dam.comments)


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "dateModified": "2018-06-02T10:00:00Z", '
            '"datePublished": "2018-05-17T07:00:00Z"}</script>',
            "",
            (date(2018, 5, 17), "page"),
        ),
        (
            '<link rel="canonical" href="https://news.example.org/2018/05/17/rescue-teams">',
            "",
            (date(2018, 5, 17), "page"),
        ),
        (
            '<meta property="article:modified_time" content="2018-06-02">'
            '<meta property="article:published_time" content="2018-05-17">',
            "",
            (date(2018, 5, 17), "page"),
        ),
        ("", '<time datetime="2018-05-17T08:00">17 May 2018</time>', (date(2018, 5, 17), "page")),
        ("", "<p>Published: 17 May 2018</p>", (date(2018, 5, 17), "dateline")),
        ("", "", (None, "none")),
    ],
    ids=["json-ld", "url", "meta", "time", "visible-dateline", "none"],
)
def test_html_sites_publication_date_sources(
    head: str, before: str, expected: tuple[date | None, str]
) -> None:
    article = parse_html(page(head, before), doc_id="rescue")
    assert (article.published, article.published_basis) == expected


def test_html_sites_date_only_dateline_is_not_body_text() -> None:
    article = parse_html(page(before="<p>Published: 17 May 2018</p>"), doc_id="rescue")
    assert pieces(article, "body")[0].startswith("Rescue teams pulled eleven people")


def test_html_sites_short_article_keeps_its_paragraphs() -> None:
    # A short page (under trafilatura's 250 characters) with a date line between the
    # headline and the text: two paragraphs, not one line with the headline and the date.
    dateline = '<div class="meta">Wed 17 May 2018 10.00 BST</div>'
    article = parse_html(page(before=dateline), doc_id="r")
    assert pieces(article, "body") == [
        "Rescue teams pulled eleven people from the collapsed building on the east side of "
        "the city overnight, the civil defence service said.",
        "Two of them were taken to hospital in a serious condition.",
    ]


def test_html_sites_canonical_link_wins_over_og_url() -> None:
    head = (
        '<meta property="og:url" content="https://m.example.org/a?utm=feed">'
        '<link rel="canonical" href="https://example.org/a">'
    )
    assert parse_html(page(head), doc_id="r").url == "https://example.org/a"


def test_html_sites_many_leading_comments_are_sniffed_in_linear_time() -> None:
    # Telling HTML from text once tried every way of dividing the comments before the
    # first tag (exponential time: this input did not finish).
    text = "<!-- build 7 -->\n" * 60 + "Troops left the town on Monday, residents said.\n"
    (article,) = iter_articles(["-"], stdin=io.BytesIO(text.encode()))
    assert isinstance(article, Article)
    assert article.body.endswith("Troops left the town on Monday, residents said.")
