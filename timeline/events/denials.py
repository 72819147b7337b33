"""A denial told after the claim it answers: the claim's act is `denied`.

A denial word before what it denies ("the army denied withdrawing") is scoped in
``timeline.events.modality``. News also tells the claim first and the denial after it:

- in the same sentence: "..., which the army denied", "..., a claim the army denied",
  "..., but the army denied it" (or "this", "that", "the report");
- at the start of the next sentence of the paragraph: "A US official denied that,
  saying ...", "The ministry denied the report."

Only a claim somebody made (a `reported` or `alleged` act) is turned `denied` so: the
narrator's own assertion stands. The denial itself stays a statement (DESIGN.md lists
denials among statements).
"""

from __future__ import annotations

import re

from timeline.events.candidates import Candidate

__all__ = ["denied_after"]

_DENY = r"(?:denied|denies|rejected|rejects|disputed|disputes)"
_WORDS = r"(?:[\w'’.-]+\s+){1,6}?"
# What a denial that names no content of its own denies: the claim just told.
_THAT_CLAIM = (
    r"(?:(?:it|this|that)(?=\s*[,.;:]|\s*$)|the\s+(?:claims?|reports?|accounts?|"
    r"allegations?|accusations?)\b|(?:any|such)\s+claims?\b)"
)
_SAME_SENTENCE = re.compile(
    rf",\s*(?:which\s+{_WORDS}{_DENY}\b"
    rf"|(?:a|the)\s+(?:claim|report|account|allegation)s?\s+(?:that\s+|which\s+)?{_WORDS}{_DENY}\b"
    rf"|(?:but|though|although)\s+{_WORDS}{_DENY}\s+{_THAT_CLAIM})",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(rf"\s*{_WORDS}{_DENY}\s+{_THAT_CLAIM}", re.IGNORECASE)
_NEXT_REACH = 160  # characters of the next sentence read for its denial


def denied_after(
    text: str, sentence: tuple[int, int], candidate: Candidate, paragraph_end: int
) -> bool:
    """Whether a claim told in ``sentence`` is denied after it (see the module docstring)."""
    if candidate.event_type == "statement":
        return False
    last = candidate.triggers[-1].end
    for found in _SAME_SENTENCE.finditer(text, last, sentence[1]):
        if found.start() >= last:
            return True
    start = sentence[1]
    if start >= paragraph_end or "\n\n" in text[start : min(paragraph_end, start + 4)]:
        return False
    window = text[start : min(paragraph_end, start + _NEXT_REACH)]
    return _NEXT_SENTENCE.match(window) is not None
