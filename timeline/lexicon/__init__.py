"""The event lexicons: trigger words, actors and nationality adjectives, kept as data.

The bundled TSV files sit beside this module; ``load_lexicon(triggers=..., actors=...)``
adds a user's own tables of the same shape (see the header of each bundled file).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from importlib import resources

from timeline.errors import ConfigError
from timeline.lexicon.countries import country_actors, country_adjectives
from timeline.lexicon.inflect import noun_forms, verb_forms
from timeline.lexicon.model import ActorEntry, Lexicon, TriggerEntry

__all__ = [
    "ActorEntry",
    "Lexicon",
    "LexiconText",
    "TriggerEntry",
    "default_lexicon",
    "load_lexicon",
]


def _rows(text: str, source: str, width: int) -> Iterator[list[str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) < width:
            raise ConfigError(f"{source}:{number}: expected {width} tab-separated columns")
        yield cells


def _options(cell: str) -> tuple[frozenset[str], dict[str, str]]:
    flags: set[str] = set()
    values: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in cell.split(","))):
        key, sep, value = item.partition("=")
        if sep:
            values[key] = value
        else:
            flags.add(key)
    return frozenset(flags), values


def _trigger(cells: list[str], source: str) -> TriggerEntry:
    event_type, pos, lemma = cells[0].strip(), cells[1].strip(), cells[2].strip()
    flags, values = _options(cells[3] if len(cells) > 3 else "")
    if pos == "verb":
        forms = verb_forms(lemma, past=values.get("past"), part=values.get("part"))
    elif pos == "noun":
        forms = noun_forms(lemma, plural=values.get("plural"))
    elif pos == "phrase":
        forms = (lemma,)
    else:
        raise ConfigError(f"{source}: unknown part of speech {pos!r} for {lemma!r}")
    retype = tuple((k, v) for k, v in values.items() if k in {"civilian", "armed", "forward"})
    veto = frozenset(w.lower() for w in values.get("not_after", "").split("|") if w)
    return TriggerEntry(event_type, pos, lemma, forms, flags, retype, veto)


def _actor(cells: list[str]) -> ActorEntry:
    raw = [a.strip() for a in cells[3].split("|") if a.strip()]
    aliases = tuple(a.lstrip("@") for a in raw)
    places = frozenset(a[1:] for a in raw if a.startswith("@"))
    part_of = cells[4].strip() or None if len(cells) > 4 else None
    allegiance = cells[5].strip() or None if len(cells) > 5 else None
    return ActorEntry(
        cells[0].strip(),
        cells[1].strip(),
        cells[2].strip() or None,
        aliases,
        places,
        part_of,
        allegiance,
    )


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


LexiconText = tuple[str, str]  # (where it came from, its TSV text)


def load_lexicon(
    triggers: Sequence[LexiconText] = (), actors: Sequence[LexiconText] = ()
) -> Lexicon:
    """The bundled lexicon plus a user's extra trigger and actor tables.

    Each extra table is given as (source name, TSV text) in the bundled files' format;
    where it lists a word or an alias the bundled tables have, the user's entry wins.
    Reading the user's files is the caller's IO (``timeline.workflow.read_lexicon``).
    Raises ConfigError naming the source and line of a malformed row.
    """
    trigger_texts = [*triggers, ("triggers.tsv", _read("triggers.tsv"))]
    actor_texts = [*actors, ("actors.tsv", _read("actors.tsv"))]
    listed = tuple(_actor(c) for src, t in actor_texts for c in _rows(t, src, 4))
    codes = frozenset(a.country for a in listed if a.country)
    every = (*listed, *country_actors(codes))
    adjectives = [
        (c[0].strip(), c[1].strip()) for c in _rows(_read("adjectives.tsv"), "adjectives", 2)
    ]
    by_code = {a.country: a.name for a in every if a.country}
    adjectives += country_adjectives(frozenset(a for a, _ in adjectives), by_code)
    return Lexicon(
        triggers=tuple(_trigger(c, src) for src, t in trigger_texts for c in _rows(t, src, 3)),
        actors=every,
        adjectives=tuple(adjectives),
    )


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once."""
    return load_lexicon()
