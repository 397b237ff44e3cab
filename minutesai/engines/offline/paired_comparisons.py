"""Two counts compared with two counts of an earlier period, in one sentence: "there had been four crimes and
eight incidents last month compared with six crimes and 15 incidents last year" (a PCSO's parish report, pool39).

Each number of the first pair is compared with the number in the same place of the second pair: two figures, each
with its own direction. Read one count at a time, the first count lost its comparison, the second was compared with
the wrong number and the numbers of the earlier period were reported as figures of their own.

Both pairs need their counts joined by 'and', the first pair a counted noun after each number, and the comparison
'compared with/to' (or 'against', 'as against') between them; the second pair may leave the nouns out ("6 and 15").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.nonfigures import not_a_figure

_N = rf"(?:{P.NUM}|{P.NUM_WORD})"
_COUNTED = rf"(?:[\w-]+\s+){{0,2}}?(?:{P.COUNT_NOUNS})"
_PAIRED = re.compile(
    rf"\b(?P<a>{_N})\s+{_COUNTED}\s+and\s+(?P<b>{_N})\s+{_COUNTED}(?P<then>(?:\s+[\w’'/-]+){{0,4}}?),?\s+"
    rf"(?:compared\s+(?:with|to)|(?:as\s+)?against)\s+(?P<c>{_N})(?:\s+{_COUNTED})?\s+and\s+(?P<d>{_N})(?:\s+{_COUNTED})?\b"
    rf"(?:\s+(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?:last|previous|same|preceding)\s+(?:\w+\s+)?(?:year|quarter|month|period|week)\b)?",
    re.IGNORECASE,
)


def _direction(now: float, was: float) -> P.Dir:
    return "increase" if now > was else "decrease" if now < was else "no_change"


def paired_comparisons(text: str, start: int, end: int, add: Callable[[Anchor], None]) -> None:
    """'4 crimes and 8 incidents last month compared with 6 crimes and 15 incidents last year': a figure for each
    count of the first pair, compared with the count in the same place of the second (whose span the second figure
    covers, so its numbers are not read again)."""
    for m in _PAIRED.finditer(text, start, end):
        if any(not_a_figure(text, *m.span(g)) for g in ("a", "b", "c", "d")):
            continue
        a, b, c, d = (P.parse_number(m.group(g)) for g in ("a", "b", "c", "d"))
        add(Anchor(m.start("a"), m.start("b") - len(" and "), a, "count", "pair", _direction(a, c), comparator=m.group("c")))
        add(Anchor(m.start("b"), m.end(), b, "count", "pair", _direction(b, d), comparator=m.group("d")))
