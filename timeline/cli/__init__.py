"""The ``timeline`` command: a thin typer layer over the library (``timeline.workflow``).

Each command parses its options and calls one workflow function; a TimelineError becomes
one line on stderr and exit status 1.
"""

from __future__ import annotations

import os

# Polars' allocator (jemalloc) keeps freed pages for seconds; a long job that builds and
# drops large frames one after another would then hold them all at once. Before polars
# loads, ask it to give them back at once (a user's own setting wins; workers inherit it).
# Arrow's default pool (mimalloc) holds on to what the parts read through it used: the
# system's allocator gives it back (about 60 MB less while an archive's table streams out).
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

from timeline.cli import _commands, _gazetteer  # noqa: E402, F401  (registers the commands)
from timeline.cli._app import app, configure_logging  # noqa: E402

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``timeline`` console script."""
    configure_logging()
    app(prog_name="timeline")
