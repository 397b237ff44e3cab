"""Comparators that stand apart from the figure they qualify.

- a target met in the same sentence: its label ('target −13%');
- a benchmark sentence after the figure: "In terms of solved crime, this was 10.7% for the District. This compared to
  7.8% nationally and 10.2% countywide." The second sentence's numbers are what the first is set against, not
  figures of their own; a comparison with an earlier period ("This compared with 268 in the same period last year")
  also gives the figure its direction.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.compared_elsewhere import compares_elsewhere
from minutesai.schemas import FoundFigure

_MINUS_BEFORE = re.compile(r"[-−–]\s*$")


def target_label(text: str, a: Anchor) -> str:
    sign = "−" if _MINUS_BEFORE.search(text[max(0, a.start - 2):a.start]) else ""
    return f"target {sign}{' '.join(text[a.start:a.end].split())}"


_BENCHMARK_START = re.compile(
    r"(?:This|That|These|Which|The\s+(?:figure|rate|number|total))\s+(?:was\s+|is\s+)?(?:compared?s?|compared)\s+(?:to|with|against)\s+",
)
_OVER_TIME = re.compile(r"\b(?:last|previous|preceding|same\s+(?:period|quarter|time|month))\b", re.IGNORECASE)


def benchmark_of_previous(text: str, sent_start: int, sent_end: int, prev: FoundFigure, fig: FoundFigure,
                          anchor_start: int) -> bool:
    """True when ``fig`` stands in a sentence that opens by comparing the previous sentence's figure ``prev`` with
    something ('This compared to 7.8% nationally'): ``fig`` becomes part of ``prev``'s comparator."""
    m = _BENCHMARK_START.match(text, sent_start, sent_end)
    if m is None or prev.value is None or fig.value is None or fig.unit != prev.unit:
        return False
    tail = " ".join(text[m.end():sent_end].rstrip(" .").split())
    if not prev.comparator:
        prev.comparator = tail
        if prev.direction == "unknown" and _OVER_TIME.search(tail) and not compares_elsewhere(text, anchor_start, m.end()):
            prev.direction = "increase" if prev.value > fig.value else "decrease" if prev.value < fig.value else "no_change"
    return True


_NATIONALLY = re.compile(r"\b(?:nationally|national(?:ly)?\s+(?:picture|trend)|across\s+the\s+country|countrywide|nationwide)\b",
                         re.IGNORECASE)


def said_nationally(quote: str, earlier: str) -> bool:
    """'... the increase in the crime figures for Halton ... This had resulted in an increase in crime figures
    nationally': the same change as the sentence before, but across the country, so a figure of its own."""
    return bool(_NATIONALLY.search(quote)) and not _NATIONALLY.search(earlier)
