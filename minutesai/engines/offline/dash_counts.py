"""A bullet that opens with a count and the crime counted, then a dash and a gloss: "• 3 ASB – 2 Neighbourhood dispute,
1 Offroad complaint.", "• 10 Crimes – includes 3 Theft, 1 Fraud, 2 Criminal Damage", "• 1 Drugs – Male in Possession."
(Chirk), "• 4 x Anti-Social Behaviour – No case Time Line" (Aylsham).

A police report read at a parish or town council often lists its crimes this way. The count before the dash is the
figure; what follows the dash explains it (a breakdown, an outcome), so its own small counts are parts of the head,
not figures of their own. The general count rule needs a counted noun after the number, and the bullet rule an item
that is only a number and a name, so the head was missed and a part of the breakdown read in its place.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.nonfigures import not_a_figure
from minutesai.engines.offline.sentences import Sentence

_HEAD = re.compile(
    rf"(?P<num>{P.NUM})(?:\s*[xX×])?\s+(?P<what>[A-Za-z][\w/’'&-]*(?:\s+[A-Za-z][\w/’'&-]*){{0,4}}?)\s+[–—-]\s+\S"
)
_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|been|being|to|per|since|compared|than|of|in|on|at|for)\b",
                   re.IGNORECASE)
_COUNTED = re.compile(rf"\b(?:{P.COUNT_NOUNS})\b", re.IGNORECASE)
_BARE_CRIME = re.compile(r"(?:drugs?|fraud|theft|harassment|arson|shoplifting|stalking|possession|public\s+order|sexual\s+offences?)",
                         re.IGNORECASE)
"""A crime named by one word that says nothing counted on its own elsewhere ('1 Drugs', '1 Fraud')."""


def dash_glossed_count(text: str, sent: Sentence) -> tuple[Anchor, int] | None:
    """(the head count's anchor, where its gloss starts) for a bullet 'N <crime> – <gloss>', else None."""
    if sent.marker is None or not sent.line_start or len(sent.text) > 160:
        return None
    m = _HEAD.match(text, sent.start, sent.end)
    if m is None or _VERB.search(m.group("what")) or not_a_figure(text, *m.span("num")):
        return None
    what = m.group("what")
    hits = [h for h in find_metrics(what) if not h.generic] or find_metrics(what)
    if not hits and not _COUNTED.search(what) and not _BARE_CRIME.fullmatch(what):
        return None
    anchor = Anchor(m.start(), m.end("what"), P.parse_number(m.group("num")), "count", "count",
                    label=hits[0].label if hits else " ".join(what.split()))
    return anchor, m.end("what")


def opens_with_dash_count(line: str) -> bool:
    """True when a line reads 'N <words> – ...' (so a title-case bullet such as '10 Crimes – includes 3 Theft' is no
    heading)."""
    return _HEAD.match(line) is not None


def with_dash_head(anchors: list[Anchor], head: Anchor, gloss: int) -> list[Anchor]:
    """The head count in place of the anchors it covers and of the bare counts in its gloss (its breakdown)."""
    kept = [a for a in anchors if not (a.start < head.end and head.start < a.end)
            and not (a.start >= gloss and a.kind == "count" and a.direction == "unknown")]
    return sorted([head, *kept], key=lambda a: a.start)
