"""Open-vocabulary armed groups: names outside the actor dictionary that the text itself
marks as an armed group or a gang.

A name counts when the text says what it is:

- a long name with a group word, its acronym defined in brackets or by "known as":
  "the Kivu Freedom Brigades (KFB)", "the Delta Resistance Units, known as the DRU".
  The acronym is the canonical name. A long name whose group words are weak (Front,
  Movement, Forces, Units, Council ...) needs armed words near it ("fighters", "armed
  group", "rebels"); one that opens with a state's name ("Zambia Defence Force") is
  that state's, unless it is a liberation or resistance movement.
- a name before a group noun: "the Ti Makak gang" (canonical: the name), "the Ojinaga
  cartel" ("Ojinaga Cartel"), "the Lobos and Tigres gangs". Not "militia": "the Hema
  militia", "a Shiite militia" name who its men are, not a group.
- an acronym before a fighter noun: "KFB fighters", "the DRU rebels".
- "members of X" where the text around calls people gangs, militias or armed groups:
  "22 members of Los Toros" (canonical: X as written).

Every later mention of a name or acronym so defined names the group too. Names the
dictionary knows, institutions (ministries, councils of churches, research groups, news
outlets), names that open with a state's name or adjective, and capitalised words that
only open a sentence are left alone. Pure: text in, mentions out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline.recognisers._words import word_set
from timeline.records import ActorMention

__all__ = ["OpenGroups"]

_KIND = "armed_group"
# Group words of a long name: strong ones make it an armed group by themselves.
_STRONG = word_set(
    "Army Liberation Resistance Militia Militias Brigade Brigades Battalion Battalions "
    "Cartel Gang Mujahideen Mujahedeen Guerrillas Guerrilla Rebels Insurgents Self-Defense "
    "Self-Defence Jihad"
)
_WEAK = word_set("Front Movement Forces Force Units Council Alliance Group Tigers")
# Words of institutions, outlets and state bodies: a name with one is no armed group.
_INSTITUTION = word_set(
    "Ministry Department Agency Office Commission Committee Court Parliament Assembly Senate "
    "Congress Bank Fund Programme Program Organization Organisation Association Institute "
    "Institution Studies Research Observatory Watch Project Centre Center Foundation "
    "University School Hospital Church Churches Human Rights Crisis Police News Press "
    "Television Radio Broadcasting Media Company Corporation Airlines Party Refugee "
    "Refugees Relief Humanitarian Health Medical Mission Nations Task Union Federation "
    "Club League Cabinet Government Service Services Guard Bureau Authority Secretariat"
)
# First words of a weak name that make it a state's force ("Joint Task Force").
_STATE_FIRST = word_set(
    "Joint Special Federal Presidential Republican Royal Border Rapid Multinational "
    "International Regional Central State Security Military Air Naval Coast Transitional "
    "Sovereign Supreme National Popular Government Interim"
)
# Words that let a name opening with a state's name be a movement against it.
_REBEL_WORDS = word_set("Liberation Resistance Revolutionary Independence Salvation Free")
# Words that open a sentence or a date, not a name.
_OPENERS = word_set(
    "The A An On In At By For From With When After Before Since And But Meanwhile Last "
    "This That These Those Yesterday Today Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December Rival Armed Local Street Prison Drug Criminal Powerful Notorious "
    "Another One Two Each Every Other Main Largest Biggest Both Some Several Many Most "
    "Suspected Alleged Former Members Gang Gangs Militia Cartel"
)
# Lower-case words inside a name ("Movement for the Liberation of the Congo", "Tren de
# Aragua"); "and" only in a long name defined with its acronym ("Justice and Equality
# Movement (JEM)"), where elsewhere it joins two names ("the Lobos and Tigres gangs").
_CONNECTORS = word_set("of the for de del la las los el al wal y du des da do dos")
_CAP = r"(?:[A-Z]|\d+[ \t]+[A-Z]|\d+\b)[\w'’-]*"  # "Mawozo", "400 Mawozo", "G9", "5 Segonn"


def _name_pattern(connectors: str, most: int) -> str:
    joined = "|".join(sorted(connectors.split()))
    return rf"{_CAP}(?:[ \t]+(?:(?:{joined})[ \t]+)*{_CAP}){{0,{most}}}"


_CONNECTOR_WORDS = " ".join(_CONNECTORS)
# A capitalised name ending where the search window ends (with "and", without).
_LONG_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_name_pattern(_CONNECTOR_WORDS + ' and', 7)})[ \t]*\Z"
)
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_name_pattern(_CONNECTOR_WORDS, 5)})[ \t]*\Z")
# A capitalised name that starts where the search starts.
_NAME_AFTER = re.compile(_name_pattern(_CONNECTOR_WORDS, 4))
_ACRONYM = r"[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*"
_DEFINED = re.compile(
    rf"[ \t]*(?:\((?P<bracket>{_ACRONYM})\)|,[ \t]+(?:also[ \t]+)?known[ \t]+as[ \t]+"
    rf"(?:the[ \t]+)?(?P<known>{_ACRONYM})\b)"
)
# Where a definition may be: a scan for plain words (fast), then the cue read there.
_CUE_WORDS = re.compile(
    r"\(|, known|, also known|gang|cartel|fighters|rebels|militants|militiamen|gunmen|"
    r"insurgents|guerrillas|members"
)
_CUES = re.compile(
    r"(?P<acronym>\(|,[ \t]+(?:also[ \t]+)?known[ \t]+as[ \t])"
    r"|(?P<noun>gang|cartel)(?P<plural>s)?\b"
    r"|(?P<fighters>fighters|rebels|militants|militiamen|gunmen|insurgents|guerrillas)\b"
    r"|(?P<members>members[ \t]+of[ \t]+(?:the[ \t]+)?)(?=[A-Z])"
)
# A word that describes people rather than naming a group: "a Shiite gang", "Arab gangs".
_DESCRIPTIVE = re.compile(r"\w+(?:ite|ian|ese|ish|ic)|Sunni|Shia|Muslim|Arab|Hindu|Druze")
_AND = re.compile(r"[ \t]+and[ \t]+")
_ACRONYM_BEFORE = re.compile(r"(?<!['’\w-])(?P<acronym>[A-Z][A-Z0-9]{1,5})[ \t]+\Z")
# Words that say the text is about armed men ("fighters", "an armed group", "rebels").
_ARMED_WORDS = re.compile(
    r"\b(?:armed|fighters|rebels?|rebellion|militants?|militias?|militiamen|insurgen(?:ts?|cy)|"
    r"guerrillas?|gunmen|separatists?|jihadists?|gangs?|cartels?|paramilitar(?:y|ies))\b",
    re.IGNORECASE,
)
_GANG_WORDS = re.compile(
    r"\b(?:gangs?|cartels?|militias?|armed\s+groups?|criminal\s+groups?|rebels?|factions?)\b",
    re.IGNORECASE,
)
_ARMED_REACH = 200  # characters around a weak name that may show armed words
_MEMBERS_REACH = 300  # characters around "members of X" that may show gang words
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;][\"”’)]?\s+|\n\s*|[\"“(‘])\Z")
_YEAR = re.compile(r"\d{4}")
# A word that makes the name after it a place: "in Ti Makak" (not an acronym's mention).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|into|near|across|inside|outside|around|through|towards?)[ \t]+"
    r"(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)

Known = Callable[[str], str | None]  # the dictionary's actor for a written name, if any


@dataclass(frozen=True, slots=True)
class _Definition:
    start: int
    end: int
    name: str  # canonical: the acronym, or the name as written
    forms: tuple[str, ...]  # every way the text writes it


def _trimmed(name: str) -> str:
    """The name without the words before it that open a sentence or a date."""
    words = name.split()
    while words and (words[0] in _OPENERS or words[0] in _CONNECTORS or _YEAR.fullmatch(words[0])):
        words.pop(0)
    return " ".join(words)


class OpenGroups:
    """Finds armed groups the dictionary lacks (module docstring)."""

    def __init__(self, known: Known, states: frozenset[str]) -> None:
        self._known = known
        self._states = states  # state names, capitals and adjectives, lower case

    def find(self, text: str) -> list[ActorMention]:
        acronyms: list[_Definition] = []
        others: list[_Definition] = []
        for word in _CUE_WORDS.finditer(text):
            cue = _CUES.match(text, word.start())
            if cue is None:
                continue
            after_space = cue.start() > 0 and text[cue.start() - 1] in " \t"
            if cue.lastgroup == "acronym":
                acronyms += self._acronym(text, cue.start())
            elif cue.lastgroup == "members" and (cue.start() == 0 or not after_space):
                continue  # "housemembers of"
            elif cue.lastgroup == "members":
                others += self._members(text, cue)
            elif not after_space:
                continue
            elif cue.group("noun"):
                others += self._group_noun(text, cue)
            else:
                others += self._fighters(text, cue)
        forms = {form: d.name for d in acronyms for form in d.forms}
        definitions = acronyms + [
            _Definition(d.start, d.end, forms.get(d.name, d.name), d.forms) for d in others
        ]
        if not definitions:
            return []
        found = [
            ActorMention(d.start, d.end, text[d.start : d.end], d.name, _KIND) for d in definitions
        ]
        for d in definitions:
            for form in d.forms:
                forms.setdefault(form, d.name)
        found += self._mentions(text, forms, [(d.start, d.end) for d in definitions])
        return sorted(found, key=lambda m: (m.start, -m.end))

    def _mentions(
        self, text: str, forms: dict[str, str], taken: list[tuple[int, int]]
    ) -> Iterator[ActorMention]:
        """Every other mention of a name or acronym defined (a name, not where a place
        word governs it: "in Ti Makak")."""
        pattern = re.compile(
            r"(?<![\w'’-])(?:{})(?![\w'’-])".format(
                "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            )
        )
        for match in pattern.finditer(text):
            start, end, written = match.start(), match.end(), match.group()
            if any(lo < end and start < hi for lo, hi in taken):
                continue
            acronym = written == forms[written] and written.isupper()
            if not acronym and _PLACE_BEFORE.search(text, max(0, start - 16), start):
                continue
            yield ActorMention(start, end, written, forms[written], _KIND)

    def _state_name(self, words: list[str]) -> bool:
        """Whether the name opens with a state's name, capital or adjective."""
        return words[0].lower() in self._states or " ".join(words[:2]).lower() in self._states

    def _group_name(self, text: str, name: str, start: int, end: int) -> bool:
        """Whether a long name is an armed group's (module docstring)."""
        words = name.split()
        if not words or self._known(name) is not None:
            return False
        if any(w in _INSTITUTION for w in words):
            return False
        strong = any(w in _STRONG for w in words)
        if not strong and not any(w in _WEAK for w in words):
            return False
        if self._state_name(words) and not any(w in _REBEL_WORDS for w in words):
            return False
        if strong:
            return True
        if words[0] in _STATE_FIRST:
            return False
        lo, hi = max(0, start - _ARMED_REACH), min(len(text), end + _ARMED_REACH)
        return _ARMED_WORDS.search(text, lo, hi) is not None

    @staticmethod
    def _name_before(text: str, end: int, pattern: re.Pattern[str]) -> tuple[int, str] | None:
        """The capitalised name that ends at ``end`` (its start and text), trimmed."""
        match = pattern.search(text, max(0, end - 120), end)
        if match is None:
            return None
        name = _trimmed(match.group("name"))
        return (match.end("name") - len(name), name) if name else None

    def _acronym(self, text: str, at: int) -> Iterator[_Definition]:
        """ "the Kivu Freedom Brigades (KFB)", "..., known as the DRU"."""
        defined = _DEFINED.match(text, at)
        before = None if defined is None else self._name_before(text, at, _LONG_NAME_BEFORE)
        if defined is None or before is None:
            return
        start, name = before
        if " the " in name:  # "In Mali the Macina Liberation Front (FLM)"
            cut = name.rindex(" the ") + 5
            if self._group_name(text, name[cut:], start + cut, at):
                start, name = start + cut, name[cut:]
        acronym = defined.group("bracket") or defined.group("known")
        if self._known(acronym) is None and self._group_name(text, name, start, at):
            yield _Definition(start, defined.end(), acronym, (acronym, name))

    def _group_noun(self, text: str, noun: re.Match[str]) -> Iterator[_Definition]:
        """ "the Ti Makak gang", "the Ojinaga cartel", "the Lobos and Tigres gangs"."""
        plural = noun.group("plural") is not None
        before = self._name_before(
            text, noun.start(), _LONG_NAME_BEFORE if plural else _NAME_BEFORE
        )
        if before is None:
            return
        start, written = before
        if " the " in written:
            cut = written.rindex(" the ") + 5  # "In Haiti the Ti Makak gang"
            start, written = start + cut, written[cut:]
        names = _AND.split(written) if plural else [written]
        if plural and len(names) < 2:
            return
        offset = start
        for name in names:
            at = text.index(name, offset)
            offset = at + len(name)
            if not self._plain_name(text, at, name):
                continue
            end = noun.end() if name is names[-1] else at + len(name)
            if noun.group("noun") == "cartel":
                yield _Definition(at, end, f"{name} Cartel", (f"{name} cartel",))
            else:
                yield _Definition(at, end, name, (name,))

    def _plain_name(self, text: str, start: int, name: str) -> bool:
        """Whether a name with no group word of its own may be a group's: not the
        dictionary's, no state's, no institution, and not a word that only opens a
        sentence ("Rival gang members")."""
        words = name.split()
        if not words or self._known(name) is not None or self._state_name(words):
            return False
        if len(words) == 1 and _DESCRIPTIVE.fullmatch(name):
            return False
        if any(w in _INSTITUTION or w in _WEAK for w in words):
            return False
        if not self._opens_sentence(text, start):
            return True
        return any(
            not self._opens_sentence(text, m.start())
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        )

    @staticmethod
    def _opens_sentence(text: str, start: int) -> bool:
        return _SENTENCE_START.search(text, max(0, start - 4), start) is not None

    def _fighters(self, text: str, noun: re.Match[str]) -> Iterator[_Definition]:
        """ "KFB fighters": an acronym the dictionary lacks before a fighter noun."""
        match = _ACRONYM_BEFORE.search(text, max(0, noun.start() - 12), noun.start())
        if match is None:
            return
        acronym = match.group("acronym")
        if self._known(acronym) is None and acronym.lower() not in self._states:
            yield _Definition(match.start(), noun.end(), acronym, (acronym,))

    def _members(self, text: str, members: re.Match[str]) -> Iterator[_Definition]:
        """ "members of Los Toros", where the text around speaks of gangs or militias."""
        name_match = _NAME_AFTER.match(text, members.end())
        if name_match is None or not self._plain_name(text, members.end(), name_match.group()):
            return
        lo = max(0, members.start() - _MEMBERS_REACH)
        hi = min(len(text), name_match.end() + _MEMBERS_REACH)
        if _GANG_WORDS.search(text, lo, hi) is not None:
            name = name_match.group()
            yield _Definition(name_match.start(), name_match.end(), name, (name,))
