"""Derive gazetteer/data/common_words.tsv: everyday English words, with their frequency.

A word is kept when it is written in lower case in SCOWL's american-english or
british-english list (Debian packages ``wamerican`` and ``wbritish``: ``apt-get download
wamerican wbritish`` then ``dpkg -x``), which leave out proper nouns such as "paris", and
when wordfreq (``pip install wordfreq``) gives it a Zipf frequency of at least 3 (about
once per million words). Both spellings matter: news is written in both ("the city
centre", "the defence ministry").
The third column says whether SCOWL also lists the word capitalised (Turkey, China,
Mobile), a hint that it is commonly a proper noun too. The place recogniser uses the
list to set aside "Nice", "Reading", "Support" or "Hell" where they are ordinary words.

Usage::

    python -m gazetteer.tools.make_common_words /usr/share/dict/american-english \
        /usr/share/dict/british-english
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wordfreq import zipf_frequency  # type: ignore[import-not-found, unused-ignore]

from gazetteer._sources import data_file

__all__ = ["main"]

_MIN_ZIPF = 3.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", type=Path, nargs="+", help="SCOWL word lists")
    args = parser.parse_args(argv)
    words = [w for path in args.words for w in path.read_text(encoding="utf-8").split()]
    capitalised = {w.lower() for w in words if w[:1].isupper()}
    rows = []
    for word in sorted({w for w in words if w.isalpha() and w.islower()}):
        zipf = zipf_frequency(word, "en")
        if zipf >= _MIN_ZIPF:
            rows.append(f"{word}\t{zipf:.2f}\t{int(word in capitalised)}")
    header = (
        "# derived by gazetteer/tools/make_common_words.py from SCOWL american-english and\n"
        "# british-english (Kevin Atkinson, permissive licence) and wordfreq 3.1 frequencies\n"
        "# (data CC BY-SA 4.0)\n"
        "#word\tzipf\tproper_too\n"
    )
    data_file("common_words.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"common_words.tsv: {len(rows)} words")


if __name__ == "__main__":
    main()
