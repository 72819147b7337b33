"""PlaceRecogniser: place names in text, resolved to gazetteer records."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence

from gazetteer import Gazetteer, name_key
from timeline.recognisers.base import Regions, in_regions
from timeline.recognisers.places._abbreviations import dotted_abbreviations
from timeline.recognisers.places._context import Frame, frames
from timeline.recognisers.places._evidence import index_candidates
from timeline.recognisers.places._filters import Accepted, filter_candidates
from timeline.recognisers.places._kinds import INSIDE
from timeline.recognisers.places._match import (
    Candidate,
    MatchTables,
    find_candidates,
)
from timeline.recognisers.places._online import Geocoder, geocoded_mentions
from timeline.recognisers.places._people import find_people
from timeline.recognisers.places._resolve import Resolution, resolve
from timeline.recognisers.places._streets import street_mentions, street_spans
from timeline.recognisers.places._support import lone_strangers
from timeline.recognisers.places._tokens import Tokens, tokenize
from timeline.records import PlaceMention

__all__ = ["PlaceRecogniser"]

_AFTER_PLACE = re.compile(r"[^\W\d_][\w.]*\s*,\s*$")
_POSTAL = re.compile(r"\s*,\s*([A-Z]{2})(?![\w])")
_MIN_PERIODS = 2
_WEB = re.compile(r"(?:https?://|www\.)\S+")  # no prose inside links and e-mail addresses
_MAIL_USER = re.compile(r"[\w.+-]+$")
_MAIL_HOST = re.compile(r"@[\w-]+\.[\w.-]+")
_MAIL_REACH = 64  # characters before "@" searched for the user name
_START = operator.attrgetter("start")
_SPACES = re.compile(r"\s+")


def _links(text: str) -> list[tuple[int, int]]:
    """[start, end) of web addresses and e-mail addresses in ``text``, found from their
    marks ("://", "www.", "@") rather than by a regex over the whole text."""
    spans = []
    for mark, back in (("://", 5), ("www.", 0)):
        at = text.find(mark)
        while at >= 0:
            match = _WEB.search(text, max(0, at - back))
            if match is not None and match.start() <= at:
                spans.append(match.span())
            at = text.find(mark, max(at + 1, match.end() if match else 0))
    at = text.find("@")
    while at >= 0:
        user = _MAIL_USER.search(text, max(0, at - _MAIL_REACH), at)
        host = _MAIL_HOST.match(text, at)
        if user is not None and host is not None:
            spans.append((user.start(), host.end()))
        at = text.find("@", at + 1)
    return spans


def _actor_names(gaz: Gazetteer) -> list[str]:
    """Names of the bundled actor dictionary that name no place: armed groups,
    organisations and coalitions, and states' names that are not their country's ("White
    House", "Kremlin", not "U.S.")."""
    from timeline.lexicon import default_lexicon

    names = []
    for actor in default_lexicon().actors:
        if actor.kind in {"generic", "civilian"}:
            continue
        country = gaz.country_record(actor.country) if actor.country else None
        for alias in actor.aliases:
            if alias in actor.places or (
                country is not None and country in gaz.candidates(name_key(alias))
            ):
                continue
            names.append(alias)
    return names


class PlaceRecogniser:
    """Finds place names and resolves each to a gazetteer record.

    ``people`` names people (comment authors): their names and each capitalised part
    of them are not places. Those given here hold for every text, those given to
    ``find`` for that text only. ``find`` is pure, and one recogniser serves any
    number of texts: the gazetteer is loaded before and passed in.

    ``organisations`` are names of armed groups, organisations and the like that are no
    place where the text names them ("Hamas fighters", "the Red Cross"), unless "in",
    "near" ... come before (default: the bundled actor dictionary's, ``_actor_names``).

    ``geocoder`` (opt-in, e.g. ``gazetteer.online.OnlineGeocoder``) is asked about
    names the gazetteer lacks where the text calls them places ("near Kafr Nabl");
    that is network IO, made by the geocoder, which caches every answer. Its errors
    (``GeocoderUnavailable`` when offline, ``GeocoderTimeout``) reach the caller.
    """

    name = "places"

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        people: Iterable[str] = (),
        geocoder: Geocoder | None = None,
        organisations: Iterable[str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.people = tuple(people)
        self.geocoder = geocoder
        self._lexicon = gazetteer.lexicon
        self._tables = MatchTables(gazetteer)
        if organisations is None:
            organisations = _actor_names(gazetteer)
        self._organisations = frozenset(map(name_key, organisations))

    def find(
        self,
        text: str,
        regions: Sequence[tuple[int, int]] | None = None,
        *,
        people: Iterable[str] = (),
    ) -> list[PlaceMention]:
        """Place mentions of ``text`` in text order (only inside ``regions`` when given);
        ``people`` names people of this text besides the recogniser's own."""
        if not text:
            return []
        tokens = tokenize(text)
        if not len(tokens):
            return []
        streets = street_spans(text, regions)
        candidates = self._candidates(tokens, regions, streets)
        known = (*self.people, *people)
        index = index_candidates(candidates)
        named = find_people(self.gazetteer, tokens, candidates, known, index)
        accepted = filter_candidates(self.gazetteer, tokens, candidates, named, index)
        context = frames(self.gazetteer, tokens, accepted)
        texts = [text[a.candidate.start : a.candidate.end] for a in accepted]
        resolved = resolve(self.gazetteer, accepted, context, texts)
        everyday = self._lexicon.common_words
        dropped = lone_strangers(self.gazetteer, tokens, accepted, context, resolved, everyday)
        mentions = [
            self._mention(a, f, r, t)
            for m, (a, f, r, t) in enumerate(zip(accepted, context, resolved, texts, strict=True))
            if m not in dropped
        ]
        mentions = street_mentions(text, mentions, streets)
        if self.geocoder is not None:
            online = geocoded_mentions(self.gazetteer, tokens, named, mentions, self.geocoder)
            online = [m for m in online if regions is None or in_regions(m.start, m.end, regions)]
            mentions = sorted(mentions + online, key=_START)
        return mentions

    # -- candidates ----------------------------------------------------------------

    def _candidates(
        self,
        tokens: Tokens,
        regions: Sequence[tuple[int, int]] | None,
        streets: Sequence[tuple[int, int]] = (),
    ) -> list[Candidate]:
        """Candidate names inside ``regions``, none inside a link or a street's name (the
        "Alton Edwardsville" of "Old Alton Edwardsville Road" is no person, "Memphis" of
        "Memphis St." no city)."""
        fixed = self._dotted_abbreviations(tokens)
        taken = {k for c in fixed for k in range(c.first, c.last + 1)}
        found = find_candidates(self._tables, tokens, taken)
        if self._organisations:
            found = [c for c in found if not self._organisation(tokens, c)]
        found = self._postal_codes(tokens, found) + fixed
        found.sort(key=_START)
        links = _links(tokens.text) + list(streets)
        inside = Regions(regions) if regions is not None else None
        return [
            c
            for c in found
            if (inside is None or inside.contains(c.start, c.end))
            and not (links and any(a < c.end and c.start < b for a, b in links))
        ]

    def _organisation(self, tokens: Tokens, c: Candidate) -> bool:
        """An armed group, organisation or government building named as such ("Hamas
        fighters", "the Red Cross", "the White House said"), not the place of that name
        (Hamm, Red Cross in North Carolina); "in Fano" is still the town."""
        if c.kind == "demonym" or c.key not in self._organisations:
            return False
        return not tokens.after(c.first, INSIDE)

    def _abbreviation_ok(self, text: str, start: int, form: str) -> bool:
        if form.count(".") >= _MIN_PERIODS or _AFTER_PLACE.search(text[max(0, start - 40) : start]):
            return True
        bare = form.replace(".", "").lower()
        return bare not in self._lexicon.common_words and bare not in self._lexicon.given_names

    def _fixed(self, tokens: Tokens, start: int, end: int, form: str) -> Candidate | None:
        first = bisect.bisect_left(tokens.starts, start)
        last = bisect.bisect_left(tokens.starts, end) - 1
        if first > last:
            return None
        _, rid = self._lexicon.abbreviations[form]
        return Candidate(first, last, start, end, f"#{rid}", (rid,), "abbreviation")

    def _dotted_abbreviations(self, tokens: Tokens) -> list[Candidate]:
        out = []
        forms = self._lexicon.abbreviations
        for start, end, form in dotted_abbreviations(tokens.text, forms):
            if self._abbreviation_ok(tokens.text, start, form):
                found = self._fixed(tokens, start, end, form)
                if found is not None:
                    out.append(found)
        return out

    def _postal_codes(self, tokens: Tokens, found: list[Candidate]) -> list[Candidate]:
        """ "Atlanta, GA": a postal code right after a place name."""
        extra = []
        replaced = set()
        gaps, words = tokens.gaps, tokens.words
        for c in found:
            after = c.last + 1
            if after >= len(words) or len(words[after]) != 2 or gaps[after].strip() != ",":
                continue
            match = _POSTAL.match(tokens.text, c.end)
            entry = self._lexicon.abbreviations.get(match.group(1)) if match else None
            if match and entry and entry[0] == "postal" and c.kind == "name":
                made = self._fixed(tokens, match.start(1), match.end(1), match.group(1))
                if made is not None:
                    extra.append(made)
                    replaced.add(made.first)
        return [c for c in found if c.first not in replaced] + extra

    # -- output --------------------------------------------------------------------

    def _mention(
        self, accepted: Accepted, frame: Frame, resolution: Resolution, text: str
    ) -> PlaceMention:
        c = accepted.candidate
        place = self.gazetteer.place(resolution.rid)
        national = self.gazetteer.government_level(resolution.rid) == "national"
        qualifier = "demonym" if c.kind == "demonym" else frame.qualifier
        return PlaceMention(
            start=c.start,
            end=c.end,
            text=text,
            place=place,
            score=round(accepted.confidence * resolution.probability, 3),
            role="government" if frame.government and national else "location",
            qualifier=qualifier,
        )
