"""A level named before its measure: "due to low levels of recorded crime", "high levels of anti-social behaviour in
the town centre" (pool25; the same form as trends' "high rates of ..."). The measure must follow 'levels of' at once,
so "high levels of concern about ASB" is no level of ASB; a hope or aim ("to maintain low levels of crime") states
none. Measure words written together are read to their head noun: "high rates of crime detection" is detection."""

from __future__ import annotations

import re
from collections.abc import Callable

from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.metrics import MetricHit

_LEVEL_OF = compile_guarded(
    r"\b(?:the\s+)?(?:very\s+|relatively\s+|particularly\s+|comparatively\s+)?(high|low)\s+levels?\s+of\s+"
    r"(?P<gap>(?:(?:the|recorded|reported|overall|total|all|serious)\s+)*)", re.IGNORECASE)


def compound_head(text: str, first: MetricHit, metrics: list[MetricHit]) -> MetricHit:
    """The last of measure words written together ('high rates of crime detection': detection, the head noun)."""
    head = first
    for h in metrics:
        if h.start > head.end and not text[head.end:h.start].strip():
            head = h
    return head


def levels_of(text: str, lo: int, hi: int, metrics: list[MetricHit], hedged: Callable[[str, int, int], bool]) -> list[Anchor]:
    """'low levels of recorded crime': a level (no number, no direction) of the measure that follows."""
    out: list[Anchor] = []
    for m in _LEVEL_OF.finditer(text, lo, hi):
        named = [h for h in metrics if m.start("gap") <= h.start <= m.end()]
        if named and not hedged(text, lo, m.start()):
            head = compound_head(text, named[0], metrics)
            out.append(Anchor(m.start(), head.end, None, "other", "level", "unknown", metric_start=head.start))
    return out
