"""A resolution that follows a block label on the same line: "Appointment of Chair for 2021/2022 Minutes: RESOLVED:
That ... be appointed as Chairman ...".

A ModernGov meeting page lays each item out as a table row (number, title, "Minutes:" / "Decision:" and the text);
flattened to text, the row becomes one line, so the resolution does not open its line and the header rules, which
look at line starts, miss it. The label is page furniture; what follows it is read as if it opened the line."""

from __future__ import annotations

import re

_LABEL_THEN_HEADER = re.compile(r"\b(?:Minutes|Decisions?)\s*:\s+(?=(?:RESOLVED|Resolved|AGREED|DECIDED|RECOMMENDED|It\s+was\s+(?:RESOLVED|resolved|AGREED|agreed)))")


def after_inline_label(line: str) -> int:
    """Offset in ``line`` just after a mid-line "Minutes:" / "Decision:" label that a resolution header follows; 0 when none."""
    if "inutes" not in line and "ecision" not in line:
        return 0
    m = _LABEL_THEN_HEADER.search(line)
    return m.end() if m else 0
