"""The opening items of a meeting recorded as if they were outcomes.

UK meetings open with the same furniture: "Welcome and introductions" (the chair welcomes those
present, members introduce themselves) and, in many council chambers, the fire-evacuation
announcement. Some pages prefix every item with "Resolved that:" or close it with "... was
noted" ("Resolved that: the Chair welcomed the members of the public.", "The evacuation procedure
was noted."), which the decision rules read as resolutions. Welcoming a report or a proposal is
the meeting's view and stays a decision: only a welcome to people is furniture.
"""

from __future__ import annotations

import re

_PEOPLE = (r"(?:everyone|everybody|all(?:\s+those)?(?:\s+present)?|those\s+(?:present|attending|in\s+attendance)|(?:the\s+)?(?:new\s+)?[Mm]embers"
           r"(?:\s+of\s+the\s+public)?|(?:the\s+)?(?:attendees|guests|visitors|public|residents)|(?:the\s+)?(?:[Mm]embers\s+and\s+)?officers)")
_WELCOME = re.compile(
    rf"^(?:(?:the|The)\s+)?(?:[\w’'.-]+\s+){{0,4}}?welcomed\s+{_PEOPLE}\b(?:\s+(?:to|at|present|who|that|and\s+(?:officers|guests|visitors))\b[^;]*)?\.?$",
)
_INTRODUCTIONS = re.compile(
    r"^(?:(?:the|The)\s+)?(?:[\w’'.-]+\s+){0,5}?introduced\s+(?:themselves|himself|herself)\b[^;]*\.?$"
    r"|^(?:(?:the|The|A)\s+)?(?:[Rr]ound\s+of\s+)?[Ii]ntroductions\s+(?:were|was)\s+(?:made|given|carried\s+out)\b[^;]*\.?$",
)
_EVACUATION = re.compile(
    r"^(?:(?:the|The)\s+)?(?:fire\s+)?(?:evacuation|fire\s+(?:safety|exits?|alarm))\s+(?:procedures?|arrangements|details|information|announcement)"
    r"\s+(?:was|were)\s+(?:noted|explained|outlined|given|read\s+out|announced)\b\.?$",
    re.IGNORECASE,
)


def opening_formality(decision: str) -> bool:
    """True when a decision's whole wording is the meeting's welcome, its introductions or the evacuation notice."""
    if "elcomed" in decision:
        return _WELCOME.match(decision) is not None
    if "ntroduc" in decision:
        return _INTRODUCTIONS.match(decision) is not None
    return "vacuation" in decision and _EVACUATION.match(decision) is not None
