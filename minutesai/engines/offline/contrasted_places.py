"""Another place's change in the same measure, the measure pointed back to or left out.

Ward and borough reports set one area's change against another's in one sentence: "Hitchwood, Offa and Hoo and
Chesfield had seen a reduction in residential burglaries, while Kimpton, Knebworth and Codicote had seen an increase"
(North Hertfordshire, pool29), "Although there had been a general reduction in gang and knife crime, Dollis Hill and
Neasden had seen an increase in these types of crime" (Brent, pool26). The second change names no measure of its own
('an increase', 'an increase in these types of crime'), so the trend rules, which need one beside the change word,
dropped it or took the direction from the wrong words. Here: a capitalised place (or places) that 'had seen' a
change with nothing after it but a pointer back ('in these/those/this type(s) of crime'), after a change in a named
measure earlier in the sentence; the figure gets that measure and its own direction. Only when no figure was found from the place on: in the Brent
sentence a rank follows ("historically Harlesden and Wembley had always recorded the highest figures") and the
clause is read with it.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics

_PLACE_SAW = re.compile(
    r"(?:,|\bwhile|\bwhilst|\bwhereas|\bbut|\band)\s+(?:in\s+)?(?P<place>[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w’'-]*){0,6})\s+"
    r"(?:had|has|have)\s+(?:also\s+)?(?:seen|experienced|recorded|shown)\s+(?:an?\s+)?(?:(?:slight|small|significant|large|sharp|marked)\s+)?"
    r"(?P<change>increase|rise|reduction|decrease|fall|drop|decline)"
    r"(?:\s+in\s+(?:these|those|this|that|such)\s+(?:(?:types?|kinds?|categories)\s+of\s+)?(?:crimes?|offences?|incidents?))?"
    r"(?=\s*(?:[.,;:]|$))",
)
_UP = ("increase", "rise")
_CHANGE_BEFORE = re.compile(r"\b(?:reductions?|increases?|rises?|falls?|decreases?|drops?|declines?|reduced|increased|risen|fallen|decreased)\b")
GATE = " seen a"
"""The sentence needs 'seen a/an' before this pattern is tried."""


def contrasted_places(text: str, start: int, end: int, anchors: list[Anchor]) -> list[Anchor]:
    """Trend anchors for 'while Kimpton ... had seen an increase' after a change in a named measure in the sentence."""
    out: list[Anchor] = []
    for m in _PLACE_SAW.finditer(text, start, end):
        if any(a.end > m.start("place") for a in anchors):
            continue  # a figure of its own there or later in the sentence: the trend rules have read that part
        before = _CHANGE_BEFORE.search(text, start, m.start())
        hits = [h for h in find_metrics(text, start, m.start()) if not h.generic]
        if before is None or not hits:
            continue
        direction = "increase" if m.group("change") in _UP else "decrease"
        out.append(Anchor(m.start("place"), m.end(), None, "other", "trend", direction, metric_start=m.start("place"),
                          label=hits[-1].label))
    return out
