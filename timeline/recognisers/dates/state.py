"""What a rule returns (``Hit``) and what it reads while resolving (``Context``): the
text, the reference date, and the narrative state that anaphora anchor to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from timeline.recognisers.dates.context import crosses_sentence, tense
from timeline.recognisers.dates.periods import Period

__all__ = ["Context", "Hit", "Narrative"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One resolved expression at [start, end) before it becomes a ``Timex``.

    ``period`` gives the value and interval unless ``value``/``interval`` override them
    (TIME values, narrowed or open intervals). ``anchor`` says whether later anaphora
    ("the next day") may refer to it. ``note`` says why the expression as written is
    no real date, when it is not (its period is then the part that is real).
    """

    start: int
    end: int
    type: str
    value: str = ""
    period: Period | None = None
    interval: tuple[date, date] | None = None
    precision: str | None = None
    basis: str = "none"
    mod: str | None = None
    year_candidates: tuple[int, ...] = ()
    anchor: bool = True
    rule: str = ""
    note: str | None = None


@dataclass(slots=True)
class Narrative:
    """The last expressions of a call: the last day, the last period of any kind, the last
    quarter or half-year (what a company report is about), and the last day whose year
    is unknown."""

    day: Period | None = None
    day_end: int = -1
    period: Period | None = None
    period_end: int = -1
    partial: str | None = None
    partial_end: int = -1
    written: Period | None = None
    written_end: int = -1
    fiscal: Period | None = None

    def remember(self, period: Period, end: int, explicit: bool = False) -> None:
        self.period, self.period_end = period, end
        if period.kind == "day":
            self.day, self.day_end = period, end
        if period.kind in ("quarter", "half"):
            self.fiscal = period
        if explicit and period.kind in ("day", "month", "season", "quarter", "half"):
            self.written, self.written_end = period, end

    def remember_partial(self, value: str, end: int) -> None:
        """A day whose year is unknown (XXXX-12-06): "that day" can still repeat it."""
        self.partial, self.partial_end = value, end

    def same_day_partial(self) -> str | None:
        """The unresolved day "that day" refers to, if it is the latest day mentioned."""
        return self.partial if self.partial_end > self.day_end else None


@dataclass(slots=True)
class Context:
    """The text being scanned, its region [lo, hi), the reference date and the state.

    With no reference date, a second pass may carry what the first one inferred:
    ``year_hints`` (start of a partial date -> its year), ``weekday_links`` (start of a
    partial date -> the weekday its paragraph gives it) and ``day_hints`` (start of a
    weekday -> the date it was linked to). ``day_first`` reads 06/12/2016 as 6 December.
    """

    text: str
    dct: date | None
    lo: int = 0
    hi: int = 0
    narrative: Narrative = field(default_factory=Narrative)
    year_hints: dict[int, int] = field(default_factory=dict)
    weekday_links: dict[int, int] = field(default_factory=dict)
    day_hints: dict[int, date] = field(default_factory=dict)
    day_first: bool = False

    def tense(self, start: int, end: int) -> str | None:
        return tense(self.text, start, end, self.lo, self.hi)

    def dct_day(self) -> Period | None:
        return Period.of("day", self.dct) if self.dct else None

    def anchor_day(self) -> tuple[Period | None, str]:
        """The day anaphora refer to: the last day mentioned, else the reference date."""
        if self.narrative.day is not None:
            return self.narrative.day, "relative"
        return self.dct_day(), "relative"

    def sentence_year(self, start: int) -> Period | None:
        """The period with a written year ("in May 2016") earlier in the same sentence: a
        partial date after it ("by 12 August") is in that year."""
        state = self.narrative
        if state.written is None or state.written_end > start:
            return None
        if crosses_sentence(self.text, state.written_end, start):
            return None
        return state.written

    def reporting_period(self) -> Period | None:
        """The quarter or half-year the text reports on: the last one mentioned unless it
        has not ended by the DCT (a forecast), then the last quarter before the DCT."""
        fiscal = self.narrative.fiscal
        if fiscal is not None and (self.dct is None or fiscal.last_day() < self.dct):
            return fiscal
        return Period.of("quarter", self.dct).shift(-1) if self.dct and fiscal else None

    def recent_period(self, start: int) -> Period | None:
        """The last period mentioned, if it lies in the same sentence as ``start``."""
        state = self.narrative
        if state.period is None or state.period_end > start:
            return None
        if crosses_sentence(self.text, state.period_end, start):
            return None
        return state.period
