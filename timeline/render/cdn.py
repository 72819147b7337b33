"""The map's scripts and styles from the jsDelivr CDN, pinned by version and hash.

Only what map.html uses: Leaflet and Leaflet.markercluster (folium's own defaults,
jQuery, Bootstrap, Font Awesome and the rest, are left out). Each link carries a
Subresource Integrity hash, so a browser runs nothing but these exact files even if
the CDN is compromised. The hashes are of the files in the npm packages, which
jsDelivr serves byte for byte; the browser tests check them by serving those files.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.render.safe import esc

__all__ = ["CDN", "MAP_ASSETS", "NPM_PACKAGES", "Asset", "asset_tags"]

CDN = "https://cdn.jsdelivr.net/npm"


@dataclass(frozen=True, slots=True)
class Asset:
    """One file of an npm package, as the CDN serves it, with its SRI hash."""

    package: str
    version: str
    path: str
    integrity: str

    @property
    def url(self) -> str:
        return f"{CDN}/{self.package}@{self.version}/{self.path}"

    def tag(self) -> str:
        """The <script> or <link> element that loads it."""
        checks = f'integrity="{esc(self.integrity)}" crossorigin="anonymous"'
        if self.path.endswith(".js"):
            return f'<script src="{esc(self.url)}" {checks}></script>'
        return f'<link rel="stylesheet" href="{esc(self.url)}" {checks}>'


_LEAFLET = ("leaflet", "1.9.4")
_CLUSTER = ("leaflet.markercluster", "1.5.3")
# Styles first, then scripts in dependency order.
MAP_ASSETS: tuple[Asset, ...] = (
    Asset(
        *_LEAFLET,
        "dist/leaflet.css",
        "sha384-sHL9NAb7lN7rfvG5lfHpm643Xkcjzp4jFvuavGOndn6pjVqS6ny56CAt3nsEVT4H",
    ),
    Asset(
        *_CLUSTER,
        "dist/MarkerCluster.css",
        "sha384-pmjIAcz2bAn0xukfxADbZIb3t8oRT9Sv0rvO+BR5Csr6Dhqq+nZs59P0pPKQJkEV",
    ),
    Asset(
        *_CLUSTER,
        "dist/MarkerCluster.Default.css",
        "sha384-wgw+aLYNQ7dlhK47ZPK7FRACiq7ROZwgFNg0m04avm4CaXS+Z9Y7nMu8yNjBKYC+",
    ),
    Asset(
        *_LEAFLET,
        "dist/leaflet.js",
        "sha384-cxOPjt7s7Iz04uaHJceBmS+qpjv2JkIHNVcuOrM+YHwZOmJGBXI00mdUXEq65HTH",
    ),
    Asset(
        *_CLUSTER,
        "dist/leaflet.markercluster.js",
        "sha384-eXVCORTRlv4FUUgS/xmOyr66XBVraen8ATNLMESp92FKXLAMiKkerixTiBvXriZr",
    ),
)
# What `npm install` needs to serve these files locally (the browser tests do).
NPM_PACKAGES: tuple[str, ...] = tuple(f"{name}@{version}" for name, version in (_LEAFLET, _CLUSTER))


def asset_tags() -> str:
    return "\n".join(asset.tag() for asset in MAP_ASSETS)
