"""Two outcome wordings the decision rules did not read:

* a motion moved and lost in one sentence: "It was moved and seconded that the precept be
  reconsidered, but the motion was lost" (decision_votes reads a motion whose outcome comes in a
  later sentence, and only when it was carried): the vote is the meeting's decision;
* noting after a discussion: "The Committee discussed the presentation and report and noted the
  details" (decisions._BODY_DECISION wants the noting verb right after the body, or "considered
  the report and noted").
"""

from __future__ import annotations

import re

from minutesai.engines.offline.resolution_items import BODY

_MOVED_AND_LOST = re.compile(
    r"^It\s+was\s+(?:duly\s+)?(?:moved|proposed)\s+(?:by\s+[^,.;]{2,60}?\s+)?and\s+seconded\s+that\s+(?:[^.;]|\.(?=\d)){3,240}?"
    r"(?:,\s*|\s+)(?:but|however|and)\s+(?:the\s+)?(?:motion|amendment|proposal)\s+(?:was\s+)?(?:lost|defeated|fell|not\s+carried)\b",
    re.IGNORECASE,
)
_DISCUSSED_AND_NOTED = re.compile(
    rf"^(?:The\s+)?(?:[\w’'&-]+\s+){{0,3}}?{BODY}\s+(?:discussed|considered|debated|reviewed|received)\s+(?:the|its)\s+[^.;]{{3,80}}?"
    r"\s+and\s+(?:noted|endorsed|approved|accepted)\s+(?:the|its)\s+(?:details|contents|report|update|presentation|information"
    r"|findings|recommendations|progress)\b",
    re.IGNORECASE,
)


def lost_or_noted_start(sentence: str) -> int | None:
    """0 when ``sentence`` records a motion moved and lost, or a body noting what it discussed; else None."""
    if ("seconded" in sentence and _MOVED_AND_LOST.match(sentence)) or ("noted" in sentence or "ndorsed" in sentence
                                                                       or "pproved" in sentence or "ccepted" in sentence) \
            and _DISCUSSED_AND_NOTED.match(sentence):
        return 0
    return None
