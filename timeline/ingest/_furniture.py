"""Site furniture of saved pages: the patterns, as data, and the line classifier.

A saved news or blog page carries, besides the article and its comments, lines that the
site put there: donation buttons, share and login links, comment-widget labels (WordPress,
Disqus, wpDiscuz), cookie notices. Each pattern below matches a *whole* line (stripped of
surrounding whitespace); extend the lists to teach the reader a new site. Patterns are
case-insensitive unless they sit in ``CASE_SENSITIVE_FURNITURE``.

Decisions:

* Lines made only of symbols (rules, arrows, underscores) and bare URLs on their own line
  are furniture in the article body, but stay in a comment: a reader's ASCII art or link
  is the reader's text. Only a line of one to three symbols ("•", "|", "›") is furniture
  everywhere: widgets put those between their labels (so a comment of just "???" is lost).
* Labels are matched with the bullets and arrows around them removed ("Share ›").
* A comment-widget label (``THREAD_LABELS``) is furniture too, and the first one after the
  article body starts the comment thread.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.lexicon import MONTHS, WEEKDAYS, alternation

__all__ = [
    "CASE_SENSITIVE_FURNITURE",
    "FURNITURE",
    "LineKind",
    "REPLY_PHRASES",
    "SENTENCE_WORDS",
    "SUFFIX_FURNITURE",
    "THREAD_LABELS",
    "classify_line",
    "strip_suffix_furniture",
]

LineKind = Literal["blank", "furniture", "label", "weak", "content"]


_AMOUNT = r"\d[\d,.\s]*"
_CURRENCY = r"[$€£¥₽]"
#: A month or weekday as timestamps write it: the first three letters of its English name
#: and up to six more, which also takes in other languages' names (Janvier, Juni).
_MONTH_NAME = alternation({name[:3] for name in MONTHS}) + r"[a-z]{0,6}\.?"
_WEEKDAY = rf"(?:{alternation({name[:3] for name in WEEKDAYS})}[a-z]{{0,6}}\.?,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?"
#: wpDiscuz's prompt, a line of its own or glued to the end of a text line.
_WPDISCUZ_PROMPT = r"would love your thoughts, please comment\.?x?"
_AGO = r"(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"

#: Comment-widget labels and thread headers: furniture, and the start of the thread.
THREAD_LABELS: Final[tuple[str, ...]] = (
    r"notify of",
    r"(?:oldest\s+)?newest(?:\s+oldest)?\s+most\s+voted",
    r"inline feedbacks?",
    r"view all comments",
    r"\d[\d,]*\s+(?:comments?|responses?|replies|thoughts?)(?:\s+(?:on|to)\s+.{1,300})?",
    r"comments?(?:\s*\(\d+\))?:?",
    r"(?:leave|post|add|write)\s+an?\s+(?:reply|comment|response)(?:\s+cancel\s+reply)?",
    r"(?:one|no)\s+(?:comments?|responses?|thoughts?)(?:\s+(?:on|to)\s+.{1,300})?",
    r"be the first to comment\.?",
    r"join the (?:discussion|conversation)\.?",
    r"reader comments",
    r"comments are closed\.?",
    r"sort by (?:best|newest|oldest|top)",
    r"(?:\d+\s+)?(?:comment|discussion) threads?",
)

#: Other furniture, anywhere on the page.
FURNITURE: Final[tuple[str, ...]] = (
    # donations
    rf"{_CURRENCY}\s?{_AMOUNT}(?:\s?(?:usd|eur|gbp))?",
    rf"{_AMOUNT}\s?{_CURRENCY}(?:\s?(?:usd|eur|gbp))?",
    rf"{_AMOUNT}\s?(?:usd|eur|gbp)",
    r"(?:donate|make a donation|donations?)(?:\s+(?:now|today|here))?[.!]?",
    r"support (?:us|our (?:work|journalism|site|mission))[.!]?",
    # comment widgets, beyond the thread labels
    r"reply(?:\s+to(?:\s+[^\s.!?:;,]+){1,4})?",
    r"newest|oldest|most voted|most liked",
    r"cancel reply",
    r"(?:load|show|view) (?:more|all|older|newer|previous) (?:comments|replies)",
    r"(?:show|hide) replies",
    _WPDISCUZ_PROMPT,
    r"you must be logged in to post a comment\.?",
    r"log in to (?:reply|comment)\.?",
    r"(?:your email address will not be published|required fields are marked).{0,80}",
    r"(?:\d+\s+)?(?:likes?|dislikes?|upvotes?|downvotes?|votes?|points?)",
    r"[+-]?\d{1,6}(?:\s*/\s*[+-]?\d{1,6})?",
    _AGO,
    r"edited(?:\s+" + _AGO + r")?",
    # comment and page timestamps ("December 7, 2016 at 3:15 pm", "07/12/2016 10:15")
    rf"(?:{_WEEKDAY}{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|{_WEEKDAY}\d{{1,2}}\s+{_MONTH_NAME})"
    rf"\s+\d{{4}}{_TIME}",
    rf"\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}{_TIME}",
    r"(?:flag|report)(?: (?:as inappropriate|comment|abuse))?",
    r"x",
    # sharing and accounts
    r"share(?: this(?: article| post| story)?)?:?",
    r"share (?:on|via) \w+",
    r"(?:tweet|email|print|pin it|whatsapp|telegram|facebook|twitter|reddit|linkedin)",
    r"(?:facebook|twitter|reddit|linkedin|email|print|whatsapp|telegram)"
    r"(?:\s+(?:facebook|twitter|reddit|linkedin|email|print|whatsapp|telegram)){1,8}",
    r"like(?: this)?:?",
    r"loading\.{0,3}",
    r"(?:subscribe|login|log in|log out|logout|sign in|sign up|register)(?: now)?[.!]?",
    r"follow us(?: on .{1,80})?:?",
    r"click here(?: to .{1,120})?",
    r"(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter.{0,120}",
    r"enter your email(?: address)?.{0,80}",
    # site chrome
    r"advertisement|sponsored(?: content)?|ad",
    r"(?:related|recommended|popular|trending|latest)(?: posts| articles| stories| news| now)?:?",
    r"(?:you may|you might) also like:?",
    r"(?:most (?:read|popular|viewed))(?: articles| stories)?:?",
    r"read (?:more|next|also)(?:\s*[:>»→]|\s*\.\.\.|…)?",
    r"continue reading.{0,80}",
    r"(?:previous|next)(?: post| article| story| page)?\s*[:>»→<«←]?",
    r"[<«←]\s*(?:previous|older)(?: post| article| story)?",
    r"(?:newer|next)(?: post| article| story)?\s*[>»→]",
    r"(?:home|menu|search|close|skip to (?:main )?content|toggle navigation|back to top)",
    r"(?:tags?|categor(?:y|ies)|filed under|topics?):.{0,200}",
    r"(?:privacy policy|terms of (?:use|service)|contact us|about us|cookie policy)"
    r"(?:\s*[|·•]\s*.{0,80})?",
    r"(?:©|\(c\)|copyright)\s.{0,200}",
    r"all rights reserved\.?",
    # cookie notices
    r"(?:this (?:web)?site|we) uses? cookies.{0,300}",
    r".{0,120}\bby (?:continuing|using) (?:to (?:browse|use) )?(?:this|our) (?:web)?site\b.{0,200}",
    r"(?:accept|reject|allow|manage)(?: all)? cookies|cookie (?:settings|preferences|consent)",
    r"accept(?: all)?|reject all|manage options",
)

#: Furniture that needs its case: "Support SouthFront" (a site name), not "support assad";
#: bylines ("By Ann Lee"), not "by tuesday".
CASE_SENSITIVE_FURNITURE: Final[tuple[str, ...]] = (
    r"(?i:support)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}[.!]?",
    # bylines: "By Ann Lee", "Written by Ann Lee and Omar Haddad"
    r"(?:(?i:written|posted|reported)\s+)?(?i:by)\s+[A-Z][\w.'-]*"
    r"(?:\s+(?:[A-Z][\w.'-]*,?|and|&|in)){0,6}",
)

#: Furniture glued to the end of a text line (wpDiscuz's close button "x").
SUFFIX_FURNITURE: Final[tuple[str, ...]] = (_WPDISCUZ_PROMPT,)

#: Lower-case words that make a short line a sentence rather than a commenter's name.
SENTENCE_WORDS: Final[frozenset[str]] = word_set(
    "i me my you your he him his she her it its we us our they them their this that these "
    "those is are was were be been being am do does did done have has had will would can "
    "could should shall may might must not no yes so why what how when where who which "
    "because if than then there here just very too also only lol",
    separator=" ",
)

#: Whole short lines that are a reply, not a name ("Agreed", "Well said").
REPLY_PHRASES: Final[frozenset[str]] = word_set(
    "agreed, agree, exactly, indeed, true, so true, correct, right, wrong, nonsense, "
    "rubbish, bs, bullshit, lol, lmao, rofl, wow, yes, yeah, yep, yup, no, nope, thanks, "
    "thank you, bravo, amen, ha, haha, hahaha, sure, fake, fake news, excellent, great, "
    "nice, good, perfect, interesting, sad, disgusting, shameful, ok, okay, well said, "
    "spot on, this, same here, well done, not really, good one, me too, absolutely, "
    "definitely, precisely, hilarious, unbelievable, incredible, nice one, great article, "
    "good article, nice article, great post, thanks for sharing, typical, as usual, "
    "propaganda, fake story, what, really, hmm, oh well",
    separator=",",
)

_FLAGS = re.IGNORECASE | re.UNICODE
_FURNITURE_RE: Final = re.compile(r"(?:" + "|".join(FURNITURE) + r")", _FLAGS)
_CASED_RE: Final = re.compile(r"(?:" + "|".join(CASE_SENSITIVE_FURNITURE) + r")")
_LABEL_RE: Final = re.compile(r"(?:" + "|".join(THREAD_LABELS) + r")", _FLAGS)
_SUFFIX_RE: Final = re.compile(r"(?:" + "|".join(SUFFIX_FURNITURE) + r")\s*$", _FLAGS)
_SYMBOLS_RE: Final = re.compile(r"[\W_]+")
_URL_RE: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MAX_FURNITURE_LEN: Final = 400
#: Bullets, arrows and separators widgets put around their labels ("Share ›", "• Reply").
_DECORATION: Final = " \t›»«‹→←•·|*>–—"
#: A line of at most this many symbols is a widget bullet or separator, even in a thread.
_MAX_BULLET_LEN: Final = 3


def strip_suffix_furniture(line: str) -> str:
    """``line`` without furniture glued to its end ("... our hands.Would love ... comment.x")."""
    match = _SUFFIX_RE.search(line)
    return line[: match.start()].rstrip() if match else line


def classify_line(line: str) -> LineKind:
    """What a line of a saved page is: blank, furniture, a thread label, weak, or content.

    ``weak`` lines (symbols only, a bare URL) are furniture in the body, text in a comment.
    """
    text = line.strip()
    if not text:
        return "blank"
    core = text.strip(_DECORATION)
    if len(core) <= _MAX_FURNITURE_LEN:
        if not core or (len(text) <= _MAX_BULLET_LEN and _SYMBOLS_RE.fullmatch(text)):
            return "furniture"
        if _LABEL_RE.fullmatch(core):
            return "label"
        if _FURNITURE_RE.fullmatch(core) or _CASED_RE.fullmatch(core):
            return "furniture"
    if _SYMBOLS_RE.fullmatch(text) or _URL_RE.fullmatch(text):
        return "weak"
    return "content"
