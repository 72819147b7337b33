"""Ingest on any input: text, markup and bytes give an article with clean segments, or
one InputError naming the input; never another exception."""

from __future__ import annotations

import io
import json

from fuzz_settings import FUZZ
from fuzz_texts import FRAGMENTS, TEXTS
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.ingest import iter_articles, parse_html, parse_text
from timeline.records import Article

ODDITIES = ("<!--", "-->", "<!-- c -->", "&amp;", "&#x0;", "<br>", "<", ">", "</>")
TAGS = ("div", "p", "article", "span", "li", "ul", "section", "h1", "b", "table", "td", "script")


def check_article(article: Article) -> None:
    previous = 0
    for segment in article.segments:
        assert previous <= segment.start < segment.end <= len(article.text), segment
        previous = segment.end
    kinds = [s.kind for s in article.segments]
    assert kinds == sorted(kinds, key=("title", "body", "comment").index)


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    """HTML-ish text: nested tags (some left open or closed twice), comments, attributes."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 5 if depth < 4 else 2))
        if kind == 0:
            parts.append(draw(st.sampled_from(FRAGMENTS)))
        elif kind == 1:
            parts.append(draw(st.text(max_size=20)))
        elif kind == 2:
            parts.append(draw(st.sampled_from(ODDITIES)))
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", ' class="comment"', ' id="post-1"', ' class="fn"']))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}></{tag}>"]))
            parts.append(f"<{tag}{attrs}>{draw(markup(depth + 1))}{close}")
    return "".join(parts)


def jsonl(texts: list[str]) -> bytes:
    lines = (json.dumps({"id": i, "text": t}) for i, t in enumerate(texts))
    return "\n".join(lines).encode("utf-8")


DOCUMENTS = st.one_of(
    markup(),
    markup().map(lambda body: f"<html><head><title>T</title></head><body>{body}</body></html>"),
    TEXTS,
)


@FUZZ
@given(TEXTS, st.booleans())
def test_fuzz_parse_text_on_any_text(text: str, title_given: bool) -> None:
    check_article(parse_text(text, doc_id="any", title_given=title_given))


@FUZZ
@given(DOCUMENTS)
def test_fuzz_parse_html_on_any_markup(html: str) -> None:
    try:
        article = parse_html(html, doc_id="any", source="any.html")
    except InputError as err:
        assert err.source == "any.html" and err.reason
    else:
        check_article(article)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=400),
        DOCUMENTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
        TEXTS.map(lambda t: t.encode("cp1252", "ignore")),
        TEXTS.map(lambda t: t.encode("utf-16", "surrogatepass")),
        st.lists(TEXTS, max_size=4).map(jsonl),
    )
)
def test_fuzz_ingest_any_bytes_give_articles_or_input_errors(data: bytes) -> None:
    for item in iter_articles(["-"], stdin=io.BytesIO(data)):
        if isinstance(item, InputError):
            assert item.source.startswith("<stdin>") and item.reason
        else:
            check_article(item)
