"""Time writing and opening map.html and timeline.html for N synthetic events, against folium.

    python bench/bench_render.py [--events 10000] [--seed 7] [--runs 3] [--out DIR]

Writing: both pages, timed, and their sizes. Opening: each page loaded ``--runs`` times
in Chromium (Debian's /usr/bin/chromium through playwright, CDN files served from
$TIMELINE_BROWSER_ASSETS as in tests/browser), reporting the median time from navigation
to *usable*: the markers (map) or the first cards and their filters (timeline) are on
the page and the page answers input (measured by a 10 ms timer that only runs when the
main thread is free). Also: when the timeline has built every card, and how long one
filter change takes to show. Without chromium or the assets the browser part is
skipped, with the reason.

The peer, measured in the same run, is the obvious folium map: one ``folium.Marker``
with an escaped ``folium.Popup`` per located event, no clustering, saved with
``Map.save`` (opened with the same Leaflet version as ours).
"""

from __future__ import annotations

import argparse
import html
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import folium
import polars as pl

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT))
sys.path.insert(0, str(_ROOT / "tests" / "browser"))  # the CDN-serving route of the tests

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
_JQUERY = (
    "https://code.jquery.com/jquery-3.7.1.min.js",
    "https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js",  # the same file
)


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
    # Same Leaflet as ours, so the comparison is of the pages, not of Leaflet versions, and
    # folium's popups need jQuery: both from the CDN the browser part serves locally.
    page = path.read_text(encoding="utf-8").replace("leaflet@1.9.3/", "leaflet@1.9.4/")
    page = page.replace(_JQUERY[0], _JQUERY[1])
    path.write_text(page, encoding="utf-8")


def _timed(label: str, func: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    start = time.perf_counter()
    func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"{label:<38} {seconds:8.3f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3, help="browser loads per page (median)")
    parser.add_argument("--out", type=Path, default=None, help="keep the pages in this folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    frame = events_to_frame(_event(i, rng, max(1, args.events // 5)) for i in range(args.events))
    located = int(frame["latitude"].is_not_null().sum())
    print(f"{args.events:,} events, {located:,} located")
    if args.out is not None:
        _run(frame, args.out, located, args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="bench_render_") as out:
        _run(frame, Path(out), located, args.runs)


def _run(frame: pl.DataFrame, out: Path, located: int, runs: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ours_map = _timed("write timeline map.html", write_map, frame, out / "map.html")
    ours_page = _timed("write timeline timeline.html", write_timeline, frame, out / "timeline.html")
    peer = _timed("write peer: folium Marker per event", _peer, frame, out / "peer_map.html")
    for name in ("map.html", "timeline.html", "peer_map.html"):
        print(f"{'size ' + name:<38} {(out / name).stat().st_size / 1e6:8.2f} MB")
    print(f"{'write both pages':<38} {ours_map + ours_page:8.3f} s")
    print(f"{'write: peer / timeline map':<38} {peer / ours_map:8.1f} x")
    size_ratio = (out / "peer_map.html").stat().st_size / (out / "map.html").stat().st_size
    print(f"{'size: peer / timeline map':<38} {size_ratio:8.1f} x")
    _open_pages(out, located, runs)


# Conditions for "usable", checked by a 10 ms timer from the first moment of the page.
_USABLE = {
    "map.html": "document.querySelector('[data-tl-ready] .leaflet-marker-icon')",
    "timeline.html": "document.querySelector('article.ev') && "
    "!document.getElementById('tl-filters').hidden",
    "peer_map.html": "document.querySelectorAll('.leaflet-marker-icon').length >= LOCATED",
}
_PROBE = """(() => {
  const usable = () => { try { return !!(CONDITION); } catch (e) { return false; } };
  const poll = () => {
    if (usable()) { window.tlUsable = performance.now(); } else { setTimeout(poll, 10); }
  };
  setTimeout(poll, 0);
})();"""
# One filter change, from the click until the page has drawn its result.
_TIMELINE_FILTER = """async () => {
  const box = document.querySelector("input[name=type]"), t = performance.now();
  box.click();
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
}"""
_MAP_FILTER = """async () => {
  const map = document.querySelector("[data-tl-ready]");
  const box = document.querySelector(".leaflet-control-layers-overlays input");
  const t = performance.now();
  const done = new Promise(r => new MutationObserver((_, obs) => {
    if (map.hasAttribute("data-tl-ready")) { obs.disconnect(); r(); }
  }).observe(map, {attributes: true}));
  box.click();
  await done;
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
}"""


def _load(browser: Any, root: Path, url: str, name: str, located: int) -> dict[str, float]:
    """One load of the page: usable time, and what else the page reports, in seconds."""
    from browser_helpers import Traffic

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    traffic = Traffic(root)
    traffic.watch(page)
    condition = _USABLE[name].replace("LOCATED", str(located))
    page.add_init_script(_PROBE.replace("CONDITION", condition))
    page.goto(url, wait_until="commit")
    page.wait_for_function("() => window.tlUsable !== undefined", timeout=180_000)
    figures = {"usable": page.evaluate("window.tlUsable") / 1000}
    if name == "timeline.html":
        page.wait_for_selector("main[aria-busy=false]", state="attached", timeout=60_000)
        built = page.evaluate("performance.getEntriesByName('tl-built')[0].startTime")
        figures["all cards"] = built / 1000
        figures["filter"] = page.evaluate(_TIMELINE_FILTER) / 1000
    elif name == "map.html":
        figures["filter"] = page.evaluate(_MAP_FILTER) / 1000
    if traffic.errors:
        print(f"  {name}: {traffic.errors[:3]}")
    context.close()
    return figures


def _open_pages(out: Path, located: int, runs: int) -> None:
    from browser_helpers import CHROMIUM_ARGS, installed_version, prerequisites

    chromium, root, reason = prerequisites()
    if chromium is None or root is None:
        print(f"browser: skipped ({reason})")
        return
    from playwright.sync_api import sync_playwright

    medians: dict[str, float] = {}
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for name, count in (("map.html", runs), ("timeline.html", runs), ("peer_map.html", 1)):
            if name == "peer_map.html" and installed_version(root, "jquery") != "3.7.1":
                print("open peer_map.html: skipped (its popups need jquery@3.7.1 in the assets)")
                break
            url = (out / name).resolve().as_uri()
            loads = [_load(browser, root, url, name, located) for _ in range(count)]
            for key in loads[0]:
                medians[f"{name} {key}"] = statistics.median(load[key] for load in loads)
                label = f"open {name}: {key}"
                print(f"{label:<38} {medians[f'{name} {key}']:8.3f} s (median of {count})")
        browser.close()
    if "peer_map.html usable" in medians:
        ratio = medians["peer_map.html usable"] / medians["map.html usable"]
        print(f"{'usable: peer / timeline map':<38} {ratio:8.1f} x")


if __name__ == "__main__":
    main()
