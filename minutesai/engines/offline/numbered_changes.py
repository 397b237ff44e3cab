"""A change given as a bare number with its change noun, the thing changed after 'in': "a 4,000 fall in the number
of victims", "a rise of 300 in burglaries".

The general count rule reads a number as a count only when a counted noun follows it; here the change noun sits
between the number and what it counts, so the number is the size of the change in that count and the noun says
its direction. A percentage ("a 12% rise in ...") is read by the percentage rules, not here.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.metrics import find_metrics


def _change_noun(suffix: str) -> str:
    return rf"(?P<up{suffix}>rise|increase|uplift)|(?P<down{suffix}>fall|reduction|decrease|drop)"


_NUMBERED_CHANGE = re.compile(
    rf"\ban?\s+(?:(?P<before>{P.NUM})\s+(?:{_change_noun('')})|(?:{_change_noun('2')})"
    rf"\s+of\s+(?P<after>{P.NUM}))\s+in\s+(?=\S)",
    re.IGNORECASE,
)

_YEAR = re.compile(r"(?:19|20)\d{2}")
_COUNTED = re.compile(
    r"(?:the\s+)?((?:number\s+of\s+)?[\w’'-]+(?:\s+(?!(?:in|at|across|over|since|during|for|compared|on|from|and|but|which|to|by|with)\b)[\w’'-]+){0,3})",
    re.IGNORECASE)
"""What the change is in, up to a place, a time or the next clause ('the number of victims' in the borough)."""


def numbered_changes(text: str, lo: int, hi: int, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` with the number of each 'a N rise in X' / 'a rise of N in X' added as a count with its direction."""
    added: list[Anchor] = []
    for m in _NUMBERED_CHANGE.finditer(text, lo, hi):
        group = "before" if m.group("before") else "after"
        s, e = m.span(group)
        if any(a.start < e and s < a.end for a in anchors):
            continue  # already read ("a rise of 300 offences in ...")
        value = P.parse_number(m.group(group))
        if _YEAR.fullmatch(m.group(group)):
            continue  # "a 2019 rise in burglaries": when, not how many
        direction = "increase" if m.group("up") or m.group("up2") else "decrease"
        counted = _COUNTED.match(text, m.end(), hi)
        label = None
        if counted is not None and not find_metrics(text, counted.start(), counted.end()):
            label = " ".join(counted.group(1).split())  # "a 4,000 fall in the number of victims": 'number of victims'
        added.append(Anchor(s, e, value, "count", "count", direction, metric_start=m.end(), label=label))
    return sorted(anchors + added, key=lambda a: a.start) if added else anchors
