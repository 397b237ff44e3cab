"""Lists of changes: which measure and which change each item of "X down by N%, Y down by M%" has.

A number in a list of changes that names its own measure just before it.

"total notifiable crime was down by 6.6%, with vehicle crime down by 18.1%, domestic burglaries down
by 20% and non-domestic burglaries down by 29.2%": police updates at ward panels, CSPs and district
presentations read out such lists of "measure down/up by N%". The trend at the head of the clause
("crime was down") names the measure of the numbers that have none of their own ("..., a 26% fall"),
but an item that names its measure right before its change ("vehicle crime down by 18.1%") keeps it:
its quote starts at its own measure and its label is that measure.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.sentences import SUBCLAUSE_CUT

AND_ONLY = re.compile(r",?\s+(?:and\s+)?")
"""Nothing but 'and' between two figures: a verbless second one is the next item of one list and shares its change."""
ELLIPTICAL_CHANGE = re.compile(r"(?:and\s+(?:in|for|of)\s+)?[^,;]{1,60}?\bby\s+[-−–+]?\d")
"""'a fall in X by 48%, and in Y by 22%', 'X down by 33% and Y by 40%': the second change is the first's, with its verb left out."""
FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|being|be|\w+ed)\b", re.IGNORECASE)
_REACH = 40
"""How far before the number its own measure may stand ("domestic burglaries down by 20%")."""


def names_own_measure(text: str, trend_end: int, number_start: int) -> bool:
    """A taxonomy measure stands between the end of the clause's trend and the number, within reach of it."""
    lo = max(trend_end, number_start - _REACH)
    return lo < number_start and bool(find_metrics(text, lo, number_start))


_FOR_MEASURE = re.compile(r"\s*(?:for|in)\s+(?:the\s+)?(?:category\s+of\s+)?", re.IGNORECASE)
"""'-31% for Rape', 'down 12% in burglary': the measure named straight after the number."""


def measure_named_after(text: str, number_end: int, hi: int) -> tuple[int, int] | None:
    """Span of a taxonomy measure written straight after a number ("currently at -31% for Rape"), or None."""
    gap = _FOR_MEASURE.match(text, number_end, hi)
    if gap is None:
        return None
    hits = find_metrics(text, gap.end(), min(hi, gap.end() + 40))
    return (hits[0].start, hits[0].end) if hits and hits[0].start == gap.end() else None


def names_other_measure_after(text: str, number_end: int, hi: int, trend_start: int, trend_end: int) -> bool:
    """The number names a measure of its own after it ("All sexual offences continued to fall currently at -31% for
    Rape"), other than the trend's: the trend then stands as a figure of its own, with no number."""
    span = measure_named_after(text, number_end, hi)
    if span is None:
        return False
    theirs = find_metrics(text, trend_start, trend_end)
    own_words = text[span[0]:span[1]].lower()
    return not any(text[h.start:h.end].lower() == own_words for h in theirs)  # (the words: rape is a sexual offence)


def trend_kept(text: str, t: Anchor, numeric: list[Anchor], clause: tuple[int, int]) -> bool:
    """A trend word next to a number belongs to that number; keep it only across a sub-clause cut."""
    for a in numeric:
        if not (clause[0] <= a.start < clause[1]):
            continue
        lo, hi = (a.end, t.start) if a.end <= t.start else (t.end, a.start)
        if (lo >= hi or not SUBCLAUSE_CUT.search(text, lo, hi)) and not (
                t.end <= a.start and names_other_measure_after(text, a.end, clause[1], t.start, t.end)):
            return False  # (but "X continued to fall, currently at -31% for Rape": two figures)
    return True
