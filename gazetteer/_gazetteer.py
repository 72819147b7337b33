"""The query side of a loaded gazetteer: lookups by name, id, country and region."""

from __future__ import annotations

import difflib
import math
import operator
from itertools import compress
from pathlib import Path

from gazetteer._builder import prior
from gazetteer._features import GovernmentLevel, government_level, is_well_known
from gazetteer._fold import ARTICLES, bare_key, key_of, name_key, name_tokens
from gazetteer._geo import haversine_km
from gazetteer._store import Lexicon, Store
from gazetteer.records import Place

__all__ = ["Gazetteer"]

_NO_IDS: tuple[int, ...] = ()
_SEAT_PENALTY = 2.0  # a region named like a town inside it yields the name to the town
_OWN_NAME_BONUS = 0.5  # lookup: the record's own name, not an alternate one (a third of
# a decade of population: Paris, France stays far above Paris, Texas either way)
_UNLIKE_NAME_PENALTY = 1.0  # lookup: another name unlike the own one, of a minor place
_LIKENESS = 0.7  # below this an alternate name is unlike the own one ("Palmyra"/"Mason")
_FAME_WEIGHT = 0.5  # per decade of alternate names (how widely the place is known)
_COUNTRY_FAME = _FAME_WEIGHT * math.log10(1 + 100)  # as many names as Paris or London
_PLACES_LIMIT = 1 << 16  # Place objects kept for reuse


class Gazetteer:
    """Place records indexed by folded name.

    Records are addressed by a record id (0..len-1); ``place(rid)`` makes the
    ``Place``. Column accessors (``feature_of``, ``country_of`` ...) let the place
    recogniser score many candidates without making Place objects.
    """

    def __init__(self, store: Store, *, path: Path | None = None) -> None:
        self._store = store
        self.path = path
        self._by_geonameid: dict[int, int] | None = None
        self._priors: dict[int, float] = {}
        self._own_keys: dict[int, str] = {}
        self._places: dict[int, Place] = {}
        self._levels = tuple(government_level(f) for f in store.features)

    def __len__(self) -> int:
        return len(self._store)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} records, {self.path or 'in memory'})"

    @property
    def fingerprint(self) -> str:
        return self._store.fingerprint

    @property
    def lexicon(self) -> Lexicon:
        return self._store.lexicon

    # -- records -----------------------------------------------------------------

    def place(self, rid: int) -> Place:
        """The Place of record ``rid`` (one object per record, made on first use)."""
        found = self._places.get(rid)
        if found is None:
            if len(self._places) >= _PLACES_LIMIT:
                self._places.clear()
            found = self._places[rid] = self._make_place(rid)
        return found

    def _make_place(self, rid: int) -> Place:
        s = self._store
        gid = s.geonameid[rid]
        return Place(
            name=s.names[rid],
            latitude=s.latitude[rid],
            longitude=s.longitude[rid],
            feature=s.features[s.feature[rid]],
            geonameid=gid or None,
            country_code=s.countries[s.country[rid]] or None,
            admin1=s.admin1_table[s.admin1[rid]][2] or None,
            population=s.population[rid],
        )

    def name_of(self, rid: int) -> str:
        return self._store.names[rid]

    def own_compact(self, rid: int) -> str:
        """The record's own name folded and joined, before the skeleton ("cookecounty")."""
        return "".join(name_tokens(self._store.names[rid]))

    def own_key(self, rid: int) -> str:
        """The name key of the record's own name (not its alternate names)."""
        key = self._own_keys.get(rid)
        if key is None:
            key = self._own_keys[rid] = name_key(self._store.names[rid])
        return key

    def feature_of(self, rid: int) -> str:
        return self._store.features[self._store.feature[rid]]

    def country_of(self, rid: int) -> str:
        return self._store.countries[self._store.country[rid]]

    def admin1_of(self, rid: int) -> tuple[str, str]:
        """(country code, admin1 code) of record ``rid``; ("", "") when unknown."""
        cc, code, _ = self._store.admin1_table[self._store.admin1[rid]]
        return cc, code

    def population_of(self, rid: int) -> int:
        return self._store.population[rid]

    def coordinates_of(self, rid: int) -> tuple[float, float]:
        return self._store.latitude[rid], self._store.longitude[rid]

    def distance_km(self, rid_a: int, rid_b: int) -> float:
        """Great-circle distance in kilometres between two records."""
        s = self._store
        return haversine_km(
            s.latitude[rid_a], s.longitude[rid_a], s.latitude[rid_b], s.longitude[rid_b]
        )

    def records_of_kind(self, prefixes: tuple[str, ...], min_population: int = 0) -> list[int]:
        """Ids of the records whose feature starts with one of ``prefixes`` and whose
        population is at least ``min_population``."""
        s = self._store
        kinds = {k for k, feature in enumerate(s.features) if feature.startswith(prefixes)}
        wanted = map(kinds.__contains__, s.feature)
        if min_population:
            large = map(min_population.__le__, s.population)
            wanted = map(operator.and_, wanted, large)
        return list(compress(range(len(s)), wanted))

    def is_well_known(self, rid: int) -> bool:
        """A country, first-level region, territory, continent or large town
        (``gazetteer._features``: the one definition the builder uses too)."""
        return is_well_known(self.feature_of(rid), self.population_of(rid))

    def government_level(self, rid: int) -> GovernmentLevel | None:
        """The government the record's name can stand for: "national" for a country or
        its capital ("Moscow said"), "regional" for a first-level region ("Texas
        says"), None for other places."""
        return self._levels[self._store.feature[rid]]

    def prior_of(self, rid: int) -> float:
        """Context-free weight of a record: log population, a bonus by kind, fame.

        A region that shares its name with a town inside it (Aleppo governorate,
        New York state) is weighed below that town.
        """
        value = self._priors.get(rid)
        if value is None:
            value = prior(self.feature_of(rid), self.population_of(rid))
            value += _FAME_WEIGHT * math.log10(1 + self._store.fame[rid])
            if rid in self._store.seat_named:
                value -= _SEAT_PENALTY
            self._priors[rid] = value
        return value

    # -- names -------------------------------------------------------------------

    def candidates(self, key: str) -> tuple[int, ...]:
        """Record ids indexed under a name key (``gazetteer.name_key``), best prior first."""
        found = self._store.index.get(key)
        if found is None:
            return _NO_IDS
        return (found,) if isinstance(found, int) else found

    def starts_a_name(self, first: str) -> bool:
        """Whether some indexed name starts with the word whose skeleton is ``first``."""
        return first in self._store.spans

    def span_of(self, first: str) -> int:
        """How many tokens the longest name starting with token key ``first`` has (1 if none)."""
        return self._store.spans.get(first, 1)

    @property
    def spans(self) -> dict[str, int]:
        """First-word skeleton -> word count of the longest name starting with it."""
        return self._store.spans

    @property
    def prefixes(self) -> frozenset[str]:
        """Keys of the inner word prefixes of names of three words or more (see
        ``gazetteer._variants.prefix_keys``): a matcher extends a name past its second
        word only while what it read is one of these."""
        return self._store.prefixes

    @property
    def index(self) -> dict[str, int | tuple[int, ...]]:
        """Name key -> record id, or ids best first (``candidates`` returns a tuple)."""
        return self._store.index

    @property
    def prominent_keys(self) -> frozenset[str]:
        """Name keys of countries, regions, continents and large cities."""
        return self._store.prominent

    def is_prominent(self, key: str) -> bool:
        """Whether a name key belongs to a country, region, continent or large city."""
        return key in self._store.prominent

    @property
    def prominent_first_words(self) -> dict[str, frozenset[str]]:
        """Folded first words of the names of prominent places ("tel", "palmyra"), each
        with the skeletons of the words that follow it in those names ("" for a name of
        one word)."""
        return self._store.prominent_first

    def lookup(self, name: str, *, limit: int = 10) -> list[Place]:
        """Places named ``name`` (folded, any indexed name), most likely referent first.

        Ranked by the prior of each record (log population, kind of place, how widely
        known it is), a mild bonus when ``name`` is the record's own name, and a
        penalty when it is another name unlike the own one of a place that is not well
        known (often a former name: "Palmyra" for Mason, Ohio). So Tadmur, the Syrian
        city known abroad as Palmyra, comes before the small towns called Palmyra.
        """
        tokens = name_tokens(name)
        if not tokens:
            return []
        rids = list(self.candidates(key_of(tokens)))
        if len(tokens) > 1 and tokens[0] in ARTICLES:
            rids += [r for r in self.candidates(key_of(tokens[1:])) if r not in rids]
        abbreviation = self.lexicon.abbreviations.get(name.strip())
        if abbreviation is not None and abbreviation[1] not in rids:
            rids.append(abbreviation[1])
        written = bare_key(tokens)
        ranks = {rid: self._lookup_rank(rid, tokens, written) for rid in rids}
        rids.sort(key=ranks.__getitem__, reverse=True)
        return [self.place(r) for r in rids[:limit]]

    def _lookup_prior(self, rid: int) -> float:
        """The record's prior; a country counts as known as widely as the best-known
        cities (its alternate names are not in the store, so its fame reads 0)."""
        country = self.feature_of(rid).startswith("A.PCL")
        return self.prior_of(rid) + (_COUNTRY_FAME if country else 0.0)

    def _lookup_rank(self, rid: int, tokens: list[str], written: str) -> float:
        own = name_tokens(self.name_of(rid))
        if own == tokens:
            return self._lookup_prior(rid) + _OWN_NAME_BONUS
        if self.is_well_known(rid):
            return self._lookup_prior(rid)
        likeness = difflib.SequenceMatcher(None, written, bare_key(own)).ratio()
        return self.prior_of(rid) - (_UNLIKE_NAME_PENALTY if likeness < _LIKENESS else 0.0)

    # -- ids, countries, regions ---------------------------------------------------

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, if the gazetteer has it."""
        if self._by_geonameid is None:
            ids = self._store.geonameid
            self._by_geonameid = {gid: rid for rid, gid in enumerate(ids) if gid}
        rid = self._by_geonameid.get(geonameid)
        return None if rid is None else self.place(rid)

    def country_record(self, code: str) -> int | None:
        return self._store.country_ids.get(code.upper())

    def country(self, code: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        rid = self.country_record(code)
        return None if rid is None else self.place(rid)

    def admin1_record(self, country_code: str, admin1_code: str) -> int | None:
        return self._store.admin1_ids.get((country_code.upper(), admin1_code))

    def admin1(self, country_code: str, admin1_code: str) -> Place | None:
        """The first-level region (state, province, governorate) with these codes."""
        rid = self.admin1_record(country_code, admin1_code)
        return None if rid is None else self.place(rid)

    def country_codes(self) -> list[str]:
        return sorted(self._store.country_ids)
