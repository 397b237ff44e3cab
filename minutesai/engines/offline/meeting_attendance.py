"""How many came to the meeting itself: 'A total of 18 people were in attendance', 'some 14 residents attended
the meeting'. Minutes record it as housekeeping; it measures nothing about policing. A count of people at an
event ('18 delegates attended on the day', '3,000 young people had attended the sessions') stays a figure."""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor

_MEETING = r"(?:the|this|tonight['’]s|today['’]s)\s+(?:meeting|forum|panel)"
_AT_THE_MEETING = re.compile(
    r"(?:\s+(?:had\s+)?(?:were|was)\s+in\s+attendance(?!\s+at\s+(?!" + _MEETING + r"))"
    r"|\s+(?:had\s+)?attended\s+" + _MEETING + r")\b",
    re.IGNORECASE)
_PEOPLE_NOUN = re.compile(r"(?:people|persons|residents|attendees|members(?:\s+of\s+the\s+public)?|public)$", re.IGNORECASE)


def without_meeting_attendance(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """Drop counts of people followed by 'were in attendance' / 'attended the meeting'."""
    return [a for a in anchors
            if not (a.kind == "count" and _PEOPLE_NOUN.search(text, a.start, a.end) and _AT_THE_MEETING.match(text, a.end))]
