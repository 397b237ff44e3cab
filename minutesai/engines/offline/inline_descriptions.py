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

_LABEL_WORDS = re.compile(r"(?:Minutes|Additional\s+documents|Decisions?)\s*:")
"""A row's label, after other words on its line or opening it ('Additional documents: Minutes: ...')."""
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
    """Where each label starts (with the blanks before it), found by its first word: a regex tried at every
    position of the text costs more than the few words it finds."""
    out: list[int] = []
    for word in ("Minutes", "Additional", "Decision"):
        k = text.find(word)
        while k >= 0:
            if _LABEL_WORDS.match(text, k):
                j = k
                while j > 0 and text[j - 1] in " \t":
                    j -= 1
                if j == 0 or text[j - 1] == "\n":
                    out.append(j)  # a label opening its line
                elif j < k:
                    out.append(j)  # a label after other words on its line
            k = text.find(word, k + len(word))
    return sorted(out)


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
