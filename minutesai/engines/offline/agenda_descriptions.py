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

from minutesai.engines.offline import scan
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


def in_description(text: str, start: int) -> bool:
    """True when ``start`` lies in an item description that a "Minutes:" line closes."""
    labels = scan.cached(text, "minutes labels", _minutes_labels) if "Minutes" in text else []
    k = bisect.bisect_right(labels, start)
    if k == len(labels) or labels[k] - start > _LONGEST:
        return False  # no "Minutes:" line close below: the usual case, decided without finding the headings
    label_start = labels[k]
    starts = item_starts(text)
    i = bisect.bisect_right(starts, label_start) - 1
    lo = starts[i] if i >= 0 else 0
    for label in _BLOCK_LABEL.finditer(text, lo, label_start):
        lo = label.end()  # "Decision:" above "Minutes:": the block after it is the decision
    return lo <= start and label_start - lo <= _LONGEST and not _OUTCOME_OR_DISCUSSION.search(text, lo, label_start)


def _minutes_labels(text: str) -> list[int]:
    """Where each line that is only "Minutes:" starts (found by the word first: a regex at every line is slower)."""
    out = []
    k = text.find("Minutes")
    while k >= 0:
        line = text.rfind("\n", 0, k) + 1
        if _MINUTES_LABEL.match(text, line):
            out.append(line)
        k = text.find("Minutes", k + 7)
    return out
