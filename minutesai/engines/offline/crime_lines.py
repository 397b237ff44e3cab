"""Crime types in the clipped style of a beat report: a label line with its count, a count after the label, and a
change with no verb or with a bare comparative.

A PCSO's monthly report lists crime types one a line and gives the count in note form: "Burglary Dwelling x 4"
(a West Yorkshire ward report, pool35), or writes the crime type as a sentence of its own and the count in the
next, "Criminal Damage. 3 reports of damage." then "Burglary in dwellings. Two reported, enquiries ongoing." (a
Cheshire parish report, pool35). The count rules need the counted noun after the number, so 'x 4' and 'Two
reported' were lost. A summary bullet states a change with no verb at all, "Town Crime and ASB down", and a report
says a level went 'lower' or 'higher' without saying than what, "Crime figures for the ward are slightly lower,
however ..." (pool35): the change terms want 'lower than' or 'lower this year', so both were lost.

A beat report's list puts the count before a crime type in title case and glosses it after a dash, with no counted
noun for the count rules to find: "1 Violence – which was Domestic related 1 Stolen Motor Vehicle - Vehicle was stolen
from ..." (a North Yorkshire parish report, pool39).

Each rule needs a measure the metric rules know (not 'Action x 2', 'Cars down', 'The risk is higher'), and the
clipped count must end its line ('x 4') or follow a label sentence that is nothing but the measure.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.patterns import parse_number

_TIMES_COUNT = re.compile(r"(?P<label>[A-Z][\w’'/&()-]*(?:[ \t]+[\w’'/&()-]+){0,4}?)[ \t]+[x×][ \t]*(?P<num>\d{1,4})[ \t]*\.?[ \t]*$")
_REPORTED_AFTER = re.compile(
    r"(?P<num>\d{1,4}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)"
    r"\s+(?:(?:further|more|new)\s+)?(?:reported|recorded|reports?|offences?|incidents?|crimes?)\b(?!\s+(?:to|that|by)\b)")
_LABEL_SENTENCE = re.compile(r"(?:^|\n)[ \t]*(?P<label>[A-Z][\w’'/&()-]*(?:[ \t]+[\w’'/&()-]+){0,4})[ \t]*[.:][ \t]*$")
_TYPED_COUNT = re.compile(
    r"(?<![\w.,£$/:-])(?P<num>\d{1,3})[ \t]+(?P<label>[A-Z][\w’'/-]*(?:[ \t]+[A-Z][\w’'/-]*){0,3})(?=[ \t]+[-–—][ \t]|[ \t]*(?:\n|$))")
_DASH_AFTER = re.compile(r"[ \t]+[-–—][ \t]")
_VERBLESS = re.compile(
    r"(?P<label>[A-Z][\w’'/&()-]*(?:[ \t]+[\w’'/&()-]+){0,6}?)[ \t]+(?:(?:slightly|significantly|overall|both|all)[ \t]+)?"
    r"(?P<d>[Uu]p|[Dd]own|UP|DOWN)[ \t]*\.?[ \t]*$")
_BARE_COMPARATIVE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:(?:slightly|marginally|significantly|considerably|much|generally|overall|a\s+little)\s+)?"
    r"(?P<d>lower|higher)(?=\s*(?:[.;,]|$)|\s+(?:however|but|overall|again)\b)")
_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|been|be|will|would|could|should|may|might|said|that|if|when|than|risk|chance|likelihood)\b",
    re.IGNORECASE)
GATE = (" x", "×", " reported", " report", " recorded", " offence", " incident", " crime", "down", "DOWN", " up", " UP",
        " lower", " higher")
"""Cheap words one of which a sentence needs before these patterns are tried."""


def _measure(text: str, lo: int, hi: int, *, generic_ok: bool = False):
    hits = [h for h in find_metrics(text, lo, hi) if generic_ok or not h.generic]
    return hits[0] if hits else None


def times_counts(text: str, lo: int, hi: int) -> list[Anchor]:
    """A line 'Burglary Residential x 5': the crime type and its count after 'x', ending the line."""
    m = _TIMES_COUNT.match(text, lo, hi)
    if m is None or "\n" in text[m.start():m.end()]:
        return []
    hit = _measure(text, m.start("label"), m.end("label"))
    if hit is None or hit.start != m.start("label"):
        return []
    return [Anchor(m.start(), m.end("num"), float(m.group("num")), "count", "count", label=hit.label)]


def reported_after_label(text: str, lo: int, hi: int) -> list[Anchor]:
    """'Theft from motor vehicle. Five reported ...': a count opening the sentence after a label sentence on the
    same line that is nothing but a crime type."""
    m = _REPORTED_AFTER.match(text, lo, hi)
    if m is None:
        return []
    line = text.rfind("\n", 0, lo) + 1
    before = _LABEL_SENTENCE.search(text, max(0, line - 1), lo)
    if before is None:
        return []
    hit = _measure(text, before.start("label"), before.end("label"))
    if hit is None or hit.start != before.start("label"):
        return []
    value = parse_number(m.group("num"))
    return [Anchor(m.start(), m.end(), value, "count", "count", label=hit.label)]


def typed_counts(text: str, lo: int, hi: int) -> list[Anchor]:
    """'1 Violence – which was domestic related', '1 Stolen Motor Vehicle - ...': a count, then a crime type in title
    case that ends with its measure ('Dwelling Burglary'), then a dash (or the line's end, when the count opens the line)."""
    out: list[Anchor] = []
    for m in _TYPED_COUNT.finditer(text, lo, hi):
        hit = _measure(text, m.start("label"), m.end("label"))
        if hit is None or hit.end != m.end("label"):
            continue  # "2 Concern - ...", "1 Parish Council Meeting –": no crime type
        if not _DASH_AFTER.match(text, m.end()) and text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t•·*-–"):
            continue  # "includes 3 Theft, 2 Criminal Damage": a count ending its line must also open it
        out.append(Anchor(m.start(), m.end(), float(m.group("num")), "count", "count"))  # (its own words name the measure)
    return out


def verbless_changes(text: str, lo: int, hi: int, line_start: bool) -> list[Anchor]:
    """'Crime and ASB down' as a line of its own: measures then 'up/down' and nothing else."""
    if not line_start:
        return []
    m = _VERBLESS.match(text, lo, hi)
    if m is None or "\n" in text[m.start():m.end()]:
        return []
    hits = find_metrics(text, m.start("label"), m.end("label"))
    if not hits or not any(not h.generic for h in hits) and len(hits) < 2 or _VERB_BEFORE.search(text, m.start("label"), m.end("label")):
        return []
    direction = "increase" if m.group("d").lower() == "up" else "decrease"
    return [Anchor(m.start(), m.end(), None, "other", "trend", direction, metric_start=hits[0].start)]


def bare_comparatives(text: str, lo: int, hi: int) -> list[Anchor]:
    """'Crime figures for the ward are slightly lower, however ...': a measure is/are lower or higher, and nothing
    after the comparative says what it is compared with."""
    out: list[Anchor] = []
    for m in _BARE_COMPARATIVE.finditer(text, lo, hi):
        clause = max(text.rfind(c, lo, m.start()) for c in (",", ";", ":", "(")) + 1
        clause = max(clause, lo, m.start() - 80)
        hit = _measure(text, clause, m.start(), generic_ok=True)
        if hit is None or _VERB_BEFORE.search(text, clause, m.start()):
            continue
        direction = "increase" if m.group("d") == "higher" else "decrease"
        out.append(Anchor(hit.start, m.end(), None, "other", "trend", direction, metric_start=hit.start))
    return out


def is_crime_line(line: str) -> bool:
    """True for a title-case line that is a crime type and its count or change ('Burglary Commercial x 3',
    'Crime and ASB Down'), not a heading."""
    return bool(times_counts(line, 0, len(line)) or verbless_changes(line, 0, len(line), True) or typed_counts(line, 0, len(line)))


def crime_line_anchors(text: str, lo: int, hi: int, line_start: bool) -> list[Anchor]:
    """The anchors of the first of these forms that ``text[lo:hi]`` takes."""
    return (times_counts(text, lo, hi) or reported_after_label(text, lo, hi) or verbless_changes(text, lo, hi, line_start)
            or bare_comparatives(text, lo, hi))
