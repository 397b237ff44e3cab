"""A change given by its amount and then by its two ends: "was up by 27.6% from 835 to 1,066".

Ward-panel and CSP police updates often give a change first as an amount ("up by 27.6%", "down by 10",
"increased by 27.4%") and then, in the same breath, the counts it went between ("from 835 to 1,066", ", from
1,267 to 1,614 compared to the same period"). That is one figure, the change; the "from A to B" pair is its
comparator, not a second figure (pool27 gold in Nottingham's and Scottish Borders' minutes). The other order,
"had increased from 38% to 45%, a rise of 7 percentage points", is left alone: the gold of different sets
disagrees on it.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor

_BY_BEFORE = re.compile(r"\bby\s+(?:around\s+|about\s+|approximately\s+|some\s+|over\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
"""'up by ', 'increased by about ': the amount of a change stands straight after."""
_BY_INSIDE = re.compile(r"\bby\s", re.IGNORECASE)
"""An amount anchor that took in its change words: 'down by 10', 'fallen by eleven'."""
_BETWEEN = re.compile(r"(?:\s*(?:%|per\s*cent|percent|percentage\s+points?|[a-z]+(?:\s+[a-z]+)?))?\s*,?\s*", re.IGNORECASE)
"""What may stand between the amount and its "from": its unit or counted noun ('10 offences'), a comma."""
_AMOUNTS = ("percent", "count", "points")


def without_restated_ends(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """Drop a "from A to B" pair that straight after a change's amount ("down by 10 from 53 to 43") gives the counts
    the change went between; the amount keeps the pair's direction and takes "from A" as its comparator."""
    out: list[Anchor] = []
    for a in sorted(anchors, key=lambda x: x.start):
        prev = out[-1] if out else None
        if a.kind == "pair" and prev is not None and prev.kind in _AMOUNTS and prev.end <= a.start \
                and text.startswith("from", a.start) and a.start - prev.end <= 25 \
                and _BETWEEN.fullmatch(text, prev.end, a.start) \
                and (_BY_BEFORE.search(text, max(0, prev.start - 30), prev.start) or _BY_INSIDE.search(text, prev.start, prev.end)):
            if prev.direction == "unknown":
                prev.direction = a.direction
            prev.comparator = prev.comparator or " ".join(text[a.start:a.end].split())
            continue
        out.append(a)
    return out
