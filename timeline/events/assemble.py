"""Event assembly: one document's spans -> its events, sentence by sentence."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from timeline.events.anaphora import with_anaphora
from timeline.events.candidates import Candidate, event_candidates
from timeline.events.clauses import clause_bounds
from timeline.events.conjuncts import place_conjuncts
from timeline.events.dating import EventDate, SentenceDates, event_date, sentence_dates, usable
from timeline.events.denials import denied_after
from timeline.events.locations import PlaceRoles, SentencePlaces, place_roles
from timeline.events.modality import event_modality, refused
from timeline.events.objects import names_victim
from timeline.events.references import clause_that
from timeline.events.roles import ActorRoles, actor_roles, pronoun_subject, two_sides
from timeline.events.spans import Spans, inside
from timeline.events.summary import summarise
from timeline.recognisers._case import folded
from timeline.recognisers.places import STREET_QUALIFIER
from timeline.recognisers.quantities import fatalities
from timeline.recognisers.sentences import split_sentences
from timeline.records import (
    ActorMention,
    Article,
    Event,
    PlaceMention,
    Quantity,
    Segment,
    Timex,
)

__all__ = ["assemble_events", "document_key"]

COMMENT_WEIGHT = 0.6  # a reader's comment is weaker evidence than the article
_FORCES = frozenset({"state", "armed_group", "coalition", "generic", "government"})
# Patterns without re.IGNORECASE are written in lower case and matched against the
# folded text (case-blind, faster than re.IGNORECASE).
_DEFINITE = re.compile(r"\b(?:the|this|that|such)\s+$")
_POSSESSIVE = re.compile(r"['’]s?$")
# Events told once whatever the places listed: a movement's places are its ends, and a
# statement is made in one place.
_UNSPLIT = frozenset({"withdrawal", "evacuation", "statement"})


def document_key(article: Article) -> str:
    """A key that is the same for the same document on any machine."""
    digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{article.doc_id}#{digest}"


def _event_id(
    key: str, sentence: tuple[int, int], candidate: Candidate, event_type: str, part: int | None
) -> str:
    """The id of a candidate's event; ``part``, the offset of its place, tells apart the
    events of one candidate told of several places (the first keeps the plain id)."""
    raw = f"{key}|{sentence[0]}|{sentence[1]}|{candidate.head.start}|{event_type}"
    if part is not None:
        raw += f"|{part}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def _confidence(
    candidate: Candidate, when: EventDate, where: PlaceRoles, who: ActorRoles, kind: str
) -> float:
    score = 0.55
    score += 0.15 if when.from_sentence else 0.05 if when.basis != "document" else 0.0
    score += 0.1 if where.location is not None else 0.0
    score += 0.1 if who.actor1 is not None else 0.0
    if all("weak" in t.flags for t in candidate.triggers):
        score -= 0.2
    if kind == "comment":
        score *= COMMENT_WEIGHT
    score = max(0.05, min(0.99, score))
    rounded = _ROUNDED.get(score)
    if rounded is None:  # the scores are few: each rounded once
        rounded = _ROUNDED[score] = round(score, 3)
    return rounded


_ROUNDED: dict[float, float] = {}


@dataclass(frozen=True, slots=True)
class _Context:
    article: Article
    key: str
    segment: Segment


@dataclass(slots=True)
class _Story:
    """What the story has told so far, read by later sentences: the kinds of event
    (``_refers_back``) and the town "the town" of a later sentence names (the last one a
    sentence named alone; None after a sentence naming two)."""

    told: set[str]
    town: PlaceMention | None = None


def _place_fields(where: PlaceRoles) -> dict[str, Any]:
    loc, origin, dest = where.location, where.origin, where.destination
    fields: dict[str, Any] = {}
    if loc is not None:
        p = loc.place
        fields |= {
            "place_name": p.name,
            "place_text": loc.text,
            "geonameid": p.geonameid,
            "country_code": p.country_code,
            "admin1": p.admin1,
            "latitude": p.latitude,
            "longitude": p.longitude,
            # a street lies at its town's point: as precise as the town
            "geo_precision": "city" if loc.qualifier == STREET_QUALIFIER else p.precision,
        }
    for prefix, mention in (("origin", origin), ("destination", dest)):
        if mention is not None:
            fields |= {
                f"{prefix}_name": mention.place.name,
                f"{prefix}_latitude": mention.place.latitude,
                f"{prefix}_longitude": mention.place.longitude,
            }
    written = where.written
    if written is not None:  # known by name only: no coordinates
        key = "place_text" if written.role == "location" else f"{written.role}_name"
        fields[key] = written.text
    return fields


def _summary(candidate: Candidate, modality: str, who: ActorRoles, where: PlaceRoles) -> str:
    def name(mention: PlaceMention | None) -> str | None:
        """The place as the article wrote it ("Douma"), else the gazetteer's ("Dūmā")."""
        if mention is None:
            return None
        written = mention.text
        if "'" in written or "’" in written:
            written = _POSSESSIVE.sub("", written)
        return written if written[:1].isupper() else mention.place.name

    written = where.written
    by_role = {written.role: written.text} if written is not None else {}
    return summarise(
        candidate.event_type,
        actor1=who.actor1,
        actor2=who.actor2,
        place=name(where.location) or by_role.get("location"),
        origin=name(where.origin) or by_role.get("origin"),
        destination=name(where.destination) or by_role.get("destination"),
        modality=modality,
        trigger=candidate.head.lemma,
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the rules read of one candidate: when, where, who, how sure, how many."""

    kind: str
    when: EventDate
    where: PlaceRoles
    who: ActorRoles
    modality: str
    quantities: tuple[Quantity, ...]


def _events(
    ctx: _Context,
    sentence: tuple[int, int],
    candidate: Candidate,
    local: Spans,
    governing: Timex | None,
    places: tuple[SentencePlaces, SentencePlaces | None],
    dates: SentenceDates,
    story_town: PlaceMention | None = None,
) -> list[Event]:
    """The events ``candidate`` tells: none when it is not grounded enough to report, one
    per place when it names coordinated places ("took control of A and B"), else one.

    ``places`` are those of its sentence and of the sentence before (whose actors "the
    two sides" may name). ``governing`` dates it when its own sentence does not;
    ``with_anaphora`` places it where its own words name no place (``story_town``: the
    last town the story named).
    """
    text = ctx.article.text
    kind = "comment" if ctx.segment.kind == "comment" else "article"
    when = event_date(
        text, candidate, sentence, local.timexes, governing, ctx.article.published, dates
    )
    here, before = places
    where = place_roles(candidate, here)
    if candidate.event_type != "statement":
        where = with_anaphora(text, candidate, where, places, story_town, local)
    lo, hi = candidate.clause
    quantities = tuple(q for q in local.quantities if lo <= q.start < hi)
    if not _grounded(kind, candidate, when, where, bool(quantities)):
        return []
    if refused(text, candidate, local.cues):
        return []  # "the junta will not negotiate": a stance, not a happening
    modality = event_modality(text, sentence, candidate, local.cues)
    if modality in {"reported", "alleged"} and denied_after(
        text, sentence, candidate, ctx.segment.end
    ):
        modality = "denied"  # "..., which the army denied", "A US official denied that."
    if modality == "denied" and "claim" in candidate.head.flags:
        return []  # "no group has claimed the bombings": no claim was made
    if kind == "comment" and modality == "denied" and not _denial_reported(local):
        return []  # "nobody would move across open desert": a reader's opinion
    if modality == "denied" and not _denial_told(text, sentence, local):
        return []  # "neither side has launched an offensive": no happening, nor its denial
    who = actor_roles(text, candidate, local.actors)
    previous = before.actors if before else ()
    who = two_sides(text, candidate, who, local.actors, previous)
    who = pronoun_subject(text, candidate, who, local.actors, previous)
    if modality == "denied" and not who.actors:
        who = _with_denier(who, local)
    reading = _Reading(kind, when, where, who, modality, quantities)
    return [
        _record(ctx, sentence, candidate, part, place)
        for part, place in _by_place(text, candidate, reading, here)
    ]


def _by_place(
    text: str, candidate: Candidate, reading: _Reading, here: SentencePlaces
) -> list[tuple[int | None, _Reading]]:
    """The reading once per coordinated place of its location, each with the offset
    that tells its event apart (None for the place the rules chose); the counts stay
    with that first one, so that no sum over the rows counts them twice."""
    location = reading.where.location
    if location is None or candidate.event_type in _UNSPLIT:
        return [(None, reading)]
    usable = [mention for mention, _ in here.usable]
    conjuncts = place_conjuncts(
        text, candidate.head.end, candidate.clause, location, usable, here.actors
    )
    parts: list[tuple[int | None, _Reading]] = [(None, reading)]
    for conjunct in conjuncts:
        if conjunct is location:
            continue
        where = (
            PlaceRoles(conjunct, None, None)
            if isinstance(conjunct, PlaceMention)
            else PlaceRoles(None, None, None, conjunct)
        )
        parts.append((conjunct.start, dataclasses.replace(reading, where=where, quantities=())))
    return parts


def _record(
    ctx: _Context, sentence: tuple[int, int], candidate: Candidate, part: int | None, r: _Reading
) -> Event:
    """The event-table row of one reading (``part``: see ``_event_id``)."""
    text, doc_id = ctx.article.text, ctx.article.doc_id
    return Event(
        event_id=_event_id(ctx.key, sentence, candidate, candidate.event_type, part),
        event_type=candidate.event_type,
        summary=_summary(candidate, r.modality, r.who, r.where),
        sentence=text[sentence[0] : sentence[1]],
        doc_id=doc_id,
        char_start=sentence[0],
        char_end=sentence[1],
        source_kind=r.kind,
        modality=r.modality,
        date_start=r.when.start,
        date_end=r.when.end,
        date_precision=r.when.precision,
        date_text=r.when.text,
        date_basis=r.when.basis,
        timex=r.when.timex,
        actor1=r.who.actor1,
        actor2=r.who.actor2,
        actors=r.who.actors,
        fatalities=fatalities(text, r.quantities),
        quantities=r.quantities,
        comment_author=ctx.segment.author if r.kind == "comment" else None,
        doc_title=ctx.article.title,
        doc_url=ctx.article.url,
        published=ctx.article.published,
        published_basis=ctx.article.published_basis,
        confidence=_confidence(candidate, r.when, r.where, r.who, r.kind),
        trigger=" … ".join(t.text for t in candidate.triggers),
        sources=(f"{doc_id}:{sentence[0]}-{sentence[1]}",),
        **_place_fields(r.where),
    )


def _with_denier(who: ActorRoles, local: Spans) -> ActorRoles:
    """ "The SDF denied any safe passage agreement": the deal named no party, but it is the
    denier's; recorded among its actors (not as actor1), so it merges only with a claim
    about the denier."""
    deny = next((c for c in local.cues if c.modality == "deny"), None)
    if deny is None:
        return who
    before = [a for a in local.actors if a.end <= deny.start]
    return ActorRoles(who.actor1, who.actor2, (before[-1].name,)) if before else who


def _denial_reported(local: Spans) -> bool:
    """Whether the sentence reports somebody denying ("the SDF denied ..."), as opposed to
    a reader's own negative claim."""
    return any(cue.modality == "deny" for cue in local.cues)


_PASSIVE_REPORT = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
_QUOTES = re.compile('["“”]')


def _denial_told(text: str, sentence: tuple[int, int], local: Spans) -> bool:
    """Whether a negated happening is somebody's denial of it, which DESIGN.md keeps as a
    `denied` event: a denial word ("denied", "untrue"), a speaker it is attributed to
    ("the army said it did not withdraw"), or a quotation. The narrator's own negation
    ("neither side has launched an offensive", "no strikes were reported") tells that
    nothing happened, and is no event."""
    for cue in local.cues:
        if cue.modality == "deny":
            return True
        if cue.modality in {"reported", "alleged"}:
            passive = _PASSIVE_REPORT.search(folded(text), max(0, cue.start - 10), cue.start)
            if passive is None:
                return True
    return _QUOTES.search(text, *sentence) is not None


def _grounded(
    kind: str, candidate: Candidate, when: EventDate, where: PlaceRoles, counted: bool
) -> bool:
    """Whether an event is anchored enough to report.

    A reader's comment is mostly opinion: an event told there needs a date of its own (in
    the sentence, or earlier in the same comment), a place, or — for a word that always
    names an event — a count ("the militants surrendered Tuesday afternoon", "strikes on
    a column leaving Raqqa", "100 fighters are dead from an air raid"). An event whose
    every trigger word is often used loosely ("deal", "leave", "destroyed") needs a date,
    a place or a count in its own sentence wherever it is told.
    """
    placed = where.placed
    loose = all("weak" in t.flags for t in candidate.triggers)
    if loose:
        return when.from_sentence or placed or counted
    if kind == "comment":
        return when.basis not in {"document", "none"} or placed or counted
    return True


def _sentence_events(
    ctx: _Context, spans: Spans, thread: Sequence[ActorMention], story: _Story
) -> Iterator[Event]:
    """The events of one paragraph or comment, sentence by sentence.

    ``thread`` is what a first sentence may lean on: the forces the article names ("they
    want to break out toward ..." in a thread under a report on fighters). ``story`` holds
    what the document has told so far (see ``_Story``).
    """
    text = ctx.article.text
    governing: Timex | None = None
    before: SentencePlaces | None = None  # the places of the sentence before
    context: tuple[str, Sequence[ActorMention]] = ("", thread)
    for sentence in split_sentences(text, [(ctx.segment.start, ctx.segment.end)]):
        local = spans.within(*sentence)
        here = SentencePlaces(text, sentence, local.places, local.actors)
        if local.triggers:  # no trigger word, no event
            verbs = [t.start for t in local.triggers if t.pos == "verb"]
            clauses = clause_bounds(text, *sentence, verbs)
            candidates = event_candidates(
                text, sentence, clauses, local.triggers, local.actors, context
            )
            dates = sentence_dates(text, sentence, local.timexes) if candidates else ([], [])
            for candidate in candidates:
                if _refers_back(text, candidate, story.told):
                    continue
                pair = (here, before)
                for event in _events(
                    ctx, sentence, candidate, local, governing, pair, dates, story.town
                ):
                    story.told.add(event.event_type)
                    yield event
        dated = [t for t in local.timexes if usable(t)]
        if dated:
            governing = dated[-1]
        context = (text[sentence[0] : sentence[1]], local.actors)
        before = here
        if here.names_settlements:
            story.town = here.settlement


def assemble_events(article: Article, spans: Spans) -> list[Event]:
    """The events told in ``article``'s body paragraphs and comments (not its title)."""
    key = document_key(article)
    body = [s for s in article.segments if s.kind == "body"]
    named = [a for s in body for a in inside(spans.actors, s.start, s.end)]
    forces = [a for a in named if a.kind in _FORCES]
    groups = [a for a in forces if a.kind != "state"]  # a state alone says nothing of war
    story = _Story(set())
    events: list[Event] = []
    for segment in article.segments:
        if segment.kind == "title":
            continue
        thread = forces[:1] if segment.kind == "comment" else groups[:1]
        events.extend(_sentence_events(_Context(article, key, segment), spans, thread, story))
    return events


def _refers_back(text: str, candidate: Candidate, told: set[str]) -> bool:
    """ "Egypt will monitor the truce", "in exchange for the ceasefire": a definite noun for a
    kind of event the document has already told names that event, not a new one."""
    head = candidate.head
    if head.pos == "verb" or candidate.event_type not in told or names_victim(text, head):
        return False
    definite = _DEFINITE.search(folded(text), max(0, head.start - 12), head.start)
    if definite is None:
        return False
    # "officials reported that mortar fire hit the market": a clause, not "that attack"
    return not (definite.group().startswith("that") and clause_that(text, head.start))
