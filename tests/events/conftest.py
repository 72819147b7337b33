"""Build documents and their spans by hand, so event rules are tested in isolation."""

from __future__ import annotations

import re
from datetime import date

import pytest

from gazetteer.records import Place
from timeline.events import Spans, assemble_events
from timeline.recognisers.actors import ActorRecogniser
from timeline.recognisers.modality import ModalityRecogniser
from timeline.recognisers.quantities import QuantityRecogniser
from timeline.recognisers.triggers import TriggerRecogniser
from timeline.records import Article, Event, PlaceMention, Segment, Timex

PLACES = {
    "Aleppo": Place("Aleppo", 36.20, 37.16, "P.PPLA", 170063, "SY", "Aleppo", 2_098_210),
    "Raqqa": Place("Ar Raqqah", 35.95, 39.01, "P.PPLA", 172955, "SY", "Ar-Raqqah", 531_952),
    "Palmyra": Place("Tadmur", 34.56, 38.28, "P.PPL", 163808, "SY", "Homs", 51_015),
    "Manbij": Place("Manbij", 36.53, 37.95, "P.PPL", 167357, "SY", "Aleppo", 99_497),
    "Tabqa": Place("Al-Tabqa", 35.84, 38.55, "P.PPL", 163915, "SY", "Ar-Raqqah", 87_880),
    "Turkey": Place("Turkey", 39.0, 35.0, "A.PCLI", 298795, "TR", None, 82_000_000),
    "Idlib": Place("Idlib", 35.93, 36.63, "P.PPLA", 169389, "SY", "Idlib", 128_840),
    "Washington": Place(
        "Washington", 38.90, -77.04, "P.PPLC", 4140963, "US", "District of Columbia", 689_545
    ),
    "Moscow": Place("Moscow", 55.75, 37.62, "P.PPLC", 524901, "RU", "Moscow", 10_381_222),
    "Mosul": Place("Mosul", 36.34, 43.13, "P.PPLA", 99072, "IQ", "Nineveh", 1_683_000),
    "Saraqib": Place("Saraqib", 35.86, 36.81, "P.PPL", 164816, "SY", "Idlib", 34_231),
    "Sarmin": Place("Sarmīn", 35.90, 36.73, "P.PPL", 164782, "SY", "Idlib", 0),
    "Kidal": Place("Kidal", 18.44, 1.41, "P.PPLA", 2455290, "ML", "Kidal", 25_617),
    "Gao": Place("Gao", 16.27, -0.04, "P.PPLA", 2457163, "ML", "Gao", 86_633),
    "Baidoa": Place("Baidoa", 3.11, 43.65, "P.PPLA", 64435, "SO", "Bay", 129_839),
    "Cucuta": Place("Cúcuta", 7.89, -72.51, "P.PPLA", 3685533, "CO", "Norte de Santander", 0),
    "Lashio": Place("Lashio", 22.94, 97.75, "P.PPL", 1312609, "MM", "Shan", 131_016),
}


def _timexes(text: str, dates: dict[str, tuple[date, date, str, str]]) -> list[Timex]:
    found = []
    for phrase, (start, end, precision, basis) in dates.items():
        for m in re.finditer(re.escape(phrase), text):
            found.append(
                Timex(
                    m.start(),
                    m.end(),
                    phrase,
                    "DATE",
                    start.isoformat(),
                    start,
                    end,
                    precision,
                    basis,
                )
            )
    return sorted(found, key=lambda t: t.start)


def _places(text: str, government: frozenset[str]) -> list[PlaceMention]:
    found = []
    for name, place in PLACES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            role = "government" if name in government else "location"
            found.append(PlaceMention(m.start(), m.end(), name, place, 0.9, role))
    return sorted(found, key=lambda p: p.start)


def make_article(
    body: str, comments: tuple[tuple[str | None, str], ...] = (), published: date | None = None
) -> Article:
    text = body
    segments = []
    pos = 0
    for para in body.split("\n\n"):
        segments.append(Segment("body", pos, pos + len(para), index=len(segments)))
        pos += len(para) + 2
    for i, (author, comment) in enumerate(comments):
        text += "\n\n"
        segments.append(
            Segment("comment", len(text), len(text) + len(comment), author=author, index=i)
        )
        text += comment
    return Article("doc", text, tuple(segments), title="Test", published=published)


def spans_for(article: Article, dates=None, government=frozenset()) -> Spans:
    text = article.text
    regions = [(s.start, s.end) for s in article.segments]
    return Spans(
        timexes=tuple(_timexes(text, dates or {})),
        places=tuple(_places(text, government)),
        actors=tuple(ActorRecogniser().find(text, regions)),
        triggers=tuple(TriggerRecogniser().find(text, regions)),
        quantities=tuple(QuantityRecogniser().find(text, regions)),
        cues=tuple(ModalityRecogniser().find(text, regions)),
    )


@pytest.fixture
def events_of():
    def run(
        body, *, comments=(), published=None, dates=None, government=frozenset()
    ) -> list[Event]:
        article = make_article(body, comments, published)
        return assemble_events(article, spans_for(article, dates, government))

    return run
