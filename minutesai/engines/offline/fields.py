"""The fields of a figure beyond its number: which measure it is about (metric),
its direction, period, area and comparator, read from the clause that quotes it."""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.metrics import find_metrics, improvement_polarity
from minutesai.engines.offline.sentences import Sentence
from minutesai.engines.offline.unstated_figures import states_a_bound

_NOUN_PHRASE = re.compile(
    r"\s*(?:in|of|on)\s+((?:the\s+)?(?:number\s+of\s+)?[\w’'/&-]+(?:\s+(?!which|that|who|over|compared|since|during|for\b|in\b|from|by\b|was|were|had|has|is|are|with|and)[\w’'/&-]+){0,4})",
    re.IGNORECASE,
)
_STOP_TAIL = re.compile(r"\s+(?:the|a|an|and|of|to|in|on|at|as|with)$", re.IGNORECASE)
_COMPARATOR_CUES = scan.Cues(("compared", "against", "than", "versus", "vs", "relative", "building on", "average", "figure",
                              "rate", "picture", "trend"))
_CRIME_COUNT_NOUN = re.compile(
    r"(?:offen[cs]es?|crimes?|inciden(?:ts?|ces?)|calls?|reports?|cases|burglaries|robberies|thefts|assaults|homicides|murders"
    r"|stabbings|detections|outcomes|arrests|charges|victims|stop|searches|section)", re.IGNORECASE,
)
_SHARE_MEETING_STANDARD = re.compile(r"\b(?:(?:answered|attended|reached|resolved|responded\s+to)\s+within|(?:reaching|meeting|met|within)\s+(?:the\s+)?targets?)\b",
                                     re.IGNORECASE)
"""'% of calls answered within 10 seconds', 'I calls reaching the target time with a rate of 85.9%': more is better."""
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+([^,.;:]{3,80}?)\s+(?:was|were|is|are|stood)\b", re.IGNORECASE)
_MONEY_NOUN = re.compile(r"\b(?:\w+\s+)?(?:budget|funding|spending|spend|grant|precept|savings|costs?)\b", re.IGNORECASE)
_SEIZED = re.compile(r"\b(?:seized|seizures?|confiscated|forfeited)\b", re.IGNORECASE)


_TIME_MEASURE = re.compile(
    r"\b((?:average|mean|median)\s+(?:[\w-]+\s+){0,3}?(?:time|wait|delay)s?(?:\s+(?:taken\s+)?(?:to|for)\s+[\w\s-]{3,40}?)?"
    r"|time\s+taken\s+to\s+[\w\s-]{3,40}?)(?=\s+(?:in\s+\w+\s+\d{4}\s+)?(?:had|has|was|were|is|are|stood|of|fell|rose|reduced|increased)\b)",
    re.IGNORECASE,
)
_CHANGE_IN = re.compile(r"\s*(?:[\w-]+\s+)?(?:increase|decrease|reduction|rise|fall|drop|decline|improvement|uplift)s?\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\b(?:the\s+)?((?:[\w/-]+\s+){1,2}rate)\s+(?:was|is|were|stood\s+at|of|had\s+been)\s+$", re.IGNORECASE)


_SCALE = rf"(?:{P.SCALE_AFTER.pattern})?"
_NUMBER_WORDS_IN_NOUN = re.compile(
    rf"(?:^|(?<=\s))(?:between\s+)?(?:{P.NUM}|{P.NUM_WORD})(?:\s+(?:and|to|–|—)\s+(?:{P.NUM}|{P.NUM_WORD}))?{_SCALE}(?:\s+|$)", re.IGNORECASE)
"""The number of a count, or the range a count is given as ("between 20 and 30 crimes", see count_ranges)."""
_LEADING_NUMBER = re.compile(
    rf"^\s*(?:between\s+)?(?:{P.NUM}|{P.NUM_WORD})(?:\s+(?:and|to|–|—)\s+(?:{P.NUM}|{P.NUM_WORD}))?{_SCALE}\s+", re.IGNORECASE)


def metric_for(text: str, a: Anchor, qs: int, qe: int, sent: Sentence) -> tuple[str, bool]:
    if a.label:
        return a.label, False
    if a.kind == "ratio":  # "black residents were searched at 3.5 times the rate of white residents"
        return ("stop and search disproportionality" if _SEARCH_WORD.search(sent.text) else "rate ratio"), False
    if a.kind == "money":
        m = _MONEY_NOUN.search(text, sent.start, sent.end)
        if m is None and _SEIZED.search(text, sent.start, sent.end):
            return "money seized", False  # "£404K had been seized"
        return (m.group(0).lower() if m else "funding"), False
    if a.kind == "duration" or (a.kind == "pair" and a.unit == "other"):
        timed = list(_TIME_MEASURE.finditer(text, sent.start, a.start))
        named = [h for h in find_metrics(text, *timed[-1].span(1)) if h.label == "response times"] if timed else []
        if named:
            return named[0].label, True
        if timed:
            return tidy(timed[-1].group(1)), False  # "the average time taken to close an ASB case"
    if a.kind in ("percent", "points"):
        change = _CHANGE_IN.match(text, a.end, qe)
        named = [h for h in find_metrics(text, change.end(), qe) if h.start - change.end() <= 12] if change else []
        if named:
            return named[0].label, not named[0].generic  # "the 23% increase in reported hate crime"
        lead = max(sent.start, a.start - 60)
        # (every match holds "rate"; only ASCII letters match r, a, t, e case-blind)
        rate = _RATE_BEFORE.search(text, lead, a.start) if "rate" in text[lead:a.start].lower() else None
        if rate and not find_metrics(text, rate.start(1), rate.end(1)):
            return tidy(rate.group(1)), False  # "the abandonment rate was 31%"
    number_of = _NUMBER_OF.search(text, sent.start, a.start) if a.kind == "count" else None
    if number_of and not find_metrics(text, number_of.start(1), number_of.end(1)):
        return tidy(number_of.group(1)), False  # "the number of first-time entrants ... was 38"
    if a.kind == "count":
        noun = _NUMBER_WORDS_IN_NOUN.sub("", text[a.start:a.end]).strip()
        words = noun.split()
        own = find_metrics(noun)
        if own and not own[0].generic:
            return own[0].label, True
        if words and not _CRIME_COUNT_NOUN.match(words[-1]) and "by" not in (w.lower() for w in words):  # not "increased by 4 (to 19)"
            tail = _NOUN_PHRASE.match(text, a.end, qe)
            return tidy(noun + (" " + tail.group(0).strip() if tail else "")), False
    hits = [h for h in find_metrics(text, qs, qe)]
    if not hits:
        hits = find_metrics(text, sent.start, sent.end)
    specific = [h for h in hits if not h.generic]
    if specific:
        hits = specific
    rates = [h for h in hits if h.polarity == "higher_better"]
    if rates and (a.kind in ("percent", "points", "rate", "pair", "rank") or a.unit == "rank"):
        hits = rates  # "the positive outcome rate for all crime": the rate is the measure
    if hits:
        key = a.metric_start if a.metric_start is not None else a.start
        chosen = min(hits, key=lambda h: abs(h.start - key))
        near = [h for h in hits if h.start >= (a.metric_start or a.start) - 120 and h.end <= a.end + 120]
        labels = list(dict.fromkeys(h.label for h in near if h.start >= qs and h.end <= qe)) or [chosen.label]
        if a.kind == "trend" and len(labels) > 1:
            return ", ".join(labels), True
        return chosen.label, not chosen.generic
    if a.kind == "count":
        noun = _LEADING_NUMBER.sub("", text[a.start:a.end]).strip()
        tail = _NOUN_PHRASE.match(text, a.end, qe)
        phrase = noun + (" " + tail.group(0).strip() if tail else "")
        return tidy(phrase) or "other", False
    m = _NOUN_PHRASE.match(text, a.end, qe)
    if m:
        return tidy(m.group(1)), False
    subject = _SUBJECT_CHANGED.match(text, qs, a.start)
    if subject:
        return tidy(subject.group(1)), False  # "PCSO numbers, however, had fallen from 312 to 287"
    return "other", False


_SUBJECT_CHANGED = re.compile(
    r"(?:the\s+|The\s+)?((?!(?:it|this|that|there|they|he|she)\b)[\w’'/-]+(?:\s+(?!had\b|has\b|have\b|was\b|were\b|is\b|are\b)[\w’'/-]+){0,5})"
    r"(?:,\s*(?:however|though|therefore|meanwhile),)?\s+(?:had|has|have|was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:risen|rose|fallen|fell|increased|decreased|reduced|dropped|declined|grown|gone\s+(?:up|down)|up|down|improved|deteriorated)\b",
    re.IGNORECASE,
)


def tidy(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    while _STOP_TAIL.search(phrase):
        phrase = _STOP_TAIL.sub("", phrase)
    return phrase.lower() if phrase.isupper() else phrase


_JOINED_AFTER = re.compile(
    r"\s+(?:(?:had|have|has)\s+(?:now\s+|since\s+|also\s+)?been|were)\s+(?:newly\s+)?(?:recruited|appointed|hired|taken\s+on|signed\s+up)\b",
    re.IGNORECASE)
"""What follows a count of people who joined: NEW_OR_EXTRA reads 'recruited' before the number, this after its noun."""


def direction_for(text: str, a: Anchor, qs: int, qe: int, label: str) -> str:
    if a.direction != "unknown" or a.kind in ("trend", "level", "rag"):
        return a.direction
    if a.unit == "rank" and _RANK_STILL.search(text[qs:qe]):
        return "no_change"
    if states_a_bound(text, a.start):
        return "unknown"  # "had never risen above 19 per cent"
    if a.kind == "count" and _JOINED_AFTER.match(text, a.end, qe):
        return "increase"  # "50 rural crime volunteers had been recruited": added to the force
    terms = P.direction_terms(text, qs, qe)
    if a.share:  # "72% of victims ... were satisfied": a level; only "a similar level to last year" says how it moved
        return "no_change" if any(t[2] == "no_change" and t[0] >= a.end for t in terms) else "unknown"
    if a.kind == "count":
        terms = [t for t in terms if abs(t[0] - a.end) < 30 or abs(a.start - t[1]) < 30]
    terms = [t for t in terms if t[0] < a.start or not (_AIM_TO.search(text, max(qs, t[0] - 20), t[0])
                                                         or _CIRCUMSTANCE.search(text, max(qs, t[0] - 25), t[0]))]
    if terms:
        best = min(terms, key=lambda t: min(abs(t[0] - a.end), abs(a.start - t[1])))
        return best[2]
    if a.kind == "count" and _JOINING.match(text, a.end, qe):
        return "increase"  # "five officers were due to join the neighbourhood teams": the team grows
    if a.kind == "count" and _STAFF_NOUN.search(text, a.start, a.end) and (
            _LEAVING.match(text, a.end, qe) or _LOSS_OF.search(text, max(qs, a.start - 40), a.start)):
        return "decrease"  # "1,300 officers had left the service", "a net loss of 40 officers": the force shrinks
    if a.kind in ("percent", "rate", "points") and _AN_EXTRA.search(text, max(qs, a.start - 20), a.start):
        return "increase"  # "an extra 10% charge rate": a gain on what there was
    polar = _POLAR_WORD.search(text[qs:qe])
    if polar and a.kind in ("percent", "points", "rate"):
        good = polar.group(0).lower().startswith(("improv", "better"))
        pol = improvement_polarity(label, text[qs:qe])
        if pol == "none" and _SHARE_MEETING_STANDARD.search(text, qs, qe):
            pol = "higher_better"  # "% of calls answered within 10 seconds": more is better
        if pol == "higher_better":
            return "increase" if good else "decrease"
        if pol == "lower_better":
            return "decrease" if good else "increase"
    return "unknown"


_CIRCUMSTANCE = re.compile(r"\b(?:with|despite|given|because\s+of|due\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
"""'85% of calls were answered even with reduced staffing levels': a change in the circumstances, not the figure's."""
_AIM_TO = re.compile(r"\b(?:aim(?:s|ed)?|aspir(?:e|es|ed)|want(?:s|ed)?|wish(?:es|ed)?|hope[sd]?|plan(?:s|ned)?|intend(?:s|ed)?"
                     r"|seek(?:s|ing)?|sought|need(?:s|ed)?|tr(?:y|ies|ied)|would\s+like)\s+to\s+$", re.IGNORECASE)
"""'averaging 15 minutes and the PCC aspired to reduce this': a change wanted after the number, not one made."""
_WILL_OR_DID = r"\s+(?:(?:are|were|is|was|would\s+be|will\s+be)\s+(?:due|set|expected|about)\s+to|will|would|had|have|has)?\s*"
"""What precedes joining or leaving after a headcount: 'five officers were due to join', '1,300 officers had left'."""
_JOINING = re.compile(
    _WILL_OR_DID + r"(?:join|joined|(?:(?:are|were|is|was)\s+)?(?:being\s+|been\s+)?(?:brought|recruited|posted)\s+in(?:to)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}(?:teams?|force|service|unit|establishment|workforce)\b",
    re.IGNORECASE,
)
_LEAVING = re.compile(
    _WILL_OR_DID + r"(?:(?:leave|left|retire|retired)\s+(?:from\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}(?:teams?|force|service|unit|organisation)\b"
    r"|(?:(?:are|were|is|was)\s+|been\s+)?(?:lost|cut)\b(?!\s+(?:to|from)\s+(?:the\s+)?(?:public|community|rotas?)\b))",  # "100 officers lost in the past 5 years"
    re.IGNORECASE,
)
_LOSS_OF = re.compile(r"\b(?:(?:net\s+)?(?:loss|cut|reduction)\s+of|lost|shed)\s+(?:approximately\s+|around\s+|about\s+|some\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+)?$",
                      re.IGNORECASE)
"""'a net loss of approximately 40 officers', 'a cut of 120 PCSOs': the count is what the force lost."""
_STAFF_NOUN = re.compile(r"\b(?:officers?|police|PCs|PCSOs|constables|sergeants|detectives|inspectors|staff|posts|specials|volunteers|managers)\b",
                         re.IGNORECASE)
_AN_EXTRA = re.compile(r"\ban\s+(?:extra|additional)\s+$", re.IGNORECASE)
_SEARCH_WORD = re.compile(r"\bsearch", re.IGNORECASE)
_RANK_STILL = re.compile(r"\b(?:remain(?:s|ed|ing)?|still|continu(?:es|ed|e)\s+to\s+(?:be|have|sit|hold))\b", re.IGNORECASE)
_POLAR_WORD = compile_guarded(r"\b(?:improv\w*|better|worse\w*|deteriorat\w*)\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"(?:compared\s+(?:with|to)|\bon|\bthan|\bagainst|\bversus|\bvs\.?)\s+$", re.IGNORECASE)


_PERIOD_CUES = scan.Cues(("year", "month", "quarter", "period", "q1", "q2", "q3", "q4", "since", "ytd", "20", "19", "jan",
                          "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))


def period_for(text: str, qs: int, qe: int, sent: Sentence) -> str | None:
    if not _PERIOD_CUES.present(text, sent.start, sent.end):
        return None
    memo: dict[int, list[tuple[int, int]]] = scan.cached(text, "periods", lambda _: {})
    if sent.start not in memo:
        memo[sent.start] = [m.span() for m in P.PERIOD.finditer(text, sent.start, sent.end)
                            if not _COMPARED_BEFORE.search(text, max(sent.start, m.start() - 16), m.start())]
    spans = memo[sent.start]  # "compared with the same period last year" was left out: it is the comparator
    for s, e in [x for x in spans if qs <= x[0] and x[1] <= qe] or spans:
        return " ".join(text[s:e].split())
    return None


def area_for(text: str, qs: int, qe: int, sent: Sentence) -> str | None:
    for s, e in ((qs, qe), (sent.start, qs)):
        for m in P.AREA.finditer(text, s, e):
            value = m.group(1).strip()
            if find_metrics(value) or P.INSTITUTION_WORDS.search(value):
                continue
            return " ".join(value.split())
        known = P.KNOWN_AREAS.search(text, s, e)
        if known:
            return known.group(0)
    subject = P.SUBJECT_PLACE.match(sent.text)
    if subject and not find_metrics(subject.group(1)):
        return subject.group(1)
    return None


def comparator_for(text: str, a: Anchor, qs: int, qe: int, sent: Sentence) -> str | None:
    if a.comparator:
        return a.comparator
    m = (P.OUT_OF.search(text, qs, qe) or P.OUT_OF.search(text, sent.start, sent.end)) if a.unit == "rank" else None
    if m:
        return " ".join(m.group(0).split())
    for s, e in ((qs, qe),) if _COMPARATOR_CUES.present(text, qs, qe) else ():
        c = P.COMPARATOR.search(text, s, e)
        if c:
            return " ".join((c.group(1) or c.group(2) or c.group(0)).split())
    return None
