"""From triggers to event candidates: which triggers count, and which belong together.

One clause usually tells one happening, however many trigger words it holds ("militants
surrendered and were bused out"), unless a comma and a new subject part triggers of
different kinds ("under a ceasefire that held on Saturday, buses evacuated 300 civilians"). Three
patterns split or retype it:

- a *frame*: talks or an appeal about something ("negotiations over a withdrawal",
  "leaflets urging militants to surrender") is one event of the frame's type;
- a *statement* about something: a denial or an accusation is an event of its own, and
  what it is about is a second event, denied or alleged ("the SDF denied any safe passage
  agreement");
- a *compound*: a deal on a specific happening takes the happening's type ("a safe
  passage agreement" is a withdrawal, "a ceasefire deal" a ceasefire).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events.background import background
from timeline.events.clauses import aside_span
from timeline.events.objects import by_state, civilians_after, fits_object, moves_forward
from timeline.events.references import habitual, named_again
from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import fold, folded
from timeline.records import ActorMention, Trigger

__all__ = ["Candidate", "event_candidates"]

_FRAMES = frozenset({"negotiation", "appeal"})
_SPECIFIC = frozenset({"withdrawal", "ceasefire", "surrender", "evacuation"})
_VIOLENT = frozenset({"attack", "airstrike", "shelling", "armed_clash"})
# Patterns without re.IGNORECASE are written in lower case and matched against the
# folded text (case-blind, faster than re.IGNORECASE).
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+){0,2}$")
# A relative clause match is made of words and spaces only: it never reaches back over a
# character that is neither, so the search for one starts after the last such character
# of the ``_STOP_WINDOW`` characters before the trigger (from the text's start if none).
_STOP = re.compile(r"[^\w\s]")
_STOP_WINDOW = 256
_CLEFT = re.compile(r"\bit(?:\s+(?:is|was)|['’]s)\b")
# After a comma, these continue the same subject: "surrendered, and were bused out".
_CONTINUATIONS = frozenset(
    "and or but then were was are is have has had being been also later after before".split()
)  # farther apart, two triggers of different kinds tell two events
_WORD = re.compile(r"[\w'’-]+")
_ARMED_KINDS = frozenset({"state", "armed_group", "coalition", "generic", "government"})
# The word lists below are written in lower case and searched for in the folded text.
_ARMED_WORDS = re.compile(
    r"\b(?:fighters?|militants?|troops|soldiers|forces|army|armies|militias?|rebels?|terrorists?|"
    r"insurgents?|jihadists?|gunmen|convoys?|columns?|jets|warplanes|aircraft|helicopters|drones|"
    r"artillery|battalions?|brigades?|units|tanks)\b"
)
_CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|residents|families|children|women|refugees|displaced|patients|wounded|"
    r"villagers|inhabitants|population|people)\b"
)
# A part of every word of each list: where none stands, its pattern cannot match (and
# finding them is faster than running it).
_ARMED_STEMS = (
    *"fighter militant troops soldiers forces army armies militia rebel terrorist".split(),
    *"insurgent jihadist gunmen convoy column jets warplanes aircraft helicopters".split(),
    *"drones artillery battalion brigade units tanks".split(),
)
_CIVILIAN_STEMS = (
    *"civilian residents families children women refugees displaced patients".split(),
    *"wounded villagers inhabitants population people".split(),
)
_REPORTED = re.compile(rf"\b(?:{REPORTING_VERBS})\b|\baccording\s+to\b")
# Sea drones ("naval drones", "unmanned surface vessels") strike from the water: no air words.
_AIR_WORDS = re.compile(
    r"\b(?:air\s*force|ruaf|usaf|raf|jets?|warplanes?|aircraft|planes?|helicopters?|"
    r"(?<!sea )(?<!naval )(?<!surface )(?<!maritime )(?<!underwater )(?<!water )drones?|"
    r"gunships?|(?<!suicide )bombers?|aerial|air\s+raids?|airstrikes?|air\s+strikes?)\b|"
    r"\b[a-z]+af\b"
)

# "after weeks of fighting", "following days of heavy shelling": what led to a happening,
# told with it.
_BACKGROUND = re.compile(
    r"\b(?:after|following|amid)\s+(?:(?:days|weeks|months|hours|years)\s+|a\s+\w+\s+)"
    r"of\s+(?:[\w-]+\s+)?$"
)

# What stands between an arrest and the participle of its charge: the rest of its clause
# up to a comma ("detained at least 30 men on Sunday, accusing").
_CHARGE = re.compile(r"[^,;:.]*,\s*")

# People taken, not territory: "captured two soldiers", "the attackers were captured".
_PERSONS = (
    r"soldiers?|fighters?|militants?|troops|attackers?|gunmen|men|women|children|civilians?|"
    r"hostages?|prisoners?|commanders?|officers?|members|leaders?|jihadists?|rebels?|"
    r"insurgents?|militiamen|suspects?|people|policemen|pilots?|journalists?|workers?|"
    r"mercenaries|spies|guards?|recruits?|deserters?"
)
_PERSONS_TAKEN = re.compile(
    r"\s+(?:(?:more\s+than|at\s+least|about|some|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"[\d,]+|two|three|four|five|six|seven|eight|nine|ten|the|a|an|its|their|his|her|several|"
    r"many|enemy|government|rebel|army|foreign|senior|wounded|armed)\s+){0,3}"
    rf"(?:{_PERSONS})\b"
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|be|get|got)\s+(?:(?:killed|wounded|injured|arrested)\s+"
    r"(?:or|and)\s+)?$"
)
_TAKEN_SUBJECT = re.compile(
    rf"\b(?P<persons>{_PERSONS})\b|\b(?:towns?|city|cities|villages?|bases?|areas?|districts?|"
    r"province|region|hills?|airport|bridge|roads?|territory|positions?|neighbou?rhoods?|"
    r"checkpoints?|outposts?|port|strongholds?|capital|valley|dam|fields?)\b"
)
_CAPTURES = frozenset({"capture", "recapture", "seize"})

# "called on both sides to stop the fighting, and urged the government to ...": one appeal
_AND_AFTER = re.compile(r"[^.;:]*,?\s+and\s+$")

# "forces backed by US air strikes retook the town": the support is part of the act.
_BACKING = re.compile(
    r"\b(?:backed|supported|aided|covered|helped)\s+by\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:with\s+the\s+(?:support|help|backing)\s+of|under\s+(?:the\s+)?cover\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)

# "supplies arrive by helicopter", "evacuated by air": a means of transport, not a strike.
_BY_MEANS = re.compile(r"\bby\s+$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One happening told in a clause: its trigger words, type and framing."""

    head: Trigger
    triggers: tuple[Trigger, ...]
    event_type: str
    clause: tuple[int, int]
    frame: str | None = None  # "denied" or "alleged" for what a denial or accusation is about
    alone: bool = False  # shares its clause with another happening: read only its own part

    @property
    def start(self) -> int:
        return self.head.start


def _armed(text: str, actors: Sequence[ActorMention]) -> bool:
    """Whether fighters take part: armed actors, or words for them in ``text`` (folded)."""
    if any(a.kind in _ARMED_KINDS for a in actors):
        return True
    if not any(stem in text for stem in _ARMED_STEMS):
        return False
    return _ARMED_WORDS.search(text) is not None


def _civilian(text: str, actors: Sequence[ActorMention]) -> bool:
    """Whether civilians take part: by actor, or by a word for them in ``text`` (folded)."""
    if any(a.kind == "civilian" for a in actors):
        return True
    if not any(stem in text for stem in _CIVILIAN_STEMS):
        return False
    return _CIVILIAN_WORDS.search(text) is not None


def _clause_sides(
    text: str, clause: tuple[int, int], actors: Sequence[ActorMention]
) -> tuple[bool, bool] | None:
    """Whether fighters and civilians take part in one clause of a sentence of several,
    when it names either: the people of a clause are those its verb is about ("villagers
    fled ... since the army launched an offensive": civilians fled). None when it names
    neither ("... and were bused out"): the sentence's then decide."""
    lo, hi = clause
    own = [a for a in actors if lo <= a.start < hi]
    clause_text = folded(text)[lo:hi]
    armed, civilian = _armed(clause_text, own), _civilian(clause_text, own)
    return (armed, civilian) if armed or civilian else None


def _in_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a relative clause set off by a comma (see clauses), not in
    a cleft ("it was the SDF, not ISIS, who flooded Raqqa")."""
    span = aside_span(text, pos)
    return span is not None and _CLEFT.search(folded(text), max(0, span[0] - 60), span[0]) is None


def _relative_before(text: str, end: int) -> re.Match[str] | None:
    """``_RELATIVE_BEFORE.search(text, 0, end)``, without reading the whole text before."""
    floor = 0
    for stop in _STOP.finditer(text, max(0, end - _STOP_WINDOW), end):
        floor = stop.end()
    return _RELATIVE_BEFORE.search(folded(text), floor, end)


def _persons_taken(text: str, candidate: Candidate) -> bool:
    """Whether a capture takes people, not territory: its object ("captured two
    soldiers"), or the subject of its passive ("whether the attackers had been killed or
    captured"), is people. DESIGN.md's capture is of territory: people taken are an arrest."""
    head = candidate.head
    if head.lemma not in _CAPTURES or head.pos != "verb":
        return False
    lower = folded(text)[candidate.clause[0] : candidate.clause[1]]
    at, end = head.start - candidate.clause[0], head.end - candidate.clause[0]
    if _PERSONS_TAKEN.match(lower, end):
        return True
    passive = _PASSIVE.search(lower, max(0, at - 40), at)
    if passive is None:
        return False
    last = None
    for last in _TAKEN_SUBJECT.finditer(lower, 0, passive.start()):  # noqa: B007
        pass
    return last is not None and last.group("persons") is not None


def _admissible(
    text: str, trigger: Trigger, armed: bool, civilian: bool, actors: Sequence[ActorMention]
) -> bool:
    if "armed" in trigger.flags and not armed:
        return False
    if "party" in trigger.flags and not (armed or civilian):
        return False
    if "actor" in trigger.flags and not actors:
        return False
    if named_again(text, trigger) or habitual(text, trigger):
        return False  # "not commented on that attack", "attacked repeatedly"
    # "militants who have left Aleppo": a loose word in a relative clause names the people,
    # except in a cleft ("it was the SDF, not ISIS, who flooded Raqqa").
    if "weak" not in trigger.flags:
        return True
    if _in_aside(text, trigger.start):  # "troops, who have been fighting there since 2021,"
        return False
    relative = _relative_before(text, trigger.start)
    if relative is None:
        return True
    return _CLEFT.search(folded(text), max(0, relative.start() - 60), relative.start()) is not None


def _civilians_first(text: str, lo: int, end: int, actors: Sequence[ActorMention]) -> bool:
    """Whether the first people named in ``text[lo:end]`` are civilians ("refugees ...
    registered to leave with the convoy"), not fighters ("militants and their families")."""
    part = folded(text)[lo:end]
    for said in _REPORTED.finditer(part):  # "residents said a column of fighters left"
        lo, part = lo + said.end(), part[said.end() :]
    firsts = [(a.start - lo, a.kind == "civilian") for a in actors if lo <= a.start < end]
    for pattern, is_civilian in ((_ARMED_WORDS, False), (_CIVILIAN_WORDS, True)):
        found = pattern.search(part)
        if found is not None:
            firsts.append((found.start(), is_civilian))
    return bool(firsts) and min(firsts)[1]


def _moves_civilians(text: str, trigger: Trigger, first_civilian: bool) -> bool:
    """Whether a movement word moves civilians, when the sentence names both them and
    fighters: by the people it takes ("the army evacuated 600 people"), else by its
    clause's first people (its subject)."""
    return civilians_after(text, trigger) or first_civilian


def _type_of(trigger: Trigger, armed: bool, civilian: bool, moves_civilians: bool = False) -> str:
    rules = dict(trigger.retype)
    if civilian and (not armed or moves_civilians) and "civilian" in rules:
        return rules["civilian"]
    if armed and "armed" in rules:
        return rules["armed"]
    return trigger.event_type


def _absorb(group: Candidate, trigger: Trigger, event_type: str) -> Candidate:
    new_type = group.event_type
    if group.event_type == "agreement" and event_type in _SPECIFIC:
        new_type = event_type
    return Candidate(group.head, (*group.triggers, trigger), new_type, group.clause, group.frame)


def _frame_of(statement: Candidate) -> str | None:
    if "denial" in statement.head.flags:
        return "denied"
    return "alleged" if "accusation" in statement.head.flags else None


def _apart(text: str, group: Candidate, trigger: Trigger, event_type: str) -> bool:
    """Two happenings of different kinds in one clause: a comma, then a new subject
    ("Under a ceasefire that held on Saturday, buses evacuated 300 civilians"); not one
    told twice ("they surrendered, and were bused out", "a safe passage agreement",
    "stormed the city after days of heavy fighting", "shelling on May 7, 2023 killed ...")."""
    if event_type == group.event_type or "agreement" in (event_type, group.event_type):
        return False
    if "toll" in trigger.flags:
        # "shelling on May 7, 2023 killed six aid workers": its dead; "overran the town,
        # killing hundreds": a capture and an attack
        return group.event_type not in _VIOLENT
    if _BACKGROUND.search(folded(text), max(0, trigger.start - 60), trigger.start):
        return False  # "captured the base on Sunday after weeks of fighting"
    between = text[group.triggers[-1].end : trigger.start]
    if "," not in between:
        return False
    after_comma = _WORD.findall(between.rpartition(",")[2])
    return bool(after_comma) and after_comma[0].lower() not in _CONTINUATIONS


def _charge(text: str, last: Candidate | None, trigger: Trigger) -> bool:
    """ "Police detained 30 men, accusing them of spying": an accusation in a participle
    right after an arrest is its charge, not a statement of its own."""
    if last is None or last.event_type != "arrest" or "accusation" not in trigger.flags:
        return False
    return _CHARGE.fullmatch(text, last.triggers[-1].end, trigger.start) is not None and (
        trigger.text.lower().endswith("ing")
    )


def _split_point(text: str, after: int, before: int) -> int:
    """Where one clause's two happenings divide: after the last comma between them."""
    return text.rfind(",", after, before) + 1


def _clause_candidates(
    text: str,
    triggers: Sequence[Trigger],
    clause: tuple[int, int],
    sides: tuple[bool, bool],
    actors: Sequence[ActorMention],
) -> list[Candidate]:
    armed, civilian = sides
    groups: list[Candidate] = []
    for trigger in triggers:
        if "civilians" in trigger.flags and not _civilians_first(
            text, clause[0], trigger.start, actors
        ):
            continue  # "troops crossed into the country": no civilians moving
        both = armed and civilian and "civilian" in dict(trigger.retype)
        moves = both and _moves_civilians(
            text, trigger, _civilians_first(text, clause[0], trigger.start, actors)
        )
        event_type = _type_of(trigger, armed, civilian, moves)
        forward = dict(trigger.retype).get("forward")
        if forward is not None and event_type != "evacuation" and moves_forward(text, trigger):
            event_type = forward  # "moved armoured units towards the border"
        last = groups[-1] if groups else None
        # "claimed ... the raid", "ruled out negotiations": what follows is no event
        claimed = last is not None and bool({"claim", "stance"} & last.head.flags)
        if (claimed or _charge(text, last, trigger)) and last is not None:
            groups[-1] = dataclasses.replace(last, triggers=(*last.triggers, trigger))
        elif last is None or (last.event_type == "statement") != (event_type == "statement"):
            frame = _frame_of(last) if last is not None and last.event_type == "statement" else None
            groups.append(Candidate(trigger, (trigger,), event_type, clause, frame))
        elif last.event_type == "statement" or last.event_type in _FRAMES:
            groups[-1] = Candidate(
                last.head, (*last.triggers, trigger), last.event_type, clause, last.frame
            )
        elif _apart(text, last, trigger, event_type):
            cut = _split_point(text, last.triggers[-1].end, trigger.start)
            groups[-1] = dataclasses.replace(last, clause=(last.clause[0], cut), alone=True)
            part = (cut, clause[1])
            groups.append(Candidate(trigger, (trigger,), event_type, part, last.frame, alone=True))
        else:
            groups[-1] = _absorb(last, trigger, event_type)
    return groups


def _without_backing(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """A clause's triggers but those of the support of its act ("Kurdish forces backed by
    US air strikes retook the town" is one capture), when another trigger tells the act."""
    lower = folded(text)
    backing = []
    for trigger in triggers:
        found = _BACKING.search(lower, max(0, trigger.start - 60), trigger.start)
        # the first trigger after "backed by", not the act after it ("... strikes retook")
        if found is not None and not any(found.start() < t.start < trigger.start for t in triggers):
            backing.append(trigger)
    return [t for t in triggers if t not in backing] if len(backing) < len(triggers) else triggers


def _one_appeal(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """An appeal that goes on with "and" and another appeal verb is the same appeal ("called
    on both sides to stop the fighting, and urged the government to restore ...")."""
    out: list[Candidate] = []
    for c in candidates:
        last = out[-1] if out else None
        if (
            last is not None
            and last.event_type == c.event_type == "appeal"
            and _AND_AFTER.fullmatch(folded(text), last.triggers[-1].end, c.start)
        ):
            out[-1] = dataclasses.replace(last, triggers=(*last.triggers, *c.triggers))
        else:
            out.append(c)
    return out


def event_candidates(
    text: str,
    sentence: tuple[int, int],
    clauses: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger],
    actors: Sequence[ActorMention],
    context: tuple[str, Sequence[ActorMention]] = ("", ()),
) -> list[Candidate]:
    """The event candidates of one sentence, in text order.

    ``context`` is the text and actors of the sentence before, in the same paragraph or
    comment: "The SAA will not let them go. They will try to break out" is about fighters.
    """
    sentence_text = folded(text)[sentence[0] : sentence[1]]
    context_text, context_actors = context
    armed_here = _armed(sentence_text, actors)  # what the sentence itself says decides the type
    armed = armed_here or _armed(fold(context_text), context_actors)
    civilian = _civilian(sentence_text, actors)
    kept = [
        t
        for t in triggers
        if _admissible(text, t, armed, civilian, actors)
        and fits_object(text, t, sentence[0], actors, context_text)
    ]
    out: list[Candidate] = []
    for clause in clauses:
        in_clause = [
            t for t in kept if clause[0] <= t.start < clause[1] and not background(text, t, clause)
        ]
        in_clause = _without_backing(text, in_clause)
        if not in_clause:
            continue
        sides = _clause_sides(text, clause, actors) if len(clauses) > 1 else None
        sides = sides or (armed_here, civilian)
        out.extend(_clause_candidates(text, in_clause, clause, sides, actors))
    out = _one_appeal(text, out)
    out = [
        dataclasses.replace(c, event_type="arrest")
        if c.event_type == "capture" and _persons_taken(text, c)
        else c
        for c in out
    ]
    if all(c.event_type != "attack" for c in out):
        return out  # whether aircraft take part retypes attacks alone
    air = any(
        not _BY_MEANS.search(sentence_text, 0, m.start())
        for m in _AIR_WORDS.finditer(sentence_text)
    )
    return [
        Candidate(c.head, c.triggers, "airstrike", c.clause, c.frame)
        if c.event_type == "attack"
        and not any("ground" in t.flags for t in c.triggers)
        and (air or _bombed_by_state(c, actors))
        else c
        for c in out
    ]


def _bombed_by_state(candidate: Candidate, actors: Sequence[ActorMention]) -> bool:
    """ "Turkey bombed a clinic": a ``state_air`` word whose doer is a state's forces."""
    return any(
        "state_air" in t.flags and by_state(t, candidate.clause[0], actors)
        for t in candidate.triggers
    )
