"""Actor coreference: generic mentions of armed groups that name a group the story names.

Within one narrative (an article; a comment, which reads after its article), a generic
mention resolves to a named armed group when it plainly refers to one:

- a definite reference ("the insurgents", "their fighters", "the rebels'"): the group
  named most recently before it; "the jihadists", "the Islamists" only a jihadist one
  (``Lexicon.jihadist``). When the last named groups are named together ("JNIM and ISIS
  clashed ... the militants") the one the story has named more often wins; equally
  named, neither does.
- a description by allegiance ("fighters linked to al-Qaeda", "Islamic State-linked
  insurgents"): the group sworn to that network that the story names (before it, else
  anywhere in the narrative, when there is one such group); else the network itself when
  the story names it as a party. The network named in the description is then no party.

A bare noun ("militants attacked a convoy") names nobody in particular and stays generic,
and so does every generic mention with no compatible group to refer to. Pure: text and
mentions in, mentions out.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence

from timeline.lexicon import Lexicon
from timeline.records import ActorMention

__all__ = ["resolve_references"]

_ARMED = "armed_group"
_GENERIC = "generic"
_JIHADIST_NOUNS = frozenset({"jihadists", "jihadist", "islamists", "extremists"})
# A determiner that makes a generic noun point back: "the rebels", "their fighters".
_DEFINITE = re.compile(r"\b(?:the|these|those|their|its)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_DEFINITE_REACH = 40
_OWN_DETERMINER = re.compile(r"(?:the|these|those)\s", re.IGNORECASE)  # "the group" itself
# "fighters linked to al-Qaeda": the generic noun, then the network it is sworn to.
_LINKED_TO = re.compile(
    r"\s+(?:(?:said\s+to\s+be|believed\s+to\s+be|who\s+are)\s+)?"
    r"(?:linked|allied|affiliated|aligned|loyal|tied)\s+(?:to|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Islamic State-linked insurgents": the network, hyphenated, right before the noun.
_LINKED_BEFORE = re.compile(
    r"(?P<network>[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,5}?)-(?:linked|affiliated|allied|aligned)"
    r"\s+(?:[a-z][\w-]*\s+)?$"
)
# The network named in a description of another group: "pledged allegiance to ISIS",
# "JNIM, al-Qaeda's affiliate", "an affiliate of al-Qaeda" (the group is the party).
_PATRON_BEFORE = re.compile(
    r"\b(?:allegiance|linked|allied|affiliated|aligned|loyal|tied)\s+(?:to|with)\s+"
    r"(?:the\s+)?$|\b(?:affiliate|branch|franchise|wing|offshoot)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PATRON_AFTER = re.compile(r"['’]s?\s+(?:affiliate|branch|franchise|offshoot)\b", re.IGNORECASE)
_DESCRIBES_REACH = 100  # characters from a group to the network its description names
_SENTENCE_END = re.compile(r"[.!?]\s")
_TIE_REACH = 300  # characters within which two groups named last may share a sentence

NameOf = Callable[[str], str | None]  # canonical actor of a written name, if any


@dataclasses.dataclass(frozen=True, slots=True)
class _Reference:
    mention: ActorMention
    network: str | None  # the network of a description by allegiance
    patron: ActorMention | None  # the network's mention in it, no party


def _is_patron(text: str, mention: ActorMention) -> bool:
    lookback = max(0, mention.start - 40)
    return (
        _PATRON_BEFORE.search(text, lookback, mention.start) is not None
        or _PATRON_AFTER.match(text, mention.end) is not None
    )


def _describes(text: str, before: Sequence[ActorMention], patron: ActorMention) -> bool:
    """Whether the network named at ``patron`` describes a group named just before it in
    its sentence ("the ADF, which pledged allegiance to ISIS"): no party then."""
    last = next((m for m in reversed(before) if m.kind == _ARMED), None)
    if last is None or patron.start - last.end > _DESCRIBES_REACH:
        return False
    return _SENTENCE_END.search(text, last.end, patron.start) is None


def _network_before(text: str, mention: ActorMention, name_of: NameOf) -> str | None:
    """The network of "X-linked <noun>", read from the words before the hyphen."""
    found = _LINKED_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if found is None:
        return None
    words = found.group("network").split()
    for i in range(len(words)):  # "Suspected Islamic State-linked": the longest that names
        name = name_of(" ".join(words[i:]))
        if name is not None:
            return name
    return None


def _reference(
    text: str, mention: ActorMention, after: ActorMention | None, name_of: NameOf
) -> _Reference | None:
    """The generic ``mention`` as a reference, if it is one (``after``: the next mention)."""
    if mention.kind != _GENERIC:
        return None
    linked = after is not None and _LINKED_TO.fullmatch(text, mention.end, after.start)
    if linked and after is not None and after.kind == _ARMED:
        return _Reference(mention, after.name, after)
    network = _network_before(text, mention, name_of)
    if network is not None:
        return _Reference(mention, network, None)
    lookback = max(0, mention.start - _DEFINITE_REACH)
    if _OWN_DETERMINER.match(mention.text) or _DEFINITE.search(text, lookback, mention.start):
        return _Reference(mention, None, None)
    return None


def _compatible(lexicon: Lexicon, reference: _Reference, name: str) -> bool:
    if reference.mention.text.lower() in _JIHADIST_NOUNS:
        return lexicon.jihadist(name)
    return True


def _latest(
    text: str, lexicon: Lexicon, reference: _Reference, before: Sequence[ActorMention]
) -> str | None:
    """The group named last before a definite reference, unless another compatible one
    is named in the same sentence and as often."""
    fitting = [m for m in before if _compatible(lexicon, reference, m.name)]
    if not fitting:
        return None
    last = fitting[-1]
    together = {
        m.name
        for m in fitting
        if last.end - m.end <= _TIE_REACH
        and (m.end >= last.start or _SENTENCE_END.search(text, m.end, last.start) is None)
    }
    if len(together) == 1:
        return last.name
    counts = Counter(m.name for m in fitting if m.name in together).most_common()
    return counts[0][0] if counts[0][1] > counts[1][1] else None


def _sworn(
    lexicon: Lexicon,
    reference: _Reference,
    before: Sequence[ActorMention],
    everywhere: Sequence[ActorMention],
) -> str | None:
    """The group a description by allegiance names: see the module docstring."""
    network = reference.network
    sworn_before = [m.name for m in before if lexicon.allegiance(m.name) == network]
    if sworn_before:
        return sworn_before[-1]
    sworn = {m.name for m in everywhere if lexicon.allegiance(m.name) == network}
    if len(sworn) == 1:
        return sworn.pop()
    if not sworn and any(m.name == network for m in everywhere):
        return network
    return None


def _resolve_narrative(
    text: str,
    mentions: list[ActorMention],
    context: Sequence[ActorMention],
    lexicon: Lexicon,
    name_of: NameOf,
) -> list[ActorMention]:
    """The mentions of one narrative, references resolved; ``context`` is read before it."""
    parties = [m for m in mentions if m.kind == _ARMED and not _is_patron(text, m)]
    everywhere = [*context, *parties]
    named: list[ActorMention] = list(context)  # named groups so far, resolved ones too
    out: list[ActorMention] = []
    dropped: set[int] = set()
    for i, mention in enumerate(mentions):
        if mention.start in dropped:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        reference = _reference(text, mention, after, name_of)
        if reference is None:
            if mention.kind != _ARMED or not _is_patron(text, mention):
                named += [mention] if mention.kind == _ARMED else []
                out.append(mention)
            elif not _describes(text, out, mention):
                out.append(mention)  # "pledged allegiance to ISIS" with nobody before it
            continue
        if reference.network is not None:
            name = _sworn(lexicon, reference, named, everywhere)
        else:
            name = _latest(text, lexicon, reference, named)
        if name is None:
            out.append(mention)
            continue
        end = mention.end
        if reference.patron is not None:  # "fighters linked to al-Qaeda": one mention
            end = reference.patron.end
            dropped.add(reference.patron.start)
        resolved = ActorMention(mention.start, end, text[mention.start : end], name, _ARMED)
        out.append(resolved)
        named.append(resolved)
    return out


def resolve_references(
    text: str,
    mentions: Sequence[ActorMention],
    narratives: Sequence[Sequence[tuple[int, int]]],
    lexicon: Lexicon,
    name_of: NameOf,
) -> list[ActorMention]:
    """``mentions`` (sorted by start) with generic references resolved (module docstring).

    ``narratives`` are the runs of text each read as one narrative; the first (the
    article) is also read before each of the others (its comments). Mentions in no
    narrative are left as they are. ``name_of`` gives the canonical actor of a written
    name ("Islamic State" -> "ISIS").
    """
    if not narratives or not any(m.kind in {_GENERIC, _ARMED} for m in mentions):
        return list(mentions)
    resolved: dict[int, list[ActorMention]] = {}
    article: list[ActorMention] = []
    for n, regions in enumerate(narratives):
        own = [m for m in mentions if any(lo <= m.start < hi for lo, hi in regions)]
        context = article if n else []
        done = _resolve_narrative(text, own, context, lexicon, name_of)
        if n == 0:
            article = [m for m in done if m.kind == _ARMED and not _is_patron(text, m)]
        for m in own:
            resolved.setdefault(m.start, [])
        for m in done:
            resolved.setdefault(m.start, []).append(m)
    out: list[ActorMention] = []
    for m in mentions:
        if m.start in resolved:
            out.extend(resolved.pop(m.start))
        elif not any(lo <= m.start < hi for regions in narratives for lo, hi in regions):
            out.append(m)
    return out
