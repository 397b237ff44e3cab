"""Counts given as bullet items: "• 78 arson and criminal damage type offences", "• 2 carrying/possession of
weapons (knives)".

A crime breakdown read out at a meeting is often a list of "number + what" lines. The general count
rule wants a counted noun right after a few adjectives, so items joined with 'and', 'of' or a slash
slip through; here a list item that is only a number and a short name of a crime or a counted thing
is a count, whatever words sit in between.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.nonfigures import not_a_figure
from minutesai.engines.offline.sentences import Sentence

_ITEM = re.compile(rf"(?P<num>{P.NUM})\s+(?P<what>[A-Za-z][\w/’'()&-]*(?:\s+[\w/’'()&-]+){{0,7}}?)\s*[.;,]?\s*$")
_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|been|being|to|per|since|compared|than)\b", re.IGNORECASE)
_COUNTED = re.compile(rf"\b(?:{P.COUNT_NOUNS})\b", re.IGNORECASE)


def list_item_count(text: str, sent: Sentence) -> Anchor | None:
    """The count a short bullet item states ('• 16 robberies' is found by the general rules already)."""
    if sent.marker is None or not sent.line_start or len(sent.text) > 80:
        return None
    m = _ITEM.match(text, sent.start, sent.end)
    if m is None or _VERB.search(m.group("what")) or not_a_figure(text, *m.span("num")):
        return None
    what = m.group("what")
    hits = [h for h in find_metrics(what) if not h.generic] or find_metrics(what)
    if not hits and not _COUNTED.search(what):
        return None
    end = m.end("what")
    return Anchor(m.start(), end, P.parse_number(m.group("num")), "count", "count",
                  label=hits[0].label if hits else None)
