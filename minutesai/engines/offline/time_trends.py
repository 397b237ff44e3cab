"""Call and response times said to be getting longer or shorter, with no number: "response times for Emergency
Calls were getting longer", "101 call wait times for October 2021 had been longer than the year average".

PCP and scrutiny minutes on call handling and attendance record the way a time went in words of length, not of
change ('longer', 'slower', 'quicker'), so the trend rules, which read 'increased' / 'fell', miss it. The gold of
pool27 (Leicestershire) and pool28 (Buckinghamshire) lists both as figures of the time, with its direction: a
longer or slower time is an increase, a shorter or quicker one a decrease. Not a bound ("calls waiting longer
than 10 minutes", "no longer than"), nor a wish ("to be quicker").
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor

TIME_WORDS = ("longer", "shorter", "slower", "quicker", "faster")
"""Cheap gate: a sentence naming no length word has no time trend."""

_TIME_TREND = re.compile(
    r"\b(?P<m>(?:(?:101|999|emergency|non[\s-]emergency|priority|call|calls|answer|answering|response|attendance|"
    r"waiting|wait|queue|queuing|handling)\s+){1,3}times?)\b"
    r"(?:\s+(?:for|in|on|to|at)\s+[^,.;:()]{1,40}?)?"
    r"\s+(?:were|was|are|is|had|has|have)\s+(?:been\s+|become\s+|got\s+|getting\s+|becoming\s+|now\s+|also\s+|still\s+"
    r"|\w+ly\s+|much\s+|a\s+little\s+|a\s+bit\s+){0,3}"
    r"(?P<d>longer|shorter|slower|quicker|faster)\b(?!\s+than\s+(?:\d|one|two|three|four|five|ten|twenty|thirty|an?\s+(?:hour|minute)))",
    re.IGNORECASE,
)


def time_trends(text: str, lo: int, hi: int) -> list[Anchor]:
    """'response times were getting longer': the time went up (longer, slower) or down (shorter, quicker), no number."""
    out: list[Anchor] = []
    for m in _TIME_TREND.finditer(text, lo, hi):
        direction = "increase" if m.group("d").lower() in ("longer", "slower") else "decrease"
        out.append(Anchor(m.start(), m.end(), None, "other", "trend", direction, metric_start=m.start("m"),
                          label=" ".join(m.group("m").split())))
    return out
