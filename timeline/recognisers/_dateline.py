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
#: What follows a place in capitals that opens a dateline run into the text before it
#: (pages whose line breaks were lost: "March 29, 2009 PATASKALA -- City officials"):
#: perhaps its region, then a double dash, a dash or the agency.
_INLINE_TAIL: Final = re.compile(r"(?:,[^\n,]{1,25})?\s*(?:--|—|–|\(\w+\))")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the dateline that opens its line, or is a
    place in capitals followed by a dateline's dash or agency where line breaks were
    lost: it names where the story was filed, not who acted or where."""
    line_start = text.rfind("\n", 0, start) + 1
    dateline = _DATELINE.match(text, line_start)
    if dateline is not None and end <= dateline.end():
        return True
    written = text[start:end]
    return len(written) > 2 and written.isupper() and _INLINE_TAIL.match(text, end) is not None
