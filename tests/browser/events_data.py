"""Event tables for the browser tests, written for them (no sample text)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from timeline.records import Event, Quantity
from timeline.table import events_to_frame

# Places of the table: name, latitude, longitude.
PLACES = (
    ("Harbour Town", 36.2, 37.1),
    ("Hill Village", 35.9, 39.0),
    ("River Crossing", 34.4, 40.9),
    ("Airfield", 33.5, 36.3),
)
# (type, modality, source kind) cycled through the located events.
KINDS = (
    ("airstrike", "asserted", "article"),
    ("shelling", "reported", "article"),
    ("negotiation", "asserted", "comment"),
    ("withdrawal", "alleged", "article"),
    ("statement", "denied", "comment"),
    ("evacuation", "asserted", "article"),
)
ACTORS = ("Northern Brigade", "Coastal Guard", "River Militia")


def event(event_id: str, **fields: Any) -> Event:
    base: dict[str, Any] = {
        "event_type": "airstrike",
        "summary": f"Summary {event_id}",
        "sentence": f"The evidence sentence of {event_id}.",
        "doc_id": f"doc-{event_id[:2]}",
        "char_start": 0,
        "char_end": 40,
        "source_kind": "article",
        "doc_title": f"Report {event_id[:2]}",
        "doc_url": f"https://news.example.org/{event_id[:2]}",
    }
    base.update(fields)
    return Event(event_id=event_id, **base)


def _located(i: int) -> Event:
    kind, modality, source = KINDS[i % len(KINDS)]
    name, lat, lon = PLACES[i % len(PLACES)]
    day = date(2016, 11, 1) + timedelta(days=7 * i)
    return event(
        f"ev{i:02d}", event_type=kind, modality=modality, source_kind=source,
        comment_author=f"reader {i}" if source == "comment" else None,
        date_start=day, date_end=day, date_precision="day",
        place_name=name, latitude=lat, longitude=lon,
        actor1=ACTORS[i % 3], actors=(ACTORS[i % 3],),
        summary=f"{kind} at {name} number {i}",
    )  # fmt: skip


def table(located: int = 24) -> Any:
    """``located`` events on four places over half a year, a movement, two without a place."""
    events = [_located(i) for i in range(located)]
    events.append(
        event(
            "mv-convoy",
            event_type="withdrawal",
            date_start=date(2017, 3, 1),
            date_end=date(2017, 3, 31),
            date_precision="month",
            place_name="Hill Village",
            latitude=35.9,
            longitude=39.0,
            origin_name="Hill Village",
            origin_latitude=35.9,
            origin_longitude=39.0,
            destination_name="River Crossing",
            destination_latitude=34.4,
            destination_longitude=40.9,
            quantities=(Quantity(0, 9, "40 buses", 40, "buses"),),
        )  # fmt: skip
    )
    events.append(event("un-dated", event_type="appeal", place_name="Airfield", latitude=33.5,
                        longitude=36.3))  # fmt: skip
    events.append(event("no-place", event_type="statement", date_start=date(2016, 12, 1),
                        date_end=date(2016, 12, 1)))  # fmt: skip
    return events_to_frame(events)


# Markup and script an attacker could put into an article or a commenter's name: if any of
# it ran, window.tlPwned would be set or a dialog would open.
ATTACK = (
    '<script>window.tlPwned = 1; alert("s")</script>'
    "<img src=x onerror=\"window.tlPwned = 2; alert('i')\">"
    '"><svg onload="window.tlPwned = 3">'
)


def hostile_table() -> Any:
    fields = {
        "summary": f"Attack {ATTACK}", "sentence": f"Residents wrote {ATTACK} on the wall.",
        "doc_title": f"Title {ATTACK}", "place_name": f"Town {ATTACK}", "actors": (ATTACK,),
        "actor1": ATTACK, "date_text": ATTACK, "date_start": date(2017, 1, 5),
        "date_end": date(2017, 1, 5), "latitude": 35.0, "longitude": 38.0,
    }  # fmt: skip
    article = event("hostile-a", **fields)
    comment = event(
        "hostile-c", **fields | {"latitude": 30.0, "longitude": 31.0}, source_kind="comment",
        comment_author=f"Reader {ATTACK}", doc_url="javascript:window.tlPwned=4",
    )  # fmt: skip
    return events_to_frame([article, comment])
