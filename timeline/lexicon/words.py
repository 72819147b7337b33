"""Small closed-class word lists the event rules share, as regular-expression alternations."""

from __future__ import annotations

__all__ = ["MODIFIER_SUFFIXES", "REPORTING_VERBS"]

# Verbs that attribute what follows to a speaker: "officials said", "media reports claimed".
REPORTING_VERBS = (
    "said|says|say|saying|told|tells|reported|reports|claimed|claims|claiming|alleging|"
    "disclosed|added|stated|announced|wrote|quoted|revealed|confirmed|published|warned|"
    "argued|insisted|noted|stressed|explained|acknowledged|admitted"
)
# After a hyphen, these make a name describe something else: "US-backed SDF", "ISIS-held".
MODIFIER_SUFFIXES = (
    "backed|led|funded|supported|trained|armed|controlled|held|run|allied|affiliated|linked|"
    "occupied|sponsored|friendly|aligned|inspired|style|era|based|made|born"
)
