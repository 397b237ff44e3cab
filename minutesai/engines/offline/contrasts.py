"""A trend turned round in the next clause: "Crime had reduced during the pandemic but was returning
to pre-pandemic levels", "Burglary fell in the spring but has since risen again".

The clause after 'but' has no subject of its own, so it speaks of the same measure, and it says
where the measure is heading now: that is the figure's direction. Returning to the levels of
before undoes the first change, whichever way it went.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.metrics import find_metrics

_BUT_BEFORE = re.compile(r"(?:,?\s+but|,?\s+however,?|,?\s+although|,?\s+though)\s*$", re.IGNORECASE)
_BUT_OPENS = re.compile(r"(?:but|however|although|though)\b,?\s*", re.IGNORECASE)
_ELIDED_SUBJECT = re.compile(
    r"(?:(?:was|were|is|are|has|had|have)\s+)(?:(?:now|since|then|recently|again|more\s+recently|starting|beginning|slowly|gradually)\s+)*",
    re.IGNORECASE,
)
_RETURNING = re.compile(
    r"(?:returning|returned|going\s+back|gone\s+back|getting\s+back|bouncing\s+back|back)\s+(?:up\s+|down\s+)?to\s+"
    r"(?:pre[\s-][\w-]+|previous|normal|usual|former|earlier|historic(?:al)?)\s+levels?\b",
    re.IGNORECASE,
)
_FLIP = {"increase": "decrease", "decrease": "increase"}


def turn_round(text: str, clauses: list[tuple[int, int]], anchors: list[Anchor]) -> None:
    """Set the direction of the last trend before a subject-less 'but ...' clause from that clause."""
    for (lo, _), (nlo, nhi) in zip(clauses, clauses[1:], strict=False):
        changes = [a for a in anchors if a.start < nlo and (a.direction in _FLIP or a.kind in ("percent", "count"))]
        trends = [a for a in changes if a.kind == "trend"]
        if not changes or any(nlo <= a.start < nhi for a in anchors):
            continue
        opener = _BUT_OPENS.match(text, nlo, nhi)  # "...; however there has been ..."
        if opener is not None:
            nlo = opener.end()
        elif not _BUT_BEFORE.search(text, lo, nlo):
            continue
        if _compared_again(text, trends[-1] if trends else None, nlo, nhi, anchors, lo):
            continue
        elided = _ELIDED_SUBJECT.match(text, nlo, nhi)
        if elided is None:
            _levels_turned(text, changes[-1], nlo, nhi, anchors, lo)
            continue
        if not trends:
            continue
        last = trends[-1]
        terms = [t for t in P.direction_terms(text, elided.end(), nhi) if t[2] in _FLIP]
        if _RETURNING.search(text, elided.end(), nhi):
            last.direction = _FLIP[last.direction]
        elif terms and terms[0][0] - elided.end() < 25:
            last.direction = terms[0][2]
        else:
            continue
        last.end = nhi  # the quote holds the clause that gives the direction


_LEVELS_SUBJECT = re.compile(
    r"(?:(?:as|when|once|after|since)\s+[^,;]{3,60},\s+)?(?P<s>(?:the\s+|crime\s+)?(?:levels?|figures|numbers|rates?|they|it))\s+"
    r"(?:was|were|is|are|has|had|have)\s+(?:(?:once\s+more|once\s+again|again|since|then|now|more\s+recently|slowly|gradually|steadily)\s+)*"
    r"|(?P<there>there)\s+(?:(?:has|had|have)\s+(?:since\s+|now\s+|more\s+recently\s+)?been|was|were|is)\s+(?:an?\s+)?(?:(?:slight|small|sharp|significant|further|marked|noticeable)\s+)?",
    re.IGNORECASE,
)
"""... or 'there has been an uplift': no measure of its own, so the one of the clause before."""


def _levels_turned(text: str, last: Anchor, lo: int, hi: int, anchors: list[Anchor], before: int) -> None:
    """'crime had reduced but as society began to re-open, levels had once more increased', 'crime decreased
    during lockdown, however there has been an uplift in recent weeks': the clause after 'but' names the same measure by a word that points back ('levels', 'figures', 'it') and says where it went
    next. That is a change of its own (the fall in lockdown stays a figure), of the measure the trend before named."""
    m = _LEVELS_SUBJECT.match(text, lo, hi)
    if m is None:
        return
    terms = [t for t in P.direction_terms(text, m.end(), hi) if t[2] in _FLIP]
    named = find_metrics(text, last.metric_start if last.metric_start is not None else last.start, last.end)
    if not named and last.kind != "trend":  # "Burglary fell by 10% but ...": the measure before the number
        named = find_metrics(text, max(before, last.start - 60), last.start)[-1:]
    went = last.direction
    if went not in _FLIP:  # a number's direction is read later: "Burglary fell by 10% but there has been a rise since"
        said = [t[2] for t in P.direction_terms(text, before, lo) if t[2] in _FLIP]
        if not m.group("there") or len(set(said)) != 1:
            return
        went = said[0]
    if not terms or terms[0][0] - m.end() >= 25 or terms[0][2] == went or not named:
        return
    anchors.append(Anchor(m.start(), terms[0][1], None, "other", "trend", terms[0][2], label=named[0].label))
    anchors.sort(key=lambda a: a.start)


_AGAINST_ANOTHER_TIME = re.compile(
    r"(?:(?:was|were|is|are|has|had|have)\s+(?:been\s+)?)?(?:(?:slightly|significantly|considerably|much|well|also|still)\s+)?"
    r"(?:up|down|higher|lower)\s+(?:on|than|compared\s+(?:to|with)|against)\s+(?:the\s+)?"
    r"(?:last|previous|same|this\s+time\s+last)\s+(?:\w+\s+){0,2}?(?:year|month|quarter|week|period)s?(?:[’']s?)?\b",
    re.IGNORECASE,
)


def _compared_again(text: str, last: Anchor | None, lo: int, hi: int, anchors: list[Anchor], before: int) -> bool:
    """'Crime is up on last month's figures but down on last year's': the clause after 'but' has no subject and
    measures the same thing against another period. That is a second figure of the same measure (the first keeps
    its own direction), not the first turned round."""
    m = _AGAINST_ANOTHER_TIME.match(text, lo, hi)
    if m is None or last is None or last.direction not in _FLIP:
        return False
    named = find_metrics(text, last.metric_start if last.metric_start is not None else last.start, last.end)
    terms = [t for t in P.direction_terms(text, lo, m.end()) if t[2] in _FLIP]
    if not named or not terms:
        return False
    anchors.append(Anchor(lo, m.end(), None, "other", "trend", terms[0][2], label=named[0].label))
    anchors.sort(key=lambda a: a.start)
    return True
