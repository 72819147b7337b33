"""How every worker reads and extracts: settings that travel to each process, and the
Extractor each process builds from them once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import ConfigError
from timeline.ingest import DEFAULT_MAX_BYTES, FieldMap
from timeline.lexicon import Lexicon, LexiconText, load_lexicon
from timeline.pipeline import Extractor

if TYPE_CHECKING:
    from timeline.recognisers.places import Geocoder

__all__ = ["Online", "Settings", "make_extractor", "read_lexicon"]


@dataclass(frozen=True, slots=True)
class Online:
    """The opt-in online geocoder: which geopy service, where, and how politely."""

    service: str = "nominatim"
    url: str | None = None
    user_agent: str | None = None
    timeout: float = 10.0
    delay: float = 1.0
    options: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Settings:
    """What reading and extraction need besides the inputs: dates for inputs without,
    the manifest, corpus field names, the size limit, extra lexicon files, the geocoder."""

    published: date | None = None
    manifest: Path | None = None
    fields: FieldMap = field(default_factory=FieldMap)
    max_bytes: int = DEFAULT_MAX_BYTES
    triggers: tuple[Path, ...] = ()
    actors: tuple[Path, ...] = ()
    online: Online | None = None


def read_lexicon(triggers: Sequence[Path] = (), actors: Sequence[Path] = ()) -> Lexicon:
    """The bundled lexicon extended with the user's trigger and actor files."""

    def texts(paths: Sequence[Path]) -> list[LexiconText]:
        out = []
        for path in paths:
            try:
                out.append((str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as err:
                raise ConfigError(f"{path}: cannot read the lexicon file ({err})") from err
        return out

    return load_lexicon(texts(triggers), texts(actors))


def geocoder(online: Online | None) -> Geocoder | None:
    """The online geocoder ``online`` describes, or None."""
    if online is None:
        return None
    from gazetteer.online import DEFAULT_USER_AGENT, OnlineGeocoder

    return OnlineGeocoder(
        online.service,
        url=online.url,
        user_agent=online.user_agent or DEFAULT_USER_AGENT,
        timeout=online.timeout,
        min_delay_seconds=online.delay,
        options=dict(online.options),
    )


def make_extractor(settings: Settings) -> Extractor:
    """The Extractor ``settings`` ask for: their lexicon files and their geocoder."""
    extra = settings.triggers or settings.actors
    lexicon = read_lexicon(settings.triggers, settings.actors) if extra else None
    return Extractor(lexicon=lexicon, geocoder=geocoder(settings.online))
