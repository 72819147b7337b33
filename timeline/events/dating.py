"""An event's own date: from its clause, its sentence, its paragraph, else the document.

The reporting date is not the event's date: "media reports said Tuesday" dates the report.
It is used only when nothing else dates the event. A happening in a clause opened by
"four days after" or "weeks after" lies that long before the sentence's date. With no
date at all, the event gets the publication date widened to the week before it
(date_basis "document"): news reports what happened in the last days, rarely on the day
of publication exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.events.candidates import Candidate
from timeline.events.clauses import aside_apart
from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import folded
from timeline.recognisers.dates.numbers import parse_quantity
from timeline.records import Timex

__all__ = [
    "DOCUMENT_WINDOW_DAYS",
    "EventDate",
    "SentenceDates",
    "document_date",
    "event_date",
    "sentence_dates",
    "usable",
]

DOCUMENT_WINDOW_DAYS = 7
# The patterns are written in lower case and matched against the folded text (case-blind,
# faster than re.IGNORECASE).
_REPORTING = re.compile(rf"\b(?:{REPORTING_VERBS})\b")
# "said in a statement on Monday", "told reporters on Monday": the report's date.
_REPORTED_IN = re.compile(
    rf"\b(?:{REPORTING_VERBS}|told\s+\w+)\s+(?:(?:in|on|through)\s+(?:a|an|its|his|her|their|the)"
    r"\s+(?:[\w-]+\s+){1,3})?$"
)
_REPORTING_AFTER = re.compile(rf"\s*(?:,\s*)?(?:{REPORTING_VERBS})\b")
_BASES = frozenset({"explicit", "relative", "weekday"})
# The clause of a happening told before the sentence's: "four days after [the militia
# overran it]", "weeks after [the leaders were arrested]" (see clauses._TIME_OFFSETS).
_OFFSET_AFTER = re.compile(
    r"(?:\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+)?"
    r"\b(?P<unit>day|week|month|year)s?\s+after\s+$"
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_VAGUE = (2, 9)  # "weeks after": between two and nine of them


@dataclass(frozen=True, slots=True)
class EventDate:
    start: date | None
    end: date | None
    precision: str
    text: str | None
    basis: str
    timex: str | None
    from_sentence: bool = False


# Spans too wide to date a happening: "the 21st century" says when an era was, not an
# event (a news outlet's name such as "21st Century Wire" is read as one, too).
_TOO_WIDE = frozenset({"century", "millennium"})


def usable(timex: Timex) -> bool:
    """A date an event can lie on: a resolved DATE or TIME, not a duration or a set, not
    "now" (PRESENT_REF), which says an event is current, not when it happened, and not a
    century. ("A few days ago" is PAST_REF too, but with an interval that dates it.)"""
    if timex.type not in {"DATE", "TIME"} or timex.value == "PRESENT_REF":
        return False
    if timex.precision in _TOO_WIDE:
        return False
    return timex.date_start is not None and timex.date_end is not None


def _unresolved(timex: Timex) -> bool:
    """A calendar date or weekday whose year is unknown (no publication date): "Tuesday
    afternoon" as XXXX-WXX-2TAF, "December 6" as XXXX-12-06."""
    return timex.type in {"DATE", "TIME"} and timex.date_start is None and "XXXX" in timex.value


def _reporting(text: str, timex: Timex, sentence: tuple[int, int]) -> bool:
    """Whether the expression dates a report: "said Tuesday", "on Tuesday quoted ..."."""
    lower = folded(text)
    before = lower[max(sentence[0], timex.start - 14) : timex.start]
    after = lower[timex.end : min(sentence[1], timex.end + 14)]
    if _REPORTING.search(before) or _REPORTING_AFTER.match(after):
        return True
    wider = lower[max(sentence[0], timex.start - 48) : timex.start]
    return _REPORTED_IN.search(wider) is not None


def _from_timex(timex: Timex, from_sentence: bool) -> EventDate:
    return EventDate(
        timex.date_start,
        timex.date_end,
        timex.precision,
        timex.text,
        timex.basis if timex.basis in _BASES else "relative",
        timex.value,
        from_sentence,
    )


def document_date(published: date | None) -> EventDate:
    """The fallback: the week up to the publication date, or nothing when it is unknown."""
    if published is None:
        return EventDate(None, None, "unknown", None, "none", None)
    start = published - timedelta(days=DOCUMENT_WINDOW_DAYS)
    return EventDate(start, published, "week", None, "document", None)


SentenceDates = tuple[list[Timex], list[Timex]]


def sentence_dates(text: str, sentence: tuple[int, int], timexes: Sequence[Timex]) -> SentenceDates:
    """The usable dates of a sentence, and those of them that do not date a report: the
    same for every event of the sentence, so read once per sentence."""
    dated = [t for t in timexes if usable(t)]
    own = [t for t in dated if not _reporting(text, t, sentence)]
    return dated, own


def event_date(
    text: str,
    candidate: Candidate,
    sentence: tuple[int, int],
    timexes: Sequence[Timex],
    governing: Timex | None,
    published: date | None,
    dates: SentenceDates | None = None,
) -> EventDate:
    """The date of the event told by ``candidate`` in ``sentence`` (``dates``: its
    ``sentence_dates``, when already read)."""
    dated, own = dates if dates is not None else sentence_dates(text, sentence, timexes)
    lo, hi = candidate.clause
    pos = candidate.head.start
    main = [t for t in own if not aside_apart(text, t.start, pos)]
    in_clause = [t for t in main if lo <= t.start < hi]
    if not in_clause and any(lo <= t.start < hi and _unresolved(t) for t in timexes):
        # The clause dates the event, with a year nobody knows: no other date is its date.
        return document_date(published)
    # "Uganda, whose soldiers were flown in in March 2025, said on Tuesday that it had
    # sent ...": an aside's date is its own; the day of saying dates the main verb.
    outside = [t for t in dated if not aside_apart(text, t.start, pos)]
    for pool in (in_clause, main, outside, own):
        if pool:
            found = _from_timex(min(pool, key=lambda t: abs(t.start - pos)), True)
            return found if pool is in_clause else _before_by_offset(text, lo, found)
    if governing is not None:
        return _from_timex(governing, False)
    if dated:
        return _from_timex(min(dated, key=lambda t: abs(t.start - pos)), True)
    return document_date(published)


def _before_by_offset(text: str, clause_start: int, found: EventDate) -> EventDate:
    """The date of a happening in a clause opened by "N days after": ``found``, the date of
    the sentence's, moved back by the offset ("four days after" Wednesday is Saturday;
    "weeks after" it, two to nine weeks before it). ``found`` itself for any other clause."""
    offset = _OFFSET_AFTER.search(folded(text), max(0, clause_start - 40), clause_start)
    if offset is None or found.start is None or found.end is None:
        return found
    unit = _UNIT_DAYS[offset.group("unit")]
    count = parse_quantity(offset.group("n")) if offset.group("n") else None
    low, high = (count.low, count.high) if count is not None else _VAGUE
    exact = count is not None and not count.fuzzy and unit == 1
    return EventDate(
        found.start - timedelta(days=high * unit),
        found.end - timedelta(days=low * unit),
        found.precision if exact else offset.group("unit"),
        text[offset.start() : offset.end()].strip(),
        "relative",
        None,
        True,
    )
