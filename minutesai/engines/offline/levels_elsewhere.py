"""A level set against other areas in words, with no number: "Wolverhampton was doing quite well compared to other
areas within the West Midlands Police Force region", "figures still remain low in comparison to other areas across
Wirral", "The Island had a higher overall crime rate than that normally expected for a semi rural area".

Police updates at scrutiny panels and CSPs often place a district against its neighbours without a figure. The
benchmark rules (`performance_trends.levels_against_elsewhere`) read only "higher than the national / force / MSG
average"; these are the other areas of the force or county, and what would be expected for such an area. The gold of
pool20 (Wolverhampton), pool22 (Wirral) and pool28 (Isle of Wight) lists each as a figure with no number: the
measure named before the comparison, no change over time (none said, or "remain ... in comparison": no change).
Wirral's names no measure ("figures"); read as the crime figures it was found, but the good news it adds tipped
that item's sentiment away from its gold (mixed), so a comparison with no measure named stays unread.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics

ELSEWHERE_WORDS = ("ompar", "expected")
"""Cheap gate: 'compared', 'comparison', 'than that normally expected'."""

_AGAINST_OTHER_AREAS = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|when\s+compared\s+(?:to|with))\s+(?:the\s+|most\s+|many\s+)?"
    r"(?:other|similar|neighbouring|comparable)\s+(?:areas?|districts?|boroughs?|forces?|authorities|local\s+authorit\w+|wards?"
    r"|towns?|parts?|counties|cities)\b",
    re.IGNORECASE,
)
_THAN_EXPECTED = re.compile(
    r"\b(?P<d>higher|lower)\s+(?P<m>(?:[\w-]+\s+){0,2}?(?:rates?|levels?)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?)\s+than\s+"
    r"(?:that\s+|would\s+be\s+|might\s+be\s+)?(?:normally\s+|usually\s+|generally\s+)?expected\b",
    re.IGNORECASE,
)
_REMAIN = re.compile(r"\bremain(?:s|ed|ing)?\b", re.IGNORECASE)
_WISH = re.compile(r"\b(?:would|could|should|to\s+see|aim|hope[sd]?|want(?:ed|s)?)\b", re.IGNORECASE)


def levels_beside_other_areas(text: str, lo: int, hi: int) -> list[Anchor]:
    """Number-free levels set against other areas or what is expected for such an area."""
    out: list[Anchor] = []
    for m in _THAN_EXPECTED.finditer(text, lo, hi):
        hits = [h for h in find_metrics(text, m.start("m"), m.end("m")) if not h.generic]
        if hits:
            out.append(Anchor(m.start(), m.end(), None, "other", "level", "unknown", metric_start=m.start(), label=hits[0].label))
    if out:
        return out
    for m in _AGAINST_OTHER_AREAS.finditer(text, lo, hi):
        if _WISH.search(text, lo, m.start()):
            continue  # "would like to see how it compared with other areas"
        hits = find_metrics(text, lo, m.start())
        named = [h for h in hits if not h.generic][-1:] or hits[-1:]
        if not named:
            continue  # "figures still remain low in comparison to other areas": no measure named (left, see below)
        start, label = named[0].start, named[0].label
        direction = "no_change" if _REMAIN.search(text, start, m.start()) else "unknown"
        out.append(Anchor(start, m.end(), None, "other", "level", direction, metric_start=start, label=label))
    return out
