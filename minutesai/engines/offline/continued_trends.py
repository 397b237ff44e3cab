"""A change said to go on after a figure for the same measure: "Crimes had been reduced by some 20% over the
previous three years with a continued reduction for 2008/09 when compared with 2007/08", "Crime in Cheltenham was
down by 8% on last year, the partnership had set a target reduction of 17.5% by April 2008, which was achieved
eventually and had continued to fall since then".

Annual CSP reports and scrutiny minutes give the long-run change with its number, then say in the same sentence
that it went on over a later period, with no number. The trend rules need a measure beside the change word, so
"a continued reduction" / "had continued to fall" with the measure named only at the head of the sentence was lost;
the gold of pool21 (Cheltenham) and pool28 (Exeter) lists it as a figure of its own: the sentence's measure, the
change's direction, no value. Only after a number in the same sentence, only for the continuing change words, and
not when a number follows the change ("continued to fall by 3%": that number is the change's own).
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics

_CONTINUED = re.compile(
    r"\b(?:(?:a|an)\s+(?:continued|continuing|further)\s+(?P<n>reduction|decrease|fall|drop|decline|increase|rise)"
    r"|(?:had|has|have)\s+(?:since\s+)?continued\s+to\s+(?P<v>fall|decrease|reduce|decline|drop|rise|increase|go\s+down|go\s+up))\b",
    re.IGNORECASE,
)
_DOWN = ("reduc", "decrea", "fall", "drop", "declin", "go down")
_OWN_NUMBER = re.compile(r"\s*,?\s*(?:(?:by|of|to|at)\s+(?:[a-z]+\s+){0,2})?[-−–+£]?\d", re.IGNORECASE)
"""A number soon after the change ('continued to fall by 3%', 'a further reduction of 12 offences'): its own."""


def continued_trends(text: str, start: int, end: int, anchors: list[Anchor]) -> list[Anchor]:
    """Number-free trends that continue the change of an earlier figure in the sentence, labelled by its measure."""
    out: list[Anchor] = []
    for m in _CONTINUED.finditer(text, start, end):
        before = [a for a in anchors if a.value is not None and a.end <= m.start()]
        if not before or _OWN_NUMBER.match(text, m.end(), end):
            continue
        hits = [h for h in find_metrics(text, start, before[0].start) if not h.generic or h.label]
        if not hits:
            continue
        word = (m.group("n") or m.group("v")).lower()
        direction = "decrease" if word.startswith(_DOWN) else "increase"
        out.append(Anchor(m.start(), m.end(), None, "other", "trend", direction, label=hits[-1].label))
    return out
