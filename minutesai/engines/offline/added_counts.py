"""Whether a count said with 'new', 'extra', 'additional' or 'further' is a rise.

'10 new officers', 'a further 20 PCSOs', '5 additional patrols' add to what there was: an increase. 'A further
two thefts of bicycles' in a police report counts events since the last report: more crimes happened, but the
figure is a count of them, not a rise in their level (the gold of two councils reads it so), so it keeps no
direction. Only 'further' before a count of crimes or incidents is read this way.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P

_NEW_INSIDE = re.compile(r"\S+\s+(?:new|extra|additional|more)\b", re.IGNORECASE)
"""'5 new officers': the word between the number and its noun."""
_FURTHER = re.compile(r"\bfurther\s+$", re.IGNORECASE)
_EVENTS = re.compile(
    r"(?:offences|offence|crimes|incidents|incidences|incident|reports|reported\s+cases|cases|burglaries|robberies|thefts"
    r"|assaults|homicides|murders|stabbings|attacks|housebreakings|break-ins|shootings)$",
    re.IGNORECASE,
)


def adds_to_count(text: str, lo: int, m: re.Match[str]) -> bool:
    """True when the count ``m`` (P.find_counts' match, its number group 1 and its ``noun``) within a sentence
    starting at ``lo`` is said to add to what there was."""
    if _NEW_INSIDE.match(text, m.start(), m.end()):
        return True
    before = P.NEW_OR_EXTRA.search(text, max(lo, m.start() - 30), m.start())
    if before is None:
        return False
    return not (_FURTHER.search(text, before.start(), m.start()) and _EVENTS.match(m.group("noun")))
