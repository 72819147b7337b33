"""Islamic holidays: Ramadan, Eid al-Fitr, Eid al-Adha, Ashura, the Islamic New Year and
the Mawlid, placed on the Gregorian calendar through ``hijri``.

A one-day holiday is that DATE; Ramadan, a whole Hijri month, has the Gregorian year as
its value and its days as the interval. "Eid" alone is whichever Eid is nearest.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.recognisers.dates.durations import precision_of
from timeline.recognisers.dates.hijri import hijri_year_near, holiday_days
from timeline.recognisers.dates.lexicon import normalise
from timeline.recognisers.dates.periods import Period
from timeline.recognisers.dates.resolve import nearest
from timeline.recognisers.dates.state import Context, Hit

__all__ = ["HIJRI_PATTERN", "hijri_holiday"]

# Each spelling group of the pattern -> the holidays it may name.
_GROUPS: dict[str, tuple[str, ...]] = {
    "ramadan": ("ramadan",),
    "fitr": ("eid al-fitr",),
    "adha": ("eid al-adha",),
    "eid": ("eid al-fitr", "eid al-adha"),
    "ashura": ("ashura",),
    "newyear": ("islamic new year",),
    "mawlid": ("mawlid",),
}
HIJRI_PATTERN = (
    r"(?:(?P<rel>last|next|this\s++past|this\s++coming|this)\s++)?"
    r"(?:(?P<ramadan>rama[dz]h?an)|(?P<fitr>i?eid[\s-]+(?:al|ul|el)[\s-]*fitr)"
    r"|(?P<adha>i?eid[\s-]+(?:al|ul|el)[\s-]*adha)|(?P<eid>eid)|(?P<ashura>ashura)"
    r"|(?P<newyear>(?:islamic|hijri)\s++new\s++year)"
    r"|(?P<mawlid>mawlid(?:[\s-]+(?:al|an)[\s-]*nabi)?))"
    r"(?:(?:\s*+,)?\s++(?:of\s++)?(?P<y>1[89]\d\d|20\d\d)(?!\d))?"
)
_BEFORE = frozenset({"last", "this past"})
_AFTER = frozenset({"next", "this coming"})


def _holidays(m: re.Match[str]) -> tuple[str, ...]:
    return next(names for group, names in _GROUPS.items() if m[group])


def _occurrences(names: tuple[str, ...], around: date) -> list[tuple[date, date]]:
    year = hijri_year_near(around)
    return [holiday_days(name, y) for name in names for y in (year - 1, year, year + 1)]


def _choose(
    found: list[tuple[date, date]], ctx: Context, m: re.Match[str], year: int | None
) -> tuple[date, date] | None:
    if year is not None:
        within = sorted(days for days in found if days[0].year == year)
        return within[0] if within else None
    assert ctx.dct is not None
    rel = normalise(m["rel"])
    if rel in _BEFORE:
        found = [days for days in found if days[1] < ctx.dct]
    elif rel in _AFTER:
        found = [days for days in found if days[0] > ctx.dct]
    starts = {Period.of("day", first): (first, last) for first, last in found}
    picked = nearest(list(starts), Period.of("day", ctx.dct), ctx.tense(m.start(), m.end()))
    return starts[picked] if picked is not None else None


def hijri_holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    name_start = next(m.start(g) for g in _GROUPS if m[g])
    if not ctx.text[name_start].isupper():
        return None  # the names are capitalised; "eid" in lower case is something else
    year = int(m["y"]) if m["y"] else None
    if year is None and ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", "XXXX-XX-XX")
    around = date(year, 7, 1) if year is not None else ctx.dct
    assert around is not None
    days = _choose(_occurrences(_holidays(m), around), ctx, m, year)
    if days is None:
        return None
    basis = "explicit" if year is not None else "relative"
    first, last = days
    if first == last:
        return Hit(m.start(), m.end(), "DATE", period=Period.of("day", first), basis=basis)
    return Hit(
        m.start(),
        m.end(),
        "DATE",
        f"{first.year:04d}",
        interval=(first, last),
        precision=precision_of(first, last),
        basis=basis,
    )
