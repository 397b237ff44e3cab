"""Counts set against the previous period, as ward and neighbourhood crime updates write them.

- "27 thefts of motor vehicles this period (35 last period)": the bracketed number is the
  previous period's, so it is the comparator and gives the direction; so is the number in
  "26 reported crimes (a large increase from the 12 reported in March)".
- "the criminal damage figure was 41 this period": a measure's figure, then its number.
- "9 theft of pedal cycles took place this quarter": a number, the offence, then "took place".

- "Residential burglary (-21%) and vehicle crime (+9%)": a signed change in brackets after a measure.

``find_prior_anchors`` and ``find_signed_changes`` add anchors through ``find_anchors``'s ``add``; ``attach_prior`` is tried
on a count or percentage that has no other comparison.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.metrics import find_metrics

_PERIOD_WORD = r"(?:period|quarter|month|year|week|reporting\s+period|financial\s+year)"
_PRIOR_IN_BRACKETS = re.compile(
    rf"[^.;()\n]{{0,70}}?\(\s*(?:(?P<num1>{P.NUM})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:in\s+|for\s+|during\s+)?(?:the\s+)?(?:last|previous|prior|preceding|same)\s+{_PERIOD_WORD}"
    rf"(?:\s+last\s+year)?(?:,[^()]{{1,30}})?|(?:the\s+)?(?:last|previous|prior|preceding)\s+{_PERIOD_WORD}\s*[:=–-]?\s*(?P<num2>{P.NUM}))\s*\)",
    re.IGNORECASE,
)
"""'... this period (35 last period)', '(116 calls in last period, Oct – Nov)', '(previous quarter: 35)'."""
_CHANGE_IN_BRACKETS = re.compile(
    rf"[^.;()\n]{{0,70}}?\(\s*(?:an?\s+)?(?:(?:huge|large|big|slight|small|significant|sharp|marked)\s+)?"
    rf"(?P<how>(?:increase|rise|decrease|fall|reduction|drop|up|down)\s+(?:from|on)\s+(?:the\s+)?(?P<num>{P.NUM})(?![\d.,%])[^()]{{0,60}})\)",
    re.IGNORECASE,
)
"""'(a huge increase from the 12 reported in January)': the bracket names the earlier number."""
_FIGURE_WAS = re.compile(
    rf"\b(?:figures?|totals?|count|tally)\s+(?:was|were|is|are|stood\s+at|came\s+to|of)\s+(?:now\s+|just\s+|only\s+)?({P.NUM})(?![\w/])(?!\s*(?:%|per\s?cent))",
    re.IGNORECASE,
)
"""'the criminal damage figure was 41': the measure is named before 'figure'."""
_N_MORE_THAN = re.compile(
    rf"\b({P.NUM})\s+(more|fewer|less|additional|extra)\s+(?:(?:offen[cs]es|crimes|incidents|reports|victims|calls|cases)\s+)?than\s+"
    rf"(?:in\s+|during\s+)?(?:the\s+)?(?:last|previous|preceding|same)\s+(?:\w+\s+)?(?:year|quarter|month|period|week|time)",
    re.IGNORECASE,
)
"""'with 45 fewer than last year': a change in a count written without the counted noun."""
_LAST_THEN_THIS = re.compile(
    rf"\b({P.NUM})\s+(?:[a-z-]+\s+){{0,3}}?(?:(?:in|during|for)\s+)?(?:the\s+)?(?:last|previous)\s+(?:financial\s+)?(?:year|quarter|month|period)"
    rf"(?:\s+to\s+date)?,?\s+(?:when\s+)?compared\s+(?:to|with)\s+({P.NUM})\s+(?:[a-z-]+\s+){{0,3}}?(?:(?:in|during|for)\s+)?"
    rf"(?:this|the\s+current)\s+(?:financial\s+)?(?:year|quarter|month|period)(?:\s+to\s+date)?",
    re.IGNORECASE,
)
"""'1,561 crimes last year to date compared to 1,420 crimes this year to date': the later number is the figure."""
_METRIC_WAS = re.compile(
    rf"(?:\s+(?:\([^()]{{1,30}}\)|with\s+injury|offen[cs]es|crimes|incidents|reports|recorded|reported|figures?|totals?|numbers?|levels?))*"
    rf"\s+(?:was|were|stood\s+at|totalled|came\s+to|reached|(?:was\s+|were\s+)?(?:running\s+|standing\s+)?at)\s+(?:now\s+|just\s+|only\s+)?"
    rf"({P.NUM})(?![\w/]|\.\d|,\d)(?!\s*(?:%|per\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|times|[ap]\.?m\b|o.clock))",
    re.IGNORECASE,
)
"""'Total crime was 4,512', 'knife crime with injury (under 25s) was 33', 'burglary at 213': a measure, then its number."""
_TOOK_PLACE = re.compile(
    rf"({P.NUM})\s+((?:[\w’'()/-]+\s+){{1,4}}?)(?:(?:had\s+|have\s+)?(?:took|taken)\s+place|(?:had\s+|have\s+)?occurred|were\s+committed|had\s+been\s+committed)\b",
    re.IGNORECASE,
)
"""'9 theft of pedal cycles took place': what is counted comes between the number and the verb."""


def find_prior_anchors(text: str, start: int, end: int, low: str, add: Callable) -> None:
    """Anchors for a measure's figure ('the X figure was 41') and counts of offences that took place."""
    from minutesai.engines.offline.anchors import Anchor
    from minutesai.engines.offline.nonfigures import not_a_figure

    if "figure" in low or "total" in low or "count" in low or "tally" in low:
        for m in _FIGURE_WAS.finditer(text, start, end):
            lead = max(start, m.start() - 50)
            named = [h for h in find_metrics(text, lead, m.start()) if not h.generic]
            if named and not not_a_figure(text, *m.span(1)):
                add(Anchor(m.start(1), m.end(1), P.parse_number(m.group(1)), "count", "count", metric_start=named[-1].start))
    if " was " in low or " were " in low or " at " in low or "totalled" in low:
        for h in find_metrics(text, start, end):
            was = _METRIC_WAS.match(text, h.end, end) if not h.generic else None
            if was and not not_a_figure(text, *was.span(1)):
                add(Anchor(was.start(1), was.end(1), P.parse_number(was.group(1)), "count", "count", metric_start=h.start))
    if " than " in low:
        for m in _N_MORE_THAN.finditer(text, start, end):
            if not not_a_figure(text, *m.span(1)):
                up = m.group(2).lower() in ("more", "additional", "extra")
                add(Anchor(m.start(1), m.end(1), P.parse_number(m.group(1)), "count", "count", "increase" if up else "decrease",
                           comparator=" ".join(text[m.start(2):m.end()].split())))
    if "place" in low or "occurred" in low or "committed" in low:
        for m in _TOOK_PLACE.finditer(text, start, end):
            counted = m.group(2)
            if not not_a_figure(text, *m.span(1)) and find_metrics(text, m.start(2), m.end(2)) \
                    and not re.search(r"\b(?:the|a|an|which|that|and|meetings?|events?)\b", counted, re.IGNORECASE):
                add(Anchor(m.start(), m.start(2) + len(counted.rstrip()), P.parse_number(m.group(1)), "count", "count"))


def find_last_then_this(text: str, start: int, end: int, add: Callable) -> None:
    """'1,561 crimes last year to date compared to 1,420 this year to date': the current number, its direction."""
    from minutesai.engines.offline.anchors import Anchor
    from minutesai.engines.offline.nonfigures import not_a_figure

    for m in _LAST_THEN_THIS.finditer(text, start, end):
        if not (not_a_figure(text, *m.span(1)) or not_a_figure(text, *m.span(2))):
            was, now = P.parse_number(m.group(1)), P.parse_number(m.group(2))
            trend = "increase" if now > was else "decrease" if now < was else "no_change"
            add(Anchor(m.start(), m.end(), now, "count", "pair", trend, comparator=" ".join(text[m.start():m.start(2)].split())))


LAST_TIME = re.compile(r"\s+(?:(?:in|for|during)\s+)?(?:the\s+)?(?:last|previous|same|preceding|this\s+time\s+last)\s+(?:year|quarter|month|period|time)", re.IGNORECASE)


def bracketed_aside(text: str, lo: int, at: int, hi: int) -> bool:
    """'57 assaults (60% detected to date) as opposed to 58 last year': the number at ``at`` lies in brackets
    opened after ``lo`` and closed before ``hi``, an aside, so the comparison after it still belongs to the figure before."""
    opened = text.rfind("(", lo, at)
    return opened >= 0 and text.rfind(")", lo, at) < opened and ")" in text[at:hi]


_PERIOD_AFTER = re.compile(r"\s+(?:in\s+|during\s+)?(?:this|the)\s+(?:\w+\s+)?(?:year|quarter|month|period|week)|\s+(?:in|during)\s+[A-Z]\w+")


def _after_period(text: str, pos: int, end: int) -> int:
    m = _PERIOD_AFTER.match(text, pos, end)
    return m.end() if m else pos


_SIGNED_IN_BRACKETS = re.compile(r"\(\s*([+\-−–])\s?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s*\)", re.IGNORECASE)
_SIGNED_AFTER_BY = re.compile(r"\bby\s+([+\-−–])\s?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.IGNORECASE)


_PAIR_THEN_CHANGE = compile_guarded(
    rf"({P.NUM})\s+(?:to|->|→)\s+({P.NUM})(?:\s+(?=[A-Z])[A-Z\d]{{2,5}})?\s*(?:=\s*|\(\s*)([+\-−–])?\s?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)\)?", re.IGNORECASE)
"""'Robbery – 316 to 377 = +19%', '1601 to 1513 R12 (-5.3%)': two values and the change between them, one figure (the change)."""


def states_change_pair(line: str) -> bool:
    """'Domestic VWI – 779 to 810 = +4%': a measure's line, never a heading, however capitalised."""
    return " to " in line and bool(_PAIR_THEN_CHANGE.search(line))


_SIGNED_AFTER_EQUALS = re.compile(r"=\s*([+\-−–])\s?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.IGNORECASE)
_PLUS_SIGNED = re.compile(r"(?<![\w.%)+])(\+)\s?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.IGNORECASE)
"""A plus sign is never a range or a separator: '+19%' is a rise wherever it stands (a minus needs '=', '(' or 'by')."""
_MINUS_ATTACHED = re.compile(r"(?<=[A-Za-z,] )([-−–])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)")
"""A minus written onto its number after a word ('at -31% for Rape', 'other sexual offences -20%', 'were -10%') is a
fall; a dash between spaces ('Burglary - 27% reduction') or after a number ('31% - 45%') separates or spans."""
_ELSEWHERE_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?(?:force|national|county|regional|MSG)\b[^.;]*$",
                               re.IGNORECASE)
"""'... compared to force reductions of -3%, -5% and -10%': the same measures elsewhere, a benchmark list."""


def _signed(sign: str) -> P.Dir:
    return "increase" if sign == "+" else "decrease"


def _signed_pairs(text: str, start: int, end: int, add: Callable) -> None:
    from minutesai.engines.offline.anchors import Anchor

    for m in _PAIR_THEN_CHANGE.finditer(text, start, end):
        was, now, change = P.parse_number(m.group(1)), P.parse_number(m.group(2)), float(m.group(4))
        if not m.group(3) and (was == 0 or abs(abs(now - was) * 100 / was - change) > max(1.0, change / 10)):
            continue  # unsigned, the percentage must be the change between the pair: not "aged 10 to 17 (35%)"
        by_values = "increase" if now > was else "decrease" if now < was else "no_change"
        direction = _signed(m.group(3)) if m.group(3) else by_values
        add(Anchor(m.start(), m.end(), change, "percent", "percent", direction, comparator=f"from {m.group(1)}"))


def find_signed_changes(text: str, start: int, end: int, add: Callable) -> None:
    """'(-21%)', '(+9%)' after a named measure: a percentage change whose sign is the direction."""
    from minutesai.engines.offline.anchors import Anchor

    if " to " in text[start:end]:
        _signed_pairs(text, start, end, add)
    for m in _SIGNED_IN_BRACKETS.finditer(text, start, end):
        if find_metrics(text, max(start, m.start() - 60), m.start()):
            add(Anchor(m.start(), m.end(), float(m.group(2)), "percent", "percent", _signed(m.group(1))))
    for m in _SIGNED_AFTER_BY.finditer(text, start, end) if "by " in text[start:end] else ():  # "a fall in X by -48%"
        if find_metrics(text, max(start, m.start() - 60), m.start()):
            add(Anchor(m.start(2), m.end(), float(m.group(2)), "percent", "percent", _signed(m.group(1))))
    for m in _SIGNED_AFTER_EQUALS.finditer(text, start, end) if "=" in text[start:end] else ():  # "X = -5.3%"
        if find_metrics(text, max(start, m.start() - 60), m.start()):
            add(Anchor(m.start(2) - 1, m.end(), float(m.group(2)), "percent", "percent", _signed(m.group(1))))
    for m in _MINUS_ATTACHED.finditer(text, start, end):  # "currently at -31% for Rape, other sexual offences -20%"
        if find_metrics(text, max(start, m.start() - 60), min(end, m.end() + 30)) \
                and not _ELSEWHERE_BEFORE.search(text, max(start, m.start() - 60), m.start()):
            add(Anchor(m.start(), m.end(), float(m.group(2)), "percent", "percent", "decrease"))
    for m in _PLUS_SIGNED.finditer(text, start, end) if "+" in text[start:end] else ():
        if find_metrics(text, max(start, m.start() - 60), m.start()):
            add(Anchor(m.start(), m.end(), float(m.group(2)), "percent", "percent", "increase"))


_MORE_THAN_BEFORE = re.compile(
    rf",?\s+(?:which\s+(?:was|is)\s+|an?\s+)?({P.NUM}|{P.NUM_WORD})\s+(more|fewer|less|higher|lower|up|down)\s+(?:than|on|from)\s+(?:the\s+)?"
    rf"(?:last|previous|preceding|same)\s+(?:\w+\s+)?(?:year|quarter|month|period|week|time)",
    re.IGNORECASE,
)
"""'9 burglaries this month, 4 more than last month'."""


_SAME_PERIOD_BEFORE = re.compile(
    r"(?:\s+(?:reported|recorded))?(?:\s+(?:in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:year|quarter|months?|period|weeks?))?"
    r",?\s+(?:and\s+|whereas\s+|while\s+|compared\s+(?:with|to)\s+)?(?:in|for|during|over)\s+the\s+same\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:of|in)\s+)?(?:the\s+)?(?:previous|last|prior|preceding)\s+year,?\s+"
    rf"(?:there\s+(?:were|had\s+been|was|have\s+been)\s+|it\s+was\s+|the\s+(?:figure|total|number)\s+was\s+)?({P.NUM})(?![\w/]|\.\d|,\d)(?!\s*(?:%|per\s?cent))",
    re.IGNORECASE,
)
"""'2262 crimes reported, in the same 7 months the previous year there were 1908': the later number is last year's."""


def attach_prior(text: str, anchor, end: int) -> int | None:
    """'27 thefts ... this period (35 last period)': set comparator and direction; the bracketed
    number's position is returned (it is not a figure of its own), else None."""
    if anchor.value is None:
        return None
    window = text[anchor.end:min(end, anchor.end + 75)]
    if " than " in window or " on " in window or " from " in window:
        more = _MORE_THAN_BEFORE.match(text, _after_period(text, anchor.end, end), end)
        if more:
            anchor.comparator = anchor.comparator or " ".join(more.group(0).strip(" ,").split())
            if anchor.direction == "unknown":
                anchor.direction = "increase" if more.group(2).lower() in ("more", "higher", "up") else "decrease"
            return more.start(1)
    if " same " in window:
        same = _SAME_PERIOD_BEFORE.match(text, anchor.end, end)
        if same and anchor.kind == "count":
            before = P.parse_number(same.group(1))
            anchor.comparator = anchor.comparator or " ".join(text[same.start(1):same.end(1)].split()) + " in the same period the previous year"
            if anchor.direction == "unknown":
                anchor.direction = "increase" if anchor.value > before else "decrease" if anchor.value < before else "no_change"
            return same.start(1)
    if "(" not in window:
        return None
    m = _PRIOR_IN_BRACKETS.match(text, anchor.end, end)
    if not m:
        change = _CHANGE_IN_BRACKETS.match(text, anchor.end, end)
        if change is None:
            return None
        before = P.parse_number(change.group("num"))  # "26 crimes (a huge increase from the 12 reported in January)"
        anchor.comparator = anchor.comparator or " ".join(text[change.start("how"):change.end() - 1].split())
        if anchor.direction == "unknown":
            anchor.direction = "increase" if anchor.value > before else "decrease" if anchor.value < before else "no_change"
        return change.start("num")
    group = "num1" if m.group("num1") else "num2"
    before = P.parse_number(m.group(group))
    anchor.comparator = " ".join(text[m.start(group):m.end() - 1].split()) if group == "num1" else \
        " ".join(text[text.index("(", m.start()) + 1:m.end() - 1].split())
    if anchor.direction == "unknown":
        anchor.direction = "increase" if anchor.value > before else "decrease" if anchor.value < before else "no_change"
    return m.start(group)
