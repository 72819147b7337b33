"""Words the rules read around a candidate: what makes a number a year, a clause past or
future, a match start (prefix words), and the trigger words of the prefilter."""

from __future__ import annotations

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.lexicon import CARDINALS, MONTHS, ORDINALS, WEEKDAY_NAMES, WEEKDAYS

__all__ = [
    "BY_PREPOSITIONS",
    "DAY_COUNT_NOUNS",
    "DEFERRING_PHRASES",
    "DEFERRING_VERBS",
    "DURATION_CUES",
    "FUNCTION_WORDS",
    "FUTURE_CUES",
    "FUTURE_PREPOSITIONS",
    "NOT_PAST_ED",
    "NOUN_NOT_PLURAL",
    "PASSIVE_MARKERS",
    "PAST_CUES",
    "PAST_PREPOSITIONS",
    "PREFIX_WORDS",
    "TRIGGER_WORDS",
    "UNTIL_PREPOSITIONS",
    "YEAR_DETERMINERS",
    "YEAR_PREPOSITIONS",
]

# The word before a bare four-digit number that makes it a year.
YEAR_PREPOSITIONS = word_set(
    """
    in since by until till til of from before after during through throughout between
    to and or circa c ca early late mid around about year fiscal spring summer autumn fall
    winter than as pre post for into due
    """
)

# Words before a year used as a modifier ("a 1971 convention", "its 1988 results").
YEAR_DETERMINERS = word_set("a an that this these those his her its their our my your whose")

# Words after a day number that show it counts things ("in December 6 people died").
DAY_COUNT_NOUNS = word_set(
    """
    people persons civilians soldiers troops fighters militants rebels children men women
    members others percent per cent million thousand hundred"""
)

# Prepositions right before an expression that point to the future ("by May") or past.
FUTURE_PREPOSITIONS = word_set("payable effective starting due")
# ... those that do so unless they open the sentence ("Until Thursday, they had") or the
# clause is in the past ("the shelling continued through Monday"; but see below),
# and those that do so unless the clause is in the past ("by May it was over").
UNTIL_PREPOSITIONS = word_set("until till through")
# Verbs that move an end later: "postponed until Monday", "extended the truce through
# Tuesday", "pushed back until" point ahead whatever the tense.
DEFERRING_VERBS = word_set(
    """
    postpone postpones postponed postponing delay delays delayed delaying defer defers
    deferred deferring adjourn adjourns adjourned adjourning extend extends extended
    extending prolong prolongs prolonged prolonging suspend suspends suspended suspending
    reschedule reschedules rescheduled rescheduling
    """
)
# ... and those that do so with a particle: "pushed back", "put off".
DEFERRING_PHRASES = word_set("push back, pushed back, put off, puts off", separator=",")
BY_PREPOSITIONS = word_set("by")
PAST_PREPOSITIONS = word_set("since")

# Words that do not start a noun phrase (after "quarterly": an adverb, not an adjective).
FUNCTION_WORDS = word_set(
    """
    and or but to in on at for with from by as of than that which while when if so
    since until through during after before into over under is are was were be been
    """
)

# Words before a bare duration that mark it as one ("for one day", "within days").
DURATION_CUES = word_set(
    """
    for over within in after lasted lasting lasts last took take takes taking spent
    spend spending than only just about around nearly almost least some another
    extra full entire whole single first next past few couple
    """
)

# Words one of which (or a number) every expression contains: the prefilter.
TRIGGER_WORDS = frozenset(
    word_set(
        """
    today tonight tomorrow yesterday now nowadays currently current present presently
    recently lately previously future past soon term ago earlier later day days
    night nights week weeks weekend weekends fortnight fortnights month months quarter
    quarters year years yr yrs decade decades century centuries millennium millennia hour
    hours hr hrs minute minutes min mins second seconds sec secs spring summer fall autumn
    winter morning mornings afternoon afternoons evening evenings overnight noon midnight
    midday daily nightly weekly biweekly fortnightly monthly quarterly yearly annually
    hourly twenties thirties forties fifties sixties seventies eighties nineties nineteen
    eighteen twenty thousand christmas thanksgiving easter halloween labor labour memorial
    election valentine boxing veterans period q1 q2 q3 q4 h1 h2 half ramadan ramadhan
    ramazan eid ieid ashura islamic hijri mawlid
    """
    )
    | MONTHS.keys()
    | WEEKDAYS.keys()
    | {name + "s" for name in WEEKDAY_NAMES}  # "on Mondays"
)

# Words that may come before the trigger inside an expression ("about the end of",
# "the first nine", "a couple of", "this coming", "the eighth of"): where a match may start.
PREFIX_WORDS = (
    word_set(
        """
    the a an early earlier late later mid end beginning start middle close turn dawn of
    very last next this that these past coming previous following same current every each
    per other single about around approximately roughly some nearly almost to more most
    less fewer than just over under at least up no not right in once twice thrice times
    fiscal full whole entire rest latest preceding ensuing subsequent prior pre post its
    their comparable corresponding flat upcoming recent few several many couple dozen
    dozens hundred hundreds number first second third fourth final and new good near
    foreseeable distant short long additional straight consecutive further extra calendar
    trading business working school as
    """
    )
    | frozenset(CARDINALS)
    | frozenset(w for w in ORDINALS if " " not in w and "-" not in w)
)

# Tense cues near a weekday or month with no year: the nearest decides.
FUTURE_CUES = word_set(
    """
    will 'll shall won't wont would 'd scheduled due upcoming expected expects expect
    plans plan planned planning intends intend going next coming tomorrow slated soon
    begins starts opens resumes reopens meets convenes expires ends arrives leaves visits
    travels hosts holds
    """
)
PAST_CUES = word_set(
    """
    said was were had did told announced reported ago last yesterday earlier previously
    came went began left took held met saw made gave fell rose got brought bought sold won
    lost paid sent spent struck hit shot thought found kept led ran wrote spoke broke chose
    drove flew fought became put stood sat
    """
)
# Words after which an -ed form is a passive or adjective, not a past tense.
PASSIVE_MARKERS = word_set("is are be being am 's")
# Words in -ed that are not past tenses.
NOT_PAST_ED = word_set(
    """
    need needed speed red bed seed feed indeed hundred exceed proceed succeed breed shed
    embed united limited armed wounded detailed advanced alleged so-called based related
    scheduled expected planned proposed supposed intended
    """
)

# Lower-case words in -s after a number that are not plural nouns ("in 2016 this was").
NOUN_NOT_PLURAL = word_set(
    """
    was is has as this its his us thus plus versus perhaps whereas less across unless
    always does says was saw
    """
)
