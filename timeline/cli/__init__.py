"""The ``timeline`` command: a thin typer layer over the library (``timeline.workflow``).

Each command parses its options and calls one workflow function; a TimelineError becomes
one line on stderr and exit status 1.
"""

from __future__ import annotations

from timeline.cli import _commands, _gazetteer  # noqa: F401  (registers the commands)
from timeline.cli._app import app, configure_logging

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``timeline`` console script."""
    configure_logging()
    app(prog_name="timeline")
