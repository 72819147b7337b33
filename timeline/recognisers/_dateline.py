"""Wire-story datelines: the place a story was filed from, at the head of a paragraph."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["in_dateline"]

#: A paragraph that opens with a place in capitals, perhaps its country or region and the
#: agency, then a dash: "BEIRUT -", "PEMBA, Mozambique (AP) -", "ADDIS ABABA —".
_DATELINE: Final = re.compile(
    r"[ \t]*[A-Z][A-Z'.-]*(?:[ \t]+[A-Z][A-Z'.-]*)*"
    r"(?:,[ \t]*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*)*)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[-–—]+[ \t]"
)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the dateline that opens its line: it names
    where the story was filed, not who acted or where."""
    line_start = text.rfind("\n", 0, start) + 1
    dateline = _DATELINE.match(text, line_start)
    return dateline is not None and end <= dateline.end()
