"""The previous minutes approved in a community or parish council's short forms, where no 'approved' or 'agreed'
follows the minutes themselves: "Minutes: Proposed by A Ross and seconded by C Bell", "The draft minute of the June
meeting were proposed by AT and seconded by HIF", "Approved as true record." under a "Minutes of the last meeting"
heading, and "CC approved the spending for the noticeboard" (CC: the community council itself)."""

from __future__ import annotations

import re

_PROPOSED_AND_SECONDED = re.compile(
    r"\b(?:minutes?|notes)\b[^.;]{0,80}?(?:[:\-–]\s*|\b(?:was|were|is|are|be|being)\s+)(?:duly\s+)?proposed\s+(?:by\s+)?"
    r"[^;]{1,60}?\bseconded\b",
    re.IGNORECASE,
)
_APPROVED_AS = re.compile(
    r"^(?:Approved|Agreed|Accepted|Adopted|Confirmed)(?:\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+(?:record|account)"
    r"|\s+as[-\s]is\b|\s+as\s+(?:read|circulated|presented|written|distributed)\b|\s+without\s+(?:amendment|alteration)\b)",
)
_MINUTES_BEFORE = re.compile(r"\bminutes?\b", re.IGNORECASE)
_LOOK_BACK = 150
_COUNCIL_ABBREVIATION = re.compile(r"^(?:The\s+)?CC\s+(?:unanimously\s+)?(?:approved|agreed|resolved|decided|accepted|endorsed)\b")


def minutes_seconded_start(text: str, start: int, end: int) -> int | None:
    """0 when the sentence ``text[start:end]`` approves minutes in one of the short forms (or the CC resolves); else None."""
    sentence = text[start:end]
    if "econded" in sentence and _PROPOSED_AND_SECONDED.search(sentence):
        return 0
    if _APPROVED_AS.match(sentence) and _MINUTES_BEFORE.search(text, max(0, start - _LOOK_BACK), start):
        return 0
    if sentence.startswith(("CC ", "The CC ")) and _COUNCIL_ABBREVIATION.match(sentence):
        return 0
    return None
