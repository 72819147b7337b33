"""Bytes to text: binary detection, encodings, newline normalisation.

The text every offset refers to is the input decoded, without a byte-order mark, with
``\\r\\n`` and lone ``\\r`` turned into ``\\n``. Encodings are tried in this order: a BOM
(UTF-8, UTF-16, UTF-32), UTF-8, the charset an HTML page declares, Windows-1252 when the
result looks like Western text, charset_normalizer's guess, and Latin-1 as a last resort
when the result is plausibly text. Anything else is a ``DecodeError``.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Final

import charset_normalizer

from timeline.errors import BinaryInput, DecodeError, EmptyInput
from timeline.ingest._lines import normalise_newlines

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAGIC_NUMBERS",
    "decode_bytes",
    "declared_charset",
    "guess_encoding",
    "is_utf8",
]

_LOG = logging.getLogger("timeline.ingest")

DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024

#: Leading bytes of formats that are not text, and how to name them.
MAGIC_NUMBERS: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office or EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE: Final = 65536
_TEXT_CONTROLS: Final = frozenset(b"\t\n\r\x0b\x0c\x1b")
_MAX_CONTROL_SHARE: Final = 0.05
_MAX_FOREIGN_LETTER_SHARE: Final = 0.3
_MAX_C1_SHARE: Final = 0.01
_CHARSET_RE: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start, if any."""
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _check_binary(data: bytes, source: str) -> None:
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            raise BinaryInput(source, f"not text: looks like {name}")
    if b"\x00" in data:
        raise BinaryInput(source, "not text: contains NUL bytes")
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryInput(source, "not text: too many control characters")


def _plausible(text: str, *, western: bool) -> bool:
    """Whether ``text`` decoded by a single-byte code page reads as text."""
    if not text:
        return False
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    if c1 > _MAX_C1_SHARE * len(text):
        return False
    if not western:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > 0x7F)
    return bool(letters) and foreign <= _MAX_FOREIGN_LETTER_SHARE * len(letters)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def guess_encoding(data: bytes, source: str, declared: str | None = None) -> str:
    """The encoding that reads ``data`` (not UTF-8) as text; raise ``DecodeError`` if none."""
    if declared and not declared.startswith("utf-") and _try(data, declared) is not None:
        return declared
    if (text := _try(data, "cp1252")) is not None and _plausible(text, western=True):
        return "cp1252"
    best = charset_normalizer.from_bytes(data[: _SAMPLE * 4]).best()
    guessed = _try(data, best.encoding) if best is not None else None
    if best is not None and guessed is not None and _plausible(guessed, western=False):
        return str(best.encoding)
    if _plausible(data.decode("latin-1"), western=True):
        return "latin-1"
    raise DecodeError(source, "not UTF-8, and no other encoding reads it as text")


def is_utf8(data: bytes, *, truncated: bool = False) -> bool:
    """Whether ``data`` is UTF-8 (allowing a character cut at the end when ``truncated``)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return truncated and err.start >= len(data) - 3 and err.reason == "unexpected end of data"
    return True


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode an input's bytes to the text offsets refer to; raise an ``InputError`` if not text."""
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is None:
                raise DecodeError(
                    source, f"starts with a {encoding} byte-order mark but is not {encoding}"
                )
            break
    if text is None:
        if not data.strip():
            raise EmptyInput(source, "empty")
        _check_binary(data, source)
        text = _try(data, "utf-8")
        if text is None:
            encoding = guess_encoding(data, source, declared)
            _LOG.info("%s: not UTF-8, read as %s", source, encoding)
            text = data.decode(encoding)
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyInput(source, "only whitespace")
    return text
