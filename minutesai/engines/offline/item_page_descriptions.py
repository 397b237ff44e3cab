"""The agenda's description at the top of a ModernGov "Agenda item" page (mgAi.aspx).

Such a page prints "Agenda item", the item's title, then (usually) the description the agenda gave the item
before the meeting: "North Yorkshire Police to provide a written report.", "The Area Coordinator will submit
a report (Document "I") ...", "Inspector X to attend to discuss ...". The minutes follow, with or without a
"Minutes:" label. A promise in that first paragraph is the agenda's, not the meeting's. A paragraph that records
an outcome or a discussion is the minutes themselves and keeps its actions.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan

_PAGE_HEADING = re.compile(r"^[ \t]*Agenda\s+item[ \t]*$", re.MULTILINE)
_HEADING_WITHIN = 400
"""Characters from the top of the text within which the page heading sits (site navigation may come first)."""
_LONGEST = 600
"""Characters: a description is a sentence or two; a longer first paragraph is the minutes."""
_LABEL = re.compile(r"[ \t]*(?:Minutes|Decisions?|Purpose|Wards?(?:\s+affected)?)\s*:", re.IGNORECASE)
_OUTCOME_OR_DISCUSSION = re.compile(
    r"\b(?:resolved|agreed|decisions?|noted|received|approved|confirmed|deferred|determined|reviewed|recommended"
    r"|welcomed|discussed|considered|thanked|said|explained|reported|advised|stated|informed|introduced|notes"
    r"|gave|attended|asked|queried|responded|highlighted|outlined|(?<!be\s)(?:provided|presented))\b",
    re.IGNORECASE,
)
"""Past-tense record of the meeting ('The Inspector presented the report and said ...'): minutes, not a description
('to be provided at the meeting' is the agenda's future)."""


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """The first three non-blank lines at or after ``start`` as (start, end) spans."""
    out: list[tuple[int, int]] = []
    k = start
    while k < len(text) and len(out) < 3:
        end = text.find("\n", k)
        end = len(text) if end < 0 else end
        if text[k:end].strip():
            out.append((k, end))
        k = end + 1
    return out


def _description_span(text: str) -> tuple[int, int] | None:
    """Where the description paragraph under an item page's title lies, if this text is such a page."""
    heading = _PAGE_HEADING.search(text, 0, _HEADING_WITHIN)
    if heading is None:
        return None
    lines = _lines(text, heading.end() + 1)
    if len(lines) >= 2 and _untitled_description(text, *lines[0]):
        return lines[0]  # the page lost its title: the description comes first
    if len(lines) < 3:
        return None  # title, description and then the minutes: a page with nothing after the description has no minutes
    s, e = lines[1]
    if e - s > _LONGEST or _LABEL.match(text, s) or _OUTCOME_OR_DISCUSSION.search(text, s, e):
        return None
    return s, e


_FUTURE = re.compile(r"\b(?:will|to\s+be|to\s+(?:provide|give|present|attend|update|report|introduce|submit))\b")
_MIN_WORDS = 5


def _untitled_description(text: str, s: int, e: int) -> bool:
    """'An update will be given on recent Police developments and successes.' straight under "Agenda item": a
    sentence in the agenda's future, not a title (which has no closing stop) and not a record of the meeting."""
    line = text[s:e].rstrip()
    return (line.endswith(".") and e - s <= _LONGEST and len(line.split()) >= _MIN_WORDS and _FUTURE.search(line) is not None
            and not _LABEL.match(text, s) and not _OUTCOME_OR_DISCUSSION.search(text, s, e))


def in_item_page_description(text: str, start: int) -> bool:
    """True when ``start`` lies in the agenda description printed under the title of an "Agenda item" page."""
    if "Agenda item" not in text[:_HEADING_WITHIN]:
        return False
    span = scan.cached(text, "item page description", _description_span)
    return span is not None and span[0] <= start < span[1]
