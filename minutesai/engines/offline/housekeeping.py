"""The chair's housekeeping at the start of a meeting, worded as a request but giving nobody work:
"asked that all mobile phones be switched off", "asked that phones be put on silent and that all remarks
be addressed through the chair". Minutes across the UK open with it; it is conduct for the meeting in
progress, not an action. An action whose quote is about anything else stays."""

from __future__ import annotations

import re

_PHONES_OFF = re.compile(
    r"\b(?:mobile\s+)?(?:tele)?phones?\s+(?:and\s+(?:other\s+)?(?:devices|pagers|tablets)\s+)?(?:be|were|are|to\s+be)\s+"
    r"(?:switched|turned|put|set|placed)\s+(?:off|on\s+(?:to\s+)?(?:silent|mute|vibrate))\b",
    re.IGNORECASE,
)
_THROUGH_THE_CHAIR = re.compile(r"\b(?:addressed|directed|made)\s+through\s+the\s+chair\b", re.IGNORECASE)
_OTHER_WORK = re.compile(r"\b(?:report|provide|circulate|send|write|contact|investigate|review|update)\b", re.IGNORECASE)


def meeting_housekeeping(text: str, start: int, end: int) -> bool:
    """True when the action quoted at ``text[start:end]`` is the chair's housekeeping for the meeting itself."""
    if _PHONES_OFF.search(text, start, end) is None and _THROUGH_THE_CHAIR.search(text, start, end) is None:
        return False
    return _OTHER_WORK.search(text, start, end) is None
