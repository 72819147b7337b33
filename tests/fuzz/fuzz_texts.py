"""Hypothesis strategies: any text, news-like text built from the things recognisers look
for (and the things that break them), and regions of a text."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

#: Pieces of news text, comments and page furniture, good and bad, in our own words.
FRAGMENTS = (
    # events, actors, places
    "Troops shelled the town",
    "fighters withdrew from",
    "a ceasefire was agreed",
    "Russian warplanes struck",
    "the SDF said",
    "ISIS militants attacked",
    "government forces captured",
    "Daesh",
    "the coalition",
    "Washington urged talks",
    "in Aleppo",
    "near Raqqa",
    "south of Mosul",
    "Palmyra, Syria",
    "Deir ez-Zor",
    "AL-BAB",
    "New York",
    "Ga.",
    "W. Va.",
    # dates, good and impossible
    "on Wednesday",
    "Wed 05 Apr 2017",
    "December 7, 2016",
    "7 December 2016",
    "Dec. 7",
    "2016-12-07",
    "12/07/2016",
    "last week",
    "the next day",
    "two days later",
    "December 45",
    "February 30, 2017",
    "year 99999",
    "99999-12-01",
    "0000-00-00",
    "the 1990s",
    "in the spring of 2017",
    "at 10:15 a.m. EST",
    "every Tuesday",
    # quantities and modality
    "38 buses",
    "about 1,400 people",
    "at least 12 civilians were killed",
    "hundreds of families",
    "$5,000",
    "reportedly",
    "officials denied",
    "may have",
    "according to sources",
    # comment threads and furniture
    "Reply",
    "Notify of",
    "12 Comments",
    "Nadia Haddad says:",
    "Share this:",
    "0 $",
    "https://example.org/a?b=c",
    # shapes that strain patterns
    "1" * 60,
    "." * 40,
    ")" * 30,
    "-" * 30,
    "<!-- x -->" * 5,
    "<div>" * 20,
    "Ж" * 30,
    "مدينة حلب",
    "😀👍🏽",
    "e\u0301",
    "\u200b\u200e\u202e",
    "\ufeff",
    "\ud83d",
    "\x00",
)
SEPARATORS = (" ", " ", " ", ", ", ". ", "\n", "\n\n", "\t", "\u00a0", "  ", " " * 40, "\n" * 6)


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """A text made of news fragments, separators, numbers and bits of any text."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 25))):
        parts.append(
            draw(
                st.one_of(
                    st.sampled_from(FRAGMENTS),
                    st.integers(-(10**12), 10**12).map(str),
                    st.text(max_size=8),
                )
            )
        )
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


#: Any text: arbitrary characters (lone surrogates included, as JSON escapes give them),
#: or news-like text.
TEXTS = st.one_of(
    st.text(max_size=300),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=100),
    news_like(),
)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@st.composite
def regions(draw: st.DrawFn, text: str) -> list[tuple[int, int]] | None:
    """None (the whole text), or sorted, disjoint [start, end) ranges of ``text``."""
    if draw(st.booleans()):
        return None
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return [(lo, hi) for lo, hi in pairs if lo < hi]
