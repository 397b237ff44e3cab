"""Where a figure's quote starts and ends: one clause per figure, cut between neighbouring
figures, without a leading 'X reported that' or a trailing ', which ...'."""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.bracket_quotes import bracketed_percent_span
from minutesai.engines.offline.guards import guarded
from minutesai.engines.offline.sentences import SUBCLAUSE_CUT, Sentence, clause_spans, trim_span

_REPORT_LEAD = guarded(re.compile(
    r"\b(?:said|stated|reported|noted|advised|explained|confirmed|highlighted|added|commented|indicated|showed|shows"
    r"|showing|acknowledged|mentioned|concluded|observed|emphasised|emphasized|(?:informed|told|reminded)\s+(?:the\s+)?\w+"
    r"|pleased\s+to\s+(?:report|note|see|say|announce)|asked\s+(?:if|whether)|note|noting|and\s+that)\s+(?:that\s+)?",
    re.IGNORECASE,
), "[a-z]")
_TAIL_CUT = guarded(re.compile(
    r",?\s+which\s+|,?\s+and\s+(?=(?:the|a|an|he|she|they|it|there|this|officers|police|partners|we"
    r"|that|undertook|agreed|said|added|explained|would|will)\b)|\s+[-–]\s+|,\s+(?=[a-z]+ing\b)",
    re.IGNORECASE,
), r"[,\s]")
_TAIL_CUES = scan.Cues(("which", " and ", " - ", " – ", "ing"))


def quote_spans(text: str, sent: Sentence, anchors: list[Anchor]) -> list[tuple[int, int]]:
    """One span per anchor: its clause, cut at the sub-clause break between two figures of one clause."""
    clauses = clause_spans(text, sent.start, sent.end) or [(sent.start, sent.end)]

    def clause_of(a: Anchor) -> tuple[int, int]:
        touching = [c for c in clauses if c[0] < a.end and a.start < c[1]]
        if not touching:
            return sent.start, sent.end
        return touching[0][0], touching[-1][1]

    clause_ids = [clause_of(a) for a in anchors]
    bounds = [list(c) for c in clause_ids]
    for i in range(len(anchors) - 1):
        a, b = anchors[i], anchors[i + 1]
        if clause_ids[i] != clause_ids[i + 1] or a.end >= b.start:
            continue
        cuts = list(SUBCLAUSE_CUT.finditer(text, a.end, b.start))
        if not cuts:
            if a.kind == "trend" and b.kind != "trend":
                bounds[i][1] = a.end  # "X continued to fall currently at -31% for Rape": the trend ends at its word
            continue
        cut = cuts[-1]
        bounds[i][1] = cut.start()
        bounds[i + 1][0] = cut.end()
    for i in range(1, len(anchors)):  # "3,076 (14.0%) more crimes": a number inside another's span shares its quote
        if anchors[i - 1].start <= anchors[i].start and anchors[i].end <= anchors[i - 1].end:
            bounds[i] = bounds[i - 1]
    return [trim_span(text, s, e) for s, e in bounds]


def tighten(text: str, qs: int, qe: int, a: Anchor, last_in_clause: bool) -> tuple[int, int]:
    """Drop a leading 'X reported that' and a trailing ', which ...' / 'and the police ...'."""
    first = min(a.start, a.metric_start if a.metric_start is not None else a.start)
    leads = list(_REPORT_LEAD.finditer(text, qs, first)) if first - qs > 8 else []
    if leads:
        qs = leads[-1].end()
    if text.startswith("that ", qs) and first - qs > 5:
        qs += 5  # "... and that the abandonment rate was 31%": the clause, not its conjunction
    if last_in_clause and (_TAIL_CUES.present(text, a.end, qe) or text.find(", ", a.end, qe) >= 0):  # ", making ...": no cue word
        tail = _TAIL_CUT.search(text, a.end, qe)
        if tail:
            qe = tail.start()
    if a.kind == "percent":
        qs, qe = bracketed_percent_span(text, a.start, a.end, qs, qe)  # "4,444 (11%)"
    return trim_span(text, qs, qe)
