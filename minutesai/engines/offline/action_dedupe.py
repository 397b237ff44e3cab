"""One action per commitment: drop the second record of an action the minutes give twice in one agenda item."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import ActionCandidate as _Action
from minutesai.engines.offline.action_quotes import compact, unique
from minutesai.engines.offline.item_bounds import item_starts, same_item
from minutesai.schemas import FoundAction

_SAME_ACTION = 80
"""token_set_ratio at or above which two actions near each other are one (distinct gold actions stay below 73)."""
_SAME_ITEM_WINDOW = 12_000
"""Characters within which a repeated action or decision counts as the same one."""

_POINTS_AT_CONTEXT = re.compile(r"\b(?:this|these|that|those|it|them)\b(?!\s+(?:meeting|committee|panel|board|year|week|month|quarter)\b)", re.IGNORECASE)


def dedupe(text: str, actions: list[_Action]) -> list[FoundAction]:
    from rapidfuzz import fuzz

    kept: list[_Action] = []
    headings: list[int] | None = None
    for a in sorted((a for a in actions if a.priority >= 0), key=lambda a: -a.priority):
        # the same action recorded twice sits in one agenda item: compare neighbours only
        near = (k for k in kept if abs(k.start - a.start) < _SAME_ITEM_WINDOW)
        clash = next((k for k in near if (k.start < a.end and a.start < k.end)
                      or fuzz.token_set_ratio(k.action, a.action) >= _SAME_ACTION), None)
        if clash is not None and not (clash.start < a.end and a.start < clash.end):
            headings = item_starts(text) if headings is None else headings
            if not same_item(headings, clash.start, a.start):
                clash = None  # "circulate the figures" promised under two agenda items: two actions
            elif a.priority == clash.priority == 1 and _POINTS_AT_CONTEXT.search(a.action) and "\n" in text[min(a.end, clash.end):max(a.start, clash.start)]:
                clash = None  # "find out who owns this plot" after two different complaints: two plots
        if clash is None:
            kept.append(a)
        elif clash.owner is None and a.owner is not None and a.priority >= 2 and clash.start < a.end and a.start < clash.end:
            clash.owner = a.owner  # "The Panel agreed to write to Highways. Action: Clerk": the marker's record names the owner
    kept.sort(key=lambda a: a.start)
    out = []
    for a in kept:
        s, e = unique(text, *compact(text, a.start, a.end))
        out.append(FoundAction(owner=a.owner, action=a.action, due=a.due, quote=text[s:e]))
    return out
