"""Reader-comment threads of saved pages: author lines, comment boundaries, thread start.

In a saved thread, comments follow one another as blocks of text. A new comment starts
after an author line, after two or more blank lines, or after a furniture line ("Reply");
a single blank line continues the same comment (a comment of several paragraphs).

An *author line* is a one-line block of 1 to 5 tokens (2 to 40 characters) that has a
letter, does not end like a sentence (. ! ? , ; : … or a quote), does not open with a
quote or bullet, has no lower-case sentence word ("is", "you", "not" ...), is not a stock
reply ("Agreed", "Well said"), and is followed by a block that is not itself an author
line. Deciding right to left lets a short one-line comment ("Well said") stand before a
named comment: the line just before an author line is never an author line.

Limits: a short comment with none of those marks ("surely false") directly before an
anonymous comment is taken for its author's name; an author line at the very end of the
page (no comment after it) is kept as a comment; an interview laid out with speaker
names on lines of their own looks like a thread when no comment widget follows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from timeline.ingest._furniture import REPLY_PHRASES, SENTENCE_WORDS
from timeline.ingest._lines import Block

__all__ = ["Comment", "author_lines", "group_comments", "unlabelled_thread_start"]

_MAX_AUTHOR_TOKENS: Final = 5
_MIN_AUTHOR_CHARS: Final = 2
_MAX_AUTHOR_CHARS: Final = 40
_SENTENCE_END: Final = frozenset(".!?,;:…\"”’'»")
_OPENERS: Final = frozenset("\"“‘'«-–—•*>[(")
_TOKEN_PUNCT: Final = ".,;:!?\"'()[]“”‘’"
#: An unlabelled thread needs this many author lines, one name at least twice, and no
#: run of more than ``_MAX_COMMENT_BLOCKS`` blocks without a comment boundary.
_MIN_AUTHOR_LINES: Final = 3
_MAX_COMMENT_BLOCKS: Final = 4


@dataclass(frozen=True, slots=True)
class Comment:
    """One comment: where its text lies, and its author when an author line names one."""

    start: int
    end: int
    author: str | None


def _is_author_like(block: Block) -> bool:
    text = block.single_line
    if text is None or not _MIN_AUTHOR_CHARS <= len(text) <= _MAX_AUTHOR_CHARS:
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= _MAX_AUTHOR_TOKENS or not any(c.isalpha() for c in text):
        return False
    if text[-1] in _SENTENCE_END or text[0] in _OPENERS or "://" in text:
        return False
    if text.lower().strip(_TOKEN_PUNCT) in REPLY_PHRASES:
        return False
    words = (token.strip(_TOKEN_PUNCT) for token in tokens)
    return not any(word.islower() and word in SENTENCE_WORDS for word in words)


def author_lines(blocks: Sequence[Block]) -> list[bool]:
    """For each block, whether it is an author line (decided right to left)."""
    flags = [False] * len(blocks)
    for i in range(len(blocks) - 2, -1, -1):
        flags[i] = not flags[i + 1] and _is_author_like(blocks[i])
    return flags


def _starts_comment(block: Block, after_author: bool) -> bool:
    return after_author or block.gap >= 2 or block.after_furniture


def group_comments(blocks: Sequence[Block]) -> list[Comment]:
    """The comments of a thread, given its blocks."""
    flags = author_lines(blocks)
    comments: list[Comment] = []
    start = end = -1
    author: str | None = None
    pending: str | None = None
    after_author = False
    for block, is_author in zip(blocks, flags, strict=True):
        if is_author:
            pending, after_author = block.single_line, True
            continue
        if start < 0 or _starts_comment(block, after_author):
            if start >= 0:
                comments.append(Comment(start, end, author))
            start, author, pending = block.start, pending, None
        end, after_author = block.end, False
    if start >= 0:
        comments.append(Comment(start, end, author))
    return comments


def _longest_runs_from(blocks: Sequence[Block], flags: Sequence[bool]) -> list[int]:
    """For each block, the longest run of blocks without a comment boundary from there on."""
    best = [0] * (len(blocks) + 1)
    run = 0
    for i in range(len(blocks) - 1, -1, -1):
        if flags[i]:
            run, best[i] = 0, best[i + 1]
            continue
        run += 1
        best[i] = max(best[i + 1], run)
        if _starts_comment(blocks[i], i > 0 and flags[i - 1]):
            run = 0
    return best


def unlabelled_thread_start(blocks: Sequence[Block]) -> int | None:
    """The block where a comment thread with no widget label begins, if there is one.

    Without a label, a thread is trusted only on strong evidence: at least three author
    lines from there on, one name among them twice (people answer each other), and no
    run of more than a few paragraphs without a comment boundary (article bodies are long
    runs of paragraphs). The first block, which is the article's, never starts a thread.
    """
    flags = author_lines(blocks)
    runs = _longest_runs_from(blocks, flags)
    seen: set[str] = set()
    repeated = False
    count = 0
    candidates: list[int] = []
    for i in range(len(blocks) - 1, 0, -1):
        if not flags[i]:
            continue
        name = (blocks[i].single_line or "").casefold()
        repeated = repeated or name in seen
        seen.add(name)
        count += 1
        if repeated and count >= _MIN_AUTHOR_LINES and runs[i + 1] <= _MAX_COMMENT_BLOCKS:
            candidates.append(i)
    return min(candidates) if candidates else None
