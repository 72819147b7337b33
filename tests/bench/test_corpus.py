"""The benchmark corpus generator (bench/corpus.py): deterministic, articles of about 5 KB
that timeline reads (plain and HTML) and extracts events of many types from, with places
that resolve, and comment threads whose authors' names never become places."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import corpus
import polars as pl
import pytest

from timeline.errors import InputError
from timeline.ingest import iter_articles
from timeline.records import Article

_SENTENCE_END = re.compile(r'(?<=[.!?"])\s+(?=[A-Z"])')


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _surnames(record: dict[str, Any]) -> set[str]:
    """The last word of each comment author of a record ("Tom Wilson" -> "Wilson")."""
    comments = record["comments"]
    assert isinstance(comments, list)
    return {str(c["author"]).split()[-1] for c in comments}


def test_corpus_same_seed_gives_same_bytes(tmp_path):
    first, second, other = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    size = corpus.write_corpus(first, 25, seed=3, html_share=0.2)
    corpus.write_corpus(second, 25, seed=3, html_share=0.2)
    corpus.write_corpus(other, 25, seed=4, html_share=0.2)
    assert first.read_bytes() == second.read_bytes()
    assert size == first.stat().st_size
    assert first.read_bytes() != other.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_corpus_article_does_not_depend_on_count():
    few = list(corpus.generate(5, seed=8))
    many = list(corpus.generate(12, seed=8))
    assert many[:5] == few
    assert len({r["id"] for r in many}) == 12


def test_corpus_records_have_the_corpus_fields():
    for record in corpus.generate(40, seed=2):
        assert set(record) == {"id", "title", "text", "published", "url", "comments"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(record["published"]))
        assert str(record["url"]).startswith("https://")
        for comment in record["comments"]:
            assert set(comment) == {"author", "text"} and comment["author"] and comment["text"]


def test_corpus_articles_are_about_five_kilobytes():
    sizes = [len(str(r["text"]).encode()) for r in corpus.generate(300, seed=5)]
    assert 4500 <= statistics.mean(sizes) <= 5500
    assert min(sizes) >= 2000 and max(sizes) <= 9000
    assert statistics.quantiles(sizes, n=4)[2] - statistics.quantiles(sizes, n=4)[0] > 1000


def test_corpus_sentences_are_varied():
    sentences = [
        sentence
        for record in corpus.generate(40, seed=6)
        for paragraph in str(record["text"]).split("\n\n")
        for sentence in _SENTENCE_END.split(paragraph)
    ]
    counts = Counter(sentences)
    assert len(counts) / len(sentences) > 0.85
    assert counts.most_common(1)[0][1] < 15


def test_corpus_comment_threads_on_a_share_of_articles():
    threads = [len(r["comments"]) for r in corpus.generate(200, seed=1)]
    with_comments = sum(1 for n in threads if n)
    assert 0.25 < with_comments / len(threads) < 0.65
    assert max(threads) <= 12 and max(threads) >= 8


def test_corpus_every_record_is_read_by_timeline(sample_path):
    records = _read(sample_path)
    items = list(iter_articles([str(sample_path)]))
    assert not [i for i in items if isinstance(i, InputError)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.doc_id for a in articles] == [r["id"] for r in records]
    for article, record in zip(articles, records, strict=True):
        assert article.title == record["title"]
        assert article.published is not None
        assert article.published.isoformat() == record["published"]
        comments = [s for s in article.segments if s.kind == "comment"]
        assert len(comments) == len(record["comments"])


def test_corpus_events_of_many_types_with_places(sample_events):
    types = set(sample_events["event_type"])
    assert len(types - {"statement", "other"}) >= 5
    assert sample_events["latitude"].is_not_null().mean() > 0.6
    assert {"asserted", "reported", "denied"} <= set(sample_events["modality"])
    assert {"explicit", "relative", "weekday"} <= set(sample_events["date_basis"])
    assert sample_events["fatalities"].is_not_null().any()
    assert "comment" in set(sample_events["source_kind"])


def test_corpus_commenter_surnames_are_not_event_places(sample_path, sample_events):
    surnames = {str(r["id"]): _surnames(r) for r in _read(sample_path)}
    assert any(surnames.values())
    places = sample_events.select("doc_id", "place_text", "place_name").iter_rows()
    wrong = [(doc, text) for doc, text, name in places if {text, name} & surnames[doc]]
    assert wrong == []


@pytest.fixture(scope="module")
def html_pair(tmp_path_factory) -> tuple[list[dict[str, Any]], list[Article]]:
    path = tmp_path_factory.mktemp("html") / "pages.jsonl"
    corpus.write_corpus(path, 6, seed=21, html_share=1.0)
    plain = list(corpus.generate(6, seed=21))
    articles = [a for a in iter_articles([str(path)]) if isinstance(a, Article)]
    assert all(str(r["text"]).startswith("<!DOCTYPE html>") for r in _read(path))
    return plain, articles


def test_corpus_html_records_parse_through_the_html_path(html_pair):
    plain, articles = html_pair
    assert len(articles) == len(plain)
    for record, article in zip(plain, articles, strict=True):
        assert article.title == record["title"]
        assert article.published is not None
        assert article.published.isoformat() == record["published"]
        for paragraph in str(record["text"]).split("\n\n"):
            assert paragraph in article.text
        authors = [s.author for s in article.segments if s.kind == "comment"]
        assert authors == [c["author"] for c in record["comments"]]


def test_corpus_html_share_is_the_share_of_html_records():
    records = list(corpus.generate(400, seed=4, html_share=0.25))
    share = sum(str(r["text"]).startswith("<!DOCTYPE") for r in records) / len(records)
    assert 0.18 < share < 0.32


def test_corpus_cli_writes_the_file_and_reports(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert corpus.main(["7", str(out), "--seed", "2"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7
    assert "7 articles" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        corpus.main(["5", str(out), "--html-share", "2"])


def test_corpus_event_table_has_rows_per_document(sample_events):
    per_doc = sample_events.group_by("doc_id").len()
    assert per_doc.height >= 25
    assert per_doc.filter(pl.col("len") >= 2).height >= 20
