"""'ranked 6th out of 8 similar forces': the 8 is what the rank is out of, not a count of its own."""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor

_OUT_OF = re.compile(r"\s+out\s+of\s+$")


def without_rank_denominators(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """'ranked 6th out of 8 similar forces': the 8 is what the rank is out of (its comparator), not a count."""
    out: list[Anchor] = []
    for a in anchors:
        rank = out[-1] if out and out[-1].unit == "rank" else None
        if rank is not None and a.kind == "count" and _OUT_OF.fullmatch(text, rank.end, a.start):
            rank.comparator = rank.comparator or "out of " + " ".join(text[a.start:a.end].split())
            continue
        out.append(a)
    return out
