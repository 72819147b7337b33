"""Victims: people counted as killed, hurt or detained, and civilian places struck.

Both are the civilian actor: "shelled the town, killing at least 17 people", "killing six
gold miners", "detained three young men", "bombed a clinic", "set fire to a school".
The words name no actor by themselves ("the people of the town" is none). Pure: text in,
mentions out.
"""

from __future__ import annotations

import re

from timeline.records import ActorMention

__all__ = ["find_victims"]

_PEOPLE = (
    "people|children|women|girls|boys|infants|men|miners|workers|traders|students|teachers|"
    "youths|farmers"
)
_SITES = (
    "clinic|hospital|school|market|marketplace|mosque|church|health centre|health center|"
    "displacement camp|homes|houses"
)
# The nouns, found first by a plain scan (fast); the words before them are read after.
_NOUNS = re.compile(rf"(?:{_PEOPLE}|{_SITES})\b")
_SITE_WORDS = frozenset(_SITES.split("|"))
_COUNT = (
    r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|up\s+to|over)\s+)?"
    r"(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"several|dozens\s+of|scores\s+of|hundreds\s+of|thousands\s+of|[a-z]+-(?:one|two|three|"
    r"four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty)\s+"
)
# Counted people after a verb of harm or detention, perhaps with one word describing them
# ("six gold miners", "three young men", "thousands of Yazidi men").
_COUNTED_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|massacring|massacred|"
    r"detaining|detained|arresting|arrested|abducting|abducted|kidnapping|kidnapped)\s+"
    rf"{_COUNT}(?:other\s+)?(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
# A civilian place as the object of an attack ("bombing a clinic", "struck the market").
_SITE_BEFORE = re.compile(
    r"\b(?:bomb(?:s|ed|ing)?|str(?:uck|ike|iking)|hit(?:s|ting)?|shell(?:s|ed|ing)|"
    r"attack(?:s|ed|ing)?|target(?:s|ed|ing)|raid(?:s|ed|ing)?|burn(?:s|t|ed|ing)|"
    r"torch(?:es|ed|ing)|set\s+fire\s+to|sets\s+fire\s+to|setting\s+fire\s+to|"
    r"storm(?:s|ed|ing)|loot(?:s|ed|ing))\s+"
    r"(?:a|an|the|two|three|several|another)\s+(?:[\w-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)
_REACH = 80  # characters before a noun its verb may start at


def find_victims(text: str, name: str) -> list[ActorMention]:
    """The victims of ``text`` (module docstring) as the civilian actor ``name``."""
    found = []
    for noun in _NOUNS.finditer(text):
        start = noun.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            continue  # "women" in "businesswomen", "market" in "supermarket"
        pattern = _SITE_BEFORE if noun.group() in _SITE_WORDS else _COUNTED_BEFORE
        if pattern.search(text, max(0, start - _REACH), start):
            found.append(ActorMention(start, noun.end(), noun.group(), name, "civilian"))
    return found
