"""Worst-case inputs for regular expressions, and every compiled pattern of the package.

``collect_patterns()`` walks every module of ``timeline`` and ``gazetteer`` (and the
recognisers built from the bundled lexicon) for compiled patterns: module constants,
and patterns inside tuples, dicts and the package's own objects.

``attack_inputs(pattern, n)`` reads a pattern's syntax tree (``re._parser``) and, for
every quantifier that may repeat many times, builds strings that make a backtracking
engine work hardest: a prefix that leads the match to the quantifier, ``n`` copies of a
piece the quantifier's body accepts (for a nested repetition, one pass of the inner
loop), then a character that makes the match fail, so every way of dividing the run
between overlapping quantifiers is tried.
"""

from __future__ import annotations

import importlib
import pathlib
import re
import signal
import sys
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812
from typing import Any, Literal

REPO = pathlib.Path(__file__).resolve().parents[2]
PACKAGES = ("timeline", "gazetteer")
#: Characters tried as members of character classes, and as the failing character.
POOL = (
    "a",
    "Z",
    "7",
    " ",
    "\n",
    "\t",
    "_",
    ",",
    ".",
    "-",
    "'",
    "’",
    "/",
    ":",
    "(",
    ")",
    "$",
    "é",
    "Ж",
    "\u00a0",
    "—",
    "!",
    "x",
    "\x00",
)
KILLERS = ("!", "a", "Z", "7", " ", "\n", ".", "-", "_", "é", "\x00", "'")
#: A few killers of different kinds, for a quick run.
QUICK_KILLERS = ("!", "\x00")
#: A quantifier is a pump when it may repeat at least this many times.
MIN_PUMP_MAX = 8
#: At most this many witnesses are kept for any node (alternations can be huge).
MAX_WITNESSES = 4
_CATEGORY_RE = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_LINEBREAK: r"\n",
    C.CATEGORY_NOT_LINEBREAK: r"[^\n]",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


@dataclass(frozen=True, slots=True)
class Found:
    """A compiled pattern and where it was found."""

    pattern: re.Pattern[str]
    where: str


# -- collecting -------------------------------------------------------------------------


def _module_names() -> Iterator[str]:
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            if parts[-1] == "__main__" or "tools" in parts:
                continue  # developers' data builders (gazetteer/tools), not run on text
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _members(obj: Any) -> dict[str, Any]:
    found = dict(vars(obj)) if hasattr(obj, "__dict__") else {}
    for cls in type(obj).__mro__:
        for slot in getattr(cls, "__slots__", ()):
            if hasattr(obj, slot):
                found[slot] = getattr(obj, slot)
    return found


class _Walker:
    def __init__(self) -> None:
        self.found: dict[tuple[str, int], Found] = {}
        self._seen: set[int] = set()

    def walk(self, obj: Any, where: str, depth: int = 0) -> None:
        if id(obj) in self._seen or depth > 6:
            return
        self._seen.add(id(obj))
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, str):
                self.found.setdefault((obj.pattern, obj.flags), Found(obj, where))
        elif isinstance(obj, str | bytes | int | float | bool | types.ModuleType | type):
            return
        elif isinstance(obj, tuple | list | set | frozenset):
            for i, item in enumerate(islice(obj, 20_000)):
                self.walk(item, f"{where}[{i}]", depth + 1)
        elif isinstance(obj, dict):
            for key, item in islice(obj.items(), 20_000):
                self.walk(item, f"{where}[{key!r}]", depth + 1)
        elif (type(obj).__module__ or "").split(".")[0] in PACKAGES:
            for name, item in _members(obj).items():
                self.walk(item, f"{where}.{name}", depth + 1)


def collect_patterns(extra: dict[str, Any] | None = None) -> list[Found]:
    """Every compiled str pattern in the package's modules (and in ``extra`` objects)."""
    walker = _Walker()
    for name in _module_names():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if not attr.startswith("__"):
                walker.walk(value, f"{name}.{attr}")
    for name, obj in (extra or {}).items():
        walker.walk(obj, name)
    return list(walker.found.values())


# -- witnesses --------------------------------------------------------------------------


def _flags_ignore(flags: int) -> bool:
    return bool(flags & re.IGNORECASE)


def _in_set(items: list[tuple[Any, Any]], ch: str, ignore: bool) -> bool:
    negate = False
    hit = False
    candidates = {ch, ch.lower(), ch.upper()} if ignore else {ch}
    for op, arg in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or chr(arg) in candidates
        elif op is C.RANGE:
            hit = hit or any(arg[0] <= ord(c) <= arg[1] for c in candidates)
        elif op is C.CATEGORY:
            hit = hit or re.fullmatch(_CATEGORY_RE.get(arg, r"(?!)"), ch) is not None
    return hit != negate


def _spread(values: list[str]) -> list[str]:
    """At most MAX_WITNESSES distinct values, spread over the list."""
    unique = list(dict.fromkeys(values))
    if len(unique) <= MAX_WITNESSES:
        return unique
    step = len(unique) / MAX_WITNESSES
    return [unique[int(i * step)] for i in range(MAX_WITNESSES)]


def _node(op: Any, arg: Any, flags: int) -> list[str]:
    """Short strings ``(op, arg)`` matches."""
    if op is C.LITERAL:
        return [chr(arg)]
    if op is C.NOT_LITERAL:
        return [c for c in POOL if c != chr(arg)][:2]
    if op is C.ANY:
        return ["a", " "]
    if op is C.IN:
        return _spread([c for c in POOL if _in_set(arg, c, _flags_ignore(flags))]) or [""]
    if op is C.BRANCH:
        return _spread([w for alt in arg[1] for w in sequence(alt, flags)[:1]])
    if op is C.SUBPATTERN:
        return sequence(arg[3], (flags | arg[1]) & ~arg[2])
    if op is C.ATOMIC_GROUP:
        return sequence(arg, flags)
    if op in _REPEATS:
        low = max(arg[0], 1)
        return _spread([w * low for w in sequence(arg[2], flags)] + ([""] if arg[0] == 0 else []))
    if op is C.GROUPREF_EXISTS:
        return sequence(arg[1], flags)
    return [""]  # AT, ASSERT, ASSERT_NOT, GROUPREF: zero width, or not modelled


def sequence(items: Any, flags: int) -> list[str]:
    """Short strings a sequence of nodes matches (options of each node combined in step)."""
    options = [_node(op, arg, flags) for op, arg in items]
    if not options:
        return [""]
    width = max(len(o) for o in options)
    return _spread(["".join(o[i % len(o)] for o in options) for i in range(width)])


# -- pumps ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pump:
    """Where a quantifier sits (what leads to it), and what one of its passes looks like."""

    prefix: str
    piece: str


def _children(op: Any, arg: Any, flags: int) -> Iterator[tuple[Any, int]]:
    if op is C.BRANCH:
        for alt in arg[1]:
            yield alt, flags
    elif op is C.SUBPATTERN:
        yield arg[3], (flags | arg[1]) & ~arg[2]
    elif op is C.ATOMIC_GROUP:
        yield arg, flags
    elif op in _REPEATS:
        yield arg[2], flags
    elif op in (C.ASSERT, C.ASSERT_NOT):
        yield arg[1], flags
    elif op is C.GROUPREF_EXISTS:
        yield arg[1], flags
        if arg[2] is not None:
            yield arg[2], flags


def _pumps(items: Any, flags: int, prefix: str, out: list[Pump], budget: list[int]) -> None:
    for index, (op, arg) in enumerate(items):
        if budget[0] <= 0:
            return
        lead = prefix + sequence(items[:index], flags)[0]
        if op in _REPEATS and (arg[1] is C.MAXREPEAT or arg[1] >= MIN_PUMP_MAX):
            for piece in sequence(arg[2], flags):
                if piece:
                    out.append(Pump(lead, piece))
                    budget[0] -= 1
        for child, child_flags in _children(op, arg, flags):
            _pumps(child, child_flags, lead, out, budget)


def pumps(pattern: re.Pattern[str], limit: int = 60) -> list[Pump]:
    """The quantifiers of ``pattern`` that may repeat many times, as pumps."""
    tree = P.parse(pattern.pattern, pattern.flags)
    out: list[Pump] = []
    _pumps(list(tree), pattern.flags, "", out, [limit])
    return list(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class Attack:
    """``prefix``, then ``piece`` repeated, then ``killer``: a worst case at any size."""

    prefix: str
    piece: str
    killer: str

    def text(self, n: int) -> str:
        return self.prefix + self.piece * max(1, n // len(self.piece)) + self.killer

    def describe(self, n: int) -> str:
        return (
            f"{self.prefix!r} + {self.piece!r} * {max(1, n // len(self.piece))} + {self.killer!r}"
        )


def attacks(pattern: re.Pattern[str], killers: tuple[str, ...] = KILLERS) -> list[Attack]:
    """Attacks on every pump of ``pattern`` (with and without the lead-in), each killer."""
    found: list[Attack] = []
    for pump in pumps(pattern):
        for prefix in dict.fromkeys((pump.prefix, "")):
            found.extend(Attack(prefix, pump.piece, killer) for killer in killers)
    return list(dict.fromkeys(found))


# -- timing -----------------------------------------------------------------------------


class Overrun(Exception):
    """A match ran past its time limit."""


def _alarm(signum: int, frame: Any) -> None:
    raise Overrun


#: How a pattern is used: searched through a text (finditer, search; also match and
#: fullmatch, as the worst of them), or matched at one position only.
Use = Literal["search", "match", "fullmatch"]


def exercise(pattern: re.Pattern[str], text: str, use: Use = "search") -> None:
    """Run ``pattern`` on ``text`` as ``use`` says."""
    if use == "match":
        pattern.match(text)
    elif use == "fullmatch":
        pattern.fullmatch(text)
    else:
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        pattern.fullmatch(text)


def time_limited(call: Callable[[], None], seconds: float) -> float | None:
    """Seconds ``call`` took, or None when it ran past ``seconds`` (then it is stopped).

    The regular expression engine checks for signals while it matches, so an alarm
    stops even a catastrophic backtracking run.
    """
    previous = signal.signal(signal.SIGALRM, _alarm)
    start = time.perf_counter()
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        call()
    except Overrun:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


#: Attacks are ranked at this size; the slowest are then run at full size.
RANK_SIZE = 400
RANKED = 3


@dataclass(frozen=True, slots=True)
class Verdict:
    """The slowest attack on a pattern at size ``n``: seconds (None when over the limit),
    and how the time grew from an eighth of that size (about 8 when linear)."""

    found: Found
    attack: Attack | None
    n: int
    seconds: float | None
    growth: float | None

    def describe(self) -> str:
        pattern = self.found.pattern.pattern
        shown = pattern if len(pattern) <= 70 else pattern[:67] + "..."
        if self.attack is None:
            return f"{self.found.where} {shown!r}: no repetition to attack"
        took = "over the limit" if self.seconds is None else f"{self.seconds:.3f}s"
        grew = "" if self.growth is None else f", x{self.growth:.0f} for 8x the size"
        return f"{self.found.where} {shown!r}: {took}{grew} on {self.attack.describe(self.n)}"


def _seconds(pattern: re.Pattern[str], text: str, limit: float, use: Use) -> float | None:
    return time_limited(lambda: exercise(pattern, text, use), limit)


def _fastest(
    pattern: re.Pattern[str], text: str, limit: float, use: Use, times: int = 3
) -> float | None:
    """The fastest of ``times`` runs (None if one runs over ``limit``): a growth ratio of
    two single runs of a few milliseconds is mostly the noise of a busy machine."""
    best: float | None = None
    for _ in range(times):
        took = _seconds(pattern, text, limit, use)
        if took is None:
            return None
        best = took if best is None else min(best, took)
    return best


def catastrophic(
    found: Found, n: int, limit: float, use: Use = "search", killers: tuple[str, ...] = KILLERS
) -> Verdict | None:
    """The first attack of size ``n`` on ``found`` that runs over ``limit`` seconds, if any.

    At a few hundred characters a linear or quadratic pattern takes well under a second;
    one that backtracks exponentially does not finish.
    """
    for attack in attacks(found.pattern, killers):
        if _seconds(found.pattern, attack.text(n), limit, use) is None:
            return Verdict(found, attack, n, None, None)
    return None


def verdict(found: Found, n: int, limit: float, use: Use = "search") -> Verdict:
    """The slowest attack on ``found`` at size ``n`` (among the slowest at a small size),
    with how its time grew from an eighth of ``n``."""
    ranked: list[tuple[float, Attack]] = []
    for attack in attacks(found.pattern):
        took = _seconds(found.pattern, attack.text(RANK_SIZE), limit, use)
        if took is None:
            return Verdict(found, attack, RANK_SIZE, None, None)
        ranked.append((took, attack))
    ranked.sort(key=lambda item: -item[0])
    worst = Verdict(found, None, n, 0.0, None)
    for _, attack in ranked[:RANKED]:
        took = _fastest(found.pattern, attack.text(n), limit, use)
        if took is None:
            return Verdict(found, attack, n, None, None)
        small = _fastest(found.pattern, attack.text(n // 8), limit, use) or 0.0
        growth = took / small if small > 1e-4 else None
        if worst.attack is None or took > (worst.seconds or 0.0):
            worst = Verdict(found, attack, n, took, growth)
    return worst


if __name__ == "__main__":  # a report: python tests/fuzz/fuzz_redos.py [n] [limit]
    sys.path.insert(0, str(REPO))
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    bound = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    for item in collect_patterns():
        print(verdict(item, size, bound).describe(), flush=True)
