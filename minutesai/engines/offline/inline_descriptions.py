"""The agenda's description in a ModernGov table row flattened to text, before its inline "Minutes:" label.

Scraped ModernGov pages often print each agenda row on one line (or a few wrapped lines ending in "|"):
"To approve the minutes of the meeting held on 8 February 2022. Minutes: RESOLVED that ...", "ELECT VICE-CHAIR To
elect Vice-chair for 2024-2025. Additional documents: Decision: ...". What comes before the row's first label is the
agenda's wording, written before the meeting: it decides nothing and gives no one work. What follows a label is
the minute.
"""

from __future__ import annotations

import bisect
import re

from minutesai.engines.offline import scan

_INLINE_LABEL = re.compile(r"(?:(?<=\S)[ \t]+|^[ \t]*)(?:Minutes|Additional\s+documents|Decisions?)\s*:", re.MULTILINE)
"""A label after other words on its line: 'Minutes:' on a line of its own is agenda_descriptions' case."""
_ROW_BREAK = re.compile(r"\|[ \t]*(?:\r?\n|$)|\n[ \t]*\n|(?:Minutes|Additional\s+documents|Decisions?)\s*:")
"""Where a row's description can start: after a row's closing bar, a blank line, or an earlier label."""
_OUTCOME = re.compile(
    r"\b(?:resolved|agreed|noted|received|approved|confirmed|deferred|determined|welcomed|discussed|considered|thanked|said"
    r"|explained|reported|advised|stated|informed|was|were)\b",
    re.IGNORECASE,
)
_LONGEST = 400
"""Characters: an inline description is a heading and a line or two of agenda wording."""


def _labels(text: str) -> list[int]:
    if "inutes" not in text and "ecision" not in text and "documents" not in text:
        return []
    return [m.start() for m in _INLINE_LABEL.finditer(text)]


def in_inline_description(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies in the agenda wording of a flattened table row, before the row's first label."""
    labels = scan.cached(text, "inline agenda labels", _labels)
    k = bisect.bisect_left(labels, start)
    if k == len(labels) or labels[k] - start > _LONGEST:
        return False
    label = labels[k]
    if end > label + 1:
        return False  # "To approve the minutes PDF 196 KB Minutes: The minutes ... were approved": the minute itself
    lo = max(0, start - _LONGEST)
    row_start = lo
    for m in _ROW_BREAK.finditer(text, lo, start):
        row_start = m.end()
    if row_start == lo and lo > 0:
        return False  # no row boundary close above: not a short agenda row
    if any(b.start() < label for b in _ROW_BREAK.finditer(text, start, label)):
        return False  # the row ends (or another label comes) before the label: not this row's description
    return not _OUTCOME.search(text, row_start, label)
