"""Corpora: JSON lines, CSV, JSON arrays, renamed fields, malformed records, streaming."""

from __future__ import annotations

import io
import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline.errors import BadRecord, ConfigError, InputError, InputTooLarge
from timeline.ingest import FieldMap, iter_articles
from timeline.records import Article

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
RENAMED = FieldMap(
    id=("guid", "uid"),
    title=("headline", "heading"),
    text=("story", "page_html"),
    published=("day", "when"),
    url=("link",),
    comments=("remarks", "reader_comments"),
)


def read(path: Path, fields: FieldMap = RENAMED) -> list[Article | InputError]:
    return list(iter_articles([str(path)], fields=fields))


def articles(items: list[Article | InputError]) -> dict[str, Article]:
    return {a.doc_id: a for a in items if isinstance(a, Article)}


def test_corpus_jsonl_renamed_fields() -> None:
    found = articles(read(CORPUS / "ledger.jsonl"))
    first = found["ledger-0412"]
    assert first.title == "Airstrikes hit fuel depots near Deir ez-Zor"
    assert first.url == "https://ledger.example.org/2017/09/fuel-depots/"
    assert (first.published, first.published_basis) == (date(2017, 9, 12), "record")
    assert first.body.startswith("Warplanes struck two fuel depots")
    assert len([s for s in first.segments if s.kind == "body"]) == 2
    assert [(s.author, first.segment_text(s)) for s in first.comments] == [
        ("K. Osei", "Those tankers were smuggling oil north for months."),
        (None, "No source named, as usual."),
    ]


def test_corpus_jsonl_malformed_line_is_bad_record_and_rest_goes_on() -> None:
    items = read(CORPUS / "ledger.jsonl")
    errors = [i for i in items if isinstance(i, InputError)]
    assert [type(e) for e in errors] == [BadRecord, BadRecord]
    assert errors[0].source.endswith("ledger.jsonl:3") and "JSON" in errors[0].reason
    assert errors[1].source.endswith("ledger.jsonl:6") and "story" in errors[1].reason
    assert list(articles(items)) == ["ledger-0412", "ledger-0413", "ledger:5"]


def test_corpus_bad_record_date_keeps_article_undated(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="timeline.ingest"):
        found = articles(read(CORPUS / "ledger.jsonl"))
    undated = found["ledger-0413"]
    assert (undated.published, undated.published_basis) == (None, "none")
    assert any("2016-13-45" in record.getMessage() for record in caplog.records)
    assert found["ledger:5"].published == date(2017, 2, 20)


def test_corpus_bad_record_date_is_an_article_warning() -> None:
    found = articles(read(CORPUS / "ledger.jsonl"))
    (warning,) = found["ledger-0413"].warnings
    assert "ledger.jsonl:" in warning and "2016-13-45" in warning and "not a date" in warning
    assert found["ledger-0412"].warnings == ()


def test_corpus_unreadable_comments_field_is_an_article_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = {
        "id": "r1",
        "text": "Crews cleared the road to the border crossing on Monday.",
        "comments": "[{broken",
        "published": "sometime in spring",
    }
    path = tmp_path / "notes.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline.ingest"):
        (article,) = iter_articles([str(path)])
    assert isinstance(article, Article)
    assert article.comments == ()
    assert len(article.warnings) == 2
    assert "comments field is not valid JSON" in article.warnings[0]
    assert "'sometime in spring' is not a date" in article.warnings[1]
    assert all(w.startswith(f"{path}:1: ") for w in article.warnings)
    assert [r.getMessage() for r in caplog.records] == list(article.warnings)


def test_corpus_bad_record_date_falls_back_to_option() -> None:
    items = iter_articles(
        [str(CORPUS / "ledger.jsonl")], fields=RENAMED, published=date(2016, 1, 1)
    )
    undated = articles(list(items))["ledger-0413"]
    assert (undated.published, undated.published_basis) == (date(2016, 1, 1), "option")


def test_corpus_csv_with_html_text_and_malformed_row() -> None:
    items = read(CORPUS / "wire.csv")
    found = articles(items)
    assert list(found) == ["wire-1", "wire-2", "wire:4"]
    html = found["wire-1"]
    assert html.body.startswith("The bridge over the Euphrates at Raqqa reopened")
    assert "<p>" not in html.text
    assert [(s.author, html.segment_text(s)) for s in html.comments] == [
        ("Sami R", "Finally, the ferry queues were endless.")
    ]
    assert found["wire-2"].body.endswith("Shops reopened in the main market the same evening.")
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert isinstance(error, BadRecord) and error.source.endswith("wire.csv:6")


def test_corpus_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text("id,title\n1,a\n2,b\n", encoding="utf-8")
    (error,) = read(path, FieldMap())
    assert isinstance(error, BadRecord) and "text column" in error.reason


def test_corpus_tsv_default_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.tsv"
    path.write_text("id\ttitle\tbody\tdate\nt1\tDam reopens\tThe dam reopened.\t2020-02-02\n")
    (article,) = read(path, FieldMap())
    assert isinstance(article, Article)
    assert (article.doc_id, article.title, article.published) == (
        "t1",
        "Dam reopens",
        date(2020, 2, 2),
    )


def test_corpus_json_array_default_fields_and_aliases() -> None:
    found = articles(read(CORPUS / "batch.json", FieldMap()))
    assert list(found) == ["arr-1", "arr-2"]
    assert found["arr-1"].published == date(2019, 6, 6)
    assert found["arr-2"].published == date(2019, 6, 7)
    assert found["arr-2"].source.endswith("batch.json:8")


def test_corpus_json_array_broken_element_stops_with_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"id": "ok", "text": "Fine."},\n {"id": "bad", "text": }]', encoding="utf-8")
    items = read(path, FieldMap())
    assert isinstance(items[0], Article) and items[0].doc_id == "ok"
    assert isinstance(items[1], BadRecord) and items[1].source.endswith("broken.json:2")
    assert len(items) == 2


def test_corpus_default_ids_are_stem_and_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text('{"text": "One."}\n\n{"text": "Three."}\n', encoding="utf-8")
    assert [a.doc_id for a in articles(read(path, FieldMap())).values()] == ["feed:1", "feed:3"]


def test_corpus_record_over_size_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "sizes.jsonl"
    big = json.dumps({"id": "big", "text": "x " * 400})
    path.write_text(f'{big}\n{{"id": "small", "text": "Small."}}\n', encoding="utf-8")
    items = list(iter_articles([str(path)], max_bytes=200))
    assert isinstance(items[0], InputTooLarge) and items[0].source.endswith("sizes.jsonl:1")
    assert isinstance(items[1], Article) and items[1].doc_id == "small"


class CountingStream(io.RawIOBase):
    """A long JSON-lines stream (about 2 MB) that counts the bytes taken from it."""

    def __init__(self, lines: int = 50_000) -> None:
        self.served = 0
        self.line = 0
        self.lines = lines

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.line >= self.lines:
            return 0
        self.line += 1
        data = json.dumps({"id": f"r{self.line}", "text": f"Record {self.line}."}).encode()
        data += b"\n"
        size = min(len(buffer), len(data))
        buffer[:size] = data[:size]
        self.served += size
        return size


def test_corpus_jsonl_is_streamed_not_loaded_whole() -> None:
    stream = CountingStream()
    items = iter_articles(["-"], stdin=io.BufferedReader(stream, buffer_size=256))
    first = [next(items) for _ in range(3)]
    assert [a.doc_id for a in first if isinstance(a, Article)] == ["r1", "r2", "r3"]
    assert stream.served < 200_000


def test_corpus_field_map_parse() -> None:
    fmap = FieldMap.parse("text=story|body, id=guid")
    assert fmap.text == ("story", "body") and fmap.id == ("guid",)
    assert fmap.title == FieldMap().title
    with pytest.raises(ConfigError):
        FieldMap.parse("colour=red")
