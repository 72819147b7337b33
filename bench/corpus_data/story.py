"""One article's story: its country, towns and actors, and the slots its sentences fill.

A story is drawn from the world with the article's own random generator: a country,
three to six of its towns (each with one spelling for the whole article), a region,
two armed groups, a foreign state and an organisation. Entity slots keep their value
for a paragraph (``{town}`` is the same town throughout; ``{town2}`` another one);
numbers and dates are drawn at each use, dates relative to the publication date.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from corpus_data.grammar import Grammar
from corpus_data.world import World

__all__ = ["Story"]

_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS: Final = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip
_FILLERS: Final = (
    "background", "background", "analysis", "humanitarian", "quote", "quote", "history",
    "local", "diplomacy", "economy",
)  # fmt: skip
_AFTER_QUOTE: Final = ("background", "humanitarian", "local", "follow_up", "economy")
_REGION_FORMS: Final = ("{} province", "the {} region", "{} province", "{} region")
_SLUG: Final = re.compile(r"[^a-z0-9]+")


def _day(day: date, form: int) -> str:
    month = _MONTHS[day.month - 1]
    return (
        f"{month} {day.day}",
        f"{day.day} {month}",
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
    )[form]


class Story:
    """The article's cast and places; ``slot(name)`` fills a grammar slot."""

    def __init__(self, rng: random.Random, world: World, grammar: Grammar, published: date):
        self.rng, self.world, self.grammar, self.published = rng, world, grammar, published
        code = rng.choices(world.countries, cum_weights=world.country_weights)[0]
        pool = world.towns[code]
        picked = dict.fromkeys(rng.choices(pool.places, cum_weights=pool.cumulative, k=6))
        self.towns = [rng.choice((s[0], s[0], *s)) for s in picked]
        cities = world.cities.get(code) or pool.places[:2]
        city = rng.choice(cities)
        self.city = rng.choice((city[0], city[0], *city))
        regions = world.regions.get(code, ())
        self.region = rng.choice(_REGION_FORMS).format(rng.choice(regions)) if regions else None
        actors = world.actors
        self.country = world.country_names.get(code, "")
        self.gov = actors.forces.get(code, ()) + actors.government
        self.voice = actors.voices.get(code, ()) or self.gov
        self.adj = actors.adjectives.get(code, ()) or ("local",)
        self.sides = [*rng.sample(actors.armed, 2), actors.generic]
        foreign = rng.choice([c for c in actors.foreign if c != code])
        self.foreign, self.foreign_voice = actors.forces[foreign], actors.voices[foreign]
        self.air = actors.air[foreign] + actors.coalitions + actors.air.get(code, ())
        self.org = rng.choice(actors.orgs)
        self.names = world.names_of(code)
        self.clause = ""
        self.previous: list[str] = []
        self._cache: dict[str, str] = {}
        self._slots = self._slot_table()

    # -- slots ---------------------------------------------------------------------

    def _slot_table(self) -> dict[str, Callable[[], str]]:
        rng, pub = self.rng, self.published
        return {
            "town": lambda: self.towns[0] if rng.random() < 0.4 else rng.choice(self.towns),
            "town2": self._town2,
            "city": lambda: self.city,
            "region": lambda: self.region or self.city,
            "country": lambda: self.country,
            "adj": lambda: rng.choice(self.adj),
            "venue": lambda: rng.choice(rng.choice(self.world.venues)),
            "gov": lambda: rng.choice(self.gov),
            "gov_voice": lambda: rng.choice(self.voice),
            "armed": lambda: rng.choice(self.sides[self._side("armed")]),
            "armed2": lambda: rng.choice(self.sides[self._side("armed2")]),
            "foreign": lambda: rng.choice(self.foreign),
            "foreign_voice": lambda: rng.choice(self.foreign_voice),
            "air": lambda: rng.choice(self.air),
            "org": lambda: rng.choice(self.org),
            "generic": lambda: rng.choice(self.world.actors.generic),
            "civ": lambda: rng.choice(self.world.actors.civilians),
            "person": lambda: f"{rng.choice(self.names)} {rng.choice(self.names)}",
            "person2": lambda: f"{rng.choice(self.names)} {rng.choice(self.names)}",
            "expert": lambda: f"{rng.choice(self.world.given)} {rng.choice(self.world.surnames)}",
            "n_small": lambda: str(rng.randint(2, 48)),
            "n_word": lambda: rng.choice(_NUMBER_WORDS),
            "n_hundreds": lambda: str(rng.randrange(120, 990, 10)),
            "n_thousands": lambda: f"{rng.randrange(1000, 25000, 250):,}",
            "n_pct": lambda: str(rng.randint(12, 88)),
            "km": lambda: str(rng.randint(5, 140)),
            "weekday_past": lambda: _WEEKDAYS[(pub - timedelta(rng.randint(1, 6))).weekday()],
            "weekday_future": lambda: _WEEKDAYS[(pub + timedelta(rng.randint(1, 6))).weekday()],
            "abs_past": lambda: _day(pub - timedelta(rng.randint(3, 75)), rng.randrange(4)),
            "abs_future": lambda: _day(pub + timedelta(rng.randint(3, 40)), rng.randrange(4)),
            "month_past": lambda: _MONTHS[(pub.month - 1 - rng.randint(1, 4)) % 12],
            "month_future": lambda: _MONTHS[(pub.month - 1 + rng.randint(1, 3)) % 12],
            "year_past": lambda: str(pub.year - rng.randint(1, 3)),
            "year_bg": lambda: str(pub.year - rng.randint(2, 9)),
            "clause": lambda: self.clause,
            "prev": lambda: rng.choice(self.previous) if self.previous else "everyone",
        }

    _CACHED: Final = frozenset(
        {"town", "town2", "gov", "gov_voice", "armed", "armed2", "foreign", "person", "person2"}
    )

    def slot(self, name: str) -> str:
        if name in self._CACHED:
            value = self._cache.get(name)
            if value is None:
                value = self._cache[name] = self._slots[name]()
            return value
        return self._slots[name]()

    def _town2(self) -> str:
        first = self.slot("town")
        others = [t for t in self.towns if t != first]
        return self.rng.choice(others) if others else self.city

    def _side(self, name: str) -> int:
        key = f"{name}:side"
        side = self._cache.get(key)
        if side is None:
            other = self._cache.get("armed2:side" if name == "armed" else "armed:side")
            choices = [i for i in (0, 0, 0, 1, 1, 2) if str(i) != other]
            side = self._cache[key] = str(self.rng.choice(choices))
        return int(side)

    # -- sentences -----------------------------------------------------------------

    def new_paragraph(self) -> None:
        self._cache.clear()

    def sentence(
        self, section: str, end: str = ".", used: set[tuple[str, int]] | None = None
    ) -> str:
        """A sentence of ``section``, capitalised and ended (``used``: see Grammar.render)."""
        text = self.grammar.render(section, self.rng, self.slot, used)
        text = text[:1].upper() + text[1:]
        return text if not end or text[-1:] in ".?!" else text + end

    def event(self, event_type: str, modality: str) -> str:
        """A sentence telling an event of ``event_type`` with ``modality``."""
        if modality == "speculative" and f"fut_{event_type}" in self.grammar:
            return self.sentence(f"fut_{event_type}")
        if modality in ("reported", "alleged", "denied"):
            self.clause = self.grammar.render(f"ev_{event_type}", self.rng, self.slot)
            return self.sentence(f"wrap_{modality}")
        return self.sentence(f"ev_{event_type}")

    def paragraph(self) -> str:
        """A paragraph of two to four sentences of background, quotes or analysis."""
        rng = self.rng
        kind = rng.choice(_FILLERS)
        used: set[tuple[str, int]] = set()
        sentences = [self.sentence(kind, used=used)]
        for _ in range(rng.randint(1, 3)):
            same = kind != "quote" and rng.random() < 0.7
            sentence = self.sentence(kind if same else rng.choice(_AFTER_QUOTE), used=used)
            if sentence not in sentences:
                sentences.append(sentence)
        return " ".join(sentences)

    def dateline(self) -> str:
        """ "ALEPPO" or "ALEPPO, Syria": the city the story is filed from."""
        city = self.city.upper()
        return city if self.rng.random() < 0.6 else f"{city}, {self.country}"

    def slug(self, title: str) -> str:
        return "-".join(_SLUG.sub(" ", title.lower()).split()[:8])

    # -- comments ------------------------------------------------------------------

    def author(self) -> str:
        rng, world = self.rng, self.world
        surname = rng.choice(world.place_surnames if rng.random() < 0.4 else world.surnames)
        given = rng.choice(world.given)
        form = rng.random()
        if form < 0.40:
            return f"{given} {surname}"
        if form < 0.48:
            return surname
        if form < 0.56:
            return f"{given[0]}. {surname}"
        if form < 0.68:
            return f"{given.lower()}_{surname.lower()}"
        if form < 0.76:
            return f"{surname.lower()}{rng.randint(1950, 2005)}"
        if form < 0.86:
            return given
        return f"{rng.choice(self.names)} {rng.choice(self.names)}"

    def commenter(self, author: str) -> None:
        """Remember an author, for replies to address ("@wilson_j", "Jackson")."""
        self.previous.append(author.split()[-1] if " " in author else f"@{author}")

    def comment(self) -> str:
        count = self.rng.choice((1, 1, 2, 2, 3))
        first = "comment_reply" if self.previous and self.rng.random() < 0.35 else "comment"
        sentences = [self.sentence(first)]
        sentences += [self.sentence("comment") for _ in range(count - 1)]
        return " ".join(sentences)
