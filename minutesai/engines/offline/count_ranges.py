"""Counts given as a range: "between 20 and 30 crimes per day", "approximately 30 to 40 Special Constables".

Minutes give an estimate as a range, and the gold convention (as for percentage ranges, see
wordfigures.RANGE) takes its lower bound as the value. "from 20 to 30 crimes" is a change, not a range:
anchors read it (its later number is the value), so "A to B" after "from" or a change verb is left alone.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.nonfigures import not_a_figure

_BETWEEN = re.compile(rf"\bbetween\s+({P.NUM}|{P.NUM_WORD_ANY})\s+and\s+", re.IGNORECASE)
_DIGITS_TO = compile_guarded(rf"({P.NUM})\s+(?:to|–|—)\s+(?=\d)")
"""The opening of a range, up to its upper bound: 'between 20 and ', 'between three and ', '30 to '."""
_CHANGE_BEFORE = re.compile(
    r"\b(?:from|rose|risen|fell|fallen|increased|decreased|reduced|dropped|declined|grew|grown)\b[^.;:,]{0,30}$", re.IGNORECASE)
"""'from a low base of 21 to 42 reports', 'had risen 21 to 42': a change whose later number is the value."""
_COUNT_REACH = 80
"""How far past the upper bound a counted noun may end ('30 crimes', '40 Special Constables')."""


def find_count_ranges(text: str, start: int, end: int, low: str, add) -> None:
    """A count whose number closes a range ("between 20 and 30 crimes", "30 to 40 officers"): the lower bound, the
    span from the range's start. The range openings are found first (cheap literal gates), counts only after them."""
    openings = list(_BETWEEN.finditer(text, start, end)) if "between " in low else []
    if " to " in low or "–" in low or "—" in low:
        openings += _DIGITS_TO.finditer(text, start, end)
    for r in openings:
        counts = P.find_counts(text, r.end(), min(end, r.end() + _COUNT_REACH))
        if not counts or counts[0].start() != r.end():
            continue
        if r.group(1)[0].isdigit() and not_a_figure(text, *r.span(1)):
            continue  # "pages 54 to 68 crimes ...": the first number is a reference
        if _DIGITS_TO.match(text, r.start()) and _CHANGE_BEFORE.search(text, max(start, r.start() - 50), r.start()):
            continue  # "from 20 to 30 crimes", "had risen 20 to 30": a change (read elsewhere)
        add(Anchor(r.start(), counts[0].end(), P.parse_number(r.group(1)), "count", "count"))
