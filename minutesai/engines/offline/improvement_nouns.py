"""An improvement (or deterioration) in a named measure, as a noun and with no number: "the positive, albeit small,
improvement in performance in relation to Rape and Sexual Violence outcomes" (Avon and Somerset), "He mentioned
improvements in 101 performance" (Oxfordshire), "whether the improvement in violence with injury was genuine".

The trend rules read 'improved' and 'worsened' after a measure, and :mod:`performance_trends` the noun before
performance or the figures as a whole; the noun before a measure of its own was read by neither. Which way the
numbers went follows the measure: better means fewer crimes (a fall) but more detections, outcomes or
satisfaction (a rise); better performance of a named service (101 calls) is a rise in that performance. A wish
('to see an improvement in', 'room for improvement in', 'requires improvement in') states no change.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import MetricHit, find_metrics

_NOUN = re.compile(
    r"\b(?P<d>improvements?|deteriorations?)\s+in\s+(?P<perf>(?:the\s+)?(?:(?:force|police|overall)\s+)?performance\s+"
    r"(?:in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding|around|on|for|in)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_PHRASE = re.compile(r"(?:(?!and\b|or\b|as\b|was\b|were\b|is\b|had\b|has\b|which\b|that\b|since\b|but\b|compared\b|from\b|over\b|during\b)"
                     r"[\w’'&/-]+\s*){1,6}", re.IGNORECASE)
_SERVICE_PERFORMANCE = re.compile(r"(?:101|999|call(?:\s+handling|\s+answering)?|contact|response|control\s+room)\s+performance\b",
                                  re.IGNORECASE)
_WORK_AFTER = re.compile(r"\b(?:prevention|work|working|activity|activities|process(?:es)?|services?|partnership|approach|training"
                         r"|provision|systems?|equipment|facilities|infrastructure|strateg(?:y|ies)|plans?|communication|engagement)\b",
                         re.IGNORECASE)
_HIGHER_BETTER_HEADS = re.compile(r"\b(?:outcomes?|detections?|charges?|convictions?|satisfaction|confidence|performance)\s*$",
                                  re.IGNORECASE)
_WISHED = re.compile(
    r"\b(?:to|see|seeing|need(?:ed|s)?|needing|would|could|should|might|hope[sd]?|hoping|expect(?:ed|s)?|aim(?:ed|s)?|want(?:ed|s)?"
    r"|seek(?:s|ing)?|sought|further|no|not|any|room\s+for|scope\s+for|requir(?:e|es|ed|ing)|areas?\s+(?:of|for)|plans?\s+for"
    r"|drive|driving|deliver(?:ing)?|secure|securing|make|making|bring(?:ing)?\s+about)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)

def improvements_of_measures(text: str, lo: int, hi: int) -> list[Anchor]:
    """Number-free trend anchors for 'an improvement in <measure>' in ``text[lo:hi]``."""
    out: list[Anchor] = []
    for m in _NOUN.finditer(text, lo, hi):
        if _WISHED.search(text, max(lo, m.start() - 40), m.start()):
            continue
        phrase = _PHRASE.match(text, m.end(), hi)
        if phrase is None:
            continue
        words = phrase.group().rstrip()
        end = m.end() + len(words)
        hits = [h for h in find_metrics(text, m.end(), end) if not h.generic]
        service = _SERVICE_PERFORMANCE.search(words)
        if hits and hits[0].start - m.end() > 12:
            continue  # the measure is not what the improvement is in
        if not hits and service is None:
            continue
        if _WORK_AFTER.search(words):
            continue  # "improvements in burglary prevention": the work done, not the measure
        better = m.group("d").lower().startswith("improv")
        direction = _direction(words, hits[-1] if hits else None, bool(m.group("perf")) or service is not None, better)
        label = hits[-1].label if hits and service is None else " ".join(words.split())
        out.append(Anchor(m.start(), end, None, "other", "trend", direction, metric_start=m.end(), label=label))
    return out


def _direction(words: str, head: MetricHit | None, performance: bool, better: bool) -> str:
    if _HIGHER_BETTER_HEADS.search(words) or (head is not None and head.polarity == "higher_better"):
        up = True
    elif head is not None and head.polarity == "lower_better":
        up = False
    elif performance:
        up = True
    else:
        return "unknown"
    return "increase" if up == better else "decrease"
