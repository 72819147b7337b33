"""Modality cues: words that make an event denied, alleged, reported or speculative."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.recognisers._case import fold
from timeline.recognisers.base import Regions, in_regions
from timeline.records import Cue

__all__ = ["CUE_PATTERNS", "ModalityRecogniser"]

# cue kind -> pattern, written in lower case: the patterns are matched case-sensitively
# against the text folded to lower case (as re.IGNORECASE would compare it, but faster).
# "deny" scopes over what follows it in the sentence; "negation"
# over the next few words of its clause; "speculative" over the rest of its clause;
# "alleged" and "reported" over the whole sentence (see timeline.events.modality).
CUE_PATTERNS: dict[str, str] = {
    "deny": (
        r"den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed|ing)?\s+(?:the\s+)?(?:reports?|claims?|allegations?)"
        r"|dismiss(?:es|ed|ing)?\s+(?:the\s+)?(?:reports?|claims?|allegations?)|refut(?:e|es|ed|ing)"
        r"|untrue|not\s+true|is\s+false|are\s+false|fake\s+news"
    ),
    "negation": (
        r"not|n[’']t|never|no|without|neither|nor|none|nothing|nobody|no[\s-]one|no\s+such"
        r"|failed\s+to|refus(?:e|es|ed)\s+to"
    ),
    "alleged": (
        r"alleged(?:ly)?|purported(?:ly)?|claim(?:s|ed|ing)?|accus(?:e|es|ed|ing|ation|ations)"
        r"|so-called|rumou?r(?:s|ed)?|unconfirmed|unverified|suspected"
    ),
    "reported": (
        r"according\s+to|reported(?:ly)?|reports?\s+(?:that|said|say|says|claim(?:s|ed)?|suggest(?:s|ed)?)"
        r"|said|says|say|told|tells|disclosed|quoted|quoting|cited|citing|added\s+that|announced"
        r"|stated|it\s+is\s+understood|suggest(?:s|ed)?|indicat(?:e|es|ed)|warned|argued"
        r"|insisted|noted|stressed|explained|acknowledged|admitted|confirmed"
    ),
    "speculative": (
        r"may|might|could|would|should|will|shall|wo\s*n[’']t|going\s+to|if|whether|possible|possibly"
        r"|perhaps|probably|likely|unlikely|my\s+guess|i\s+(?:think|guess|believe|suspect)|seems?"
        r"|appears?\s+to|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)\s+to|ready\s+to"
        r"|intend(?:s|ed)?\s+to|expected\s+to|want(?:s|ed)?\s+to|wish(?:es)?|hope(?:s)?\s+to"
        r"|meant\s+to|aim(?:s|ed)?\s+(?:at|to)|in\s+order\s+to|in\s+lieu\s+of|envisag(?:e|es|ed|ing)"
        r"|propos(?:e|es|ed|al|als)|offer(?:s|ed)?|attempts?\s+to|try(?:ing)?\s+to|threaten(?:s|ed)?\s+to"
        r"|consider(?:s|ed|ing)?\s+(?:an?\s+)?(?:option|plan)|must"
    ),
}
_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{kind}>(?:{pattern})(?![\\w-]))" for kind, pattern in CUE_PATTERNS.items())
    + ")"
)


class ModalityRecogniser:
    """Finds modality cues; ``Cue.modality`` is the cue kind (deny, negation, alleged, ...)."""

    name = "modality"

    def find(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> list[Cue]:
        index = None if regions is None else Regions(regions)
        return [
            Cue(m.start(), m.end(), text[m.start() : m.end()], m.lastgroup or "")
            for m in _PATTERN.finditer(fold(text))
            if in_regions(m.start(), m.end(), index)
        ]
