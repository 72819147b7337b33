"""Helpers for the browser tests: serve the map's CDN files from a local npm install.

map.html loads Leaflet and Leaflet.markercluster from cdn.jsdelivr.net. The tests never
reach the network: every request the pages make is intercepted, CDN files are answered
from ``$TIMELINE_BROWSER_ASSETS/node_modules`` (``npm install --prefix DIR`` of
``timeline.render.cdn.NPM_PACKAGES``), tiles with a blank image, and anything else is
refused and recorded so a test can say the page asked for nothing unexpected.
"""

from __future__ import annotations

import json
import os
import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.render.cdn import CDN, NPM_PACKAGES

MAP_READY = "[data-tl-ready]"  # the map's markers are all in their cluster
TIMELINE_READY = "main[aria-busy=false]"  # every card is built
# Visible events on the map: single markers plus the counts on cluster icons.
COUNT_MARKERS = """() => {
  let n = document.querySelectorAll('.leaflet-marker-icon.tl-mk').length;
  document.querySelectorAll('.marker-cluster').forEach(c => { n += parseInt(c.textContent, 10); });
  return n;
}"""
COUNT_CARDS = (
    "() => [...document.querySelectorAll('article.ev')].filter(a => a.offsetParent).length"
)

ASSETS_ENV = "TIMELINE_BROWSER_ASSETS"
CHROMIUM_ENV = "TIMELINE_CHROMIUM"
REQUIRED_ENV = "TIMELINE_BROWSER_REQUIRED"  # set in CI: missing prerequisites fail, not skip
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_CDN_FILE = re.compile(re.escape(CDN) + r"/((?:@[^/@]+/)?[^/@]+)@([^/]+)/(.+)")
_TYPES = {".js": "application/javascript", ".css": "text/css", ".png": "image/png"}


def _blank_tile() -> bytes:
    """A 256 x 256 light grey PNG, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xe8" * 256 for _ in range(256))
    header = struct.pack(">IIBBBBB", 256, 256, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


TILE = _blank_tile()


def installed_version(root: Path, package: str) -> str | None:
    manifest = root / "node_modules" / package / "package.json"
    if not manifest.is_file():
        return None
    version: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return version


@dataclass
class Traffic:
    """What a page asked for and what went wrong on it."""

    root: Path | None  # the npm install serving CDN files; None refuses them
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)

    def route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
            return
        match = _CDN_FILE.fullmatch(url.split("?")[0])
        if match and self.root is not None:
            package, version, path = match.groups()
            local = self.root / "node_modules" / package / path
            if installed_version(self.root, package) == version and local.is_file():
                self.served.append(url)
                headers = {
                    "Content-Type": _TYPES.get(local.suffix, "application/octet-stream"),
                    "Access-Control-Allow-Origin": "*",  # as jsDelivr sends; SRI needs CORS
                }
                route.fulfill(status=200, body=local.read_bytes(), headers=headers)
                return
        if re.search(r"/\d+/\d+/\d+(@2x)?\.png$", url):  # a map tile
            route.fulfill(status=200, body=TILE, headers={"Content-Type": "image/png"})
            return
        self.refused.append(url)
        route.abort()

    def watch(self, page: Any) -> None:
        page.on("pageerror", lambda err: self.errors.append(f"pageerror: {err}"))
        page.on(
            "console",
            lambda msg: (
                self.errors.append(f"console {msg.type}: {msg.text}")
                if msg.type in ("error", "warning")
                else None
            ),
        )

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.route("**/*", self.route)


def prerequisites() -> tuple[str | None, Path | None, str]:
    """(chromium path, assets folder, why not) for the browser tests."""
    chromium = os.environ.get(CHROMIUM_ENV, DEFAULT_CHROMIUM)
    if not Path(chromium).is_file():
        return None, None, f"no chromium at {chromium} (apt-get install chromium; {CHROMIUM_ENV})"
    assets = os.environ.get(ASSETS_ENV)
    if not assets or not (Path(assets) / "node_modules").is_dir():
        return (
            chromium,
            None,
            (
                f"set {ASSETS_ENV} to the folder of `npm install --prefix DIR "
                f"{' '.join(NPM_PACKAGES)}`"
            ),
        )
    return chromium, Path(assets), ""
