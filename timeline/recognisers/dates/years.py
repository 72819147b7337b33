"""The year of a partial date when no publication date is known: a weekday next to it
("Tuesday, December 6"), or in the same paragraph, narrows the years it admits, and an
explicit year elsewhere in the text picks one of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from timeline.recognisers.dates.resolve import candidate_years
from timeline.recognisers.dates.state import Hit

__all__ = ["Inference", "infer_years"]

_PARTIAL = re.compile(r"XXXX-(\d\d)-(\d\d)$")
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])$")


@dataclass(slots=True)
class Inference:
    """What a second pass should know: see ``Context``."""

    year_hints: dict[int, int] = field(default_factory=dict)
    weekday_links: dict[int, int] = field(default_factory=dict)
    day_hints: dict[int, date] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.year_hints or self.weekday_links or self.day_hints)


def _paragraph(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _groups(text: str, hits: list[Hit]) -> dict[int, list[Hit]]:
    groups: dict[int, list[Hit]] = {}
    for hit in hits:
        if _PARTIAL.match(hit.value) or (hit.rule == "weekday" and _WEEKDAY.match(hit.value)):
            groups.setdefault(_paragraph(text, hit.start), []).append(hit)
    return groups


def _attached_weekday(hit: Hit) -> int | None:
    """The weekday written with a partial date, read back from its candidate years."""
    found = _PARTIAL.match(hit.value)
    if not hit.year_candidates or found is None:
        return None
    month, day = int(found[1]), int(found[2])
    return date(hit.year_candidates[0], month, day).isoweekday()


def _link(group: list[Hit], result: Inference) -> dict[int, list[int]]:
    """Partial dates and weekdays of one paragraph that name the same day."""
    partials = [h for h in group if _PARTIAL.match(h.value)]
    weekdays = [h for h in group if _WEEKDAY.match(h.value)]
    numbers = {int(_WEEKDAY.match(h.value)[1]) for h in weekdays}  # type: ignore[index]
    if len({h.value for h in partials}) != 1 or len(numbers) != 1:
        return {}
    number = numbers.pop()
    linked: dict[int, list[int]] = {}
    for partial in partials:
        attached = _attached_weekday(partial)
        if attached is None:
            result.weekday_links[partial.start] = number
        elif attached != number:
            continue
        linked[partial.start] = [h.start for h in weekdays]
    return linked


def _choose(candidates: tuple[int, ...], evidence: list[tuple[int, int]], pos: int) -> int | None:
    best: tuple[int, int] | None = None
    for where, year in evidence:
        if year in candidates and (best is None or abs(where - pos) < best[0]):
            best = (abs(where - pos), year)
    return best[1] if best else None


def infer_years(text: str, hits: list[Hit]) -> Inference:
    """Links and years a second pass over a text without a publication date should use."""
    result = Inference()
    linked: dict[int, list[int]] = {}
    for group in _groups(text, hits).values():
        linked.update(_link(group, result))
    evidence = [
        (h.start, h.period.year) for h in hits if h.basis == "explicit" and h.period is not None
    ]
    for hit in hits:
        found = _PARTIAL.match(hit.value)
        if found is None:
            continue
        month, day = int(found[1]), int(found[2])
        weekday = result.weekday_links.get(hit.start)
        candidates = hit.year_candidates or (
            candidate_years(month, day, weekday) if weekday else ()
        )
        year = _choose(candidates, evidence, hit.start)
        if year is None:
            continue
        result.year_hints[hit.start] = year
        for start in linked.get(hit.start, []):
            result.day_hints[start] = date(year, month, day)
    return result
