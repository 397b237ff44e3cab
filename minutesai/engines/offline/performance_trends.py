"""Police performance said to have got better or worse as a whole, with no measure named: "noting that performance
had improved significantly", "a new Chief Constable, who he felt had improved overall performance within the
police force".

'Performance' alone is too general for the measure rules (it names nothing counted), so the trend rules skip it;
yet a clerk who writes that performance improved or deteriorated records the change itself, and the gold of
pool19 and pool24 (two councils, every such sentence in the tuning sets) lists it as a figure. Only performance
that is bare or overall or the force's: a named service's performance ('call handling performance') is the
measure rules' own, and 'had not improved' or 'to improve performance' (a wish) state no change.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor

_OWNER = r"(?:(?:the\s+)?(?:overall|force(?:[’']s)?|police|policing)\s+)?"
_PERFORMANCE_MOVED = re.compile(
    rf"\b(?P<m>{_OWNER}performance)\s+(?:had|has|have|was|is|were)\s+(?:also\s+|now\s+|since\s+|\w+ly\s+){{0,2}}"
    r"(?P<d>improved|deteriorated|declined|worsened|dipped)\b",
    re.IGNORECASE,
)
_IMPROVED_PERFORMANCE = re.compile(
    rf"\b(?:had|has|have)\s+(?:\w+ly\s+)?(?P<d>improved|worsened)\s+(?P<m>(?:the\s+)?{_OWNER}performance)\b(?!\s+(?:of|in|on|for)\s+(?!the\s+(?:police|force)\b))",
    re.IGNORECASE,
)
_SUBJECT_START = re.compile(r"(?:^|[,;:(]\s*|\b(?:that|and|but|which|where|as)\s+)$", re.IGNORECASE)


def performance_trends(text: str, lo: int, hi: int) -> list[Anchor]:
    """'performance had improved significantly': performance as a whole rose (or fell), with no number."""
    out: list[Anchor] = []
    for m in _PERFORMANCE_MOVED.finditer(text, lo, hi):
        if not _SUBJECT_START.search(text, max(lo, m.start() - 12), m.start()) and m.start() != lo:
            continue  # "call handling performance had improved": a named service's measure, the measure rules' own
        out.append(_anchor(m))
    for m in _IMPROVED_PERFORMANCE.finditer(text, lo, hi):
        out.append(_anchor(m))
    return out


def _anchor(m: re.Match[str]) -> Anchor:
    direction = "increase" if m.group("d").lower() == "improved" else "decrease"
    return Anchor(m.start(), m.end(), None, "other", "trend", direction, metric_start=m.start("m"),
                  label=" ".join(m.group("m").split()))
