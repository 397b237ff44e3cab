"""Business a meeting is to receive, worded as a promise but giving nobody work: "Members would receive a presentation
from each of the Subgroup leads", "The meeting will commence with a presentation by the Chief Constable", "Cabinet, at
its meeting on 10 November, will consider a report on the Anti-Social Behaviour Policy". The meeting (or its Members,
or another body) hearing a report is the agenda, not an action; whoever is to write or give it is named elsewhere
when there is work in it. A further or follow-up report promised to the meeting is work, and stays."""

from __future__ import annotations

import re

_BODY = (r"(?:Members|Councillors|(?:the\s+|this\s+)?meeting|(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){0,4}?"
         r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Partnership|Forum|Commission|Executive))")
_SCHEDULED = re.compile(
    rf"(?:^|\bthat\s+)(?:[Tt]he\s+)?{_BODY}(?:,\s+[^,;]{{3,60}},)?\s+(?:would|will|was\s+due\s+to|were\s+due\s+to|is\s+due\s+to|are\s+due\s+to)"
    r"\s+(?:then\s+|now\s+|also\s+|first\s+)?(?:receive|consider|hear|commence\s+with|begin\s+with|start\s+with|open\s+with)\s+"
    r"(?!(?:a\s+|the\s+)?(?:further|follow[- ]up|progress|fuller|more\s+detailed|detailed|separate)\b)"
    r"(?:a|an|the|two|three|several|short|brief)\s+(?:[\w-]+\s+){0,3}?(?:presentations?|reports?|briefings?|talks?)\b"
    r"(?![^;]{0,80}\b(?:next|following|future|subsequent)\s+meeting\b)",
    re.IGNORECASE,
)


def scheduled_business(quote: str) -> bool:
    """True when an action's quote is only a meeting receiving a presentation or report."""
    if "resent" not in quote and "eport" not in quote and "riefing" not in quote and "talk" not in quote:
        return False
    return _SCHEDULED.search(quote) is not None
