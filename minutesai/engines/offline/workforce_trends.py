"""Fewer police, said without a number: "There were now less PCSOs and PCs", "there are fewer officers than in
neighbouring areas".

Police numbers are no crime measure, so the trend rules find no metric for them; an existential 'there were
fewer/less' with the police workforce as its subject states the change itself. With 'than' after the group the
sentence compares with somewhere else, so it is a level with no direction.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor

_FEWER_POLICE = re.compile(
    r"\bthere\s+(?:are|were|is|was|had\s+been|have\s+been)\s+(?:now\s+)?(?:far\s+|many\s+|significantly\s+|considerably\s+)?"
    r"(?:fewer|less)\s+(?P<group>(?:(?:police|neighbourhood|frontline|uniformed)\s+)?(?:officers|PCSOs|PCs|police|constables)"
    r"(?:\s+(?:and|or|&)\s+(?:(?:police|neighbourhood)\s+)?(?:officers|PCSOs|PCs|police|constables|staff))?)\b",
    re.IGNORECASE,
)
_THAN = re.compile(r"\s+(?:[\w-]+\s+){0,2}than\b", re.IGNORECASE)


def fewer_police(text: str, lo: int, hi: int) -> list[Anchor]:
    """'There were now less PCSOs and PCs': the workforce fell (no number given)."""
    out: list[Anchor] = []
    for m in _FEWER_POLICE.finditer(text, lo, hi):
        direction = "unknown" if _THAN.match(text, m.end(), hi) else "decrease"
        out.append(Anchor(m.start(), m.end(), None, "count", "trend", direction, metric_start=m.start("group"),
                          label=" ".join(m.group("group").split())))
    return out
