"""Counts of one, and counts of 'acts of' a crime, in a list of what was recorded.

A breakdown read out at a meeting counts its crimes one by one, and an item with one crime keeps the
singular: "These included 8 Burglaries other than a dwelling, 1 case of Theft and Handling, 4 incidences of
Criminal damage" (Abenbury), "1 house burglary, 1 other burglary, 5 acts of violence, 2 car crimes"
(Isle of Wight), "1 report of criminal damage to the bus shelter". The general count rule knows the plural
nouns ('burglaries', 'cases', 'reports') and 'incident'/'offence'; here a number one before a singular crime
word, or before 'case/report/instance of' a measure, and any number before 'acts of' a measure, is a count.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics

_ONE_CRIME = re.compile(
    r"(?<![\w.,£$/-])(?P<num>1|[Oo]ne|a\s+single)\s+(?P<mid>(?:(?!of\b|the\b|and\b|or\b|in\b|to\b|for\b)[A-Za-z-]+\s+){0,2}?)"
    r"(?P<noun>burglary|robbery|theft|assault|mugging|stabbing|shooting|break-in|housebreaking|arrest|complaint|criminal\s+damage)\b"
    r"(?=\s*(?:[,.;:)–—-]|$)|\s+(?:of|from|in|at|on|near|and|or|was|were|had|has|is|reported|recorded|between|during|over|since"
    r"|this|last|each|per|every|to|with|which|that|by|the|a|an)\b)",
    re.IGNORECASE,
)
_CASE_OF = re.compile(
    r"(?<![\w.,£$/-])(?:(?P<one>1|[Oo]ne|a\s+single)\s+(?:reported\s+|recorded\s+|further\s+)?(?:case|report|instance|incidence|crime)"
    r"|(?P<num>\d{1,4}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+acts)"
    r"\s+of\s+(?P<what>[\w-]+(?:\s+(?!and\b|or\b|to\b|in\b|at\b|on\b|from\b|with\b|which\b|that\b)[\w-]+){0,3})",
)
_WORD_NUMBERS = {"one": 1.0, "a single": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
                 "eight": 8.0, "nine": 9.0, "ten": 10.0}
GATE = (" 1 ", " one ", "One ", " single ", " acts of ")
"""Cheap words one of which a sentence needs before these patterns are tried."""


def _number(raw: str) -> float:
    low = " ".join(raw.lower().split())
    return _WORD_NUMBERS[low] if low in _WORD_NUMBERS else float(low)


def single_counts(text: str, lo: int, hi: int, anchors: list[Anchor]) -> list[Anchor]:
    """Count anchors for 'one burglary' (not 'one theft prevention campaign': the crime word must end its phrase), '1 case of Theft and Handling', '5 acts of violence' in ``text[lo:hi]``
    that no anchor found already covers."""
    out: list[Anchor] = []

    def free(s: int, e: int) -> bool:
        return not any(a.start < e and s < a.end for a in anchors) and not any(a.start < e and s < a.end for a in out)

    for m in _ONE_CRIME.finditer(text, lo, hi):
        hits = [h for h in find_metrics(text, m.start("mid"), m.end()) if not h.generic]
        if not hits or not free(m.start(), m.end()):
            continue
        out.append(Anchor(m.start(), m.end(), 1.0, "count", "count", label=hits[0].label))
    for m in _CASE_OF.finditer(text, lo, hi):
        hits = [h for h in find_metrics(text, m.start("what"), m.end("what")) if not h.generic]
        if not hits or hits[0].start != m.start("what") or not free(m.start(), m.end()):
            continue  # "1 case of Theft and Handling" names its crime first; "one case of a man who ..." names none
        raw = m.group("one") or m.group("num")
        out.append(Anchor(m.start(), hits[0].end, _number(raw), "count", "count", label=hits[0].label))
    return out
