"""HTML pages: main text, comments with authors, canonical URL, metadata date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from timeline.errors import EmptyInput, InputError
from timeline.ingest import iter_articles, parse_html, read_article
from timeline.records import Article

HTML = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def valley() -> Article:
    return read_article(HTML / "valley_convoy.html")


def test_html_title_url_and_metadata_date(valley: Article) -> None:
    assert valley.doc_id == "valley_convoy"
    assert valley.title == "Convoy leaves the Wadi Barada valley"
    assert valley.url == "https://ledger.example.org/2017/01/convoy-leaves-wadi-barada/"
    assert (valley.published, valley.published_basis) == (date(2017, 1, 29), "page")


def test_html_body_paragraphs_without_furniture(valley: Article) -> None:
    body = [valley.segment_text(s) for s in valley.segments if s.kind == "body"]
    assert len(body) == 3
    assert body[0].startswith("A convoy of 38 buses")
    assert body[2].endswith("before leaving.")
    for piece in (valley.segment_text(s) for s in valley.segments):
        for furniture in ("Share this", "Support Frontline", "10 $", "Reply", "Copyright", "says:"):
            assert furniture not in piece


def test_html_comments_keep_authors_and_boundaries(valley: Article) -> None:
    assert [(s.author, valley.segment_text(s)) for s in valley.comments] == [
        (
            "Nadia Haddad",
            "The water came back to our street in Damascus two days later.\n"
            "Before that we queued at the mosque tap every morning.",
        ),
        ("old_engineer", "The station at Ain al-Fijeh was badly damaged, repairs took weeks."),
        (None, "Where exactly did the buses go after Idlib?"),
    ]
    body_text = " ".join(valley.segment_text(s) for s in valley.segments if s.kind == "body")
    assert "Ain al-Fijeh was badly damaged" not in body_text


def test_html_composed_text_reads_like_a_saved_page(valley: Article) -> None:
    assert valley.text.startswith("Convoy leaves the Wadi Barada valley\n\nA convoy of 38 buses")
    assert "\n\n\nNadia Haddad\nThe water came back" in valley.text


def test_html_og_url_and_dateline_fallback() -> None:
    html = (
        '<html><head><meta property="og:url" content="https://example.org/a">'
        "<title>Dam talks</title></head><body><article><h1>Dam talks</h1>"
        "<p>March 4, 2018 — Engineers from both countries met at the dam on Sunday to discuss "
        "the water quota for the summer months, officials said.</p>"
        "<p>No agreement was announced after the meeting, which lasted six hours.</p>"
        "</article></body></html>"
    )
    article = parse_html(html, doc_id="dam", published=date(2000, 1, 1))
    assert article.url == "https://example.org/a"
    assert (article.published, article.published_basis) == (date(2018, 3, 4), "dateline")


def test_html_option_date_when_page_has_none() -> None:
    html = (
        "<html><body><article><p>Fighters withdrew from the hill overnight, leaving "
        "trenches and two burnt vehicles behind them, according to villagers.</p>"
        "</article></body></html>"
    )
    article = parse_html(html, doc_id="hill", published=date(2021, 5, 5))
    assert (article.published, article.published_basis) == (date(2021, 5, 5), "option")


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title></title></head><body><div></div></body></html>")
    with pytest.raises(EmptyInput, match="blank.html"):
        read_article(path)


def nested(depth: int) -> str:
    paragraph = "<p>The siege of the town lasted for eleven weeks, residents said.</p>"
    return "<html><body>" + "<div>" * depth + paragraph + "</div>" * depth + "</body></html>"


def test_html_deeply_nested_page_is_read() -> None:
    article = parse_html(nested(200), doc_id="deep")
    assert article.body == "The siege of the town lasted for eleven weeks, residents said."


def test_html_pathologically_nested_page_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "abyss.html"
    path.write_text(nested(50_000), encoding="utf-8")
    (item,) = iter_articles([str(path)])
    assert isinstance(item, InputError)
    assert "abyss.html" in str(item)


def test_html_parser_failure_on_bad_markup_is_an_input_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise etree.ParserError("Document is empty")

    monkeypatch.setattr("timeline.ingest._extract.bare_extraction", refuse)
    with pytest.raises(InputError, match="sketch.html: HTML could not be parsed"):
        parse_html(nested(3), doc_id="sketch", source="sketch.html")


def test_html_programming_errors_are_not_disguised_as_bad_markup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setattr("timeline.ingest._html.find_comments", broken)
    with pytest.raises(AttributeError):
        parse_html(nested(3), doc_id="sketch", source="sketch.html")


def test_html_unreadable_metadata_is_an_article_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("unexpected date format")

    monkeypatch.setattr("timeline.ingest._html.extract_metadata", broken)
    article = parse_html(nested(3), doc_id="sketch", source="sketch.html")
    assert article.body.startswith("The siege of the town")
    assert article.warnings == (
        "sketch.html: no metadata read from the HTML (unexpected date format)",
    )


def test_html_latin1_page_with_declared_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Réfugiés</title></head><body>'
        "<article><p>Les réfugiés sont arrivés à la frontière jeudi soir, selon le préfet, "
        "après trois jours de marche depuis la vallée.</p></article></body></html>"
    )
    path = tmp_path / "fr.html"
    path.write_bytes(html.encode("latin-1"))
    article = read_article(path)
    assert "réfugiés sont arrivés" in article.body
