"""TIMEX3 duration values (P3D, PT24H, P2Y6M, PXW) and the precision word of a span of
days."""

from __future__ import annotations

from datetime import date

__all__ = ["SCALED", "SMALLER", "duration_value", "precision_of"]

# Units counted in another unit: a fortnight is two weeks, a decade ten years.
SCALED = {"F": (2, "W"), "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y")}
# Where the fraction of a unit goes: 2.5 years is P2Y6M, 1.5 hours PT1H30M.
SMALLER = {
    "Y": (12, "M"),
    "Q": (3, "M"),
    "M": (30, "D"),
    "W": (7, "D"),
    "D": (24, "TH"),
    "TH": (60, "TM"),
    "TM": (60, "TS"),
}
# TimeML writes a fuzzy count of decades, centuries, millennia as PXE, PXC, PXL.
_FUZZY_CODES = {"F": "W", "DE": "E", "CE": "C", "ML": "L"}


def _part(count: int, unit: str) -> tuple[str, str]:
    """(date part, time part) of one term."""
    if unit.startswith("T"):
        return "", f"{count}{unit[1]}"
    return f"{count}{unit}", ""


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 value of ``count`` ``unit`` (a unit code of ``lexicon.UNITS``);
    ``count`` None is a fuzzy count ("a few days" is PXD)."""
    if count is None:
        code = _FUZZY_CODES.get(unit, unit)
        return f"PTX{code[1]}" if code.startswith("T") else f"PX{code}"
    if unit in SCALED:
        factor, unit = SCALED[unit]
        count *= factor
    whole = int(count)
    terms = [_part(whole, unit)] if whole else []
    rest = count - whole
    if rest > 1e-9 and unit in SMALLER:
        factor, smaller = SMALLER[unit]
        terms.append(_part(round(rest * factor), smaller))
    if not terms:
        terms = [_part(0, unit)]
    day_part = "".join(t[0] for t in terms)
    time_part = "".join(t[1] for t in terms)
    return "P" + day_part + ("T" + time_part if time_part else "")


def precision_of(first: date, last: date) -> str:
    """The precision word for an interval of days of this width."""
    days = (last - first).days + 1
    for limit, word in (
        (1, "day"),
        (10, "week"),
        (45, "month"),
        (100, "season"),
        (400, "year"),
        (4000, "decade"),
    ):
        if days <= limit:
            return word
    return "century"
