"""Record types passed between the stages of the pipeline.

Ingest makes ``Article``s; recognisers return spans (``Timex``, ``PlaceMention``,
``ActorMention``, ``Quantity``, ``Trigger``, ``Cue``); event assembly makes ``Event``s,
and only ``timeline.table`` turns those into polars. Every offset is a character
offset into ``Article.text``, the document text as timeline read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from gazetteer.records import Place

__all__ = [
    "ActorMention",
    "Article",
    "Cue",
    "Event",
    "Place",
    "PlaceMention",
    "Quantity",
    "Segment",
    "SegmentKind",
    "Timex",
    "TimexType",
    "Trigger",
]

SegmentKind = Literal["title", "body", "comment"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of an article's text: the title, a run of body text, or one comment.

    Site furniture (donation buttons, comment-widget labels) lies in no segment.
    ``author`` is set for comments whose author a short line names.
    """

    kind: SegmentKind
    start: int
    end: int
    author: str | None = None
    index: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """One document as read: its text, where the body and comments lie, and metadata.

    ``published_basis`` says where ``published`` came from: record, page, manifest,
    option (``--published``), dateline, or none. ``warnings`` carries problems that did
    not stop the reading (a record's date that is no date, for example).
    """

    doc_id: str
    text: str
    segments: tuple[Segment, ...]
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_basis: str = "none"
    source: str = ""
    warnings: tuple[str, ...] = ()

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start : segment.end]

    @property
    def body(self) -> str:
        """The article body, its runs joined by blank lines (for display, not offsets)."""
        return "\n\n".join(self.segment_text(s) for s in self.segments if s.kind == "body")

    @property
    def comments(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == "comment")

    @property
    def commenters(self) -> frozenset[str]:
        """Names of the comment authors, as written."""
        return frozenset(s.author for s in self.segments if s.author)


@dataclass(frozen=True, slots=True)
class Timex:
    """A date or time expression, normalised as TimeML's TIMEX3 does.

    ``value`` is the TIMEX3 value (2016-12-06, 2016-W49, 2016-SU, XXXX-12-06, PAST_REF,
    P3D ...). For DATE and TIME, ``date_start``/``date_end`` is the inclusive interval of
    days the expression denotes, when it can be resolved. ``basis`` is how it was
    resolved: explicit, relative (to the reference date), weekday, or none.
    ``year_candidates`` lists the years a partial date admits when its year is unknown.
    ``note`` says why the expression as written is no real date ("December has no day
    45"); its value is then the part that is real (the month, else the year).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    date_start: date | None = None
    date_end: date | None = None
    precision: str = "unknown"
    basis: str = "none"
    mod: str | None = None
    year_candidates: tuple[int, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name in the text, resolved to a gazetteer entry.

    ``role`` is "location" for a place where something happens and "government" for a
    capital or country used for its government ("Moscow said", "Ankara denied").
    ``qualifier`` keeps a direction or part named with it ("eastern", "south of",
    "countryside").
    """

    start: int
    end: int
    text: str
    place: Place
    score: float
    role: Literal["location", "government"] = "location"
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor, with its canonical name ("Daesh" -> "ISIS")."""

    start: int
    end: int
    text: str
    name: str
    kind: str = "group"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated count: ``value`` ``unit`` ("about 500 vehicles" -> 500, "vehicles")."""

    start: int
    end: int
    text: str
    value: int
    unit: str


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that signals an event of ``event_type``.

    ``flags`` and ``retype`` come from the trigger lexicon: conditions such as "armed"
    (only when fighters are named) and retyping rules such as civilian -> evacuation.
    """

    start: int
    end: int
    text: str
    event_type: str
    lemma: str = ""
    pos: str = "phrase"
    flags: frozenset[str] = frozenset()
    retype: tuple[tuple[str, str], ...] = ()
    veto: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase that sets an event's modality (denied, reported, speculative ...)."""

    start: int
    end: int
    text: str
    modality: str


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the event table. Field names and meanings follow DESIGN.md."""

    event_id: str
    event_type: str
    summary: str
    sentence: str
    doc_id: str
    char_start: int
    char_end: int
    source_kind: str
    modality: str = "asserted"
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    date_text: str | None = None
    date_basis: str = "none"
    timex: str | None = None
    place_name: str | None = None
    place_text: str | None = None
    geonameid: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    origin_name: str | None = None
    origin_latitude: float | None = None
    origin_longitude: float | None = None
    destination_name: str | None = None
    destination_latitude: float | None = None
    destination_longitude: float | None = None
    actor1: str | None = None
    actor2: str | None = None
    actors: tuple[str, ...] = ()
    fatalities: int | None = None
    quantities: tuple[Quantity, ...] = ()
    comment_author: str | None = None
    doc_title: str | None = None
    doc_url: str | None = None
    published: date | None = None
    published_basis: str = "none"
    mention_count: int = 1
    confidence: float = 0.5
    trigger: str | None = None
    sources: tuple[str, ...] = field(default=())
