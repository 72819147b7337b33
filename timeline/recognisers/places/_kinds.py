"""Word lists that say what a proper name names: a place, an outlet, a person."""

from __future__ import annotations

from timeline.recognisers.places._lexicon import (
    DESIGNATORS_CITY,
    DESIGNATORS_REGION,
    DIRECTIONS,
    FEATURE_WORDS,
    INSTITUTIONS,
    NOT_PLACES,
    PARTS,
    PLACE_PREPOSITIONS,
    ROUTES,
    STREET_WORDS,
    TITLES,
    word_set,
)

__all__ = [
    "INSIDE",
    "KIND_WORDS",
    "LANGUAGE_WORDS",
    "LOCATIVES",
    "MEDIA_NOUNS",
    "MEDIA_WORDS",
    "NAMING_CUES",
    "NAMING_CUES_AFTER_PERSON",
    "PERSON_KINDS",
    "PLACE_KINDS",
    "QUALIFIERS",
]

# Nouns naming a kind of place ("Tabqa Dam", "Raqqa Governorate", "Wayne County").
PLACE_KINDS = (
    word_set(
        """
    municipality borough township neighborhood neighbourhood quarter suburb area zone
    airport airbase airfield base dam river lake sea gulf bay strait canal valley mountain
    mountains mount hill hills heights plain plains plateau desert oasis island islands
    peninsula coast border crossing camp camps square bridge gate gates port harbor
    harbour park forest field fields citadel castle fortress pocket enclave junction
    roundabout checkpoint station prison crossroads falls springs creek beach parks abbey
    priory cathedral church chapel mosque temple monastery shrine co twp
    """
    )
    | FEATURE_WORDS
    | DESIGNATORS_REGION
    | DESIGNATORS_CITY
    | PARTS
    | ROUTES
    | STREET_WORDS
)

# Words that qualify a place name without being part of it ("Old Aleppo", "Aleppo
# International Airport", "Greater Houston").
QUALIFIERS = frozenset(DIRECTIONS) | word_set(
    """
    old new grand great little inner outer middle high military international regional
    national municipal metropolitan metro rural free holy royal
    """
)

# Capitalised words that may stand in a run of capitals next to a place name without
# making the run a name of something else.
KIND_WORDS = PLACE_KINDS | QUALIFIERS | TITLES | INSTITUTIONS | NOT_PLACES

# Heads of the names of news outlets ("Aleppo Media Center", "Radio Free Europe",
# "the al-Watan newspaper"): a name next to one names the outlet.
MEDIA_WORDS = word_set(
    """
    media news newspaper newspapers daily weekly magazine journal gazette times herald
    tribune chronicle telegraph observer courier sentinel dispatch inquirer ledger tv
    television radio network channel press broadcaster broadcasting website blog portal
    """
)

# The same in lower case after a name ("the al-Hadas news website").
MEDIA_NOUNS = word_set(
    """
    news newspaper paper daily weekly magazine website blog portal outlet channel tv
    television radio broadcaster network
    """
)

# The word that makes "the Arabic-language" an outlet's description.
LANGUAGE_WORDS = word_set("language")

# Prepositions that put something at a place ("in Reading", "from Dalton"): the
# place prepositions but "of" ("a friend of Hall").
LOCATIVES = PLACE_PREPOSITIONS - word_set("of")
# Prepositions that put what follows inside a place: "in Fano" is the town even where
# "Fano" names a group, "in Arlington" even where "Arlington" names a person elsewhere.
INSIDE = word_set("in near outside inside around")

# Words that introduce a name ("an informant named ...", "a man dubbed ...").
NAMING_CUES = word_set("named dubbed nicknamed codenamed alias aka identified")
# ... and words that do so only after a person ("a man called ...", "a fighter known as").
NAMING_CUES_AFTER_PERSON = word_set("called known")

# Nouns for people, before a naming word ("a commander named ...").
PERSON_KINDS = word_set(
    """
    man men woman women boy boys girl girls person people guy child children baby son sons
    daughter daughters wife husband brother sister father mother uncle aunt cousin friend
    informant commander commanders fighter fighters soldier soldiers officer officers
    militant militants leader leaders member members spy agent activist activists
    journalist journalists reporter reporters victim victims suspect suspects driver
    doctor teacher student students worker workers resident residents cleric preacher
    emir sheikh gunman gunmen bomber jihadist jihadists rebel rebels defector prisoner
    detainee hostage pilot spokesman individual individuals teen teenager player singer
    smuggler smugglers courier couriers sniper snipers forger trafficker dealer thief
    robber killer attacker assailant official officials envoy diplomat businessman lawyer
    priest imam
    """
)
