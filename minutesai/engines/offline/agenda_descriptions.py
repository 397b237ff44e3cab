"""The agenda's description of an item on a published minutes page, where no action is agreed.

ModernGov pages print each item as its heading, the agenda's description ("To receive a quarterly report
from the Commissioner ...", "A verbal update will be provided ...", "Inspector X to attend to discuss ..."),
then a "Minutes:" line and what happened. The description is written before the meeting: a promise in it
is the agenda's, not the meeting's. A block that records an outcome or a discussion (a "Decision:" block,
"RESOLVED", "noted", "said" ...) is minutes, not description, and keeps its actions.
"""

from __future__ import annotations

import bisect
import re

from minutesai.engines.offline.item_bounds import item_starts

_MINUTES_LABEL = re.compile(r"^[ \t]*Minutes\s*:[ \t]*$", re.MULTILINE)
_BLOCK_LABEL = re.compile(r"^[ \t]*(?:Minutes|Decisions?)\s*:?[ \t]*$", re.MULTILINE)
_OUTCOME_OR_DISCUSSION = re.compile(
    r"\b(?:resolved|agreed|decisions?|noted|received|approved|confirmed|deferred|defered|determined|reviewed|closed|recommended"
    r"|recommendations?|welcomed|discussed|considered|thanked|said|explained|reported|advised|stated|informed)\b",
    re.IGNORECASE,
)
_LONGEST = 1200
"""Characters: an agenda description is a few lines; a longer block is the minutes of an item without a label."""


def description_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each item description that a "Minutes:" line closes."""
    if "Minutes" not in text:
        return []
    spans: list[tuple[int, int]] = []
    starts: list[int] | None = None
    for m in _MINUTES_LABEL.finditer(text):
        starts = item_starts(text) if starts is None else starts
        i = bisect.bisect_right(starts, m.start()) - 1
        lo = starts[i] if i >= 0 else 0
        for label in _BLOCK_LABEL.finditer(text, lo, m.start()):
            lo = label.end()  # "Decision:" above "Minutes:": the block after it is the decision
        if m.start() - lo <= _LONGEST and not _OUTCOME_OR_DISCUSSION.search(text, lo, m.start()):
            spans.append((lo, m.start()))
    return spans


def in_description(spans: list[tuple[int, int]], start: int) -> bool:
    return any(lo <= start < hi for lo, hi in spans)
