"""A resolution that follows a block label on the same line: "Appointment of Chair for 2021/2022 Minutes: RESOLVED:
That ... be appointed as Chairman ...".

A ModernGov meeting page lays each item out as a table row (number, title, "Minutes:" / "Decision:" and the text);
flattened to text, the row becomes one line, so the resolution does not open its line and the header rules, which
look at line starts, miss it. The label is page furniture; what follows it is read as if it opened the line.

A PDF flattened to text does the same to a numbered heading in capitals: "2.1 DRAFT MINUTES OF PERFORMANCE COMMITTEE
MEETING HELD ON 10 NOVEMBER 2016 It was: AGREED: To approve the draft minutes ...". The heading is read as a label."""

from __future__ import annotations

import re

_LABEL_THEN_HEADER = re.compile(r"\b(?:Minutes|Decisions?)\s*:\s+(?=(?:RESOLVED|Resolved|AGREED|DECIDED|RECOMMENDED|It\s+was\s+(?:RESOLVED|resolved|AGREED|agreed)))")


_CAPITALS_HEADING_THEN_HEADER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[A-Z0-9][A-Z0-9&’'/,.()-]*\s+){3,24}?"
    r"(?=It\s+was\s*:?\s*(?:RESOLVED|AGREED)\b|(?:RESOLVED|AGREED)\s*[:\-–—]\s*(?:That\b|THAT\b|To\s))"
)


def after_inline_label(line: str) -> int:
    """Offset in ``line`` just after a mid-line "Minutes:" / "Decision:" label, or a run-in heading in capitals, that
    a resolution header follows; 0 when none."""
    if "inutes" in line or "ecision" in line:
        m = _LABEL_THEN_HEADER.search(line)
        if m:
            return m.end()
    if ("RESOLVED" in line or "AGREED" in line) and (line[:1].isupper() or line[:1].isdigit()):
        m = _CAPITALS_HEADING_THEN_HEADER.match(line)
        return m.end() if m else 0
    return 0
