"""The sentence grammar of the corpus generator: sections of alternatives, read from *.txt.

A grammar file holds sections; a section is a ``[name]`` line followed by its
alternatives, one a line (``#`` starts a comment line). In an alternative,
``{name}`` expands another section, or a slot the story fills (a town, an actor, a
number, a date relative to the publication date: ``SLOTS``), and ``(a|b|)`` picks one
of its options (an empty one makes the group optional); groups nest. A line starting
with ``N*`` counts N times. Rendering picks uniformly at each choice, so a section of
ten lines with two groups of three options each has ninety sentences, times its slots.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from pathlib import Path
from typing import Final

from timeline.errors import ConfigError

__all__ = ["SLOTS", "Alt", "Grammar", "Ref", "Sequence", "load_grammar"]

_FOLDER: Final = Path(__file__).resolve().parent
_REDRAWS: Final = 3
#: The slots a story fills (``corpus_data.story.Story.slot``), besides the sections.
SLOTS: Final = frozenset(
    {
        "town", "town2", "city", "region", "country", "adj", "venue", "gov", "gov_voice",
        "armed", "armed2", "foreign", "foreign_voice", "org", "generic", "civ", "person",
        "person2", "expert", "air", "n_small", "n_word", "n_hundreds", "n_thousands", "n_pct",
        "weekday_past", "weekday_future", "abs_past", "abs_future", "month_past",
        "month_future", "year_past", "year_bg", "clause", "prev", "km",
    }
)  # fmt: skip


class Ref:
    """``{name}``: a section (``options`` set once the grammar is read) or a slot."""

    __slots__ = ("name", "options")

    def __init__(self, name: str) -> None:
        self.name = name
        self.options: tuple[Sequence, ...] | None = None


class Alt:
    """``(a|b|c)``: one of its options."""

    __slots__ = ("options",)

    def __init__(self, options: tuple[Sequence, ...]) -> None:
        self.options = options


Sequence = tuple["str | Ref | Alt", ...]
Filler = Callable[[str], str]


def _parse(text: str, start: int, where: str, *, nested: bool) -> tuple[list[Sequence], int]:
    """The options of ``text`` from ``start`` up to the ``)`` closing a group (or the end)."""
    options: list[Sequence] = []
    parts: list[str | Ref | Alt] = []
    literal: list[str] = []
    i = start
    while i < len(text):
        char = text[i]
        if char in "{(|)" and literal:
            parts.append("".join(literal))
            literal = []
        if char == "{":
            end = text.find("}", i)
            if end < 0:
                raise ConfigError(f"{where}: unclosed {{ in {text!r}")
            parts.append(Ref(text[i + 1 : end]))
            i = end
        elif char == "(":
            inner, i = _parse(text, i + 1, where, nested=True)
            parts.append(Alt(tuple(inner)))
        elif char == "|" and nested:
            options.append(tuple(parts))
            parts = []
        elif char == ")" and nested:
            options.append(tuple(parts))
            return options, i
        else:
            literal.append(char)
        i += 1
    if nested:
        raise ConfigError(f"{where}: unclosed ( in {text!r}")
    if literal:
        parts.append("".join(literal))
    options.append(tuple(parts))
    return options, i


def _refs(sequence: Sequence) -> list[Ref]:
    found: list[Ref] = []
    for part in sequence:
        if isinstance(part, Ref):
            found.append(part)
        elif isinstance(part, Alt):
            for option in part.options:
                found += _refs(option)
    return found


class Grammar:
    """Sections of alternatives; ``render(name, rng, fill)`` makes one text of a section."""

    def __init__(self, sections: dict[str, list[Sequence]]) -> None:
        self.sections = {name: tuple(options) for name, options in sections.items()}
        for name, options in self.sections.items():
            for ref in (r for option in options for r in _refs(option)):
                if ref.name in self.sections:
                    ref.options = self.sections[ref.name]
                elif ref.name not in SLOTS:
                    raise ConfigError(f"grammar section [{name}]: unknown name {{{ref.name}}}")

    def __contains__(self, name: str) -> bool:
        return name in self.sections

    def render(
        self, name: str, rng: random.Random, fill: Filler, used: set[tuple[str, int]] | None = None
    ) -> str:
        """A text of section ``name``; ``used`` holds the alternatives a paragraph has
        already taken, and a few more draws avoid them."""
        options = self.sections[name]
        index = rng.randrange(len(options))
        if used is not None:
            for _ in range(_REDRAWS):
                if (name, index) not in used:
                    break
                index = rng.randrange(len(options))
            used.add((name, index))
        out: list[str] = []
        self._expand(options[index], rng, fill, out)
        return "".join(out)

    def _expand(self, sequence: Sequence, rng: random.Random, fill: Filler, out: list[str]) -> None:
        for part in sequence:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, Alt):
                self._expand(rng.choice(part.options), rng, fill, out)
            elif part.options is None:
                out.append(fill(part.name))
            else:
                self._expand(rng.choice(part.options), rng, fill, out)


def _sections(text: str, where: str) -> dict[str, list[Sequence]]:
    sections: dict[str, list[Sequence]] = {}
    current: list[Sequence] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ConfigError(f"{where}:{number}: an alternative before any [section]")
        count, star, rest = line.partition("*")
        times = int(count) if star and count.isdigit() else 1
        body = rest.strip() if star and count.isdigit() else line
        options, _ = _parse(body, 0, f"{where}:{number}", nested=False)
        current.extend(options * times)
    return sections


@functools.cache
def load_grammar(folder: Path = _FOLDER) -> Grammar:
    """The grammar of every *.txt file in ``folder`` (sections of the same name merge)."""
    merged: dict[str, list[Sequence]] = {}
    for path in sorted(folder.glob("*.txt")):
        for name, options in _sections(path.read_text(encoding="utf-8"), path.name).items():
            merged.setdefault(name, []).extend(options)
    return Grammar(merged)
