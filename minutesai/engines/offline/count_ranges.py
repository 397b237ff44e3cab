"""Counts given as a range: "between 20 and 30 crimes per day", "approximately 30 to 40 Special Constables".

Minutes give an estimate as a range, and the gold convention (as for percentage ranges, see
wordfigures.RANGE) takes its lower bound as the value. "from 20 to 30 crimes" is a change, not a range:
anchors read it (its later number is the value), so "A to B" after "from" or a change verb is left alone.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.nonfigures import not_a_figure

_LOW = rf"({P.NUM}|{P.NUM_WORD_ANY})"
_RANGE_BEFORE = re.compile(rf"(?:\bbetween\s+{_LOW}\s+and|{_LOW}\s+(?:to|–|—))\s+$", re.IGNORECASE)
"""What stands before a count's number when that number is a range's upper bound (matched up to the number)."""
_CHANGE_BEFORE = re.compile(
    r"\b(?:from|rose|risen|fell|fallen|increased|decreased|reduced|dropped|declined|grew|grown)\b[^.;:,]{0,30}$", re.IGNORECASE)
"""'from a low base of 21 to 42 reports', 'had risen 21 to 42': a change whose later number is the value."""


def find_count_ranges(text: str, start: int, end: int, low: str, add) -> None:
    """A count whose number closes a range ("between 20 and 30 crimes", "30 to 40 officers"): the lower bound, the
    span from the range's start. Gated on the literal words a range needs."""
    if "between " not in low and " to " not in low and "–" not in low and "—" not in low:
        return
    for m in P.find_counts(text, start, end):
        r = _RANGE_BEFORE.search(text, max(start, m.start() - 40), m.start())
        if r is None:
            continue
        at = 1 if r.group(1) else 2
        first = r.group(at)
        if first[0].isdigit() and not_a_figure(text, *r.span(at)):
            continue  # "pages 54 to 68 crimes ...": the first number is a reference
        if at == 2 and _CHANGE_BEFORE.search(text, max(start, r.start() - 50), r.start()):
            continue  # "from 20 to 30 crimes", "had risen 20 to 30": a change (read elsewhere)
        add(Anchor(r.start(), m.end(), P.parse_number(first), "count", "count"))
