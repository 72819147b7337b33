"""Running extraction over an archive: batches of documents in parallel, then one merge."""

from __future__ import annotations

__all__: list[str] = []
