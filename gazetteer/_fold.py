"""Name folding: the keys under which place names are indexed and looked up.

A name is folded to lower-case ASCII (diacritics dropped, a few letters spelled
out), then split into alphanumeric tokens. The index key of a token sequence is the
tokens joined without separators, reduced to a transliteration *skeleton*: doubled
letters collapse and a final "h" after a vowel drops (of every word), so Raqqa/Raqqah
variants, Deir ez-Zor/Deir Ezzor/Deir Ez-zor and Tabqa Dam/Tabqah Dam meet on one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARTICLES",
    "SPELLED_OUT",
    "bare_key",
    "close_key",
    "extend_key",
    "fold",
    "is_code_like",
    "is_latin",
    "key_of",
    "name_key",
    "name_tokens",
    "skeleton",
    "token_key",
]

# Letters NFKD does not decompose into an ASCII base letter.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŋ": "n",
        "ə": "a",
        "Ə": "a",
        "ʿ": "",
        "ʾ": "",
        "ʻ": "",
        "ʼ": "",
        "‘": "",
        "’": "",
        "`": "",
        "´": "",
        "'": "",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"([a-z])\1+")
_VOWEL_H = re.compile(r"(?<=[aeiou])h$")

# Arabic definite articles as they are romanised before a name (al-Bab, ar-Raqqah).
ARTICLES = frozenset(
    {
        "al",
        "el",
        "ar",
        "as",
        "at",
        "ad",
        "az",
        "an",
        "ash",
        "ath",
        "adh",
        "ed",
        "es",
        "er",
        "et",
        "ez",
        "en",
        "il",
        "ul",
    }
)

# Words abbreviated in place names, with their spelled-out form ("St. Cloud").
SPELLED_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}

# Latin letters: Basic Latin, Latin-1, Extended-A/B, IPA, Extended Additional; a letter
# outside them (found in C by one regex search).
_LATIN_RANGES = ((0x41, 0x24F), (0x250, 0x2AF), (0x1E00, 0x1EFF))
_OTHER_LETTER = re.compile(
    "(?![" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _LATIN_RANGES) + "])[^\\W\\d_]"
)


def fold(text: str) -> str:
    """Lower-case ASCII form of ``text``: diacritics dropped, apostrophes removed."""
    if text.isascii():
        return text.lower().replace("'", "").replace("`", "")
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def name_tokens(name: str) -> list[str]:
    """The folded alphanumeric tokens of a name ("Deir ez-Zor" -> deir, ez, zor)."""
    return [tok for tok in _NON_ALNUM.split(fold(name)) if tok]


@lru_cache(maxsize=1 << 18)
def _undoubled(token: str) -> str:
    return _DOUBLES.sub(r"\1", token)


def _drop_final_h(key: str) -> str:
    if len(key) > 1 and key[-1] == "h" and key[-2] in "aeiou":
        return key[:-1]
    return key


def skeleton(compact: str) -> str:
    """The transliteration skeleton of a compact folded key ("raqqah" -> "raqa")."""
    return _drop_final_h(_undoubled(compact))


_TOKEN_KEYS: dict[str, str] = {}
_TOKEN_KEYS_LIMIT = 1 << 18


def token_key(token: str) -> str:
    """``key_of([token])``, remembered: the matcher asks it of every capitalised word."""
    key = _TOKEN_KEYS.get(token)
    if key is None:
        if len(_TOKEN_KEYS) >= _TOKEN_KEYS_LIMIT:
            _TOKEN_KEYS.clear()
        key = _TOKEN_KEYS[token] = _drop_final_h(_undoubled(token))
    return key


def extend_key(raw: str, token: str) -> str:
    """One more word of a key read word by word: ``close_key`` of the result is the
    ``key_of`` of the words so far (start from "")."""
    part = token_key(token)
    if raw and part and raw[-1] == part[0] and part[0].isalpha():
        part = part[1:]
    return raw + part


def close_key(raw: str) -> str:
    """The key of words read with ``extend_key``."""
    return _drop_final_h(raw)


def key_of(tokens: list[str] | tuple[str, ...]) -> str:
    """The index key of a sequence of folded tokens: the skeleton of their concatenation.

    Computed word by word (each word's form is cached: doubled letters collapsed, a
    final "h" after a vowel dropped, so "Tabqah Dam" meets "Tabqa Dam"), joining
    across word boundaries the letters a doubled-letter collapse would join ("ez" +
    "zor").
    """
    if len(tokens) == 1:
        return token_key(tokens[0])
    raw = ""
    for token in tokens:
        raw = extend_key(raw, token)
    return _drop_final_h(raw)


def bare_key(tokens: list[str] | tuple[str, ...]) -> str:
    """The key of folded tokens without a leading article ("al", "Bab" -> "bab")."""
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    return key_of(tokens)


def name_key(name: str) -> str:
    """The index key of a name as written ("Deir Ez-zor" -> "deirezor")."""
    return key_of(name_tokens(name))


def is_latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin letter."""
    if name.isascii():
        return True
    return _OTHER_LETTER.search(name) is None


_CODE_LIKE = re.compile(r"[A-Z]{2,4}|.*\d.*|[^A-Za-z]*")


def is_code_like(name: str) -> bool:
    """Whether an alternate name looks like a code: "PMS", "ALP", "A1", digits, no letters."""
    return _CODE_LIKE.fullmatch(name.strip()) is not None
