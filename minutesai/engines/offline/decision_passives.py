"""Outcomes written without the meeting body as subject, and approvals recorded from another meeting.

"Members' concern at any potential closure of the police station was noted" and "Councillors' comments were
recorded" are what the meeting took note of, though the sentence opens with the Members' words rather than 'The
Panel'. At a Commissioner's accountability board or decision meeting the Commissioner is the one who decides:
"The Commissioner received this paper and thanked the Chief Constable ..." is the board's outcome for the item.
"The Minute was approved at the meeting on 12 September 2023" (the Scottish Police Authority's house style) records
an approval given at a later meeting: not a decision of the meeting these minutes describe.
"""

from __future__ import annotations

import re

_NOTED_VIEWS = re.compile(
    r"^(?:(?:Panel|Committee|Board)\s+)?(?:Members|Councillors)['’]?\s+(?:(?:[\w-]+\s+){0,2}?)"
    r"(?:concerns?|comments|views|observations|points|suggestions?|requests?|support|disappointment|frustration)\b"
    r"[^.;]{0,200}?\s(?:was|were)\s+(?:duly\s+|also\s+|formally\s+)?(?:noted|recorded|acknowledged|accepted|agreed)\b"
)
""""Members' concern at any potential closure of Dumbarton Police station was noted", "Members' comments were recorded"."""
_SOLE_DECIDER = re.compile(
    r"^(?:The\s+)?(?:(?:Police,?\s+Fire\s+and\s+Crime|Police\s+and\s+Crime|Deputy)\s+)?(?:Commissioner|PCC|PFCC)\s+"
    r"(?:formally\s+)?(?:received|noted|approved|endorsed|accepted)\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:paper|report|update|proposals?|recommendations?|business\s+case)\b"
)
""""The Commissioner received this paper and thanked ...", "The PCC approved the business case": the decision-maker
of an accountability board (a Police and Crime Panel's Commissioner 'presents' or 'responds', not 'receives')."""
_APPROVED_ELSEWHERE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:approved|agreed|confirmed|adopted|signed)\s+(?:as\s+(?:a\s+)?(?:correct|true|accurate)\s+record\s+)?"
    r"at\s+the\s+(?:[\w-]+\s+){0,4}?meeting(?:\s+of\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+){0,3}?)?\s+(?:held\s+)?on\s+(?:[A-Z][a-z]+day,?\s+)?\d"
)
"""'The Minute was approved at the meeting on 12 September 2023': approved at another (later) meeting."""


def passive_outcome(sentence: str) -> bool:
    """True for an outcome recorded without the body as subject: Members' views noted, the Commissioner receiving a paper."""
    first = sentence[:1]
    if (first == "M" or first == "C" or first == "P" or first == "B") and (
            "noted" in sentence or "recorded" in sentence or "acknowledged" in sentence or "accepted" in sentence
            or "agreed" in sentence) and _NOTED_VIEWS.match(sentence):
        return True
    return ("ommissioner" in sentence or "PCC" in sentence) and _SOLE_DECIDER.match(sentence) is not None


def approved_elsewhere(sentence: str) -> bool:
    """True when the sentence records an approval given at a meeting on another date."""
    return "meeting" in sentence and " on " in sentence and _APPROVED_ELSEWHERE.search(sentence) is not None
