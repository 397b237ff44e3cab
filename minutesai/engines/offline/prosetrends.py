"""Number-free figures that name their own measure in prose, outside the taxonomy:

- an adjectival change before a counted thing: "increased instances of cars racing along the
  bypass", "rising numbers of reports of nuisance bikes" (the words after 'of' are the measure);
- "the number of people killed or seriously injured had fallen": a change verb whose subject is
  'the number/level of' something (what follows 'of' is the measure);
- a position at the top or bottom of a league: "performing at the top of the force for
  positive outcomes", "sat at the bottom of its most similar group".

Called from ``trends.find_trends`` per clause, only when the clause has a direction word or a
'top'/'bottom' cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.metrics import find_measure_nouns, find_metrics

_ADJECTIVAL = frozenset(("increased", "increasing", "rising", "growing", "reduced", "reducing", "falling", "fewer",
                         "declining", "decreased", "decreasing"))
_STOP = r"(?:in|on|along|around|across|at|near|by|from|since|over|during|within|and|or|but|which|that|who|as|to|with|for|this|last|than)"
_COUNTED_OF = re.compile(
    rf"\s+((?P<head>instances|incidents|reports|reporting|levels?|numbers?|cases|occurrences|rates?)\s+of\s+(?!the\b|this\b|these\b)[\w’'-]+"
    rf"(?:\s+(?!{_STOP}\b)[\w’'-]+){{0,3}})",
    re.IGNORECASE,
)
_NUMBERS_AFTER = re.compile(
    r"\s+((?!the\b|this\b|these\b|its\b|their\b|our\b)[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+(?P<head>numbers|levels|rates|figures))\b",
    re.IGNORECASE,
)
"""'reduced officer numbers', 'rising crime levels': the measure before its amount word (which find_metrics or a
police-workforce word must name, so 'reduced staffing levels' and 'increased interest rates' are no figure)."""
_WORKFORCE_WORDS = re.compile(r"\b(?:officers?|PCSOs?|police|constables?|detectives?|specials?)\b", re.IGNORECASE)
_AMOUNT_HEADS = frozenset(("level", "levels", "number", "numbers", "rate", "rates", "reporting"))
_TOP_OR_BOTTOM = re.compile(
    r"\b(?:performing|performed|was|is|were|are|remained|remains|sat|sits|placed|ranked|came|finished|now"
    r"|(?:had|has|have|put|puts|placed|places|left|leaves|showed|shows)\s+(?-i:[A-Z][\w&’'-]*|it|them|us)(?:\s+(?-i:[A-Z][\w&’'-]*))?)\s+"
    r"(?:(?:right|firmly|still|again)\s+)?at\s+the\s+(top|bottom)\s+of\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?"
    r"(?:force|county|league(?:\s+table)?|table|region|country|MSG|most\s+similar\s+group|peer\s+group|family\s+group)\b",
    re.IGNORECASE,
)


_AIM_GERUNDS = frozenset(("reducing", "increasing"))
_LIST_MARKS = " \t\n\u00a0•·▪◦●○■□§*-–—>0123456789.)("
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|remained|continued|showed|saw|rose|fell)\b", re.IGNORECASE)
"""A gerund opening a clause with no finite verb after it is a heading or listed aim ('Reducing incidents of ...')."""


def adjectival_changes(text: str, lo: int, hi: int, directions: Sequence[tuple[int, int, str]], hedged) -> list[Anchor]:
    """'increased instances of vehicles racing': the change word, then what it counts."""
    out: list[Anchor] = []
    for s, e, direction in directions:
        if direction not in ("increase", "decrease") or text[s:e].lower() not in _ADJECTIVAL:
            continue
        if text[s:e].lower() in _AIM_GERUNDS and not text[lo:s].strip(_LIST_MARKS) and not _FINITE_VERB.search(text, e, hi):
            continue  # "Reducing incidents of serious violence and knife crime": a listed priority, not a trend
        m = _COUNTED_OF.match(text, e, hi) or _NUMBERS_AFTER.match(text, e, hi)
        if m is None and text[s:e].lower() == "fewer":
            fewer = _fewer_of(text, e, hi)
            if fewer is not None and not hedged(text, lo, hi):
                out.append(fewer)
            continue
        if m is None or hedged(text, lo, hi):
            continue
        if m.group("head").lower() in _AMOUNT_HEADS and not (find_metrics(text, *m.span(1)) or find_measure_nouns(text, *m.span(1))
                                                              or (m.re is _NUMBERS_AFTER and _WORKFORCE_WORDS.search(text, *m.span(1)))):
            continue  # "reduced levels of budget": an amount of something that is no measure of crime or policing
        label = " ".join(m.group(1).split())
        out.append(Anchor(s, m.end(1), None, "other", "trend", direction, metric_start=m.start(1), label=label))
    return out


_NOUN_PHRASE = re.compile(r"[\w-]+(?:\s+(?:from|of)\s+[\w-]+|\s+[\w-]+)?")
_PLURAL_EVENTS = re.compile(r"[\w-]*(?:ies|[^s]s)$", re.IGNORECASE)


def _fewer_of(text: str, e: int, hi: int) -> Anchor | None:
    """'there had been fewer burglaries this year': 'fewer' straight before a counted crime."""
    hits = [h for h in find_metrics(text, e, min(hi, e + 60)) if h.start - e <= 2 and not h.generic]
    phrase = _NOUN_PHRASE.match(text, hits[0].start, hi) if hits else None
    if phrase is None or not any(_PLURAL_EVENTS.fullmatch(w) for w in phrase.group().split()):
        return None
    return Anchor(e - len("fewer"), hits[0].end, None, "other", "trend", "decrease", metric_start=hits[0].start)


_NUMBER_OF_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:overall\s+|total\s+)?(?:number|numbers|level|levels|volume|volumes|amount)\s+of\s+"
    r"((?!the\b|this\b|these\b|those\b|them\b)[\w’'-]+(?:\s+[\w’'-]+){0,8}?)(?:\s+\([A-Za-z][\w&/-]{1,10}\))?\s+(?:had|has|have|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
_STAFF_NUMBERS_SUBJECT = re.compile(
    r"\b((?:police\s+)?(?:officer|PCSO|police|constable|detective|staff|special\s+constable)s?\s+(?:numbers|levels))"
    r"(?:,?\s+which)?\s+(?:had|has|have|were|are)\s+(?:\w+ly\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
"""'Police officer numbers had increased significantly', 'PCSO numbers, which had fallen': the workforce as subject."""
_VERB_FORMS = re.compile(r"^(?:increased|decreased|reduced|fallen|fell|risen|rose|dropped|declined|grown|grew|gone\s+(?:up|down)|went\s+(?:up|down))$",
                         re.IGNORECASE)


def number_of_subjects(text: str, lo: int, hi: int, directions: Sequence[tuple[int, int, str]], hedged) -> list[Anchor]:
    """'The number of people killed or seriously injured had fallen': the measure is the subject's 'of' phrase
    (a term's bracketed abbreviation after it, 'Police Community Support Officers (PCSOs)', is left out of the label)."""
    out: list[Anchor] = []
    for s, e, direction in directions:
        if direction not in ("increase", "decrease") or not _VERB_FORMS.match(text[s:e]):
            continue
        m = _NUMBER_OF_SUBJECT.search(text, max(lo, s - 110), s) or _STAFF_NUMBERS_SUBJECT.search(text, max(lo, s - 60), s)
        if m is None or hedged(text, lo, hi):
            continue
        out.append(Anchor(m.start(), e, None, "other", "trend", direction, metric_start=m.start(),
                          label=" ".join(m.group(1).split())))
    return out


_CHANGE_IN_NUMBER = re.compile(
    r"\s+in\s+the\s+(?:overall\s+|total\s+)?(?:number|numbers)\s+of\s+"
    rf"((?!the\b|this\b|these\b|those\b|them\b|it\b|its\b|their\b)[A-Za-z][\w’'-]*(?:\s+(?!{_STOP}\b)[\w’'-]+){{0,5}}?"
    r"(?:\s+who\s+(?:[\w’'-]+\s+){0,4}?(?:felt|feel|feels|said|say|reported|report|were|are|had|have)\b(?:\s+[\w’'-]+){0,3})?)"
    r"(?=\s*(?:[.,;:]|$|\s+(?:in|on|across|at|during|over|since|from|compared|this|last|and|which|was|were|had|has)\b))",
    re.IGNORECASE,
)
"""'An increase in the number of residents who told us they felt safe': the counted thing after 'the number of'."""
_UNREAL_BEFORE = re.compile(
    r"\b(?:future|planned|proposed|projected|anticipated|potential|possible|targeted|rather\s+than|instead\s+of|not|no)\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:\w+\s+)?$", re.IGNORECASE)
"""'the planned increase in the number of PCSOs', 'rather than a reduction in the number of ...': not a change seen."""
_CHANGE_NOUN_WORDS = frozenset(("increase", "increases", "rise", "rises", "reduction", "reductions", "decrease", "decreases",
                                "fall", "falls", "drop", "drops", "decline", "declines", "growth"))


def number_of_changes(text: str, lo: int, hi: int, directions: Sequence[tuple[int, int, str]], hedged) -> list[Anchor]:
    """'a reduction in the number of young people entering the justice system': a change noun, then 'in the number
    of' and what is counted (outside the taxonomy: the words themselves are the measure)."""
    out: list[Anchor] = []
    for s, e, direction in directions:
        if direction not in ("increase", "decrease") or text[s:e].lower() not in _CHANGE_NOUN_WORDS:
            continue
        m = _CHANGE_IN_NUMBER.match(text, e, hi)
        if m is None or hedged(text, lo, hi) or _UNREAL_BEFORE.search(text, max(lo, s - 40), s):
            continue
        out.append(Anchor(s, m.end(1), None, "other", "trend", direction, metric_start=m.start(1),
                          label=" ".join(m.group(1).split())))
    return out


_SUCCESS_IN = re.compile(r"\b(?:success(?:es)?|successful|succeeded|progress|effective)\s+in\s+$", re.IGNORECASE)
_GERUNDS = frozenset(("reducing", "increasing"))
_LIST_END = re.compile(r"[^,;:()]*(?:,\s*(?:and\s+)?[^,;:()]+)*")


def achieved_changes(text: str, lo: int, hi: int, directions: Sequence[tuple[int, int, str]], hedged) -> list[Anchor]:
    """'there had been successes in reducing homicide, violence with injury and ...', 'had been successful in
    increasing the detection rate': a change reported as achieved; the measures follow the gerund."""
    out: list[Anchor] = []
    for s, e, direction in directions:
        if text[s:e].lower() not in _GERUNDS or not _SUCCESS_IN.search(text, max(lo, s - 15), s):
            continue
        after = [h for h in find_metrics(text, e, hi) if h.start - e <= 5]
        if not after or hedged(text, lo, hi):
            continue
        end = _LIST_END.match(text, after[0].start, hi)
        stop = max(after[0].end, end.end() if end else after[0].end)
        stop = len(text[:stop].rstrip(" .,"))
        label = " ".join(text[after[0].start:stop].split())
        out.append(Anchor(s, stop, None, "other", "trend", direction, metric_start=after[0].start,
                          label=label if len(label) <= 90 and ("," in label or " and " in label) else None))
    return out


_ANAPHORIC_SUBJECT = re.compile(
    r"\b(?:this|it|these|they|the\s+(?:rate|figures?|numbers?|levels?|trend|total)"
    r"|(?:this|that|the)\s+(?:(?:recent|earlier|initial|sharp|previous)\s+)?(?:increase|rise|spike|upturn|reduction|decrease|fall|drop))\s+(?:(?:had|has|have)\s+(?:since\s+|now\s+|then\s+)?|(?:was|were|is|are)\s+(?:now\s+)?)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_DETERMINER_ONLY = re.compile(r"(?:this|these)\s+", re.IGNORECASE)
_CHANGE_NOUNS = re.compile(r"(?:increases?|rises?|reductions?|decreases?|falls?|drops?|declines?|improvements?|growth)", re.IGNORECASE)


def anaphoric_trends(text: str, lo: int, hi: int, directions: Sequence[tuple[int, int, str]], hedged) -> list[Anchor]:
    """'..., but this had levelled off since April': a change whose subject points back to the last measure
    (figures' post-processing gives it that measure, or folds it into that figure when it says the same)."""
    out: list[Anchor] = []
    for s, e, direction in directions:
        if direction == "unknown" or re.match(r"(?:an?\s|the\s)", text[s:e], re.IGNORECASE):
            continue
        m = _ANAPHORIC_SUBJECT.search(text, max(lo, s - 30), s)
        if m is None or hedged(text, lo, hi):
            continue
        if _DETERMINER_ONLY.fullmatch(m.group()) and _CHANGE_NOUNS.fullmatch(text[s:e]):
            continue  # "some of these increases were a result of ...": a noun pointing back, not a new change
        out.append(Anchor(m.start(), e, None, "other", "trend", direction, metric_start=m.start()))
    return out


def league_positions(text: str, lo: int, hi: int) -> list[Anchor]:
    """'performing at the top of the force': a rank with no number."""
    return [Anchor(m.start(), m.end(), None, "rank", "level", "unknown") for m in _TOP_OR_BOTTOM.finditer(text, lo, hi)]


_WAS_THE_LOWEST = compile_guarded(
    r"\b(?:was|were|is|are|remained|remains)\s+(?:now\s+|still\s+)?(?:the\s+)?(?:(?:second|third)\s+)?(?:lowest|highest)\s+in\s+"
    r"(?:the\s+|its\s+)?(?:[A-Z][\w’'-]+|force(?:\s+area)?|county|country|region|MSG|most\s+similar\s+group)",
)


def subject_superlatives(text: str, lo: int, hi: int, steady: str) -> list[Anchor]:
    """'Crime in the town was the lowest in Kent': the measure is the subject, the place comes after."""
    out: list[Anchor] = []
    for m in _WAS_THE_LOWEST.finditer(text, lo, hi):
        subject = [h for h in find_metrics(text, lo, m.start()) if m.start() - h.end <= 40]
        if subject:
            out.append(Anchor(subject[-1].start, m.end(), None, "rank", "level", steady, metric_start=subject[-1].start))
    return out


_RECORD_LEVEL = re.compile(
    r"\b(?:the\s+)?(highest|lowest|largest|smallest)\s+(?:ever\s+)?(?:number|numbers|level|levels|total)\s+of\s+"
    r"((?!the\b|this\b|these\b|its\b|their\b)[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)"
    r"(?:\s+(?:ever(?:\s+recorded)?\b|on\s+record|in\s+(?:its|the\s+force[’']s|our|their)\s+history|since\s+records\s+began))",
    re.IGNORECASE,
)
"""'the highest number of police officers ever', 'the lowest level of burglary on record': a record, so a rise
(or a fall) to it."""


def record_levels(text: str, lo: int, hi: int) -> list[Anchor]:
    out: list[Anchor] = []
    for m in _RECORD_LEVEL.finditer(text, lo, hi):
        direction = "increase" if m.group(1).lower() in ("highest", "largest") else "decrease"
        hits = find_metrics(text, *m.span(2))
        out.append(Anchor(m.start(), m.end(), None, "other", "trend", direction, metric_start=m.start(2),
                          label=None if hits else " ".join(m.group(2).split())))
    return out
