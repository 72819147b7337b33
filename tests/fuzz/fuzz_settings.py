"""Fuzzing settings: a quick run by default, the long run with TIMELINE_FUZZ=long.

python -m pytest tests/fuzz                           # a few hundred cases a property
TIMELINE_FUZZ=long python -m pytest tests/fuzz        # 15,000 cases a property (105,000
                                                      # across the seven recognisers),
                                                      # 100,000-character inputs, every
                                                      # regex killer, 40 killed writers
TIMELINE_FUZZ_EXAMPLES=3000 python -m pytest tests/fuzz   # cases a property, any number
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import HealthCheck, settings

LONG = os.environ.get("TIMELINE_FUZZ", "").lower() == "long"


@dataclass(frozen=True)
class Scale:
    """How hard the fuzz tests push."""

    examples: int  # hypothesis examples per property
    text_size: int  # characters of the pathological inputs
    regex_size: int  # characters of the regular-expression attacks
    kills: int  # writer processes killed mid-write


SCALE = (
    Scale(examples=15_000, text_size=100_000, regex_size=400, kills=40)
    if LONG
    else Scale(examples=200, text_size=20_000, regex_size=200, kills=2)
)
if os.environ.get("TIMELINE_FUZZ_EXAMPLES"):  # a run of its own size
    SCALE = dataclasses.replace(SCALE, examples=int(os.environ["TIMELINE_FUZZ_EXAMPLES"]))

#: The time one example may take: some hundred times what one takes on this machine.
DEADLINE = timedelta(seconds=5)

#: Settings of every property test here (not loaded as a profile: other folders keep theirs).
FUZZ = settings(
    max_examples=SCALE.examples,
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=not LONG,
    database=None if not LONG else settings.default.database,
)
