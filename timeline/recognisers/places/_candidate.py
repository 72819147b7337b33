"""The candidate record: a stretch of words that may name places."""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["Candidate", "CandidateKind"]

CandidateKind = Literal["name", "demonym", "abbreviation"]


class Candidate(NamedTuple):
    """A stretch of words that names places: tokens ``first``..``last`` (inclusive).

    ``misspelt`` marks a one-edit correction of a well-known name ("Afganistan"). A
    named tuple rather than a dataclass: thousands are made a text, and a tuple is
    made several times faster than a frozen dataclass.
    """

    first: int
    last: int
    start: int
    end: int
    key: str
    rids: tuple[int, ...]
    kind: CandidateKind = "name"
    lowercase: bool = False
    misspelt: bool = False
