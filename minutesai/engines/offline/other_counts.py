"""A second count worded as "N others": "5 drivers were caught speeding and 5 others stopped for using a
mobile phone", "12 were arrested and 3 others reported for summons". The first count is read by the
anchor rules; "others" names no measure, so the second was lost. It counts the same kind of thing,
labelled by the measure named after it (or the first count's noun)."""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.nonfigures import not_a_figure

_N_OTHERS = re.compile(r"\b(?P<n>\d[\d,]*)\s+(?:more\s+|further\s+)?others\b")
_LABEL_REACH = 80


def with_other_counts(text: str, start: int, end: int, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` of one sentence with each "N others" after a count added as a count of its own."""
    added: list[Anchor] = []
    for m in _N_OTHERS.finditer(text, start, end):
        if any(a.start <= m.start("n") < a.end for a in anchors) or not_a_figure(text, *m.span("n")):
            continue
        if not any(a.kind == "count" and a.value is not None and a.end <= m.start() for a in anchors):
            continue  # "5 others" with no count before it: others of what is not said here
        hits = [h for h in find_metrics(text, m.end(), min(end, m.end() + _LABEL_REACH)) if not h.generic]
        added.append(Anchor(m.start(), m.end(), P.parse_number(m.group("n")), "count", "count",
                            label=hits[0].label if hits else None))
    return sorted(anchors + added, key=lambda a: a.start) if added else anchors
