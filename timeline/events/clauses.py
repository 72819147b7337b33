"""Clauses within a sentence, and small word-window helpers for the event rules."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from timeline.lexicon.words import REPORTING_VERBS
from timeline.recognisers._case import folded

__all__ = [
    "aside_apart",
    "aside_span",
    "clause_bounds",
    "contrast_free",
    "contrasted",
    "words_before",
    "words_between",
]

# The patterns are written in lower case and matched against the folded text (case-blind,
# faster than re.IGNORECASE).
# A clause ends at a semicolon or colon, before a contrastive conjunction, or at ", and"
# that starts a new subject (not ", and were bused out", which continues the same one).
_CONTRASTIVE = r"but|while|whereas|although|though|however"
# A subordinate clause of time or cause has its own subject: "... before troops close".
_SUBORDINATE = r"before|until|because|unless|once"
# A guess or a belief starts a clause of its own: "they withdraw, my guess is that ...".
_GUESSES = r"my\s+guess|i\s+think|i\s+believe|i\s+guess|i\s+suspect|i\s+bet|maybe|perhaps"
_SAME_SUBJECT = r"were|was|are|is|have|has|had|then|later|also|been|be|being|it|they|he|she"
# A break that opens with a run of spaces is tried only where the run starts: tried at
# every space of a long run, it would read the rest of the run each time (quadratic).
_RUN_START = r"(?<=\s)(?<!\s\s)"  # just after the first space of a run (in _PLAIN_BREAK)
_CLAUSE_BREAK = re.compile(
    rf"[;:]\s+|(?<!\s)\s+(?:{_CONTRASTIVE})\s+|(?:,|(?<!\s))\s+(?:{_SUBORDINATE})\s+"
    rf"|,\s+(?=(?:{_GUESSES})\b)|,\s+and\s+(?!(?:{_SAME_SUBJECT})\b)"
    # What a report says is a clause of its own: "the SDF said that [the alliance has deals]".
    rf"|\b(?:{REPORTING_VERBS}|told\s+\w+|"
    r"believes?|thinks?|knows?|indicates?|suggests?|information|evidence|denied|denies)"
    # "said in a statement on Monday that", "told reporters in Kabul that"
    r"(?:\s+(?:in|on|to|at|through)(?:\s+(?:a|an|the|its|his|her|their))?(?:\s+[\w-]+){1,2}){0,2}"
    r"\s+(?P<that>that\s+)"
)
# The same breaks but the report's (for a sentence without "that"), each alternative
# opened by the one character it starts with: a pattern that starts with a class is
# searched for by that class, in C, far faster than trying every alternative everywhere.
_PLAIN_BREAK = re.compile(
    rf"[;:,\s](?:(?<=[;:])\s+|{_RUN_START}\s*+(?:{_CONTRASTIVE})\s+"
    rf"|(?<=,)\s+(?:{_SUBORDINATE})\s+|{_RUN_START}\s*+(?:{_SUBORDINATE})\s+"
    rf"|(?<=,)\s+(?=(?:{_GUESSES})\b)"
    rf"|(?<=,)\s+and\s+(?!(?:{_SAME_SUBJECT})\b))"
)
# _PLAIN_BREAK's alternatives that open with punctuation: all it can find in a sentence
# with none of the words its other ones open with (_SPACED), and found much faster.
_PUNCT_BREAK = re.compile(
    rf"[;:,](?:(?<=[;:])\s+|(?<=,)\s+(?:{_SUBORDINATE})\s+|(?<=,)\s+(?=(?:{_GUESSES})\b)"
    rf"|(?<=,)\s+and\s+(?!(?:{_SAME_SUBJECT})\b))"
)
_SPACED = tuple(  # ("although" holds "though")
    word for word in (*_CONTRASTIVE.split("|"), *_SUBORDINATE.split("|")) if word != "although"
)
_WORD = re.compile(r"[\w'’.-]+")
# "when", "after", "as", "since" open a clause of their own when a subject and a finite
# verb follow ("... were killed when government jets bombed the market"); before a noun
# phrase alone they are prepositions ("after days of heavy fighting", "as part of").
# (What r"\b(?:when|after|as|since)\s+" finds, opened by its first letter's class: a
# pattern that starts with a class is searched for by that class, in C.)
_SUBORDINATOR = re.compile(r"[was](?<=\b[was])(?:(?<=w)hen|(?<=a)(?:fter|s)|(?<=s)ince)\s+")
_NOT_AFTER_AS = frozenset("such well so same just as".split())  # "such as", "as well as"
# "two days after a truce expired", "shortly after": a clause that dates the one before
# it, the background of its happening rather than a happening told, stays with it, unless
# it is a few hours, days or weeks and its own verb tells a happening ("four days after the
# militia overran it", "weeks after the leaders were arrested"): a second happening.
_TIME_OFFSETS = frozenset(
    """minutes hours day days week weeks month months year years shortly soon just moments
    long""".split()
)
_SHORT_OFFSETS = frozenset("hours day days week weeks".split())  # a happening told apart
_NOT_SUBJECTS = frozenset(
    """being having well part many much long soon far if though usual expected to for of
    in on at by from with""".split()
)
_FINITE = frozenset(
    """was were is are has have had did will would could can may might struck hit shot
    fought took fell overran blew broke drove fled left came went began led ran sent held
    gave made lost won met threw withdrew swept tore rose spread""".split()
)
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# A span of time that opens a noun phrase: "(five) months of", "a week of", "years of".
_SPAN_OF = re.compile(r"(?:[\w-]+\s+)?(?:hours|days|weeks|months|years|week|month|year)\s+of\b")
_CLAUSE_REACH = 8  # words a subordinate clause's finite verb may stand after its opener
_WORD_OR_STOP = re.compile(r"(?P<word>[\w'’-]+)|[^\w\s]")  # a word, or punctuation
_CONTRAST_WORDS = ("but", "while", "whereas", "although", "though", "however", "yet")
_CONTRAST = re.compile(r"\b(?:{})\b".format("|".join(_CONTRAST_WORDS)))
_CONTRAST_LONGEST = max(len(word) for word in _CONTRAST_WORDS)


def _clause_verb(lower: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the finite verb of the words from ``start`` (after a "when", "after", "as" or
    "since") stands, with the word after it, when they are a clause: a subject, then a
    finite verb, before any punctuation ("when government jets bombed", "after the agreement
    was announced"; not "after days of heavy fighting", "after five months of bombing that
    left 1,100 dead", "after shelling the town", "as part of the deal", "as well as")."""
    words: list[tuple[str, int]] = []
    for match in _WORD_OR_STOP.finditer(lower, start, min(end, start + 16 * _CLAUSE_REACH)):
        word = match.group("word")
        if word is None or len(words) > _CLAUSE_REACH:
            break  # punctuation ends the clause the opener may start
        words.append((word, match.start()))
    if not words or words[0][0] in _NOT_SUBJECTS or words[0][0].endswith("ing"):
        return None
    if _SPAN_OF.match(" ".join(word for word, _ in words[:4])):
        return None  # "after five months of bombing that left ...": a span, its verb relative
    for k in range(1, len(words)):
        (word, at), previous = words[k], words[k - 1][0]
        following, next_at = words[k + 1] if k + 1 < len(words) else ("", at)
        if word in _FINITE:
            return at, next_at
        if len(word) > 4 and word.endswith("ed") and previous not in _DETERMINERS:
            # "an agreement signed by both sides" is no clause
            return (at, next_at) if following != "by" else None
    return None


def _finite_clause(lower: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` are a clause (see ``_clause_verb``)."""
    return _clause_verb(lower, start, end) is not None


def _verb_told(lower: str, start: int, end: int, verbs: Sequence[int]) -> bool:
    """Whether the clause from ``start`` has a trigger verb (by its start in ``verbs``) for
    its verb: "after the militia overran it", "after the leaders were arrested"; not
    "after the neighbours traded strikes"."""
    verb = _clause_verb(_without_apposition(lower, start, end), start, end)
    return verb is not None and any(at in verbs for at in verb)


# A short apposition after a subject: "fighters of the White Army, a Nuer youth militia,"
_APPOSITION = re.compile(r",\s+(?:a|an|the|one|two|both|its|their|his|her)\s+[^,;:.()]{1,40},")


def _without_apposition(lower: str, start: int, end: int) -> str:
    """``lower`` with the first short apposition after ``start`` blanked (the offsets kept),
    so that the verb after it is read as its subject's ("weeks after Zambada and Guzman
    Lopez, one of El Chapo's sons, were arrested")."""
    found = _APPOSITION.search(lower, start, min(end, start + 16 * _CLAUSE_REACH))
    if found is None:
        return lower
    return lower[: found.start()] + " " * (found.end() - found.start()) + lower[found.end() :]


def _subordinate_cuts(
    lower: str, start: int, end: int, verbs: Sequence[int] = ()
) -> list[tuple[int, int]]:
    """Where a subordinate clause with a subject of its own starts (see ``_SUBORDINATOR``);
    ``verbs`` are the starts of the sentence's trigger verbs (see ``_TIME_OFFSETS``)."""
    cuts = []
    for match in _SUBORDINATOR.finditer(lower, start, end):
        before = _WORD.findall(lower, max(start, match.start() - 12), match.start())
        previous = before[-1] if before else ""
        if match.group().startswith("as") and previous in _NOT_AFTER_AS:
            continue
        if match.group().startswith("after") and previous in _TIME_OFFSETS:
            if previous in _SHORT_OFFSETS and _verb_told(lower, match.end(), end, verbs):
                cuts.append((match.start(), match.end()))
            continue
        if _finite_clause(lower, match.end(), end):
            cuts.append((match.start(), match.end()))
    return cuts


def clause_bounds(
    text: str, start: int, end: int, verbs: Sequence[int] = ()
) -> list[tuple[int, int]]:
    """The [start, end) spans of the clauses of the sentence text[start:end]; ``verbs``,
    the starts of its trigger verbs, tell the happenings of "days after" clauses."""
    lower = folded(text)
    if lower.find("that", start, end) < 0:  # no report's "that": no break before one
        spaced = any(lower.find(word, start, end) >= 0 for word in _SPACED)
        pattern = _PLAIN_BREAK if spaced else _PUNCT_BREAK
        cuts = [(m.start(), m.end()) for m in pattern.finditer(lower, start, end)]
    else:
        cuts = [
            (m.start("that") if m.group("that") else m.start(), m.end())
            for m in _CLAUSE_BREAK.finditer(lower, start, end)
        ]
    subordinate = _subordinate_cuts(lower, start, end, verbs)
    if subordinate:
        cuts = sorted(cuts + subordinate)
    bounds = []
    lo = start
    for cut, after in cuts:
        if cut > lo:
            bounds.append((lo, cut))
        lo = max(lo, after)
    if end > lo:
        bounds.append((lo, end))
    return bounds or [(start, end)]


def words_before(text: str, pos: int, limit: int, floor: int = 0) -> list[str]:
    """Up to ``limit`` lowercased words before ``pos`` (not before ``floor``), nearest last."""
    words = _WORD.findall(text[max(floor, pos - 12 * limit) : pos])
    return [w.lower() for w in words[-limit:]]


def words_between(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[start:end])]


def contrasted(text: str, start: int, end: int) -> bool:
    """Whether a contrast ("but", "while", "however") stands between two offsets: what
    is denied or attributed on one side does not carry over to the other.

    What ``_CONTRAST.search(folded(text), lo, hi)`` says, in time that does not grow with
    the distance (the event rules ask it for every pair of mentions in a sentence)."""
    lo, hi = min(start, end), max(start, end)
    starts, ends = _contrasts(text)
    first = bisect.bisect_left(starts, lo)  # the first contrast word from ``lo`` on
    if first < len(starts) and ends[first] <= hi:
        return True
    # A word cut at ``hi`` is whole to a search that ends there ("but" of "butter").
    return _CONTRAST.search(folded(text), max(lo, hi - _CONTRAST_LONGEST), hi) is not None


def contrast_free(text: str, start: int, end: int) -> bool:
    """Whether ``contrasted`` is False for every two offsets in [start, end): no contrast
    word, whole or cut, lies in ``text[start:end]``."""
    starts, ends = _contrast_letters(text)
    at = bisect.bisect_left(starts, start)
    while at < len(starts) and starts[at] < end:
        if ends[at] <= end:
            return False
        at += 1
    return True


@functools.lru_cache(maxsize=4)
def _contrast_letters(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the contrast words in ``text`` as letters, whole words or
    not (by start), for the last few texts."""
    lower = folded(text)
    spans = []
    for word in _CONTRAST_WORDS:
        at = lower.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = lower.find(word, at + 1)
    spans.sort()
    return [lo for lo, _ in spans], [hi for _, hi in spans]


@functools.lru_cache(maxsize=4)
def _contrasts(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the contrast words in ``text``, in order (whole words:
    they never overlap), for the last few texts.

    What ``_CONTRAST.finditer`` finds, found faster: each word's occurrences by
    ``str.find``, kept where the pattern matches (where it is a whole word)."""
    lower = folded(text)
    spans = []
    for word in _CONTRAST_WORDS:
        at = lower.find(word)
        while at >= 0:
            match = _CONTRAST.match(lower, at)
            if match is not None and match.end() == at + len(word):
                spans.append(match.span())
            at = lower.find(word, at + 1)
    spans.sort()
    return [lo for lo, _ in spans], [hi for _, hi in spans]


# A relative clause set off by commas ("Rwandan troops, who have fought there since 2021,
# were deployed on Sunday") tells background: its dates, negations and loose words are not
# those of the sentence's main verb.
_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;:]*")


def aside_span(text: str, pos: int) -> tuple[int, int] | None:
    """The comma-set relative clause ``pos`` lies in, if any.

    What the first match of ``_ASIDE.finditer(folded(text), line_start, pos + 1)`` around
    ``pos`` is: no match holds a comma after its first character, so the only one that
    can hold ``pos`` starts at the last comma before it."""
    line_start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    lower = folded(text)
    comma = lower.rfind(",", line_start, pos)
    if comma < 0:
        return None
    match = _ASIDE.match(lower, comma, pos + 1)
    return match.span() if match is not None and pos < match.end() else None


def aside_apart(text: str, pos: int, other: int) -> bool:
    """Whether ``pos`` lies in a comma-set relative clause that ``other`` lies outside."""
    span = aside_span(text, pos)
    return span is not None and not span[0] < other < span[1]
