"""Inputs named by an http(s) URL: fetched from a server on 127.0.0.1, read as files are."""

import json
import shutil
import socket
from pathlib import Path

from timeline.errors import InputError, InputTooLarge, UnreadableInput
from timeline.ingest import iter_articles

HTML = Path(__file__).parent / "fixtures" / "html" / "valley_convoy.html"


def test_urls_html_page_is_read_with_its_url(local_site):
    folder, base = local_site
    shutil.copy(HTML, folder / "convoy.html")
    (article,) = iter_articles([f"{base}/convoy.html"])
    local = next(iter_articles([str(HTML)]))
    assert article.text == local.text and article.segments == local.segments
    assert article.doc_id == "convoy" and article.source == f"{base}/convoy.html"
    assert article.url == (local.url or f"{base}/convoy.html")


def test_urls_page_without_suffix_is_sniffed(local_site):
    folder, base = local_site
    (folder / "story").write_bytes(HTML.read_bytes())
    (article,) = iter_articles([f"{base}/story"])
    assert article.doc_id == "story" and "convoy" in article.text.lower()


def test_urls_corpus_records_are_read_one_by_one(local_site):
    folder, base = local_site
    records = [{"id": f"r{i}", "text": f"Talks began in Geneva on Tuesday ({i}).",
                "published": "2018-09-06"} for i in range(3)]  # fmt: skip
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    found = list(iter_articles([f"{base}/feed.jsonl"]))
    assert [a.doc_id for a in found] == ["r0", "r1", "r2"]
    assert found[0].source == f"{base}/feed.jsonl:1"


def test_urls_missing_page_is_one_error_and_the_batch_goes_on(local_site):
    folder, base = local_site
    shutil.copy(HTML, folder / "convoy.html")
    found = list(iter_articles([f"{base}/gone.html", f"{base}/convoy.html"]))
    assert isinstance(found[0], UnreadableInput)
    assert str(found[0]) == f"{base}/gone.html: HTTP 404 File not found"
    assert not isinstance(found[1], InputError)


def test_urls_unreachable_server_is_one_error():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = f"http://127.0.0.1:{port}/x.html"
    (error,) = iter_articles([dead])
    assert isinstance(error, UnreadableInput) and str(error).startswith(f"{dead}: cannot fetch")


def test_urls_page_over_the_size_limit_is_refused_by_its_length(local_site):
    folder, base = local_site
    (folder / "big.html").write_text("<p>" + "x" * 5000 + "</p>")
    (error,) = iter_articles([f"{base}/big.html"], max_bytes=1000)
    assert isinstance(error, InputTooLarge) and "5,007 bytes" in str(error)
