"""Actors: canonical names for the groups, states and forces a text names."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from timeline.lexicon import Lexicon, default_lexicon
from timeline.lexicon.words import MODIFIER_SUFFIXES
from timeline.recognisers._case import fold
from timeline.recognisers._dateline import in_dateline
from timeline.recognisers._phrases import Phrase, PhraseIndex
from timeline.recognisers.base import Regions, in_regions
from timeline.recognisers.coreference import resolve_references
from timeline.recognisers.groups import OpenGroups
from timeline.recognisers.victims import find_victims
from timeline.records import ActorMention

__all__ = ["ActorRecogniser"]

# A hyphenated modifier makes the alias describe something else: "US-backed SDF".
_MODIFIER_SUFFIX = re.compile(rf"-(?:{MODIFIER_SUFFIXES})\b", re.IGNORECASE)
# Words after a nationality adjective that make it name the state's forces or government.
_FORCE_WORDS = (
    "forces|force|army|troops|military|jets?|warplanes?|planes?|aircraft|air force|helicopters?|"
    "gunships?|drones?|soldiers|positions|outposts|bases|convoys?|warships?|units|navy|artillery|tanks|government|officials|authorities|"
    "ministry|intelligence|special forces|coalition|alliance|command|commanders|militias|"
    "fighters|regime|side|leadership|president|police|security forces|marines|bombers|"
    "mediators|negotiators|diplomats|envoy|envoys|delegation|delegates|leaders|leader|"
    "prime minister|foreign minister|spokesman|spokeswoman|spokesperson"
)
# A place preposition before a country or capital makes it a place, not an actor.
_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:in|at|to|from|into|toward|towards|near|across|throughout|within|inside|outside|"
    r"around|of|via|through|over|out of|for|onto|entering|enter|leave|left|reach|reached|"
    r"visit|visited)\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+|"
    r"downtown\s+)?)$",
    re.IGNORECASE,
)
# A noun phrase that refers back to the armed group named last ("the SDF ... the group").
_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:group|militia|movement|organi[sz]ation|gang)\b(?!['’]s\s)"
)
_REACH = 400  # characters a back-reference looks behind for its group
_SHORT = 4  # letters in a mixed-case alias matched only as written
_FORCE_NOUNS = frozenset({"fighters", "militants", "militant", "gunmen", "terrorists", "jihadists"})
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:former\s+|so-called\s+)?", re.IGNORECASE)
_STATE_FORCE_NOUNS = frozenset({"troops", "soldiers"})
_ANY_FORCE_NOUNS = _FORCE_NOUNS | _STATE_FORCE_NOUNS
_STATE_FORCES_FROM = re.compile(
    r"\b(?:troops|soldiers|officials|ministers|delegates|delegations?|diplomats|envoys|"
    r"representatives|negotiators|mediators)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "soldiers from Chad"; "gunmen from the Tembo gang" (an armed group only: "militants
# from Pakistan" come from a country, no group)
_FROM_STATE = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
_SHOUTING = re.compile(r"\b[A-Z]{2,}\b")
# "Israel Shamir", "Jordan Peterson": a place-name alias followed by a capitalised word
# is part of a person's or an outlet's name.
_NAME_TAIL = re.compile(r"[ \t]+[A-Z][a-z]")
# Fighter words an ethnic or regional adjective of an alias combines with (see
# _with_fighter_forms), and the adjectives themselves ("Tigrayan", "Ambazonian").
_FIGHTER_WORDS = ("fighters", "forces", "troops", "soldiers", "militia", "militias", "militiamen")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|&)\s*")


def _belongs_to(text: str, generic: ActorMention, named: ActorMention) -> bool:
    """ "Fighters of the Fano militia", "militants of the former Nusra Front", "gunmen from
    the Tembo gang": a force noun followed by the group it belongs to names the group."""
    noun = generic.text.lower()
    if generic.kind == "government" and named.kind == "state" and noun in _STATE_FORCE_NOUNS:
        return _FROM_STATE.fullmatch(text, generic.end, named.start) is not None
    if generic.kind != "generic" or noun not in _FORCE_NOUNS:
        return False
    if named.kind == "armed_group" and _FROM_STATE.fullmatch(text, generic.end, named.start):
        return True
    return (
        named.kind not in {"generic", "civilian"}
        and _OF_GROUP.fullmatch(text, generic.end, named.start) is not None
    )


def _with_fighter_forms(lexicon: Lexicon) -> list[tuple[str, str]]:
    """(alias, actor) of every alias, and for an alias that is an ethnic or regional
    adjective and a fighter word ("Tigrayan forces") the adjective with every other
    fighter word ("Tigrayan fighters", "Tigrayan troops"). Nationality adjectives of
    the adjective table are left to the adjective rule ("Syrian troops")."""
    nationalities = {a.lower() for a, _ in lexicon.adjectives}
    pairs = [(alias, entry.name) for entry in lexicon.actors for alias in entry.aliases]
    for alias, name in list(pairs):
        words = alias.split()
        if (
            len(words) == 2
            and words[1].lower() in _FIGHTER_WORDS
            and _DEMONYM.fullmatch(words[0])
            and words[0].lower() not in nationalities
        ):
            pairs += [(f"{words[0]} {word}", name) for word in _FIGHTER_WORDS]
    return pairs


def _longest_first(aliases: Sequence[str]) -> list[str]:
    return sorted(set(aliases), key=lambda alias: (-len(alias), alias))


def _spaced(alias: str) -> str:
    """An alias as its pattern is written: no space at the ends, one between words (a space
    at an end would be searched for as a run of spaces, and runs of them, once each, are
    read again and again from every space of a long run in the text)."""
    return " ".join(alias.split())


def _one_alias(alias: str) -> str:
    """The pattern of one alias (spaced as ``_spaced`` says): as written, any run of spaces
    for each space."""
    return re.escape(alias).replace(r"\ ", r"\s+")


def _alias_pattern(aliases: Sequence[str]) -> str:
    return "|".join(_one_alias(a) for a in _longest_first(aliases))


def _first_letter(words: Sequence[str]) -> str:
    """A lookahead for the first characters of ``words`` (spaced, matched as written): at
    most places it fails at once, before an alternation of every word is tried."""
    if not words or not all(words):
        return ""
    firsts = {re.escape(w[0]) for w in words}
    return "(?=[{}])".format("".join(sorted(firsts)))


def _is_exact(alias: str) -> bool:
    """Aliases written in capitals match only as written (IS, US, SAA, U.S.), and so do
    short mixed-case ones (LeT, RuAF), which would otherwise be words ("let")."""
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return True
    return len(letters) <= _SHORT and any(c.isupper() for c in letters[1:])


class ActorRecogniser:
    """Finds actor aliases and nationality-adjective phrases; returns canonical names."""

    name = "actors"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lexicon = lexicon or default_lexicon()
        self._lexicon = lexicon
        self._civilians = next((e.name for e in lexicon.actors if e.kind == "civilian"), None)
        self._canonical: dict[str, str] = {}
        self._places: set[str] = set()
        aliases = _with_fighter_forms(lexicon)
        for alias, name in aliases:
            self._canonical.setdefault(_spaced(alias).lower(), name)
        for entry in lexicon.actors:
            self._places.update(_spaced(a).lower() for a in entry.places)
        # Each alias also as the case-blind match compares it: spaces as one, "İ" as "i".
        self._folded = {fold(" ".join(k.split())): v for k, v in reversed(self._canonical.items())}
        exact = [_spaced(a) for a, _ in aliases if _is_exact(a)]
        loose = [_spaced(a) for a, _ in aliases if not _is_exact(a)]
        self._exact = re.compile(
            rf"(?<![\w.-]){_first_letter(exact)}(?:{_alias_pattern(exact)})(?![\w])"
        )
        # Case-blind, the aliases are found by their first word (see PhraseIndex).
        self._loose = PhraseIndex(
            [Phrase(a, _one_alias(a), a) for a in _longest_first(loose)],
            boundary=r"\w.-",
            after=r"(?![\w])",
            ignorecase=True,
        )
        adjectives = {_spaced(k): v for k, v in lexicon.adjectives}
        self._adjective_names = {k.lower(): v for k, v in adjectives.items()}
        adjective = _alias_pattern(list(adjectives))
        # One adjective of a hyphenated chain ("Russian-Syrian"; "Ni-Vanuatu" is one).
        self._adjective_part = re.compile(rf"(?:{adjective})(?=-|\Z)")
        self._adjective = re.compile(
            rf"(?<![\w-]){_first_letter(list(adjectives))}((?:{adjective})(?:-(?:{adjective}))*)"
            rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_FORCE_WORDS})(?![\w])"
        )
        states = {k.lower() for k in self._adjective_names}
        for entry in lexicon.actors:
            if entry.kind in {"state", "government"}:
                states.update(_spaced(a).lower() for a in entry.aliases)
        self._open = OpenGroups(self._name_of, frozenset(states))

    def _keep_alias(self, text: str, match: re.Match[str]) -> bool:
        alias = match.group()
        if _MODIFIER_SUFFIX.match(text, match.end()):
            return False
        if len(alias) <= 2 and _is_exact(alias):
            window = text[max(0, match.start() - 12) : match.end() + 12]
            if len(_SHOUTING.findall(window)) > 2:  # "IS" in a shouted line is a verb
                return False
        if alias.lower() in self._places:
            if _NAME_TAIL.match(text, match.end()) or in_dateline(text, match.start(), match.end()):
                return False
            lookback = max(0, match.start() - 24)
            if _STATE_FORCES_FROM.search(text, lookback, match.start()):
                return True  # "soldiers from Tanzania": that state's forces
            return _PLACE_PREPOSITION.search(text, lookback, match.start()) is None
        return True

    def _alias_matches(self, text: str) -> Iterator[Iterator[re.Match[str]]]:
        """The matches of the aliases written in capitals, then of the others."""
        yield self._exact.finditer(text)
        yield (match for match, _ in self._loose.finditer(text))

    def _aliases(self, text: str) -> list[ActorMention]:
        found = []
        for matches in self._alias_matches(text):
            place_end = -1  # end of the last alias read as a place ("in Syria and Iraq")
            for match in matches:
                keep = self._keep_alias(text, match)
                is_place = match.group().lower() in self._places
                joined = _LIST_JOIN.fullmatch(text, place_end, match.start()) is not None
                if is_place and place_end >= 0 and joined:
                    keep = False
                place_end = match.end() if is_place and not keep else -1
                if keep:
                    name = self._canonical_name(match.group())
                    kind = self._lexicon.actor_kind(name)
                    found.append(
                        ActorMention(match.start(), match.end(), match.group(), name, kind)
                    )
        return found

    def _canonical_name(self, written: str) -> str:
        """The actor an alias found in the text names."""
        spaced = " ".join(written.split())
        return self._canonical.get(spaced.lower()) or self._folded[fold(spaced)]

    def _adjectives(self, text: str) -> list[ActorMention]:
        found = []
        for match in self._adjective.finditer(text):
            chain = match.group(1)
            parts = self._chain_parts(chain)
            offset = match.start(1)
            for i, part in enumerate(parts):
                name = self._adjective_names[part.lower()]
                end = match.end() if len(parts) == 1 else offset + len(part)
                span_text = text[offset:end]
                found.append(
                    ActorMention(offset, end, span_text, name, self._lexicon.actor_kind(name))
                )
                offset += len(part) + (1 if i < len(parts) - 1 else 0)
        return found

    def _victims(self, text: str) -> list[ActorMention]:
        """People counted as killed, hurt or detained, and civilian places struck, as the
        civilian actor (``victims``)."""
        return [] if self._civilians is None else find_victims(text, self._civilians)

    def _chain_parts(self, chain: str) -> list[str]:
        """The adjectives of a hyphenated chain, first to last."""
        parts: list[str] = []
        pos = 0
        while pos < len(chain):
            part = self._adjective_part.match(chain, pos)
            if part is None:  # no reading that way (the chain was read otherwise): stop
                break
            parts.append(part.group())
            pos = part.end() + 1
        return parts

    def find(
        self, text: str, regions: Sequence[tuple[int, int]] | None = None
    ) -> list[ActorMention]:
        index = None if regions is None else Regions(regions)
        candidates = sorted(
            self._open.find(text)
            + self._aliases(text)
            + self._adjectives(text)
            + self._victims(text),
            key=lambda m: (m.start, -(m.end - m.start)),
        )
        kept: list[ActorMention] = []
        for mention in candidates:
            if not in_regions(mention.start, mention.end, index):
                continue
            if kept and mention.start < kept[-1].end:
                continue
            if kept and _belongs_to(text, kept[-1], mention):  # "fighters of the Fano militia"
                last = kept[-1]
                kept[-1] = ActorMention(
                    last.start,
                    mention.end,
                    text[last.start : mention.end],
                    mention.name,
                    mention.kind,
                )
                continue
            if kept and self._absorbs(text, kept[-1], mention):
                last = kept[-1]
                kept[-1] = ActorMention(
                    last.start, mention.end, text[last.start : mention.end], last.name, last.kind
                )
                continue
            kept.append(mention)
        referring = [m for m in self._referring(text, kept) if in_regions(m.start, m.end, index)]
        return self._as_whole(sorted(kept + referring, key=lambda m: m.start))

    def _referring(self, text: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "the group", "the militia": the armed group (or militants) named last before."""
        found = []
        groups = [m for m in mentions if m.kind in {"armed_group", "generic"}]
        for match in _BACK_REFERENCE.finditer(text):
            before = [m for m in groups if match.start() - _REACH <= m.end <= match.start()]
            if before:
                last = before[-1]
                found.append(
                    ActorMention(match.start(), match.end(), match.group(), last.name, last.kind)
                )
        return found

    def resolve(
        self,
        text: str,
        mentions: list[ActorMention],
        narratives: Sequence[Sequence[tuple[int, int]]],
    ) -> list[ActorMention]:
        """Generic mentions that refer to a group the story names ("the insurgents",
        "fighters linked to al-Qaeda") as that group (``coreference``)."""
        return resolve_references(text, mentions, narratives, self._lexicon, self._name_of)

    def _name_of(self, written: str) -> str | None:
        spaced = " ".join(written.split())
        return self._canonical.get(spaced.lower()) or self._folded.get(fold(spaced))

    def of_country(self, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
        """ "Government forces", "the army": the government of the country the text is about
        (the Syrian government in a story from Syria, Afghanistan in one from Kunduz)."""
        actor = self._lexicon.actor_for_country(country) if country else None
        if actor is None:
            return mentions
        return [
            dataclasses.replace(m, name=actor, kind="state") if m.kind == "government" else m
            for m in mentions
        ]

    def _as_whole(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """A unit named together with its parent in one text counts as the parent
        ("the YPG/YPJ ... the SDF": the SDF); named alone, it stays itself."""
        named = {m.name for m in mentions}
        wholes = {m.name: self._lexicon.part_of(m.name) for m in mentions}
        return [
            dataclasses.replace(m, name=whole, kind=self._lexicon.actor_kind(whole))
            if (whole := wholes[m.name]) is not None and whole in named
            else m
            for m in mentions
        ]

    def _absorbs(self, text: str, named: ActorMention, generic: ActorMention) -> bool:
        """ "ISIS fighters", "SDF militants": a force noun after a named actor is that actor."""
        return (
            generic.kind in {"generic", "government"}
            and named.kind not in {"generic", "government"}
            and generic.text.lower() in _ANY_FORCE_NOUNS
            and text[named.end : generic.start].isspace()
        )
