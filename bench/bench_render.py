"""Time writing map.html and timeline.html for N synthetic events, against plain folium.

    python bench/bench_render.py [--events 10000] [--seed 7] [--out DIR]

The peer, measured in the same run, is the obvious folium map: one ``folium.Marker``
with an escaped ``folium.Popup`` per located event, no clustering, saved with
``Map.save``.
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import folium
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.records import Event, Quantity  # noqa: E402
from timeline.render import write_map, write_timeline  # noqa: E402
from timeline.table import events_to_frame  # noqa: E402
from timeline.vocabulary import EVENT_TYPES, MODALITIES  # noqa: E402

_WORDS = (
    "forces", "convoy", "town", "district", "officials", "reported", "fighters", "checkpoint",
    "villagers", "ceasefire", "talks", "border", "river", "bridge", "airport", "hospital",
    "market", "council", "spokesman", "residents", "morning", "evening", "columns", "trucks",
    "aircraft", "artillery", "positions", "outskirts", "negotiators", "statement", "agreement",
    "corridor", "families", "buses", "province", "command", "militia", "unit", "regional",
)  # fmt: skip
_ACTORS = ("Army", "Militia A", "Coalition", "Rebels", "Police", "Government", "Tribe B")
_PRECISIONS = (("day", 0), ("day", 0), ("day", 0), ("week", 6), ("month", 29), ("year", 364))
_MODALITIES = ("asserted", "asserted", *MODALITIES)  # asserted three times in seven


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(10, 30))
    return " ".join(words).capitalize() + "."


def _point(rng: random.Random) -> tuple[float, float]:
    return rng.uniform(-55.0, 70.0), rng.uniform(-170.0, 175.0)


def _event(i: int, rng: random.Random, docs: int) -> Event:
    doc = rng.randrange(docs)
    start = date(2014, 1, 1) + timedelta(days=rng.randrange(3650))
    precision, span = rng.choice(_PRECISIONS)
    dated = rng.random() > 0.05
    located = rng.random() > 0.1
    lat, lon = _point(rng) if located else (None, None)
    moving = rng.random() < 0.1
    origin, destination = (_point(rng), _point(rng)) if moving else ((None, None), (None, None))
    comment = rng.random() < 0.2
    actors = tuple(rng.sample(_ACTORS, k=rng.randint(0, 3)))
    return Event(
        event_id=f"ev{i:06d}", event_type=rng.choice(list(EVENT_TYPES)),
        summary=" ".join(rng.choices(_WORDS, k=8)), sentence=_sentence(rng),
        doc_id=f"doc{doc}", char_start=i, char_end=i + 100,
        source_kind="comment" if comment else "article",
        comment_author=f"reader{rng.randrange(500)}" if comment else None,
        modality=rng.choice(_MODALITIES),
        date_start=start if dated else None,
        date_end=start + timedelta(days=span) if dated else None,
        date_precision=precision if dated else "unknown",
        date_basis=rng.choice(("explicit", "relative", "document")) if dated else "none",
        place_name=f"Place {rng.randrange(2000)}" if located else None,
        latitude=lat, longitude=lon, country_code="XX" if located else None,
        origin_latitude=origin[0], origin_longitude=origin[1],
        destination_latitude=destination[0], destination_longitude=destination[1],
        origin_name="Origin" if moving else None,
        destination_name="Destination" if moving else None,
        actor1=actors[0] if actors else None, actor2=actors[1] if len(actors) > 1 else None,
        actors=actors, fatalities=rng.randrange(50) if rng.random() < 0.2 else None,
        quantities=(Quantity(0, 5, "some trucks", rng.randrange(1, 400), "trucks"),)
        if rng.random() < 0.1 else (),
        doc_title=f"News report number {doc} on the regional situation",
        doc_url=f"https://news.example.org/{2016 + doc % 4}/report-{doc}",
        mention_count=rng.choice((1, 1, 1, 2, 3)),
    )  # fmt: skip


def _peer(frame: pl.DataFrame, path: Path) -> None:
    """The obvious folium map: one Marker and Popup per located event, no clustering."""
    fmap = folium.Map(location=[20, 0], zoom_start=2)
    rows = frame.select("latitude", "longitude", "sentence").drop_nulls(["latitude", "longitude"])
    for lat, lon, sentence in rows.iter_rows():
        folium.Marker([lat, lon], popup=folium.Popup(html.escape(sentence))).add_to(fmap)
    fmap.save(str(path))


def _timed(label: str, func: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    start = time.perf_counter()
    func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"{label:<34} {seconds:8.3f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="keep the pages in this folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    frame = events_to_frame(_event(i, rng, max(1, args.events // 5)) for i in range(args.events))
    located = frame["latitude"].is_not_null().sum()
    print(f"{args.events:,} events, {located:,} located")
    if args.out is not None:
        _run(frame, args.out)
        return
    with tempfile.TemporaryDirectory(prefix="bench_render_") as out:
        _run(frame, Path(out))


def _run(frame: pl.DataFrame, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ours_map = _timed("timeline map.html", write_map, frame, out / "map.html")
    ours_page = _timed("timeline timeline.html", write_timeline, frame, out / "timeline.html")
    peer = _timed("peer: folium Marker per event", _peer, frame, out / "peer_map.html")
    for name in ("map.html", "timeline.html", "peer_map.html"):
        print(f"{name:<34} {(out / name).stat().st_size / 1e6:8.2f} MB")
    print(f"{'both pages':<34} {ours_map + ours_page:8.3f} s")
    print(f"{'peer / timeline map (speed-up)':<34} {peer / ours_map:8.1f} x")
    size_ratio = (out / "peer_map.html").stat().st_size / (out / "map.html").stat().st_size
    print(f"{'peer / timeline map (size)':<34} {size_ratio:8.1f} x")


if __name__ == "__main__":
    main()
