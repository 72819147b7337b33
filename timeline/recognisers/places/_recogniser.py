"""PlaceRecogniser: place names in text, resolved to gazetteer records."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from gazetteer import Gazetteer
from timeline.recognisers.base import in_regions
from timeline.recognisers.places._context import Frame, frames
from timeline.recognisers.places._filters import Accepted, filter_candidates
from timeline.recognisers.places._match import Candidate, abbreviation_pattern, find_candidates
from timeline.recognisers.places._people import find_people
from timeline.recognisers.places._resolve import Resolution, resolve
from timeline.recognisers.places._support import lone_strangers
from timeline.recognisers.places._tokens import Tokens, tokenize
from timeline.records import PlaceMention

__all__ = ["PlaceRecogniser"]

_AFTER_PLACE = re.compile(r"[^\W\d_][\w.]*\s*,\s*$")
_POSTAL = re.compile(r"\s*,\s*([A-Z]{2})(?![\w])")
_MIN_PERIODS = 2
_LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")  # no prose inside
_SPACES = re.compile(r"\s+")


class PlaceRecogniser:
    """Finds place names and resolves each to a gazetteer record.

    ``people`` names people (comment authors): their names and each capitalised part
    of them are not places. Those given here hold for every text, those given to
    ``find`` for that text only. ``find`` is pure, and one recogniser serves any
    number of texts: the gazetteer is loaded before and passed in.
    """

    name = "places"

    def __init__(self, gazetteer: Gazetteer, *, people: Iterable[str] = ()) -> None:
        self.gazetteer = gazetteer
        self.people = tuple(people)
        self._lexicon = gazetteer.lexicon
        self._abbreviations = abbreviation_pattern(frozenset(self._lexicon.abbreviations))

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
        candidates = self._candidates(tokens, regions)
        known = (*self.people, *people)
        named = find_people(self.gazetteer, tokens, candidates, known)
        accepted = filter_candidates(self.gazetteer, tokens, candidates, named)
        context = frames(self.gazetteer, tokens, accepted)
        texts = [text[a.candidate.start : a.candidate.end] for a in accepted]
        resolved = resolve(self.gazetteer, accepted, context, texts)
        everyday = self._lexicon.common_words
        dropped = lone_strangers(self.gazetteer, tokens, accepted, context, resolved, everyday)
        return [
            self._mention(a, f, r, t)
            for m, (a, f, r, t) in enumerate(zip(accepted, context, resolved, texts, strict=True))
            if m not in dropped
        ]

    # -- candidates ----------------------------------------------------------------

    def _candidates(
        self, tokens: Tokens, regions: Sequence[tuple[int, int]] | None
    ) -> list[Candidate]:
        fixed = self._dotted_abbreviations(tokens)
        taken = {k for c in fixed for k in range(c.first, c.last + 1)}
        found = find_candidates(self.gazetteer, tokens, taken)
        found = self._postal_codes(tokens, found) + fixed
        found.sort(key=lambda c: c.start)
        text = tokens.text
        linked = "@" in text or "://" in text or "www." in text
        links = [m.span() for m in _LINK.finditer(text)] if linked else []
        return [
            c
            for c in found
            if in_regions(c.start, c.end, regions)
            and not any(a < c.end and c.start < b for a, b in links)
        ]

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
        for match in self._abbreviations.finditer(tokens.text):
            form = _SPACES.sub(" ", match.group())
            if form not in self._lexicon.abbreviations:
                form = form.replace(" ", "")
            if form in self._lexicon.abbreviations and self._abbreviation_ok(
                tokens.text, match.start(), form
            ):
                found = self._fixed(tokens, match.start(), match.end(), form)
                if found is not None:
                    out.append(found)
        return out

    def _postal_codes(self, tokens: Tokens, found: list[Candidate]) -> list[Candidate]:
        """ "Atlanta, GA": a postal code right after a place name."""
        extra = []
        replaced = set()
        for c in found:
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
