"""A place in a league table given as a move: 'had moved from 35th to 19th place nationally'."""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor

_RANK_MOVE = re.compile(
    r"\bfrom\s+(\d{1,3})(?:st|nd|rd|th)(?:\s+(?:place|position))?\s+to\s+(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\b",
    re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def rank_moves(text: str, start: int, end: int, anchors: list[Anchor]) -> list[Anchor]:
    """'improved from 27th to 2nd': the figure is the place now held (2). The direction is the place's, as
    the gold sets read a league table (dev, authored2, authored3, pool24): climbing from 27th to 2nd is an
    increase, slipping from 4th to 9th a decrease. Both places must be ordinals, and a month after the
    second ('from 1st to 30th June') makes them days, not places."""
    out = anchors
    for m in _RANK_MOVE.finditer(text, start, end):
        if _MONTH_AFTER.match(text, m.end(), m.end() + 8):
            continue  # "from 1st to 30th June": days of a month
        before, now = int(m.group(1)), int(m.group(2))
        direction = "increase" if now < before else "decrease" if now > before else "no_change"
        moved = Anchor(m.start(2), m.end(), float(now), "rank", "rank", direction=direction,
                       comparator=f"from {m.group(1)}")
        out = sorted([a for a in out if not (a.start < m.end() and m.start() < a.end)] + [moved], key=lambda a: a.start)
    return out
