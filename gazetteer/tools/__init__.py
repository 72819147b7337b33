"""Scripts that derive the committed files of gazetteer/data from public sources."""

from __future__ import annotations

__all__: list[str] = []
