"""The extraction pipeline: articles -> recogniser spans -> events -> the event table."""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from timeline.errors import InputError
from timeline.events import Spans, assemble_events, merge_events
from timeline.lexicon import Lexicon, default_lexicon
from timeline.recognisers.actors import ActorRecogniser
from timeline.recognisers.modality import ModalityRecogniser
from timeline.recognisers.quantities import QuantityRecogniser
from timeline.recognisers.triggers import TriggerRecogniser
from timeline.records import Article, Event, PlaceMention, Timex

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from timeline.recognisers.places import Geocoder

__all__ = [
    "ErrorHandler",
    "Extractor",
    "Inputs",
    "extract",
    "extract_events",
    "main_country",
    "text_regions",
]

log = logging.getLogger("timeline")

ErrorHandler = Callable[[InputError], None]
Inputs = str | Path | Iterable[str | Path | Article]


def _log_error(error: InputError) -> None:
    log.warning("%s", error)


def text_regions(article: Article) -> list[list[tuple[int, int]]]:
    """The runs of text read as one narrative: title and body together, each comment alone."""
    body = [(s.start, s.end) for s in article.segments if s.kind != "comment"]
    comments = [[(s.start, s.end)] for s in article.segments if s.kind == "comment"]
    return ([body] if body else []) + comments


def main_country(places: Sequence[PlaceMention]) -> str | None:
    """The country a text is most about: the commonest country of its place mentions."""
    counts = Counter(p.place.country_code for p in places if p.place.country_code)
    return counts.most_common(1)[0][0] if counts else None


class Extractor:
    """Runs every recogniser over an article and assembles its events.

    The gazetteer is loaded on first use (or given); the lexicon defaults to the bundled one;
    ``geocoder``, when given, looks up online the places the gazetteer lacks.
    Each recogniser is built on first use, so listing dates alone builds no other.
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None,
        geocoder: Geocoder | None = None,
    ) -> None:
        self._gazetteer = gazetteer
        self._lexicon = lexicon
        self._geocoder = geocoder

    @functools.cached_property
    def _actors(self) -> ActorRecogniser:
        return ActorRecogniser(self._lexicon or default_lexicon())

    @functools.cached_property
    def _triggers(self) -> TriggerRecogniser:
        return TriggerRecogniser(self._lexicon or default_lexicon())

    @functools.cached_property
    def _quantities(self) -> QuantityRecogniser:
        return QuantityRecogniser()

    @functools.cached_property
    def _modality(self) -> ModalityRecogniser:
        return ModalityRecogniser()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer given, else ``gazetteer.load()`` (which loads it once per process)."""
        if self._gazetteer is not None:
            return self._gazetteer
        import gazetteer

        return gazetteer.load()

    def dates(self, article: Article) -> list[Timex]:
        from timeline.dates import find as find_dates

        found: list[Timex] = []
        for regions in text_regions(article):
            found.extend(find_dates(article.text, article.published, regions=regions))
        return sorted(found, key=lambda t: t.start)

    def places(self, article: Article) -> list[PlaceMention]:
        from timeline.places import recogniser

        regions = [(s.start, s.end) for s in article.segments]
        places = recogniser(self.gazetteer, geocoder=self._geocoder)  # shared by every article
        return places.find(article.text, regions, people=article.commenters)

    def spans(self, article: Article) -> Spans:
        regions = [(s.start, s.end) for s in article.segments]
        text = article.text
        places = self.places(article)
        actors = self._actors.of_country(self._actors.find(text, regions), main_country(places))
        actors = self._actors.resolve(text, actors, text_regions(article))
        return Spans(
            timexes=tuple(self.dates(article)),
            places=tuple(places),
            actors=tuple(actors),
            triggers=tuple(self._triggers.find(text, regions)),
            quantities=tuple(self._quantities.find(text, regions)),
            cues=tuple(self._modality.find(text, regions)),
        )

    def events(self, article: Article) -> list[Event]:
        """The events of one article, its own mentions of one happening merged. Dates in
        its text that do not exist get one logged warning naming the article."""
        spans = self.spans(article)
        _warn_impossible_dates(article, spans.timexes)
        return merge_events(assemble_events(article, spans))


def _warn_impossible_dates(article: Article, timexes: Sequence[Timex]) -> None:
    from timeline.dates import describe_impossible

    line = describe_impossible(timexes)
    if line is not None:
        log.warning("%s: %s", article.source or article.doc_id, line)


def extract(
    inputs: Inputs,
    *,
    published: date | None = None,
    manifest: str | Path | None = None,
    on_error: ErrorHandler | None = None,
    workers: int = 1,
) -> pl.DataFrame:
    """The event table of ``inputs`` (paths, globs, "-", or Article records): one row per
    happening, with ``EVENT_SCHEMA``, mentions merged across documents.

    Inputs that cannot be read go to ``on_error`` (default: a logged warning) and the rest
    go on. ``workers`` > 1 extracts on that many processes (the same table); for files,
    a cluster or an archive that does not fit in memory, see ``timeline.engine``.
    """
    from timeline.engine.run import Execution, extract_table
    from timeline.engine.settings import Settings

    settings = Settings(published=published, manifest=None if manifest is None else Path(manifest))
    table, _ = extract_table(
        inputs,
        settings=settings,
        execution=Execution(workers=workers),
        on_error=on_error or _log_error,
    )
    return table


def extract_events(
    inputs: Inputs,
    *,
    published: date | None = None,
    manifest: str | Path | None = None,
    on_error: ErrorHandler | None = None,
) -> list[Event]:
    """The events of ``inputs`` as records: ``extract`` row by row."""
    from timeline.table.schema import frame_to_events

    table = extract(inputs, published=published, manifest=manifest, on_error=on_error)
    return frame_to_events(table)
