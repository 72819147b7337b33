"""Temporal tagging for English news: date and time expressions, normalised as TIMEX3.

``DateRecogniser(reference).find(text, regions=None)`` returns ``Timex`` spans in text
order: DATE and TIME values resolved against the publication date (the document creation
time, DCT) or the day the narrative is at, DURATIONs and SETs. The grammar is data in
``patterns``, ``lexicon`` and ``cues``; the ``rules_*`` modules resolve each rule's match;
``scanner`` finds where rules may match (trigger words, then the words before them).

Conventions (following TimeBank/AQUAINT where the gold is consistent):

- A weekday alone is the most recent such day on or before the DCT, the DCT itself
  included (wire copy dated Friday says "Friday" for that day); a future cue in its clause
  ("will", "due", "by", "until", "as early as", "set to") makes it the next one on or
  after the DCT. "until/till/through" point ahead unless the clause's tense is past ("the
  shelling continued through Monday" is the Monday gone by), and always after a verb
  that moves an end later ("postponed until", "extended the truce through"). "last
  Tuesday" is strictly before, "next/this coming Tuesday" strictly after; "the day
  before last Tuesday" one day earlier. A possessive weekday ("Monday's
  ruling") names an event already past, whatever the clause's tense. The tense of a
  clause is its nearest tense word: listed words ("will", "said", "had been due to") count
  at their distance, other forms in -ed farther (they may be adjectives) unless right
  before the expression, and the verbs of a ", which ...," aside do not count.
- A wire story's dateline ("MOSUL, Nov. 3 (Reuters) --") is the day it was filed: when it
  is at most a week before the DCT it is the reference for weekdays and "today"; with a
  written year it stands in for a missing DCT.
- A month and day without a year takes the year that puts it nearest the DCT, a day in
  the future costing twice a day in the past (three times in a past-tense clause; in a
  future-tense clause the past costs three times). Bare months, seasons and holidays
  follow the same rule; "last May" is the latest May before this month. After a date with
  a written year in the same sentence ("in May 2014 ...; by 12 August"), it takes that
  year (a bare year does not count: "a plan approved in 2009 ... through Sept. 29").
  "12-13 December" and "December 12 to 15, 2015" give one day each.
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
- "a year ago/earlier", "last year" and "the year-ago period" in a company report compare
  with the quarter reported on: the last quarter or half named that had ended by the DCT
  (a forecast "through the second quarter of 1998" is not it). "the quarter ended July
  31" is the (fiscal) quarter holding most of the three months to that day (1997-Q2);
  "the year ended June 30" stays a DURATION.
- "the week of March 6" is that week; "for the week", "the week's" the week the story is
  in (of the last day mentioned); "the week before the vote" is no date. "on the 5th" is
  that day of the month named last in the sentence, else of the month nearest the DCT.
- Ramadan (the whole Hijri month: the Gregorian year as value, its days as interval), Eid
  al-Fitr, Eid al-Adha, Ashura, the Islamic New Year and the Mawlid come from the Umm
  al-Qura calendar (``hijri``), the one nearest the DCT by the usual rule.
- Anaphora ("that day", "later this day", "the next day", "two days later", "the
  following week") refer to the last day (or period) resolved in the same call, else to
  the DCT; the state flows across the regions of one call and resets between calls.
  Days and weeks counted from a past week, month, season or year named in the same or
  the previous sentence or paragraph, with no day named since ("In January 2024 ... Two
  days later", "days later", "the next day") are the interval from the period's start
  moved by the least count to its end moved by the most (2024-01-03..2024-02-02); the
  value is the period of the reference's kind (or coarser, as wide as the interval) at
  its middle, mod APPROX for fuzzy counts. "The weeks that followed", "the ensuing days"
  run from the day after that period (or the last day) to nine units on, mod APPROX.
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
- A date that does not exist ("December 45, 2017", "31 April", "29 February 2017",
  "2017-13-05") keeps what is real in it: its month (with no year written, the month that
  name alone would be), else its year. The span is the whole expression and its ``note``
  says why ("December has no day 45"). A number over 31 after a month name with no year
  is no day ("in December 45 soldiers deserted"), nor is a numeric date with no month in
  it (13/13/2016).
- Not time expressions: a rate of an amount ("$2 million a year", "700 seats a week"; but
  "three times a week" is a SET), names ("60 Minutes", ABC's "This Week", "VOA Today":
  a time word capitalised where no sentence or headline starts), "previously",
  "formerly", "high noon". Fuzzy counts of decades, centuries and millennia are PXE, PXC
  and PXL, as TimeML writes them.
"""

from __future__ import annotations

from timeline.recognisers.dates.recogniser import DateRecogniser, find_timexes

__all__ = ["DateRecogniser", "find_timexes"]
