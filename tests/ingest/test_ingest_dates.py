"""Publication dates: datelines, record values, manifests, and their precedence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import ConfigError
from timeline.ingest import iter_articles, load_manifest, parse_text, read_article
from timeline.ingest._dates import Dateline, find_dateline, parse_date_value, publication_date
from timeline.records import Article

PAGE = "Power restored in the north\n\nEngineers restored power to the northern districts.\n"


@pytest.mark.parametrize(
    ("line", "expected", "date_only"),
    [
        ("Wed 05 Apr 2017 10.00 BST", date(2017, 4, 5), True),
        ("December 7, 2016 — Troops entered the old city.", date(2016, 12, 7), False),
        ("Published: 2016-12-07", date(2016, 12, 7), True),
        ("Posted on March 3rd, 2018 by Ann Lee", date(2018, 3, 3), True),
        ("LONDON, 9 January 2015 (Reuters) - Talks ended without a deal.", date(2015, 1, 9), False),
        ("BEIRUT, Dec 7 (Reuters) - Rebels withdrew from the area.", None, False),
        ("Published: 2016-13-45", None, False),
        ("The offensive began on December 7, 2016.", None, False),
        ("Wednesday, the 7th of December 2016", date(2016, 12, 7), True),
        ("Posted on 12/07/2016 by Ann Lee", None, False),
        ("Updated: 2016-12-08 09:14 GMT", date(2016, 12, 8), True),
    ],
)
def test_dates_dateline_is_strict(line: str, expected: date | None, date_only: bool) -> None:
    found = find_dateline(line)
    assert (found.value if found else None) == expected
    if found is not None:
        assert found.date_only == date_only


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-12-07", date(2016, 12, 7)),
        ("2016-12-07T23:30:00-05:00", date(2016, 12, 7)),
        ("2016-12-07T10:00:00Z", date(2016, 12, 7)),
        ("Wed, 07 Dec 2016 10:00:00 GMT", date(2016, 12, 7)),
        ("7 December 2016", date(2016, 12, 7)),
        ("7 December 2016 10:00 GMT", date(2016, 12, 7)),
        ("Dec. 7, 2016", date(2016, 12, 7)),
        ("December 7", None),
        ("2016/12/07", None),
        ("2016-13-45", None),
        ("yesterday-ish", None),
        ("99999-01-01", None),
        ("12/07/2016", None),
        ("", None),
        (20161207, None),
    ],
)
def test_dates_record_values_are_strict(value: object, expected: date | None) -> None:
    assert parse_date_value(value) == expected


def test_dates_updated_dateline_is_marked() -> None:
    found = find_dateline("Last updated on Dec. 8, 2016 at 9:14 am")
    assert found == Dateline(date(2016, 12, 8), date_only=True, updated=True)


@pytest.mark.parametrize(
    ("witnesses", "expected"),
    [
        (((date(2017, 1, 2), "option"), (date(2017, 1, 1), "dateline")), "dateline"),
        (((None, "manifest"), (date(2017, 1, 1), "record")), "record"),
        (((date(2017, 1, 3), "page"), (date(2017, 1, 4), "manifest")), "manifest"),
        (((None, "page"), (None, "option")), "none"),
    ],
)
def test_dates_publication_date_precedence(
    witnesses: tuple[tuple[date | None, str], ...], expected: str
) -> None:
    assert publication_date(*witnesses)[1] == expected


def test_dates_updated_line_yields_to_published_line() -> None:
    text = (
        "Bridge closed\n\nUpdated: 2019-05-02\n\nPublished: 2019-05-01\n\nThe bridge was closed.\n"
    )
    article = parse_text(text, doc_id="x")
    assert article.published == date(2019, 5, 1)
    assert article.body == "The bridge was closed."


def test_dates_dateline_deep_in_the_body_is_ignored() -> None:
    paragraphs = "\n\n".join(f"Paragraph {n} of the report." for n in range(5))
    article = parse_text(f"Title\n\n{paragraphs}\n\nMarch 1, 2015 — Late line.", doc_id="x")
    assert article.published is None


def manifest_tree(tmp_path: Path) -> Path:
    (tmp_path / "pages" / "sub").mkdir(parents=True)
    for name in ("pages/alpha.txt", "pages/sub/beta.txt", "pages/gamma.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    (tmp_path / "pages" / "dated.txt").write_text(
        "Dated page\n\nPublished: 2011-11-11\n\nText of the dated page.\n", encoding="utf-8"
    )
    return tmp_path


def test_dates_manifest_matches_by_path_name_and_doc_id(tmp_path: Path) -> None:
    root = manifest_tree(tmp_path)
    (root / "manifest.csv").write_text(
        "path,published,url,title\n"
        "pages/sub/beta.txt,2017-02-02,https://example.org/beta,Beta title\n"
        "alpha.txt,2017-01-01,,\n"
        "gamma,2017-03-03,,\n"
        "pages/dated.txt,2012-12-12,,\n",
        encoding="utf-8",
    )
    items = iter_articles(
        [str(root / "pages")], manifest=root / "manifest.csv", published=date(2000, 1, 1)
    )
    found = {a.doc_id: a for a in items if isinstance(a, Article)}
    assert found["alpha"].published == date(2017, 1, 1)
    assert found["beta"].published == date(2017, 2, 2)
    assert (found["beta"].url, found["beta"].title) == ("https://example.org/beta", "Beta title")
    assert found["gamma"].published == date(2017, 3, 3)
    assert found["dated"].published == date(2012, 12, 12)
    assert {a.published_basis for a in found.values()} == {"manifest"}


def test_dates_precedence_dateline_over_option(tmp_path: Path) -> None:
    root = manifest_tree(tmp_path)
    items = iter_articles([str(root / "pages")], published=date(2000, 1, 1))
    found = {a.doc_id: a for a in items if isinstance(a, Article)}
    assert (found["dated"].published, found["dated"].published_basis) == (
        date(2011, 11, 11),
        "dateline",
    )
    assert (found["alpha"].published, found["alpha"].published_basis) == (
        date(2000, 1, 1),
        "option",
    )


def test_dates_json_lines_manifest_and_read_article(tmp_path: Path) -> None:
    root = manifest_tree(tmp_path)
    entries = [{"file": "pages/alpha.txt", "date": "2018-08-08"}]
    (root / "m.jsonl").write_text("\n".join(json.dumps(e) for e in entries), encoding="utf-8")
    article = read_article(root / "pages" / "alpha.txt", manifest=root / "m.jsonl")
    assert (article.published, article.published_basis) == (date(2018, 8, 8), "manifest")


@pytest.mark.parametrize(
    "content",
    ["path,published\nalpha.txt,2016-13-45\n", "published\n2016-01-01\n", '{"path": "a.txt",\n'],
)
def test_dates_bad_manifest_is_a_config_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / ("m.jsonl" if content.startswith("{") else "m.csv")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=path.name):
        load_manifest(path)
    with pytest.raises(ConfigError):
        iter_articles([str(tmp_path)], manifest=path)


def test_dates_missing_manifest_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="manifest"):
        load_manifest(tmp_path / "absent.csv")
