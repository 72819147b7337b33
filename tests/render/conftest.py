"""Fixtures for the renderer tests: small event tables, one of them hostile."""

from __future__ import annotations

from datetime import date

import pytest
from render_helpers import HOSTILE, make_event

from timeline.records import Quantity
from timeline.table import events_to_frame


@pytest.fixture
def small_table():
    """Five events: located, fuzzy-dated, a movement, a comment, one without a place."""
    events = [
        make_event(
            "strike", date_start=date(2016, 12, 5), date_end=date(2016, 12, 7),
            date_precision="week", date_text="early that week", latitude=35.95, longitude=39.01,
            place_name="Raqqa", place_text="Raqqah", country_code="SY", actor1="Russia",
            actor2="ISIS", actors=("Russia", "ISIS"), fatalities=7,
            quantities=(Quantity(0, 9, "40 trucks", 40, "trucks"),), modality="alleged",
            mention_count=3,
        ),
        make_event(
            "convoy", event_type="withdrawal", date_start=date(2017, 1, 1),
            date_end=date(2017, 12, 31), date_precision="year", date_basis="document",
            latitude=35.34, longitude=40.14, place_name="Deir ez-Zor",
            origin_name="Raqqa", origin_latitude=35.95, origin_longitude=39.01,
            destination_name="Abu Kamal", destination_latitude=34.45, destination_longitude=40.92,
        ),
        make_event(
            "talks", event_type="negotiation", date_start=date(2016, 11, 20),
            date_end=date(2016, 11, 20), date_precision="day", latitude=41.01,
            longitude=28.98, place_name="Istanbul", source_kind="comment",
            comment_author="reader42",
        ),
        make_event("claim", event_type="statement", modality="denied"),
        make_event(
            "truce", event_type="ceasefire", date_start=date(2016, 12, 1),
            date_end=date(2016, 12, 31), date_precision="month", latitude=36.2, longitude=37.16,
        ),
    ]  # fmt: skip
    return events_to_frame(events)


@pytest.fixture
def hostile_table():
    """One located comment event whose every text field carries markup and script."""
    event = make_event(
        "x\"><script>alert(3)</script>", sentence=f"They said {HOSTILE}", summary=HOSTILE,
        doc_title=f"Title {HOSTILE}", comment_author=f"Author {HOSTILE}", source_kind="comment",
        place_name=HOSTILE, place_text=HOSTILE, actor1=HOSTILE, actors=(HOSTILE,),
        date_text=HOSTILE, date_start=date(2016, 12, 5), date_end=date(2016, 12, 5),
        latitude=10.0, longitude=20.0, modality=HOSTILE, event_type=HOSTILE,
        doc_url="javascript:alert(1)",
        quantities=(Quantity(0, 1, HOSTILE, 3, HOSTILE),),
    )  # fmt: skip
    return events_to_frame([event])
