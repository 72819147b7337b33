"""The main text and comment text of a parsed HTML page, through trafilatura.

trafilatura extracts the main text, and when that comes out shorter than its
``MIN_EXTRACTED_SIZE`` (250 characters) it extracts again from every "wild" element of
the page: on a short article that joins the paragraphs, the headline and the date line
into one line of text. So the first pass runs with no minimum, and trafilatura's own
pass runs only when the first found under 250 characters; its text is taken only when it
is more than twice as long (the first pass then missed most of the page).
"""

from __future__ import annotations

from configparser import ConfigParser
from copy import deepcopy
from dataclasses import dataclass
from typing import Final

from lxml.html import HtmlElement
from trafilatura.core import bare_extraction
from trafilatura.settings import DEFAULT_CONFIG, Document

__all__ = ["Extracted", "extract_text"]

#: trafilatura's size under which it looks for more text, and our first pass's settings.
_RECOVERY_SIZE: Final = 250
_RECOVERY_GAIN: Final = 2
_FIRST_PASS_CONFIG: Final = deepcopy(DEFAULT_CONFIG)
_FIRST_PASS_CONFIG["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "1"


@dataclass(frozen=True, slots=True)
class Extracted:
    """The page's main text and the comment text trafilatura found (lines, as it wrote them)."""

    text: str
    comments: str


def _run(tree: HtmlElement, config: ConfigParser) -> Extracted:
    doc = bare_extraction(tree, include_comments=True, with_metadata=False, config=config)
    if not isinstance(doc, Document):
        return Extracted("", "")
    return Extracted(doc.text or "", doc.comments or "")


def extract_text(tree: HtmlElement) -> Extracted:
    """The main text and comments of ``tree`` (which trafilatura changes as it reads it)."""
    spare = deepcopy(tree)
    first = _run(tree, _FIRST_PASS_CONFIG)
    if len(first.text) >= _RECOVERY_SIZE:
        return first
    second = _run(spare, DEFAULT_CONFIG)
    return second if len(second.text) > _RECOVERY_GAIN * len(first.text) else first
