"""Inputs: folders, globs, stdin, missing paths, bad bytes, and stable doc ids."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from ingest_helpers import write

from timeline.errors import (
    BadRecord,
    BinaryInput,
    DecodeError,
    EmptyInput,
    InputError,
    InputTooLarge,
    UnreadableInput,
)
from timeline.ingest import iter_articles, read_article
from timeline.records import Article

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = "Convoy reaches the border\n\nThe convoy reached the border crossing on Friday.\n"


def ids(items: list[Article | InputError]) -> list[str]:
    return [a.doc_id if isinstance(a, Article) else f"!{type(a).__name__}" for a in items]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news" / "b_second.txt", PAGE)
    write(tmp_path / "news" / "a_first.md", PAGE)
    write(
        tmp_path / "news" / "deep" / "c_third.html", "<html><body><p>" + PAGE + "</p></body></html>"
    )
    write(tmp_path / "news" / ".hidden.txt", PAGE)
    write(tmp_path / "news" / ".git" / "x.txt", PAGE)
    write(tmp_path / "news" / "notes.pdf", b"%PDF-1.4 not read: unsupported suffix in a folder")
    return tmp_path


def test_inputs_folder_walked_recursively_in_sorted_order(tree: Path) -> None:
    assert ids(list(iter_articles(["news"]))) == ["a_first", "b_second", "c_third"]


def test_inputs_glob_with_double_star(tree: Path) -> None:
    assert ids(list(iter_articles(["news/**/*.txt", "news/**/*.html"]))) == [
        "b_second",
        "c_third",
    ]


def test_inputs_missing_path_and_empty_glob_are_errors_and_batch_goes_on(tree: Path) -> None:
    items = list(iter_articles(["nowhere.txt", "news/*.docx", "news/b_second.txt"]))
    assert ids(items) == ["!UnreadableInput", "!UnreadableInput", "b_second"]
    assert "nowhere.txt" in str(items[0])
    assert "news/*.docx" in str(items[1])


def test_inputs_same_file_twice_is_read_once(tree: Path) -> None:
    assert ids(list(iter_articles(["news/b_second.txt", "news"]))) == [
        "b_second",
        "a_first",
        "c_third",
    ]


def test_inputs_doc_ids_and_sources_carry_no_absolute_paths(tree: Path) -> None:
    for article in iter_articles(["news"]):
        assert isinstance(article, Article)
        assert not os.path.isabs(article.source)
        assert str(tree) not in article.doc_id


def test_inputs_stdin_bytes_are_read_as_text() -> None:
    items = list(iter_articles(["-"], stdin=io.BytesIO(PAGE.encode("utf-8"))))
    assert ids(items) == ["stdin"]
    assert isinstance(items[0], Article) and items[0].title == "Convoy reaches the border"


def test_inputs_stdin_text_stream_and_jsonl_detected_by_content() -> None:
    lines = '{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    assert ids(list(iter_articles(["-"], stdin=io.StringIO(lines)))) == ["s1", "s2"]


def test_inputs_stdin_html_detected_by_content() -> None:
    html = (FIXTURES / "html" / "valley_convoy.html").read_bytes()
    (article,) = iter_articles(["-"], stdin=io.BytesIO(html))
    assert isinstance(article, Article)
    assert article.url and article.url.startswith("https://ledger.example.org/")


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryInput),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", BinaryInput),
        (b"plain text\x00with a NUL byte", BinaryInput),
        (bytes(range(1, 32)) * 20, BinaryInput),
        (b"", EmptyInput),
        (b" \n\t \r\n", EmptyInput),
        (b"\xef\xbb\xbf", EmptyInput),
    ],
)
def test_inputs_bad_bytes_are_reported(tmp_path: Path, content: bytes, error: type) -> None:
    path = write(tmp_path / "bad.txt", content)
    (item,) = iter_articles([str(path)])
    assert isinstance(item, error)
    assert str(path) in str(item)
    with pytest.raises(error):
        read_article(path)


def test_inputs_only_furniture_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "furniture.txt", "0 $\n2,500 $\n\nShare\nReply\n")
    with pytest.raises(EmptyInput, match="furniture"):
        read_article(path)


def test_inputs_undecodable_bytes_are_a_decode_error(tmp_path: Path) -> None:
    path = write(tmp_path / "noise.txt", bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(DecodeError, match="noise.txt"):
        read_article(path)


def test_inputs_latin1_file_is_decoded(tmp_path: Path) -> None:
    text = "Réfugiés à Alep\n\nLes réfugiés sont arrivés à la frontière jeudi, a dit le préfet.\n"
    article = read_article(write(tmp_path / "latin.txt", text.encode("latin-1")))
    assert article.title == "Réfugiés à Alep"
    assert article.body == "Les réfugiés sont arrivés à la frontière jeudi, a dit le préfet."


def test_inputs_utf8_bom_is_dropped_from_offsets(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + PAGE.encode("utf-8")))
    assert article.text.startswith("Convoy reaches")
    (title,) = [s for s in article.segments if s.kind == "title"]
    assert (title.start, article.segment_text(title)) == (0, "Convoy reaches the border")


def test_inputs_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "wide.txt", PAGE.encode("utf-16")))
    assert article.title == "Convoy reaches the border"


def test_inputs_too_large_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", PAGE * 10)
    (item,) = iter_articles([str(path)], max_bytes=100)
    assert isinstance(item, InputTooLarge)
    with pytest.raises(InputTooLarge):
        read_article(path, max_bytes=100)
    (stdin_item,) = iter_articles(["-"], stdin=io.BytesIO((PAGE * 10).encode()), max_bytes=100)
    assert isinstance(stdin_item, InputTooLarge)


def test_inputs_folder_given_as_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="folder"):
        read_article(tmp_path)


def test_inputs_broken_symlink_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    (item,) = iter_articles([str(link)])
    assert isinstance(item, UnreadableInput)
    assert "symbolic link" in item.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_inputs_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", PAGE)
    path.chmod(0)
    try:
        (item,) = iter_articles([str(path)])
        assert isinstance(item, UnreadableInput) and "permission" in item.reason
    finally:
        path.chmod(0o644)


def test_inputs_doc_ids_stable_across_locations(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "report.txt", PAGE)
    second = tmp_path / "two" / "elsewhere" / "report.txt"
    second.parent.mkdir(parents=True)
    shutil.copy(first, second)
    a, b = (read_article(p) for p in (first, second))
    assert a.doc_id == b.doc_id == "report"
    assert a.segments == b.segments and a.text == b.text


def test_inputs_stdin_is_named_in_errors_and_default_ids() -> None:
    lines = b'{"text": "First line."}\n{"text": broken}\n'
    article, error = iter_articles(["-"], stdin=io.BytesIO(lines))
    assert isinstance(article, Article)
    assert (article.doc_id, article.source) == ("stdin:1", "<stdin>:1")
    assert isinstance(error, BadRecord) and error.source == "<stdin>:2"
