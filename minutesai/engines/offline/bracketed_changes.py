"""A change given as a count with its percentage in brackets, then the counted thing: "this was 3,076 (14.0%)
more crimes than the same period last year", "120 (9%) fewer burglaries".

The words "more" / "fewer" / "less" after the bracket say the direction of both numbers, and the noun after
them is what the count counts; the general count rule cannot see that noun across the bracket.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor

_COUNT_BRACKET_CHANGE = re.compile(
    rf"({P.NUM})\s*\(\s*({P.NUM})\s*(?:%|per\s?cent)\s*\)\s+(more|additional|extra|fewer|less)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{P.COUNT_NOUNS})\b",
    re.IGNORECASE,
)


def bracketed_count_changes(text: str, lo: int, hi: int, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` with the count of each 'N (P%) more/fewer NOUN' added and both numbers given its direction."""
    if text.find("%)", lo, hi) < 0 and text.find("cent)", lo, hi) < 0:
        return anchors
    added: list[Anchor] = []
    for m in _COUNT_BRACKET_CHANGE.finditer(text, lo, hi):
        direction = "decrease" if m.group(3).lower() in ("fewer", "less") else "increase"
        for a in anchors:
            if a.kind == "percent" and a.start == m.start(2) and a.direction == "unknown":
                a.direction = direction
        if any(a.start <= m.start(1) < a.end for a in anchors):
            continue
        added.append(Anchor(m.start(1), m.end(), P.parse_number(m.group(1)), "count", "count", direction))
    return sorted(anchors + added, key=lambda a: a.start) if added else anchors
