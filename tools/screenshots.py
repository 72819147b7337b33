"""Screenshots of map.html and timeline.html for the README, made from the bundled examples.

    TIMELINE_BROWSER_ASSETS=DIR python tools/screenshots.py [--out docs/images] [--tiles]

Runs ``timeline run examples/`` into a temporary folder, opens both pages in Chromium
(as the browser tests do: Debian's chromium, the map's CDN files served from the npm
install in $TIMELINE_BROWSER_ASSETS) and writes ``map.png`` and ``timeline.png``.

Map tiles come from the network only with ``--tiles``. By default the map is drawn
offline over country outlines from Natural Earth (the npm packages ``world-atlas@2.0.2``
and ``topojson-client@3.1.0``, installed in the same folder), which keeps the pictures
the same from run to run and asks no tile server for anything.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT / "tests" / "browser"))

from browser_helpers import (  # noqa: E402
    CHROMIUM_ARGS,
    MAP_READY,
    TIMELINE_READY,
    Traffic,
    prerequisites,
)

_SEA = "#dde9f0"
_OUTLINES = """([topojsonSource, world, sea]) => {
  (0, eval)(topojsonSource);  // defines the topojson global of topojson-client
  const map = window[document.querySelector(".folium-map").id];
  map.getContainer().style.background = sea;
  const land = topojson.feature(world, world.objects.countries);
  L.geoJSON(land, {interactive: false, style: {color: "#9aa7b0", weight: 0.8,
    fillColor: "#f4f1ea", fillOpacity: 1}}).addTo(map).bringToBack();
}"""


_CENTRAL = """() => {
  const marks = [...document.querySelectorAll(".leaflet-marker-icon.tl-mk")];
  const gap = m => { const r = m.getBoundingClientRect();
    return Math.hypot(r.x - innerWidth / 2, r.y - innerHeight / 1.6); };
  let best = -1;
  marks.forEach((m, i) => { if (best < 0 || gap(m) < gap(marks[best])) { best = i; } });
  return best;
}"""


def _run_examples(out: Path) -> None:
    command = [sys.executable, "-m", "timeline", "run", str(_ROOT / "examples"), "--out", str(out)]
    subprocess.run(command, check=True, cwd=_ROOT)


def _outlines(page: Any, root: Path) -> None:
    source = (root / "node_modules/topojson-client/dist/topojson-client.min.js").read_text()
    world = json.loads((root / "node_modules/world-atlas/countries-50m.json").read_text())
    page.evaluate(_OUTLINES, [source, world, _SEA])


def _map(browser: Any, root: Path, url: str, target: Path, tiles: bool) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 720}, bypass_csp=True)
    page = context.new_page()
    traffic = Traffic(root)
    traffic.watch(page)
    if tiles:  # let tile requests through to the network
        page.route(re.compile(r"/\d+/\d+/\d+(@2x)?\.png"), lambda route: route.continue_())
    page.goto(url)
    page.wait_for_selector(MAP_READY, state="attached")
    if not tiles:
        page.evaluate("document.querySelectorAll('.leaflet-tile-pane').forEach(p => p.remove())")
        _outlines(page, root)
    central = page.evaluate(_CENTRAL)
    if central >= 0:  # open the popup of the marker nearest the middle, to show one
        page.locator(".leaflet-marker-icon.tl-mk").nth(central).click()
        page.locator(".leaflet-popup-content").wait_for()
    page.wait_for_timeout(500)  # the popup's pan animation
    page.screenshot(path=str(target))
    context.close()


def _timeline(browser: Any, url: str, target: Path) -> None:
    context = browser.new_context(viewport={"width": 1100, "height": 1250})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(TIMELINE_READY, state="attached")
    page.screenshot(path=str(target))
    context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=_ROOT / "docs" / "images")
    parser.add_argument("--tiles", action="store_true", help="fetch real map tiles")
    args = parser.parse_args()
    chromium, root, reason = prerequisites()
    if chromium is None or root is None:
        sys.exit(f"screenshots: {reason}")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="timeline_shots_") as tmp, sync_playwright() as pw:
        pages = Path(tmp)
        _run_examples(pages)
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        _map(browser, root, (pages / "map.html").as_uri(), args.out / "map.png", args.tiles)
        _timeline(browser, (pages / "timeline.html").as_uri(), args.out / "timeline.png")
        browser.close()
    for name in ("map.png", "timeline.png"):
        print(f"wrote {args.out / name} ({(args.out / name).stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
