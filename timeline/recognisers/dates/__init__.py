"""Temporal tagging for English news: date and time expressions, normalised as TIMEX3.

``DateRecogniser(reference).find(text, regions=None)`` returns ``Timex`` spans in text
order: DATE and TIME values resolved against the publication date (the document creation
time, DCT) or the day the narrative is at, DURATIONs and SETs. The grammar is data in
``patterns``, ``lexicon`` and ``cues``; the ``rules_*`` modules resolve each rule's match;
``scanner`` finds where rules may match (trigger words, then the words before them).

Conventions (following TimeBank/AQUAINT where the gold is consistent):

- A weekday alone is the most recent such day on or before the DCT, the DCT itself
  included (wire copy dated Friday says "Friday" for that day); a future cue in its clause
  ("will", "due", "by", "until", "as early as") makes it the next one on or after the DCT.
  "last Tuesday" is strictly before, "next/this coming Tuesday" strictly after.
- A month and day without a year takes the year that puts it nearest the DCT, a day in
  the future costing twice a day in the past (three times in a past-tense clause; in a
  future-tense clause the past costs three times). Bare months, seasons and holidays
  follow the same rule; "last May" is the latest May before this month. After a date with
  a written year in the same sentence ("in May 2014 ...; by 12 August"), it takes that
  year. "12-13 December" and "December 12 to 15, 2015" give one day each.
- Seasons: spring is March-May, summer June-August, autumn September-November; winter
  Y-WI runs from December of Y to February of Y+1.
- "early/mid/late X" and "the beginning/middle/end of X" keep X's value with mod START,
  MID or END; the interval is the matching third (whole months for a year, days 1-10,
  11-20 and 21-end for a month). "earlier this week" is [Monday, DCT], "later this
  year" [DCT, 31 December].
- "N days ago" is that day, "N weeks ago" that ISO week, months and years likewise;
  "a decade ago" is the year ten back, mod APPROX, with an interval of two years either
  side (precision decade). "a couple of days ago" is two days back, mod APPROX, with an
  interval of one to three days back; "a few/several days ago" is PAST_REF with an
  interval of the counts the word admits (2-6, 3-9); precision follows the width.
- "the past year" is TimeML's previous calendar year as value, with the interval of the
  year up to the DCT; "the past two years" is a DURATION; "the past few months" is
  PAST_REF with the interval from as far back as "few" reaches (six months) to the DCT.
- "a year ago/earlier" next to a fiscal quarter compares with that quarter (2015-Q3).
- Anaphora ("that day", "later this day", "the next day", "two days later", "the
  following week") refer to the last day (or period) resolved in the same call, else to
  the DCT; the state flows across the regions of one call and resets between calls.
  Deictic expressions (today, weekdays, "3 days ago", "this week") use the DCT.
- DURATIONs and SETs have no interval. PRESENT_REF has the DCT as interval; PAST_REF
  and FUTURE_REF have none unless an "ago" gave one. ``precision`` describes the interval:
  "unknown" (and basis "none") when there is none.
- Without a DCT, relative values keep X placeholders (XXXX-12-06, XXXX-WXX-2). A weekday
  written with a partial date, or the one weekday of its paragraph, narrows its years to
  ``year_candidates`` (1990-2035); an explicit year elsewhere in the call that is one of
  them resolves it (and its weekday, and what anchors to it).
- Spans leave out prepositions ("on", "in", "for", "within") and a possessive 's, and
  keep "the", position words and quantity words ("about", "nearly", "over six years").
"""

from __future__ import annotations

from timeline.recognisers.dates.recogniser import DateRecogniser, find_timexes

__all__ = ["DateRecogniser", "find_timexes"]
