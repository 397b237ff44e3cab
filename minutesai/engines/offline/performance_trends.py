"""Police performance said to have got better or worse as a whole, with no measure named: "noting that performance
had improved significantly", "a new Chief Constable, who he felt had improved overall performance within the
police force".

'Performance' alone is too general for the measure rules (it names nothing counted), so the trend rules skip it;
yet a clerk who writes that performance improved or deteriorated records the change itself, and the gold of
pool19 and pool24 (two councils, every such sentence in the tuning sets) lists it as a figure. Only performance
that is bare or overall or the force's: a named service's performance ('call handling performance') is the
measure rules' own, and 'had not improved' or 'to improve performance' (a wish) state no change.

A measure set above or below the same measure elsewhere with no number ("the detection rate was higher than across
the force when taken as a whole", "the District was running above the national average in respect of positive stop
and searches") is a level of its own with no change over time: the trend rules drop 'higher than the MSG average'
as the benchmark of a number, and pool20's gold (two such sentences, the only ones in the tuning sets) lists both.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.levels_elsewhere import ELSEWHERE_WORDS, levels_beside_other_areas
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.time_trends import TIME_WORDS, time_trends

NUMBERLESS_GATE = TIME_WORDS + ELSEWHERE_WORDS
"""Words without which no time trend or level beside other areas can be found."""

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
_IMPROVEMENT_IN = re.compile(
    r"\b(?P<d>improvements?|deteriorations?)\s+in\s+(?P<m>(?:the\s+)?(?:overall\s+|general\s+|force(?:[’']s)?\s+|police\s+|policing\s+)?"
    r"(?:performance|figures|statistics|stats|results|data))\b(?!\s+(?:of|in|on|for)\s+(?!the\s+(?:police|force)\b))",
    re.IGNORECASE,
)
"""'there had been an overall improvement in the figures', 'a deterioration in performance': the noun form. Better
figures may be fewer crimes or more detections, so only performance says which way the numbers went."""
_WISHED = re.compile(
    r"\b(?:to|see|seeing|need(?:ed|s)?|would|could|should|might|hope[sd]?|hoping|expect(?:ed|s)?|aim(?:ed|s)?|want(?:ed|s)?"
    r"|seek(?:s|ing)?|sought|further|no|not|any|room\s+for|scope\s+for)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""'to see an improvement in performance', 'no improvement in the figures', 'room for improvement in performance'."""
_SUBJECT_START = re.compile(r"(?:^|[,;:(]\s*|\b(?:that|and|but|which|where|as)\s+)$", re.IGNORECASE)


def improvement_in(text: str) -> bool:
    """True when ``text`` names an improvement or deterioration in performance or the figures (no other cue word)."""
    return _IMPROVEMENT_IN.search(text) is not None


def performance_trends(text: str, lo: int, hi: int) -> list[Anchor]:
    """'performance had improved significantly': performance as a whole rose (or fell), with no number."""
    out: list[Anchor] = []
    for m in _PERFORMANCE_MOVED.finditer(text, lo, hi):
        if not _SUBJECT_START.search(text, max(lo, m.start() - 12), m.start()) and m.start() != lo:
            continue  # "call handling performance had improved": a named service's measure, the measure rules' own
        out.append(_anchor(m))
    for m in _IMPROVED_PERFORMANCE.finditer(text, lo, hi):
        out.append(_anchor(m))
    for m in (_IMPROVEMENT_IN.finditer(text, lo, hi) if "mprovement" in text[lo:hi] or "eterioration" in text[lo:hi] else ()):
        if not _WISHED.search(text, max(lo, m.start() - 40), m.start()):
            anchor = _anchor(m)
            if "erformance" not in m.group("m"):
                anchor.direction = "unknown"  # better figures: fewer crimes or more detections
            out.append(anchor)
    if out:
        return out
    span = text[lo:hi]
    return levels_against_elsewhere(text, lo, hi) or (time_trends(text, lo, hi) if any(w in span for w in TIME_WORDS) else []) \
        or (levels_beside_other_areas(text, lo, hi) if any(w in span for w in ELSEWHERE_WORDS) else [])


def _anchor(m: re.Match[str]) -> Anchor:
    direction = "increase" if m.group("d").lower().startswith("improv") else "decrease"
    return Anchor(m.start(), m.end(), None, "other", "trend", direction, metric_start=m.start("m"),
                  label=" ".join(m.group("m").split()))


_AGAINST_ELSEWHERE = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|remained|remains|running|sitting|sits|sat)\s+(?:\w+ly\s+|still\s+|now\s+){0,2}"
    r"(?:higher|lower|above|below|better|worse)\s+(?:than\s+)?(?:across\s+|in\s+|for\s+|that\s+of\s+)?(?:the\s+)?"
    r"(?:national|force|MSG|county|regional|London|peer\s+group|family\s+group|most\s+similar)\b"
    r"(?:\s+(?:average|rate|figure|group|area|as\s+a\s+whole|when\s+taken\s+as\s+a\s+whole))*",
    re.IGNORECASE,
)
_NUMBER_NEAR = re.compile(r"\d")
_IN_RESPECT_OF = re.compile(r"\s+(?:in\s+respect\s+of|for|on|in\s+terms\s+of)\s+", re.IGNORECASE)


def levels_against_elsewhere(text: str, lo: int, hi: int) -> list[Anchor]:
    """'the detection rate was higher than across the force': a level set against elsewhere, with no number."""
    out: list[Anchor] = []
    for m in _AGAINST_ELSEWHERE.finditer(text, lo, hi):
        if _NUMBER_NEAR.search(text, lo, hi):
            return []  # a number in the sentence: the benchmark belongs to it
        before = [h for h in find_metrics(text, max(lo, m.start() - 60), m.start()) if not h.generic]
        after = _IN_RESPECT_OF.match(text, m.end(), hi)
        named = before[-1:] or ([h for h in find_metrics(text, after.end(), min(hi, after.end() + 40)) if not h.generic][:1]
                                if after else [])
        if not named:
            continue
        hit = named[0]
        start, end = min(hit.start, m.start()), max(hit.end, m.end())
        out.append(Anchor(start, end, None, "other", "level", "unknown", metric_start=hit.start, label=hit.label))
    return out
