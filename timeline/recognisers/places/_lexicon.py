"""Word lists of the place recogniser (English news usage), compiled once at import."""

from __future__ import annotations

from timeline.recognisers._words import word_set
from timeline.recognisers.dates.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)

__all__ = [
    "AGENCY_NOUNS",
    "CONNECTORS",
    "CONTRACTIONS",
    "DESIGNATORS_CITY",
    "DESIGNATORS_REGION",
    "DIRECTIONS",
    "FEATURE_INNER",
    "FEATURE_WORDS",
    "FUNCTION_WORDS",
    "GOVERNMENT_VERBS",
    "INSTITUTIONS",
    "NAME_ABBREVIATIONS",
    "NEGOTIATION_NOUNS",
    "NOT_PLACES",
    "PARTS",
    "PERSON_NOUNS",
    "PERSON_VERBS",
    "PLACE_PREPOSITIONS",
    "STRONG_PREPOSITIONS",
    "ROUTES",
    "SHORTENED",
    "STREET_WORDS",
    "TITLES",
    "VERB_AUXILIARIES",
    "word_set",
]


# Lower-case words that may sit inside a multiword place name (Deir ez-Zor,
# Stratford-upon-Avon, Bosnia and Herzegovina, Rio de Janeiro).
CONNECTORS = word_set(
    "of the on upon and de del della la le les los las du des da do dos das di al el ez es "
    "ad ar as at az an ash ath adh ed er et en bin ibn bani beni sur am im der den y e i "
    "op aan ter"
)

# English function words: a place name written in lower case never starts with one
# ("in nadur", "to chau" are alternate names of towns, not what informal text means).
FUNCTION_WORDS = word_set(
    """
    a an the to of in on at by for from with into onto upon as than that this these those
    and or but nor so if then is are was were be been being am has have had do does did
    can could will would shall should may might must not no he she it we they you i me him
    her us them his its our their your my who whom whose which what when where why how all
    any each some such very just also only
    """
)

# Tokens after which a period does not end the sentence inside a name (St. Louis).
NAME_ABBREVIATIONS = word_set("st ste mt ft pt n s e w")

# Titles before a person's name; the name that follows is not a place.
TITLES = word_set(
    """
    mr mrs ms miss mister madam dr doctor prof professor president vice gen general lt col
    colonel capt captain maj major sgt sergeant cpl corporal pvt private adm admiral cmdr
    commander sen senator rep representative gov governor mayor minister premier chancellor
    secretary ambassador king queen prince princess emperor sheikh sheik shaikh emir amir
    sultan ayatollah imam rabbi rev reverend father pastor bishop cardinal pope brother
    sister judge justice officer detective deputy sheriff chief coach lord lady sir dame hon
    honorable speaker councilman councilwoman commissioner trooper agent attorney director
    chairman chairwoman spokesman spokeswoman spokesperson superintendent principal dean
    nurse
    """
)

# Reporting and decision verbs: a capital or country followed by one acts as a government.
GOVERNMENT_VERBS = word_set(
    """
    said says say told tells urged urges urge denied denies deny announced announces accused
    accuses warned warns demanded demands agreed agrees rejected rejects claimed claims
    claim wants want wanted insisted insists condemned condemns called calls threatened
    threatens refused refuses approved approves signed signs responded responds vowed vows
    pledged pledges ordered orders imposed imposes sanctioned sanctions backed backs
    supported supports proposed proposes offered offers asked asks confirmed confirms stated
    states declared declares blamed blames criticized criticised criticizes criticises
    protested protests recognized recognised recognizes recognises accepted accepts decided
    decides expelled expels summoned summons suspended suspends halted halts welcomed
    welcomes opposed opposes hopes hoped believes believed fears feared seeks sought
    negotiated negotiates pressed presses insisting urging
    """
)

# Words that may come between a government subject and its verb ("Moscow has denied").
VERB_AUXILIARIES = word_set(
    "has have had will would is was has also also again repeatedly reportedly officially "
    "publicly quickly then had already has already on"
)

# Verbs after which a single capitalised name is a person, unless a government.
PERSON_VERBS = word_set(
    """
    said says told added explained noted recalled wrote testified argued replied asked
    admitted acknowledged continued insisted stated remarked commented answered pleaded died
    """
)

# Nouns after a surname ("the Obama administration").
PERSON_NOUNS = word_set("administration presidency")

# Nouns of a negotiation whose parties are governments ("talks between X and Y").
NEGOTIATION_NOUNS = word_set(
    "talks negotiations negotiation deal agreement dialogue contacts meeting summit "
    "relations consultations accord rapprochement tensions dispute"
)

# A capital's possession that is an act of its government ("Washington's attempts").
AGENCY_NOUNS = word_set(
    """
    attempt attempts plan plans policy policies position decision decisions demand demands
    support proposal proposals stance role response offer strategy effort efforts
    accusations accusation claims claim refusal insistence approval backing sanctions
    intervention involvement
    """
)

# Directions that qualify a place ("eastern Aleppo", "East Aleppo"), normalised.
DIRECTIONS = {
    "east": "eastern",
    "eastern": "eastern",
    "west": "western",
    "western": "western",
    "north": "northern",
    "northern": "northern",
    "south": "southern",
    "southern": "southern",
    "central": "central",
    "northeast": "northeastern",
    "northeastern": "northeastern",
    "northwest": "northwestern",
    "northwestern": "northwestern",
    "southeast": "southeastern",
    "southeastern": "southeastern",
    "southwest": "southwestern",
    "southwestern": "southwestern",
    "north-east": "northeastern",
    "north-eastern": "northeastern",
    "north-west": "northwestern",
    "north-western": "northwestern",
    "south-east": "southeastern",
    "south-eastern": "southeastern",
    "south-west": "southwestern",
    "south-western": "southwestern",
    "upper": "upper",
    "lower": "lower",
    "greater": "greater",
    "downtown": "downtown",
    "rural": "rural",
    "suburban": "suburban",
}

# Parts of a place named after it ("the Aleppo countryside", "Raqqa outskirts").
PARTS = word_set(
    "countryside outskirts suburbs suburb environs vicinity periphery area region "
    "districts neighborhoods neighbourhoods"
)

# Kinds of feature news names after a place name in lower case ("the Tabqa dam", "the
# Shayrat airbase", "the Bab al-Hawa crossing"): a name may end with one (the feature,
# when the gazetteer has it; else the place, with the word as qualifier) ...
FEATURE_WORDS = word_set(
    """
    airport airbase airfield base dam camp crossing bridge river lake mountain mountains
    valley canal oasis heliport
    """
)
# ... and words that may stand before one inside such a name ("the Shayrat air base",
# "the Kuweires military airport", "the Rukban refugee camp").
FEATURE_INNER = word_set("air military international border refugee displacement force")

# Routes between two places ("the Palmyra-Homs highway").
ROUTES = word_set("highway road motorway route railway railroad corridor pipeline")

# Words after a name that say it is a region, or a town.
DESIGNATORS_REGION = word_set(
    "province governorate region state county parish district oblast prefecture "
    "department canton territory"
)
DESIGNATORS_CITY = word_set("city town village")

# Institutions named after the place they serve ("Concord Police", "Winona County
# Council"): a place name before one is still the place.
INSTITUTIONS = word_set(
    """
    police city county council department sheriff fire school schools high college university
    hospital airport mayor board commission court library chamber district township village
    town borough state regional area public municipal community
    """
)

# Street words: a place name before one is part of a street name ("Dublin Road").
STREET_WORDS = word_set(
    """
    street st road rd avenue ave boulevard blvd drive dr lane ln parkway pkwy pike way
    circle cir court ct terrace trail alley plaza square
    """
)

# Prepositions before a place ("in Reading", "near Mobile"); the strong ones seldom
# come before a person ("talked to Roy", "a friend of Hall").
PLACE_PREPOSITIONS = word_set(
    """
    in at from near to into outside inside toward towards across around between via through
    throughout within of
    """
)
STRONG_PREPOSITIONS = word_set(
    "in near outside inside into toward towards across throughout within via"
)

# Capitalised words never taken as a place on their own (directions, months, days).
NOT_PLACES = (
    word_set(
        """
    east west north south eastern western northern southern central northeast northwest
    southeast southwest upper lower greater new old saint st mount mt fort port lake river
    god christ allah christmas
    easter thanksgiving halloween ramadan hanukkah passover eid arab arabs kurd kurds
    kurdish jewish jews muslim muslims christian christians sunni sunnis shia shiite shiites
    latino latinos hispanic hispanics
    """
    )
    | STREET_WORDS
    | frozenset(MONTH_NAMES)
    | frozenset(WEEKDAY_NAMES)
)

# Words written with a period that shorten something else ("Sen.", "Nov.", "Co.").
SHORTENED = (
    TITLES
    | frozenset(MONTH_ABBREVIATIONS)
    | frozenset(WEEKDAY_ABBREVIATIONS)
    | word_set("co corp inc ltd llc dept univ assn jr sr no vol est gov rep sen")
)

# Endings of contractions ("I've", "we're"): such words are no names.
CONTRACTIONS = word_set("ve re ll d t m")
