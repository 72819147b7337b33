"""Fixtures: the default gazetteer, and a local stand-in for Nominatim's search API."""

from __future__ import annotations

import contextlib
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import gazetteer

REPLIES = Path(__file__).parent / "fixtures" / "nominatim_replies.json"


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@dataclass
class FakeNominatim:
    """A server on 127.0.0.1 answering /search like Nominatim, from a reply file.

    ``requests`` records the query parameters of each request; ``statuses`` lists
    HTTP statuses to answer the next requests with (then it answers normally);
    ``delay`` makes every answer that late.
    """

    url: str = ""
    replies: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    requests: list[dict[str, list[str]]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0

    def answer(self, path: str) -> tuple[int, bytes]:
        parts = urllib.parse.urlsplit(path)
        params = urllib.parse.parse_qs(parts.query)
        self.requests.append(params)
        if self.delay:
            time.sleep(self.delay)
        if self.statuses:
            return self.statuses.pop(0), b'{"error": "busy"}'
        if parts.path != "/search":
            return 404, b"[]"
        query = " ".join(params.get("q", [""])[0].lower().split())
        found = self.replies.get(query, [])
        wanted = params.get("countrycodes", [""])[0]
        if wanted:
            codes = set(wanted.split(","))
            found = [r for r in found if r.get("address", {}).get("country_code") in codes]  # type: ignore[union-attr]
        return 200, json.dumps(found).encode()


def _handler(fake: FakeNominatim) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (the http.server name)
            status, body = fake.answer(self.path)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # the client may have given up (a timeout test)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def nominatim() -> Iterator[FakeNominatim]:
    fake = FakeNominatim(replies=json.loads(REPLIES.read_text(encoding="utf-8")))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
