"""Streaming JSON values out of a text stream: an array's elements, or values in sequence."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final, TextIO

__all__ = ["JsonBroken", "JsonValue", "iter_json_values"]

_CHUNK: Final = 1 << 20
_SPACE: Final = " \t\r\n"


@dataclass(frozen=True, slots=True)
class JsonValue:
    """One value read, and the line it starts on (1-based)."""

    value: Any
    line: int


@dataclass(frozen=True, slots=True)
class JsonBroken:
    """Where and why reading stopped: malformed JSON, bad UTF-8, or a value too large."""

    line: int
    reason: str
    too_large: bool = False


class _Buffer:
    """A sliding window over the stream, with the line number at the read position."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.text = ""
        self.pos = 0
        self.line = 1
        self.eof = False

    def fill(self, size: int = _CHUNK) -> bool:
        """Read more; False at the end of the stream."""
        chunk = self.stream.read(size)
        if not chunk:
            self.eof = True
            return False
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        return True

    def advance(self, end: int) -> None:
        self.line += self.text.count("\n", self.pos, end)
        self.pos = end

    def next_char(self) -> str:
        """The next non-space character, consumed up to it ("" at the end)."""
        while True:
            end = self.pos
            while end < len(self.text) and self.text[end] in _SPACE:
                end += 1
            self.advance(end)
            if self.pos < len(self.text) or not self.fill():
                return self.text[self.pos] if self.pos < len(self.text) else ""


def _decode_value(buf: _Buffer, max_chars: int) -> JsonValue | JsonBroken:
    decoder = json.JSONDecoder()
    size = _CHUNK
    while True:
        try:
            value, end = decoder.raw_decode(buf.text, buf.pos)
        except json.JSONDecodeError as err:
            if buf.eof or len(buf.text) - buf.pos > max_chars:
                too_large = not buf.eof
                reason = (
                    "record over the size limit" if too_large else f"not valid JSON ({err.msg})"
                )
                return JsonBroken(buf.line, reason, too_large)
            buf.fill(size)
            size *= 2
            continue
        if end == len(buf.text) and not buf.eof and buf.fill(size):
            continue
        line = buf.line
        buf.advance(end)
        return JsonValue(value, line)


def iter_json_values(stream: TextIO, max_chars: int) -> Iterator[JsonValue | JsonBroken]:
    """The elements of a top-level array, or the top-level values one after another.

    Stops after yielding a ``JsonBroken``; a broken element cannot be skipped reliably.
    """
    buf = _Buffer(stream)
    try:
        first = buf.next_char()
        in_array = first == "["
        if in_array:
            buf.advance(buf.pos + 1)
        while True:
            char = buf.next_char()
            if not char:
                if in_array:
                    yield JsonBroken(buf.line, "not valid JSON (the array is not closed)")
                return
            if in_array and char == "]":
                return
            item = _decode_value(buf, max_chars)
            yield item
            if isinstance(item, JsonBroken):
                return
            if in_array:
                char = buf.next_char()
                if char == ",":
                    buf.advance(buf.pos + 1)
                elif char != "]":
                    yield JsonBroken(buf.line, "not valid JSON (expected ',' or ']')")
                    return
    except UnicodeDecodeError:
        yield JsonBroken(buf.line, "not UTF-8")
