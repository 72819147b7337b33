r"""The date grammar as data: regular-expression fragments and one pattern per rule.

Every pattern is matched case-insensitively at a candidate start (see ``grammar``);
the rule's handler then checks case and context and resolves the match. Patterns avoid
nested quantifiers over the same characters, so matching stays linear; and every run of
spaces is read possessively (``\s++``, ``\s*+``, and ``(?:\s*+,)?\s++`` for spaces, a
comma, spaces), as what follows a run never starts with a space: giving a space back
never helps, and two quantifiers sharing one run ("Wednesday" then thousands of spaces)
would try every way to split it, in time that grows with the square of its length.
"""

from __future__ import annotations

from timeline.recognisers.dates.holidays import HOLIDAY_NAMES
from timeline.recognisers.dates.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    ONES,
    ORDINALS,
    TEENS,
    TENS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    alternation,
)
from timeline.recognisers.dates.rules_hijri import HIJRI_PATTERN

__all__ = ["DAY", "MONTH_ANY", "PATTERNS"]

_UNIT_W = "|".join(ONES)
_TEEN_W = "|".join(TEENS)
_TEN_W = "|".join(TENS)
CARD = rf"(?:(?:{_TEN_W})(?:[- ](?:{_UNIT_W})\b)?|{_TEEN_W}|{_UNIT_W})\b"
_BIG = rf"(?:(?:{CARD}|a)\s++(?:hundred|thousand)(?:\s++(?:and\s++)?{CARD})?)"
_DIGITS = r"(?<![\d,.$£€])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s++\d/\d)?)(?![\d,]\d|\.\d)"
NUMBER = (
    rf"(?:{_DIGITS}|{_BIG}|(?:{CARD}|a|half\s++a)\s++dozen|{CARD}"
    r"|(?:dozens|hundreds|thousands)\s++of|a\s++couple(?:\s++of)?|couple(?:\s++of)?"
    r"|a\s++few|few|several|a\s++number\s++of|many|some|an?\b)"
)
UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?"
    r"|weekends?|months?|quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a))\b"
)
_UNIT_SG = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
MONTH_FULL = alternation(MONTH_NAMES)
_MONTH_ABBR = alternation(MONTH_ABBREVIATIONS)
MONTH_ANY = rf"(?:{MONTH_FULL}\b|{_MONTH_ABBR}(?:\.|\b))"
# Ordinal day words ("the twenty-first"; "last" and "final" are no days).
_ORD_W = alternation((word for word, number in ORDINALS.items() if number > 0), space=" ") + r"\b"
DAY = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w/]|[.,:]\d)|{_ORD_W})"
# A day number no month has ("December 45, 2017"): the rules keep its month, with why.
_NO_DAY = r"(?:3[2-9]|[4-9]\d)(?:st|nd|rd|th)?(?![\w/]|[.,:]\d)"
YEAR4 = r"(?:1\d{3}|20\d{2})(?![\d%]|[.,]\d)"
SPOKEN_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)[- ](?:hundred|oh[- ](?:{_UNIT_W})"
    rf"|(?:{_TEN_W})(?:[- ](?:{_UNIT_W}))?|{_TEEN_W})\b"
    rf"|two\s++thousand(?:[- ](?:and[- ])?{CARD})?)"
)
WEEKDAY = alternation(WEEKDAY_NAMES)
_WEEKDAY_ABBR = alternation(WEEKDAY_ABBREVIATIONS) + r"\.?"
_POD = r"(?:morning|afternoon|evening|night|overnight)"
_AMPM = r"(?:[ap]\.\s?m\.?|[ap]m\b)"
CLOCK = (
    rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*+{_AMPM})?|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*+{_AMPM}"
    r"|noon|midnight|midday)"
)
_TZ = (
    r"(?:local\s++time|(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|EET|EEST|MSK|BST)"
    r"(?:[+-]\d{1,2})?)\b"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_POS = (
    r"(?:(?P<pos>early|earlier|late|later|mid|(?:the\s++)?(?:very\s++)?"
    r"(?:beginning|start|middle|end|close|turn|dawn)\s++of(?:\s++the)?)(?:\s*+-\s*+|\s++))"
)
_APPROX = (
    r"(?:(?P<approx>about|around|approximately|roughly|some|nearly|almost|close\s++to"
    r"|(?:more|less|fewer)\s++than|(?:just\s++)?(?:over|under)|at\s++(?:least|most)|up\s++to"
    r"|no\s++(?:more|less)\s++than|not\s++more\s++than)\s++)"
)
_YEAR_OR_SPOKEN = rf"(?:(?P<y>{YEAR4})|(?P<ys>{SPOKEN_YEAR}))"
# The year closing a range, which the first day shares: "December 12 to 15, 2015".
_RANGE_YEAR = (
    r"(?=\s*+(?:-|–|—|to|and|through|until|till)\s*+(?:the\s++)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s*+,)?\s*+(?P<ry>(?:1\d{3}|20\d{2})(?!\d)))"
)
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}|{_WEEKDAY_ABBR})(?:\s*+,)?\s++(?:the\s++)?)"

PATTERNS: dict[str, str] = {
    "iso": (
        r"(?<![\d/.-])(?P<y>1\d{3}|20\d{2})[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
        r"(?![\d/-]|\.\d)"
    ),
    "numeric": (
        r"(?<![\d/.,:-])(?P<a>3[01]|[12]\d|0?[1-9])(?P<s1>[/.-])(?P<b>3[01]|[12]\d|0?[1-9])"
        r"(?P<s2>[/.-])(?P<y>1\d{3}|20\d{2}|\d{2})(?![\d/-]|\.\d)"
    ),
    "foreign": (
        r"(?P<d>3[01]|[12]\d|0?[1-9])\.?\s++(?:de\s++)?(?P<w>[^\W\d_]{3,12})\.?,?\s++(?:de\s++)?"
        r"(?P<y>1\d{3}|20\d{2})(?!\d)"
    ),
    "mdy": (
        rf"{_WD_PREFIX}?{_POS}?(?:(?P<rel>last|this\s++past|next|this\s++coming)\s++)?"
        rf"(?P<mon>{MONTH_ANY})\s*+(?:the\s++)?(?P<day>{DAY}|{_NO_DAY})"
        rf"(?:(?:\s*+,\s*+|\s++)(?:of\s++)?{_YEAR_OR_SPOKEN}|{_RANGE_YEAR})?"
    ),
    "dmy": (
        rf"{_WD_PREFIX}?(?:the\s++)?(?P<day>{DAY}|{_NO_DAY})(?P<of>\s++of)?\s++(?P<mon>{MONTH_ANY})"
        rf"(?:(?:\s*+,)?\s++{_YEAR_OR_SPOKEN})?"
    ),
    "month": (
        rf"{_POS}?(?:(?P<rel>last|next|this\s++past|this\s++coming|this|coming|past|previous"
        rf"|the\s++following|the\s++previous)\s++)?(?:(?P<pos2>early|late|mid)(?:\s*+-\s*+|\s++))?"
        rf"(?P<mon>{MONTH_FULL}\b|sept\.|{_MONTH_ABBR}\.)"
        rf"(?:(?:\s*+,)?\s++(?:of\s++)?(?:{_YEAR_OR_SPOKEN}|(?P<rely>this|last|next)\s++year\b))?"
    ),
    "year": (
        rf"{_POS}?(?:(?P<lead>the\s++year|fiscal(?:\s++year)?|fy)\s*+|(?P<prepost>pre|post)-)?"
        r"(?<![\d$£€#.,])(?P<y>1\d{3}|20\d{2})(?![\d%]|[.,]\d|\s*+(?:%|per\s*+cent))"
        r"(?:\s++(?P<later>or\s++(?:later|earlier|before|after)|and\s++(?:beyond|later|after)))?"
    ),
    "spoken_year": rf"(?P<lead>the\s++year\s++)?(?P<ys>{SPOKEN_YEAR})",
    "decade": (
        rf"(?:the\s++)?{_POS}?(?:(?P<d4>(?:1\d|20)\d0)(?:'|’)?s|['’](?P<d2>\d0)'?s"
        r"|(?:(?P<cw>nineteen|eighteen)[- ])?(?P<dw>twenties|thirties|forties|fifties"
        r"|sixties|seventies|eighties|nineties))"
    ),
    "century": (
        rf"(?:the\s++)?{_POS}?(?:(?P<rel>this|last|next|the\s++(?:last|previous|next|past))"
        rf"\s++century|(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORD_W})[- ]century)"
    ),
    "weekday": (
        rf"(?:(?P<clock>{CLOCK})(?:\s++{_TZ})?\s++(?:on\s++)?)?"
        r"(?:(?P<pos>early|earlier|late|later|mid)\s++)?"
        r"(?:(?P<dayrel>the\s++day\s++(?:before|after))\s++)?"
        r"(?:(?P<rel>last|next|this\s++coming|this\s++past|this|coming|past|the\s++previous"
        r"|the\s++following|the\s++next|that|the\s++same)\s++)?"
        rf"(?P<wd>{WEEKDAY})(?:\s++(?P<pod>{_POD}))?"
        rf"(?:\s++(?:at\s++)?(?P<clock2>{CLOCK}))?"
        # "Thursday last week", "on Monday of next week": the week is named
        r"(?:\s++(?:of\s++)?(?P<week>last|next|this)\s++week\b)?"
    ),
    "relday": (
        rf"(?:(?P<clock>{CLOCK})(?:\s++{_TZ})?\s++)?(?:(?P<pos>early|earlier|late|later|mid)"
        rf"(?:\s*+-\s*+|\s++))?(?:(?P<podpre>{_POD})\s++)?"
        r"(?:(?P<word>the\s++day\s++before\s++yesterday|the\s++day\s++after\s++tomorrow"
        rf"|today|tonight|yesterday|tomorrow)(?:\s++(?P<pod>{_POD}))?|(?P<dem>this|last)\s++"
        rf"(?P<pod2>{_POD}))(?:\s++(?:at\s++)?(?P<clock2>{CLOCK}))?"
    ),
    "relunit": (
        rf"{_POS}?(?P<rel>this\s++past|this\s++coming|this|last|next|past|coming|current"
        r"|previous|the\s++(?:past|last|previous|coming|next|following|current|same|preceding"
        r"|latest|ensuing|whole|entire|rest\s++of\s++the)|that|the)\s++"
        r"(?P<unit>week|weekend|month|quarter|year|decade|(?:fiscal|financial|full|calendar)"
        r"\s++year)(?!\s*+-)"
    ),
    "season": (
        rf"{_POS}?(?:(?P<rel>this\s++past|this\s++coming|this|last|next|past|coming|the)\s++)?"
        rf"(?:(?P<pos2>early|late|mid)(?:\s*+-\s*+|\s++))?(?P<season>{_SEASON})"
        rf"(?:\s++(?:of\s++)?{_YEAR_OR_SPOKEN}|\s++(?P<rely>this|last|next)\s++year\b)?"
    ),
    "quarter": (
        r"(?:(?P<the>the|this)\s++)?(?:(?P<yq>(?:this|last|next)\s++year['’]?s)\s++)?"
        r"(?:(?P<yy>1\d{3}|20\d{2})\s++)?(?:(?P<adj>latest|current|previous|same|comparable"
        r"|corresponding|year-earlier|year-ago|fiscal|flat)[\s-]+)?(?:fiscal[\s-]+)?"
        r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?P<join>[\s-]+)"
        r"(?:fiscal\s++)?"
        r"(?P<qh>quarter|half)s?(?:\s++of\s++(?:(?:the\s++)?(?:fiscal\s++)?(?:year\s++)?(?P<y2>"
        r"1\d{3}|20\d{2})|(?P<rely>this|last|next)\s++year|the\s++year))?"
        r"|(?P<qn>q[1-4])(?:\s*+(?P<y3>1\d{3}|20\d{2}))?|(?P<hn>h[12])\s*+(?P<y4>1\d{3}|20\d{2})"
    ),
    "finance": (
        r"(?:the\s++)?(?:(?P<adj>latest|current|previous|same|comparable|corresponding"
        r"|year-earlier|year-ago|prior-year|(?P<yy>1\d{3}|20\d{2}))\s++)(?P<noun>quarter|period)"
        r"(?:\s++(?P<tail>a\s++year\s++(?:ago|earlier)|last\s++year))?"
        r"|(?P<ya>year-earlier|year-ago)(?=[\s-]\w)|last\s++year['’]s\s++(?P<lq>quarter|period)"
    ),
    "yearend": r"(?P<w>year[- ]end|year['’]s\s++end)",
    "ago": (
        rf"{_APPROX}?(?:(?P<num>{NUMBER})[\s-]+(?:(?:more|additional|full|long)\s++)?"
        rf"(?P<unit>{UNIT})(?P<half>\s++and\s++a\s++half)?|(?P<bare>days|weeks|months|years"
        r"|decades|hours))(?:\s++or\s++so)?\s++(?P<dir>ago|earlier|later|before|after|from\s++now"
        r"|hence|back|previously|prior)\b"
    ),
    "lastn": (
        rf"(?:{_APPROX}|the\s++)?(?P<rel>past|last|next|coming|previous|following|first|final"
        rf"|initial|latest|ensuing|preceding|remaining|same|other)\s++(?P<num>{NUMBER})[\s-]+"
        rf"(?P<unit>{UNIT})|(?:the\s++)?(?P<rel2>coming|upcoming|recent)\s++(?P<unit2>{UNIT})"
        rf"|the\s++(?P<unit3>days|weeks|months|years)\s++(?P<ahead>ahead|to\s++come)"
    ),
    "duration": (
        rf"{_APPROX}?(?:(?:the\s++)?(?P<num>{NUMBER})(?:[\s-]+|(?<=\d)(?=h\b|hrs?\b|yrs?\b))"
        r"(?:(?P<more>more|additional|full|straight|consecutive|long|further|extra|trading"
        r"|business|working|calendar)\s++)?"
        rf"(?P<unit>{UNIT})(?P<half>\s++and\s++a\s++half)?(?:-(?:long|old))?"
        r"|(?P<bare>days|weeks|months|years|decades|centuries|millennia|hours|minutes)(?:-long)?"
        r"|(?P<long>day|week|month|year|decade)-long)"
    ),
    "set": (
        r"(?P<adv>daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually"
        rf"|hourly)|(?:every|each|per)\s++(?:(?P<other>other|single)\s++)?(?:(?P<n>{NUMBER})\s++)?"
        rf"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL}\b|{_SEASON}|{_POD})"
        rf"|(?P<freq>once|twice|thrice|{NUMBER}\s++times)\s++(?:a|an|per|each|every)\s++"
        rf"(?P<unit2>{_UNIT_SG})\b|(?P<wds>{WEEKDAY})s(?:\s++(?P<pod>{_POD})s?)?"
    ),
    "ref": (
        r"(?P<ref>right\s++now|just\s++now|now|nowadays|currently|current|at\s++present|presently"
        r"|the\s++present|these\s++days|(?:more\s++|most\s++)?recently|lately"
        r"|the\s++past|the\s++(?:near\s++|foreseeable\s++|distant\s++)?future"
        r"|the\s++(?:near|short|long)\s++term|as\s++soon\s++as\s++possible|a\s++later\s++date)"
    ),
    "anaphor": (
        r"(?:(?P<pos>earlier|later|early|late)\s++(?:on\s++)?)?(?:(?P<det>that|the\s++same"
        r"|that\s++same|the\s++very\s++same|this(?=\s++day\b))\s++(?P<unit>day|morning|afternoon"
        r"|evening|night|week|weekend|month|year)|(?P<rel>the\s++(?:next|following|previous"
        r"|preceding|prior|ensuing|subsequent))\s++(?P<unit2>day|morning|afternoon|evening"
        r"|night|week|weekend|month|year)|the\s++(?P<unit3>day|night|week|month|year)\s++"
        r"(?P<dir>before|after|earlier|later|prior)|in\s++the\s++(?P<unit4>day|week|month|year))"
    ),
    "aftermath": (
        r"(?:the\s++)?(?:following|ensuing|subsequent)\s++(?P<unit>days|weeks|months)"
        r"|the\s++(?P<unit2>days|weeks|months)\s++(?:that\s++|which\s++)?"
        r"(?P<verb>followed|ensued|after(?:wards?)?)"
    ),
    "holiday": (
        r"(?:(?P<rel>last|next|this\s++past|this\s++coming|this)\s++)?"
        rf"(?P<name>{HOLIDAY_NAMES})(?:(?:\s*+,)?\s++(?:of\s++)?(?P<y>1\d{{3}}|20\d{{2}}))?"
    ),
    "clock": (
        rf"{_APPROX}?(?:(?P<clock>{CLOCK})(?:\s++(?P<tz>{_TZ}))?"
        r"|(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)\s*+(?P<miltz>GMT|UTC|Z|hrs|hours|local\s++time)\b)"
    ),
    "hijri": HIJRI_PATTERN,
    "ordinal_day": r"the\s++(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)",
    # The first day of "12-13 December" and the second of "December 12-13".
    "range_head": (
        rf"(?P<day>{DAY})(?=\s*+(?:-|–|—|to|and|through|until|till)\s*+(?:the\s++)?{DAY}"
        rf"(?:\s++of)?\s++(?P<mon>{MONTH_ANY})(?:(?:\s*+,)?\s++(?P<y>{YEAR4}))?)"
    ),
    "range_tail": rf"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)(?:\s*+,\s*+(?P<y>{YEAR4}))?",
}
