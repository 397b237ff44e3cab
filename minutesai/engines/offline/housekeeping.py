"""The chair's housekeeping at the start of a meeting, worded as a request but giving nobody work:
"asked that all mobile phones be switched off", "asked that phones be put on silent and that all remarks
be addressed through the chair". Minutes across the UK open with it; it is conduct for the meeting in
progress, not an action. So are the order of business (standing orders let the chair vary it: "she would
bring forward items 6 and 7 on the agenda", "Items 9 and 10 would be taken first") and the webcasting
notice that councils filming or streaming their meetings open with ("the meeting was being recorded and
would be published on the website"), and what the meeting's own recording is for ("the audio recording of the meeting
will be checked to ensure the accuracy of the proposed amendment" to the minutes). An action whose quote is about anything else stays."""

from __future__ import annotations

import re

from minutesai.engines.offline.scheduled_business import scheduled_business

_PHONES_OFF = re.compile(
    r"\b(?:mobile\s+)?(?:tele)?phones?\s+(?:and\s+(?:other\s+)?(?:devices|pagers|tablets)\s+)?(?:be|were|are|to\s+be)\s+"
    r"(?:switched|turned|put|set|placed)\s+(?:off|on\s+(?:to\s+)?(?:silent|mute|vibrate))\b",
    re.IGNORECASE,
)
_THROUGH_THE_CHAIR = re.compile(r"\b(?:addressed|directed|made)\s+through\s+the\s+chair\b", re.IGNORECASE)
_ORDER_OF_BUSINESS = re.compile(
    r"\b(?:bring|brought|take|taken|took|move|moved|consider|considered|hear|heard)\s+(?:forward\s+)?(?:agenda\s+)?items?\s+\d{1,2}"
    r"(?:\s*(?:,|and|&)\s*\d{1,2})*\s+(?:forward|first|earlier|next|on\s+the\s+agenda|before|after)\b"
    r"|\bitems?\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s+(?:would|will|to)\s+be\s+(?:taken|considered|heard|brought\s+forward)"
    r"\s+(?:first|earlier|next|before|after)\b|\b(?:vary|varied|change|changed)\s+the\s+order\s+of\s+(?:business|the\s+agenda|items)\b",
    re.IGNORECASE,
)
_RECORDED_MEETING = re.compile(
    r"\b(?:the\s+)?(?:meeting|proceedings)\s+(?:was|were|is|are|would\s+be|will\s+be)\s+(?:being\s+)?"
    r"(?:recorded|webcast|filmed|broadcast|live[- ]?streamed|streamed)\b"
    r"|\b(?:audio\s+|video\s+|sound\s+)?recording\s+of\s+(?:the|this)\s+meeting\s+(?:was|is|would|will)\b",
    re.IGNORECASE,
)
_OTHER_WORK = re.compile(r"\b(?:report|provide|circulate|send|write|contact|investigate|review|update)\b", re.IGNORECASE)


def meeting_housekeeping(text: str, start: int, end: int) -> bool:
    """True when the action quoted at ``text[start:end]`` is the chair's housekeeping for the meeting itself."""
    quote = text[start:end]  # (each pattern is tried only when its literal is in the quote)
    if scheduled_business(quote):  # "Members would receive a presentation from each of the Subgroup leads"
        return True
    if not (("hone" in quote and _PHONES_OFF.search(quote)) or ("hrough" in quote and _THROUGH_THE_CHAIR.search(quote))
            or (("tem" in quote or "order" in quote) and _ORDER_OF_BUSINESS.search(quote))
            or (("eeting" in quote or "roceedings" in quote) and _RECORDED_MEETING.search(quote))):
        return False
    return _OTHER_WORK.search(quote) is None
