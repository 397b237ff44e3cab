"""The measure of a level reached after a change, when no taxonomy term names it.

"a decrease in missing person incidents to 500", "a reduction in the number of PCSOs to 120",
"Reports of fly-tipping had risen to 612": ward-panel and CSP minutes often report a change as the
level it reached. The anchor is the number alone, so without this the figure's label was the number
("500"). The measure is the words between the change noun's "in (the number of)" and "to", or the
subject written just before the change verb (at most six words, back to the start of the clause).
A taxonomy measure there ("hate crime reports") is left for the usual metric lookup.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.metrics import find_metrics

_NOUN_MEASURE = re.compile(
    r"(?:increase|rise|reduction|decrease|fall|drop|decline)s?\s+in\s+(?:the\s+number\s+of\s+)?(.+?)\s+to\s", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(
    r"[,;:(]|\b(?:that|and|but|while|whilst|where|said|reported|noted|explained|stated|confirmed|advised)\b", re.IGNORECASE)
_SUBJECT = re.compile(
    r"\s*(?:the\s+|a\s+)?(?:number\s+of\s+)?([A-Za-z][\w’'/-]*(?:\s+[\w’'/-]+){0,5}?)"
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:now\s+|also\s+)?", re.IGNORECASE)
_NOT_A_MEASURE = re.compile(r"^(?:it|this|that|these|those|they|there|which|figures?|numbers?|levels?|total)$", re.IGNORECASE)


def reached_measure(text: str, match_start: int, match_end: int, clause_start: int) -> str | None:
    """Words naming what changed in the CHANGE_TO match ``text[match_start:match_end]``, or None
    when a taxonomy term names it or nothing readable does."""
    noun = _NOUN_MEASURE.match(text, match_start, match_end)
    if noun is not None:
        lo, hi = noun.span(1)
    else:
        lo = max(clause_start, match_start - 80)
        for opener in _CLAUSE_OPENER.finditer(text, lo, match_start):
            lo = opener.end()
        subject = _SUBJECT.fullmatch(text, lo, match_start)
        if subject is None:
            return None
        lo, hi = subject.span(1)
    words = " ".join(text[lo:hi].split())
    if not words or _NOT_A_MEASURE.match(words) or find_metrics(text, lo, hi):
        return None
    return words
