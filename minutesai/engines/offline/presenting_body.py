"""Who work asked of no one named falls to: the police force the minutes are about (at a Police and Crime Panel,
the Commissioner it scrutinises).

"It was requested that the Q1 Report provides ...", "Members requested that a report be provided to the
Committee": a request put in the passive at a police item is addressed to the force presenting it. The force is
the one the text names most often ("Police Scotland", "Thames Valley Police", "Kent Constabulary").
"""

from __future__ import annotations

import re
from collections import Counter

from minutesai.engines.offline.action_parts import ActionCandidate
from minutesai.engines.offline.guards import compile_guarded

_FORCE = compile_guarded(
    r"\b(?:Police\s+Scotland|Police\s+Service\s+of\s+Northern\s+Ireland|British\s+Transport\s+Police"
    r"|(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){1,3}(?:Police|Constabulary)(?:\s+Service)?)\b(?!\s+(?:and\s+Crime|&\s+Crime|Fire|Officer|Station|Authority)\b)"
)
_NOT_A_FORCE = re.compile(r"^(?:The|This|That|Local|Neighbourhood|Community|Response|Support|Special|Chief|Police(?!\s+(?:Scotland|Service\s+of)))\s")


def force_named(text: str) -> str | None:
    """The police force the text names most often, if any."""
    if "Police" not in text and "Constabulary" not in text:
        return None
    counts = Counter(m.group() for m in _FORCE.finditer(text) if not _NOT_A_FORCE.match(m.group()))
    return counts.most_common(1)[0][0] if counts else None


def commissioner_questioned(text: str) -> str | None:
    """At a Police and Crime Panel, the Commissioner the Panel scrutinises (what the Panel asks for is theirs to give)."""
    if text.count("Commissioner") < 3 or text.count("Panel") < 3:
        return None
    return "Police and Crime Commissioner" if "Police and Crime Commissioner" in text else "Commissioner"


def give_requests_to_force(text: str, found: list[ActionCandidate]) -> None:
    """A request with no owner named goes to the Commissioner a Police and Crime Panel questions, else to the force
    the minutes are about."""
    if not any(a.owner is None and a.request for a in found):
        return
    force = commissioner_questioned(text) or force_named(text)
    if force is None:
        return
    for a in found:
        if a.owner is None and a.request:
            a.owner = force
