"""Comparisons that say nothing about a change over time.

- "73%, compared to 63% nationally": the other number is the same measure somewhere else (a benchmark), so the
  pair gives no rise or fall; the area adverb comes after the number, where ``anchors``' bracket and "the national
  average of" forms do not look.
- "crime was down by 15% compared to 10% nationally": the first number is itself a change; setting it against
  another number compares two changes, not a before and an after, so its direction is left to its own change word.
"""

from __future__ import annotations

import re

_AREA_AFTER = re.compile(
    r"\s*(?:nationally|regionally|force[\s-]?wide|county[\s-]?wide|London[\s-]?wide|across\s+(?:the\s+)?(?:force|county|country|region|London|England|Wales|MSG)"
    r"|in\s+(?:London|England|Wales|(?:the\s+)?(?:MSG|country|region|rest\s+of\s+the\s+\w+)))\b",
    re.IGNORECASE,
)
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rises|fell|fallen|falls|increased|decreased|reduced|dropped|grown|grew|declined)\s+by\s+"
    r"(?:(?:around|about|approximately|some|nearly|almost|over|just\s+(?:over|under)|more\s+than|less\s+than)\s+)?[-+−–]?$",
    re.IGNORECASE,
)


def compares_elsewhere(text: str, anchor_start: int, comparator_end: int) -> bool:
    """True when the comparison that ends at ``comparator_end`` sets the figure starting at ``anchor_start`` against
    another place or another change, not against an earlier period."""
    return bool(_AREA_AFTER.match(text, comparator_end)
                or _CHANGE_BY_BEFORE.search(text, max(0, anchor_start - 40), anchor_start))
