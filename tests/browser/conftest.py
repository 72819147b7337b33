"""Fixtures for the browser tests: one headless Chromium, pages that never reach the network.

Needs Debian's chromium (/usr/bin/chromium, or $TIMELINE_CHROMIUM), the playwright
package (its own browsers are not used), and the map's npm packages in
$TIMELINE_BROWSER_ASSETS. Without them the tests skip, saying what is missing; with
TIMELINE_BROWSER_REQUIRED=1 (CI) they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import CHROMIUM_ARGS, REQUIRED_ENV, Traffic, prerequisites

from timeline.render import write_map, write_timeline


def _missing(reason: str) -> None:
    if os.environ.get(REQUIRED_ENV):
        pytest.fail(f"browser tests cannot run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    chromium, _, reason = prerequisites()
    if chromium is None:
        _missing(reason)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install playwright)")
    with sync_playwright() as driver:
        instance = driver.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def assets() -> Path:
    """The npm install serving the map's CDN files; the map tests skip without it."""
    _, root, reason = prerequisites()
    if root is None:
        _missing(reason)
    assert root is not None
    return root


@pytest.fixture
def open_page(browser) -> Iterator[Callable[..., tuple[Any, Traffic]]]:
    """Opens a URL in a fresh browser context; returns the page and what it did.

    A map page needs the ``assets`` fixture (it skips without them); the timeline does not.
    """
    contexts = []

    def opener(url: str, ready: str | None = None) -> tuple[Any, Traffic]:
        _, root, reason = prerequisites()
        if root is None and "map.html" in url:
            _missing(reason)
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        contexts.append(context)
        page = context.new_page()
        traffic = Traffic(root)
        traffic.watch(page)
        page.goto(url)
        if ready:
            page.wait_for_selector(ready, state="attached", timeout=20_000)
        return page, traffic

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def write_pages(tmp_path) -> Callable[..., tuple[str, str]]:
    """Writes map.html and timeline.html side by side; returns their file:// URLs."""

    def writer(table, title: str | None = None, **options) -> tuple[str, str]:
        map_page = write_map(table, tmp_path / "map.html", title=title, **options)
        timeline = write_timeline(table, tmp_path / "timeline.html", title=title)
        return map_page.resolve().as_uri(), timeline.resolve().as_uri()

    return writer
