"""Blocking: every pair of events that merging would join is among the candidate pairs."""

import random
from datetime import date, timedelta

import polars as pl
import pytest

from timeline.engine.blocking import (
    candidate_pairs,
    dates_allow,
    iter_candidate_pairs,
    with_family,
)
from timeline.engine.keys import KEY_COLUMNS, KeyRow
from timeline.events.merge import merge_family, same_happening

# Places near one another, near the antimeridian, far north, and country-wide.
CENTRES = [(36.2, 37.1, "SY"), (35.95, 39.0, "SY"), (-16.5, 179.9, "FJ"), (78.2, 15.6, "SJ")]
TYPES = ["agreement", "withdrawal", "airstrike"]
ACTORS = ["Russia", "SDF", "ISIS", "United States"]


def key_row(rng: random.Random) -> KeyRow:
    lat = lon = cc = precision = gid = None
    if rng.random() < 0.8:
        clat, clon, cc = rng.choice(CENTRES)
        lat = clat + rng.uniform(-0.4, 0.4)
        lon = (clon + rng.uniform(-0.8, 0.8) + 180) % 360 - 180
        precision = rng.choice(["city", "city", "region", "country"])
        gid = rng.choice([None, None, 1, 2])
    start: date | None = date(2016, 11, 20) + timedelta(days=rng.randint(0, 45))
    if rng.random() < 0.2:  # years apart, across new year
        start = date(2014, 12, 20) + timedelta(days=rng.randint(0, 4 * 365))
    end = start + timedelta(days=rng.choice([0, 0, 3, 7, 20, 40, 400, 1500]))
    if rng.random() < 0.05:  # no date at all (no publication date either)
        start = end = None
    actors = tuple(rng.sample(ACTORS, rng.randint(0, 2)))
    return KeyRow(
        event_type=rng.choice(TYPES),
        modality=rng.choice(["asserted", "asserted", "reported", "denied", "alleged"]),
        doc_id=rng.choice("abcdefghijkl"),
        source_kind=rng.choice(["article", "comment"]),
        confidence=0.7,
        char_start=rng.randint(0, 3),
        date_start=start,
        date_end=end,
        date_basis="none" if start is None else rng.choice(["explicit", "weekday", "document"]),
        latitude=lat,
        longitude=lon,
        geonameid=gid,
        geo_precision=precision,
        country_code=cc,
        actor1=actors[0] if actors and rng.random() < 0.5 else None,
        actor2=None,
        actors=actors,
    )


def frame_of(rows):
    records = [
        {"_id": i, **{c: getattr(r, c) for c in KEY_COLUMNS}} | {"actors": list(r.actors)}
        for i, r in enumerate(rows)
    ]
    schema = {
        "_id": pl.Int64,
        "date_start": pl.Date,
        "date_end": pl.Date,
        "latitude": pl.Float64,
        "longitude": pl.Float64,
        "geonameid": pl.Int64,
        "actors": pl.List(pl.Utf8),
        "geo_precision": pl.Utf8,
        "country_code": pl.Utf8,
        "actor1": pl.Utf8,
        "actor2": pl.Utf8,
    }
    return with_family(pl.DataFrame(records, schema_overrides=schema))


@pytest.mark.parametrize("seed", range(4))
def test_blocking_keeps_every_pair_that_merges(seed):
    rng = random.Random(seed)
    rows = [key_row(rng) for _ in range(300)]
    found = set(candidate_pairs(frame_of(rows)).iter_rows())
    matched = {True: 0, False: 0}
    for j, b in enumerate(rows):
        for i, a in enumerate(rows[:j]):
            same_family = merge_family(a.event_type) == merge_family(b.event_type)
            if same_family and same_happening(a, b):
                assert (i, j) in found, (a, b)
                matched[a.doc_id == b.doc_id] += 1
    assert matched[False] > 50 and matched[True] > 100, matched  # both kinds were tried
    assert len(found) < 300 * 299 / 2 / 3  # and blocking left most pairs out


@pytest.mark.parametrize("seed", [3, 4])
def test_dates_leave_out_only_pairs_that_never_merge(seed):
    rng = random.Random(seed)
    rows = [key_row(rng) for _ in range(300)]
    frame = frame_of(rows)
    found = candidate_pairs(frame)
    kept = dates_allow(frame, frame["_id"].arg_sort(), found)
    left_out = set(found.iter_rows()) - set(kept.iter_rows())
    assert len(left_out) > found.height / 10  # days rule out pairs that months let in
    assert not [(i, j) for i, j in left_out if same_happening(rows[i], rows[j])]


def test_blocking_finds_the_same_pairs_a_few_events_at_a_time():
    rng = random.Random(11)
    frame = frame_of([key_row(rng) for _ in range(200)])
    whole = set(candidate_pairs(frame).iter_rows())
    pieces = list(iter_candidate_pairs(frame, chunk=7))
    assert len(pieces) > 20
    assert {pair for piece in pieces for pair in piece.iter_rows()} == whole


def test_blocking_leaves_out_events_far_apart():
    rows = [
        KeyRow("airstrike", "asserted", d, "article", 0.7, 0, date(2017, 1, 3), date(2017, 1, 3),
               "explicit", lat, lon, None, "city", cc, "Russia", None, ("Russia",))
        for d, (lat, lon, cc) in [("a", (36.2, 37.1, "SY")), ("b", (48.0, 37.8, "UA"))]
    ]  # fmt: skip
    rows.append(
        KeyRow("airstrike", "asserted", "c", "article", 0.7, 0, date(2019, 5, 1), date(2019, 5, 1),
               "explicit", None, None, None, None, None, "SDF", None, ("SDF",))
    )  # fmt: skip
    # a and b share an actor and a month but lie 1,300 km apart; c shares nothing.
    assert set(candidate_pairs(frame_of(rows)).iter_rows()) == set()


def test_blocking_leaves_out_one_place_and_actor_years_apart():
    rows = [
        KeyRow("airstrike", "asserted", d, "article", 0.7, 0, day, day + timedelta(days=7),
               "document", 36.2, 37.1, 1, "city", "SY", "Russia", None, ("Russia",))
        for d, day in [("a", date(2015, 3, 2)), ("b", date(2019, 3, 4)), ("c", date(2015, 3, 6))]
    ]  # fmt: skip
    # the same place and actor, dated by publication: a and c the same week, b years on.
    assert set(candidate_pairs(frame_of(rows)).iter_rows()) == {(0, 2)}
    assert same_happening(rows[0], rows[2]) and not same_happening(rows[0], rows[1])
