"""Team strength: counts of officers named together are one statement when set against an establishment."""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor

_STAFF = re.compile(r"(?:officers|PCs|PCSOs|sergeants|constables|detectives|inspectors|staff|volunteers|posts)$", re.IGNORECASE)
_ESTABLISHMENT = re.compile(r"\bestablishment\b", re.IGNORECASE)


def merge_staff_counts(text: str, found: list[Anchor], end: int) -> None:
    """"four PCs and three PCSOs ..., against an establishment of six PCs and six PCSOs": one statement of a
    team's strength, not two figures. Without an establishment to set it against each count is its own figure
    ("3 Sergeants and 12 PCs", "an additional 40 Police Officers and 200 Special Constables"); the second then
    shares the first's 'additional'."""
    counts = [a for a in found if a.kind == "count"]
    if len(counts) < 2:
        return
    counts.sort(key=lambda a: a.start)
    merged: set[int] = set()
    for a, b in zip(counts, counts[1:], strict=False):
        if id(a) not in merged and _STAFF.search(text[a.start:a.end]) and _STAFF.search(text[b.start:b.end]) \
                and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[a.end:b.start]):
            if _ESTABLISHMENT.search(text, b.end, end) is None:
                if b.direction == "unknown" and a.direction == "increase":
                    b.direction = a.direction
                continue
            a.end = b.end
            merged.add(id(b))
    found[:] = [a for a in found if id(a) not in merged]
