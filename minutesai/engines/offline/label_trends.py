"""A measure as a line's label and its change with no verb and no number after the colon.

Ward-panel and residents'-forum police updates list the beat's crime types one a line, each with a few words on how
it went: "Burglaries: A slight increase over Christmas but remain low overall.", "E-Scooters: No change in the
Borough.", "Anti-Social Behaviour (ASB): Reduced over the winter." (Oadby and Wigston, pool31), "ASB: Down slightly
on last period and again continues to fall" (South Cambridgeshire, Bar Hill neighbourhood panel). The trend rules
need a measure beside the change word inside the sentence; here the measure is the label before the colon, so the
change was lost. The label, the change opening the text after the colon (a noun with 'a/an', or a bare 'up/down/
reduced/no change ...'), and nothing but a period, a preposition or the end after it: "Speeding: Reduced speed
limit signs installed" (an adjective before a noun), "Patrols: Up to 4 a week" and "Action 3: Increase patrols"
(an instruction) state no change.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor
from minutesai.engines.offline.metrics import find_metrics

_LABELLED = re.compile(
    r"(?P<label>[A-Z][\w’'()/&-]*(?:[ \t]+(?:[\w’'()/&-]+|-)){0,5}?)[ \t]*:[ \t]*"
    r"(?:(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as\s+been|[Hh]ave\s+been)\s+)?(?:(?:[Ss]lightly|[Ss]ignificantly|[Gg]enerally)\s+)?"
    r"(?:(?:[Aa]n?|[Tt]he)\s+(?:(?:slight|small|significant|large|sharp|marked|big|notable|noticeable|further|general|overall|"
    r"continued|continuing|steady|gradual|minor|considerable)\s+)?(?P<noun>increase|rise|decrease|reduction|fall|drop|decline|"
    r"spike|upturn|downturn)"
    r"|(?P<word>[Uu]p|UP|DOWN|[Dd]own|[Rr]educed|[Ii]ncreased|[Dd]ecreased|[Rr]ising|[Ff]alling|[Rr]isen|[Ff]allen|[Dd]ropped|[Dd]eclined|"
    r"[Ss]table|[Ss]tatic|[Ss]teady|[Uu]nchanged|[Nn]o\s+change|[Nn]o\s+significant\s+change|[Ss]imilar))\b"
    r"(?=\s*(?:[.;,–—]|-\s|$)|\s+(?:slightly|significantly|considerably|again|overall|over|on|in|since|from|by|compared|this|last|"
    r"during|across|throughout|but|and|with|for\s+(?:the|this|last)|to\s+(?:last|the\s+same|previous)|year|month|week|quarter)\b)",
)
_UP = ("increase", "rise", "spike", "upturn", "up", "increased", "rising", "risen")
_DOWN = ("decrease", "reduction", "fall", "drop", "decline", "downturn", "down", "reduced", "decreased", "falling",
         "fallen", "dropped", "declined")
_NOT_A_MEASURE = re.compile(
    r"^(?:Action|Actions|Item|Update|Updates|Resolved|Agreed|Decision|Recommendation|Outcome|Note|Response|Answer|Question|"
    r"Minutes|Present|Apologies|Q|A|Re|Date|Next|Chair|Cllr|Councillor)\b(?:\s+\d+)?\s*$",
    re.IGNORECASE)
GATE = ":"
"""The sentence needs a colon before these patterns are tried."""


def label_trends(text: str, start: int, end: int) -> list[Anchor]:
    """A number-free trend for a sentence opening 'Measure: a slight increase ...', labelled by the measure."""
    m = _LABELLED.match(text, start, end)
    if m is None or _NOT_A_MEASURE.match(m.group("label")):
        return []
    label = " ".join(m.group("label").split())
    word = (m.group("noun") or m.group("word")).lower()
    if word in _UP:
        direction = "increase"
    elif word in _DOWN:
        direction = "decrease"
    else:
        direction = "no_change"
    hits = [h for h in find_metrics(text, m.start("label"), m.end("label")) if not h.generic]
    anchor = Anchor(m.start(), m.end(), None, "other", "trend", direction, metric_start=start,
                    label=None if hits else label)
    return [anchor]
