"""A bare verdict under an item heading: "2 MINUTES OF THE PREVIOUS MEETING OF 19 JULY 2012 / Agreed.",
"4 POLICE SCOTLAND ... PERFORMANCE UPDATE - REPORT BY DIRECTOR / Decision / NOTED".

Scottish committee minutes (a "Decision" label, then "NOTED" or "AGREED") and older English panel minutes (the
heading, then "Agreed.") say what was decided only through the heading above the verdict. Quoted alone, "NOTED"
names nothing, and every later "NOTED" would point at the first one in the text. The decision is the heading with
its verdict: the quote runs from the heading line through the verdict.
"""

from __future__ import annotations

import re

_BARE_VERDICT = re.compile(
    r"(?:agreed|noted|approved|accepted|adopted|confirmed|endorsed|carried|resolved|received)(?:\s+and\s+(?:noted|agreed|signed))?\.?",
    re.IGNORECASE,
)
_LABEL = re.compile(r"(?:decisions?|resolved|resolutions?|outcome|minutes?)\s*:?", re.IGNORECASE)
"""A label line between the heading and the verdict ('Decision', 'Minutes:')."""
_HEADING = re.compile(r"(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+|[A-Z]\w*\s)[^\n]{3,240}")
_NOT_HEADING = re.compile(r"[.;,]\s*$|^\s*(?:the|it|this|members|he|she|they)\b", re.IGNORECASE)
_MAX_LINES_BACK = 3


def is_bare_verdict(quote: str) -> bool:
    """True when ``quote`` is only a verdict word ('Agreed.', 'NOTED', 'Received and noted')."""
    return len(quote) <= 24 and _BARE_VERDICT.fullmatch(quote.strip()) is not None


def heading_start(text: str, start: int) -> int | None:
    """Where the item heading above the verdict at ``start`` begins (over blank and label lines), or None."""
    pos = text.rfind("\n", 0, start)
    if pos < 0 or text[pos + 1:start].strip():
        return None  # the verdict does not open its line
    for _ in range(_MAX_LINES_BACK + 1):
        while pos > 0 and text[pos - 1] in "\n \t\r":
            pos -= 1
        if pos <= 0:
            return None
        line_start = text.rfind("\n", 0, pos) + 1
        line = text[line_start:pos].strip()
        if _LABEL.fullmatch(line):
            pos = line_start - 1
            continue
        if _HEADING.fullmatch(line) and not _NOT_HEADING.search(line) and (line.isupper() or line[:1].isdigit()):
            return line_start + (len(text[line_start:pos]) - len(text[line_start:pos].lstrip()))
        return None
    return None
