"""Figures written in words rather than digits, and number shapes the digit finders miss:

* changes by a fraction ("had fallen by a quarter", "up by almost a fifth", "had more than halved"),
* percentages and points in words ("fifteen per cent", "three points higher than"),
* a change by a bare number ("serious assaults had fallen by eleven"),
* ranges ("between 20 and 25 per cent": the lower bound, the range as comparator),
* zero counts ("there had been no housebreakings").

Values follow the gold conventions: a quarter 25, a third 33.3, a fifth 20, half / halved 50 (percent);
hedges ("almost", "just over") stay out of the value.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.count_ranges import find_count_ranges
from minutesai.engines.offline.docscan import SpanScanner
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.needs import Needs
from minutesai.engines.offline.nonfigures import not_a_figure

FRACTIONS = {
    "a quarter": 25.0, "a third": 33.3, "a fifth": 20.0, "a tenth": 10.0, "half": 50.0, "a half": 50.0,
    "two thirds": 66.7, "two-thirds": 66.7, "three quarters": 75.0, "three-quarters": 75.0,
}
_UP = r"risen|rose|increased|grown|grew|gone\s+up|went\s+up|up|climbed"
_DOWN = r"fallen|fell|decreased|dropped|reduced|declined|gone\s+down|went\s+down|down|cut"
_HEDGE = r"(?:(?:almost|nearly|about|around|roughly|approximately|some|just\s+(?:over|under)|more\s+than|over|less\s+than|well\s+over)\s+)?"
_FRACTION = r"a\s+quarter|a\s+third|a\s+fifth|a\s+tenth|a\s+half|half|two[\s-]thirds|three[\s-]quarters"

FRACTION_CHANGE = scan.LowerScanner(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:by\s+)?{_HEDGE}(?P<frac>{_FRACTION})\b(?!\s+(?:of|an?)\b)"
    rf"|\b(?:more\s+than\s+|almost\s+|nearly\s+|roughly\s+|about\s+)?(?P<halved>halved)\b"
)
"""'had fallen by a quarter', 'was up by about a quarter', 'had more than halved'."""

WORD_PERCENT = SpanScanner(rf"({P.NUM_WORD_ANY})\s+(?:per\s?cent|percent)\b(?!\s*points?)", P.NUMBER_CUES, P.NUMBER_OPENINGS)
"""'fifteen per cent', 'twenty-five per cent'."""

BARE_POINTS = SpanScanner(
    rf"({P.NUM_WORD_ANY}|{P.NUM})\s+points?\s+(?=(?:higher|lower|up|down|above|below|more|less|better|worse)\b)",
    P.NUMBER_CUES, P.NUMBER_OPENINGS)
"""'three points higher than the previous year': percentage points without the word 'percentage'."""

CHANGE_BY_NUMBER = scan.LowerScanner(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+by\s+(?:(?:almost|nearly|about|around|some|just\s+over|over)\s+)?"
    rf"(?P<num>{P.NUM_WORD_ANY}|{P.NUM})(?=\s*(?:[,;.()]|$|\s+(?:to|in|on|since|over|during|compared|from|against|and|this|last|year|the)\b))"
)
"""'serious assaults had fallen by eleven', 'down by 14 on last year', 'reduced by 4,444 (11%)': a change in a count."""
STAFF_NUMBERS_BY = scan.LowerScanner(
    rf"\b(?:(?P<up>increased|grown|boosted|raised)|(?P<down>reduced|cut|decreased))\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<what>(?:officer|police|pcso|staff|workforce|neighbourhood\s+officer|police\s+officer)\s+numbers)\s+(?:[a-z’'-]+\s+){{0,5}}?by\s+{_HEDGE}"
    rf"(?P<num>{P.NUM})(?!\s*(?:%|per\s?cent|percent))\b"
)
"""'had increased officer numbers across the county by approximately 200': the workforce grew by a count."""
CHANGE_OF_NUMBER = scan.LowerScanner(
    rf"\b(?:an?\s+)?(?:(?:small|slight|further|significant|overall)\s+)?(?:(?P<up>increase|rise)|(?P<down>decrease|reduction|fall|drop))\s+of\s+"
    rf"(?:(?:almost|nearly|about|around|some|just\s+over|over)\s+)?(?P<num>{P.NUM})"
    r"(?=\s*(?:[,;.)]|$|\s+(?:compared|on|from|against|since|in|during|over|when|year|this|last|with|and)\b))"
)
"""'TRC had seen a decrease of 141 compared to Quarter 3': a change in a count with no noun after the number."""

_CHANGE_BY_NEEDS = Needs(CHANGE_BY_NUMBER, ("rise", "rose", "incr", "grow", "grew", "gone", "went", "up", "clim",
                                            "fall", "fell", "decr", "drop", "redu", "decl", "down", "cut"))
"""Every verb of _UP and _DOWN (which CHANGE_BY_NUMBER needs before its "by") holds one of these."""
_DIGIT = re.compile(r"\d")

RANGE = scan.LowerScanner(
    rf"\b(?:between\s+({P.NUM}|{P.NUM_WORD_ANY})\s*(?:%|per\s?cent)?\s+and|(?:range|ranging|ranged|band)\s+(?:of\s+|from\s+)?({P.NUM})\s*(?:%|per\s?cent)?\s+(?:to|-|–))"
    rf"\s+({P.NUM}|{P.NUM_WORD_ANY})\s?(?:%|per\s?cent\b|percent\b)"
)
"""'between 20 and 25 per cent', 'a range of 28 to 40 per cent'."""

_TO_LEVEL = re.compile(rf",?\s+to\s+(?:a\s+total\s+of\s+)?({P.NUM})\b(?!\s*(?:%|per\s?cent|percent))", re.IGNORECASE)
ZERO_COUNT = scan.LowerScanner(
    rf"\bthere\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(no)\s+(?!other\b)(?:[\w-]+\s+){{0,2}}?(?:{P.COUNT_NOUNS}|housebreakings)\b"
)
"""'there had been no housebreakings': a count of zero; 'there were no other incidents of note' closes a report, it counts nothing."""
_CRIME_COUNTED = r"(?:crimes?|offen[cs]es?|incidents?|burglar(?:y|ies)|robber(?:y|ies)|thefts?|assaults?|housebreakings?|break-ins?)"
_PROPERTY = r"(?:vehicles|cars|vans|sheds)"
ZERO_REPORTED = scan.LowerScanner(
    rf"\b(no)\s+(?:(?:reported|recorded)\s+(?:[\w-]+\s+)?{_CRIME_COUNTED}"
    rf"|(?:[\w-]+\s+)?{_CRIME_COUNTED}\s+(?:(?:had\s+been|have\s+been|has\s+been|were|was)\s+)?(?:reported|recorded)"
    rf"|(?:[\w-]+\s+)?{_PROPERTY}\s+(?:(?:had\s+been|have\s+been|has\s+been|were|was)\s+)?(?:reported|recorded)\s+(?:as\s+)?(?:stolen|broken\s+into|burgled))\b"
)
"""'no serious crime reported', 'No recorded burglaries during December': a count of zero without 'there was';
'No vehicles reported stolen', 'no sheds were reported broken into': property that was the object of no crime."""
_NO_FURTHER = re.compile(r"\s+(?:further|more)\s+", re.IGNORECASE)
SHARE_OF_INDICATORS = scan.LowerScanner(
    rf"\b(?P<part>{P.NUM_WORD_ANY}|{P.NUM})\s+out\s+of\s+(?:the\s+|all\s+)?(?P<whole>{P.NUM_WORD_ANY}|{P.NUM})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:targets|objectives|indicators|measures|kpis|priorities|outcomes|actions|recommendations|milestones|pledges|commitments)\b"
)
"""'Six out of nine objectives are on target': how many of a plan's indicators, in words or digits."""



def find_word_anchors(text: str, start: int, end: int, low: str, add) -> None:
    """Add the anchors of this module's shapes found in ``text[start:end]`` (one sentence, ``low`` lower-cased)
    through ``add``; plain substring tests decide which patterns can match at all."""
    for m in (RANGE.finditer(text, start, end) if "between" in low or "rang" in low or "band" in low else ()):
        low_at = 1 if m.group(1) else 2
        value = P.parse_number(m.group(low_at))
        add(Anchor(m.start(), m.end(), value, "percent", "percent",
                   comparator=" ".join(text[m.start(low_at):m.end()].split())))
    find_count_ranges(text, start, end, low, add)  # "between 20 and 30 crimes": the lower bound
    for m in (FRACTION_CHANGE.finditer(text, start, end) if "half" in low or "halv" in low or "quarter" in low
              or "third" in low or "fifth" in low or "tenth" in low else ()):
        if m.group("halved"):
            add(Anchor(m.start(), m.end(), 50.0, "percent", "percent", "decrease"))
            continue
        frac = " ".join(m.group("frac").split())
        add(Anchor(m.start(), m.end(), FRACTIONS[frac], "percent", "percent", "increase" if m.group("up") else "decrease"))
    if "per cent" in low or "percent" in low:
        for m in WORD_PERCENT.finditer(text, start, end):
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "percent", "percent"))
    if "point" in low:
        for m in BARE_POINTS.finditer(text, start, end):
            add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "percentage_points", "points"))
    if " by " in low and not _CHANGE_BY_NEEDS.absent(text[start:end], low):
        for m in CHANGE_BY_NUMBER.finditer(text, start, end):
            raw = m.group("num")
            if raw[0].isdigit() and not_a_figure_number(text, *m.span("num")):
                continue
            direction = "increase" if m.group("up") else "decrease"
            level = _TO_LEVEL.match(text, m.end(), end)
            if level and not not_a_figure_number(text, *level.span(1)):  # "had fallen by 9 to 41": 41, down by 9
                add(Anchor(m.start(), level.end(), P.parse_number(level.group(1)), "count", "count", direction,
                           comparator=f"{'up' if m.group('up') else 'down'} by {raw}"))
                continue
            add(Anchor(m.start(), m.end(), P.parse_number(raw), "count", "count", direction))
    if " numbers " in low and " by " in low:
        for m in STAFF_NUMBERS_BY.finditer(text, start, end):
            if not not_a_figure_number(text, *m.span("num")):
                add(Anchor(m.start(), m.end(), P.parse_number(m.group("num")), "count", "count",
                           "increase" if m.group("up") else "decrease", label=" ".join(m.group("what").split()).lower()))
    if " out of " in low:
        for m in SHARE_OF_INDICATORS.finditer(text, start, end):
            if not not_a_figure_number(text, *m.span("part")):
                add(Anchor(m.start(), m.end(), P.parse_number(m.group("part")), "count", "count",
                           comparator=f"out of {m.group('whole')}", label=" ".join(text[m.end("whole"):m.end()].split()).lower()))
    if " of " in low and ("increase" in low or "decrease" in low or "reduction" in low or "rise" in low or "fall" in low
                          or "drop" in low) and _DIGIT.search(low):  # (its number is in digits)
        for m in CHANGE_OF_NUMBER.finditer(text, start, end):
            named = find_metrics(text, start, m.start())  # the measure is the subject: "TRC had seen a decrease of 141"
            if named and not not_a_figure_number(text, *m.span("num")):
                add(Anchor(m.start(), m.end(), P.parse_number(m.group("num")), "count", "count",
                           "increase" if m.group("up") else "decrease", label=named[-1].label))
    if "there " in low and " no " in low:
        for m in ZERO_COUNT.finditer(text, start, end):
            further = _NO_FURTHER.match(text, m.end(1))
            if further:  # "no further incidents reported" after an arrest: the problem stopped, not a count of zero
                add(Anchor(m.start(1), m.end(), None, "other", "trend", "decrease",
                           label=" ".join(text[further.end():m.end()].split()).lower()))
                continue
            add(Anchor(m.start(1), m.end(), 0.0, "count", "count"))
    if "no " in low and ("reported" in low or "recorded" in low):
        for m in ZERO_REPORTED.finditer(text, start, end):
            if not _NO_FURTHER.match(text, m.end(1)):
                add(Anchor(m.start(1), m.end(), 0.0, "count", "count"))


def not_a_figure_number(text: str, start: int, end: int) -> bool:
    return not_a_figure(text, start, end)
