"""Numbers and changes that sit in a figure's place but state none:

* a target printed before its actual ("Burglary: Target 40 incidents, Actual 31 incidents"): the actual
  is the figure, the target only what it is measured against;
* an error margin ("3,756 + or - 10%", "±5%", "plus or minus 2 points"): how sure an estimate is;
* a change that may or may not come ("concerns about possible increases in crime", "any rise in
  burglary would be reported"): feared or hypothetical, not reported;
* a watch scheme growing ("Rural crime watch continues to grow"): the scheme is named after the
  crime, but its growth is membership, not crime.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.guards import compile_guarded

_TARGET_BEFORE = re.compile(r"\btarget(?:\s+(?:of|was|is))?\s*[:=–-]?\s*$", re.IGNORECASE)
_ACTUAL_AFTER = re.compile(r"[^.\n]{0,40}?\bactual\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"(?:\+\s*(?:or|/)\s*[-–]|±|plus\s+or\s+minus)\s*$", re.IGNORECASE)
_WATCH_SCHEME = re.compile(r"(?:[\w-]+\s+){0,2}?watch\b", re.IGNORECASE)
_UNCERTAIN_BEFORE = re.compile(r"\b(?:possible|potential|feared|any|predicted|projected|anticipated)\s+$", re.IGNORECASE)


def states_no_figure(text: str, a: Anchor) -> bool:
    """True when anchor ``a`` is a target before its actual, an error margin, a feared change or a watch scheme growing."""
    before = text[max(0, a.start - 24):a.start]
    if a.kind == "trend":
        named_at = a.start if a.metric_start is None else min(a.start, a.metric_start)
        return bool(_UNCERTAIN_BEFORE.search(before) or _WATCH_SCHEME.match(text, named_at, a.end))
    if _MARGIN_BEFORE.search(before):
        return True
    return bool(_TARGET_BEFORE.search(before) and _ACTUAL_AFTER.match(text, a.end))


_CEILING_BEFORE = compile_guarded(
    r"\b(?:never|not|no\s+(?:higher|more|lower|less)\s+than|at\s+no\s+(?:time|point))\s+(?:\w+\s+){0,2}?"
    r"(?:risen|rose|gone|went|got|increased|climbed|exceeded|fallen|fell|dropped|decreased|dipped)\s+(?:above|beyond|over|past|below|under|to)?\s*$",
    re.IGNORECASE,
)


def states_a_bound(text: str, start: int) -> bool:
    """True when the number at ``start`` is a ceiling or floor it never passed ("had never risen above 19 per cent"):
    a level over the period, not a rise or a fall."""
    return bool(_CEILING_BEFORE.search(text, max(0, start - 60), start))
