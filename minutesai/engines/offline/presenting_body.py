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


_JOINT = re.compile(r"\b(?:Council|Director|Partnership|Leader)\b")
"""A council officer or the partnership named just before the force's one mention: a joint item, whose requests are
not the force's alone."""


def force_named(text: str) -> str | None:
    """The police force the text names most often, if any."""
    if "Police" not in text and "Constabulary" not in text:
        return None
    found = [m for m in _FORCE.finditer(text) if not _NOT_A_FORCE.match(m.group())]
    counts = Counter(m.group() for m in found)
    if not counts:
        return None
    force, times = counts.most_common(1)[0]
    if times == 1 and _JOINT.search(text, max(0, found[0].start() - 200), found[0].start()):
        return None  # "The Leader of the Council, the Director of ... and the Chief Inspector of Lancashire Police presented"
    return force


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
