"""Byte streams: peeking at the head of a stream, telling its kind, reading it bounded."""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO, Final, Literal, TextIO

from timeline.errors import InputTooLarge
from timeline.ingest._html import looks_like_html

__all__ = ["SNIFF_BYTES", "SUFFIX_KINDS", "Kind", "as_binary", "kind_of", "peek", "read_bounded"]

Kind = Literal["text", "html", "jsonl", "json", "csv", "tsv"]
#: The kind of a file by its suffix; a folder is searched for these suffixes.
SUFFIX_KINDS: Final[dict[str, Kind]] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}
SNIFF_BYTES: Final = 65536
_SNIFF_HTML_CHARS: Final = 4096
_ARRAY_RE: Final = re.compile(rb"\[\s*(?:\{|\]|$)")


class _Prefixed(io.RawIOBase):
    """A raw stream that replays ``head`` and then reads on from ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head.nbytes:
            size = min(len(buffer), self._head.nbytes)
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The first bytes of ``stream``, and a stream that still starts with them."""
    head = stream.read(SNIFF_BYTES)
    return head, io.BufferedReader(_Prefixed(head, stream))


def as_binary(stream: TextIO | BinaryIO) -> BinaryIO:
    """A byte stream over ``stream`` (the buffer under a text stream, where there is one)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    if isinstance(stream.read(0), str):
        text: str = stream.read()  # type: ignore[assignment]
        return io.BytesIO(text.encode("utf-8"))
    return stream  # type: ignore[return-value]


def kind_of(head: bytes, *, strict_html: bool = False) -> Kind:
    """What a stream holds, judged by its first bytes: JSON, JSON lines, HTML or text.

    With ``strict_html`` (text files), only a full document (``<!DOCTYPE html>`` or
    ``<html>``) counts as HTML.
    """
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if _ARRAY_RE.match(start):
        return "json"
    if start.startswith(b"{"):
        first = start.split(b"\n", 1)[0].strip()
        return "jsonl" if first.endswith(b"}") else "json"
    text = start[:_SNIFF_HTML_CHARS].decode("utf-8", "replace")
    return "html" if looks_like_html(text, document=strict_html) else "text"


def read_bounded(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """All of ``stream``; raise ``InputTooLarge`` past ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(source, f"over the size limit of {max_bytes:,} bytes")
    return data
