"""Resolution items written inline: several numbered items on one line, or two resolving verbs in one sentence."""

from __future__ import annotations

import re

from minutesai.engines.offline.resolution_items import BODY as _BODY
from minutesai.engines.offline.resolution_items import ResolutionItem, resolution_item

INLINE_ITEM = re.compile(r"(?:(?<=\s)|^)(?:\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)|(?:[ivx]{1,5}|[a-h]|\d{1,2})\))\s+")
"""An item marker inside a line: "(ii) ", "b) ", "(3) "."""

_SECOND_VERB = re.compile(r"\s+and\s+(?=(?:recommends|agrees|asks|requests|instructs|resolves)\s+)")
_FIRST_VERB = re.compile(
    rf"(?:the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{_BODY}\s+(?:notes|receives|welcomes|endorses|approves)\s+[^;]{{3,120}}$", re.IGNORECASE)


def inline_items(text: str, s: int, e: int, is_decision: bool) -> list[ResolutionItem]:
    """The items of one resolution written on one line ("(a) ... (b) ..."), or its two resolving verbs
    ("notes the report and recommends to Cabinet that ..."), else the whole span as one item."""
    marks = list(INLINE_ITEM.finditer(text, s, e))
    if len(marks) < 2:
        second = _SECOND_VERB.search(text, s, e)
        if second and _FIRST_VERB.match(text, s, second.start()):  # "notes the report and recommends to Cabinet that ..."
            items = [resolution_item(text, s, second.start(), is_decision, True), resolution_item(text, second.end(), e, is_decision, True)]
            return [i for i in items if i]
        item = resolution_item(text, s, e, is_decision, True)
        return [item] if item else []
    out = []
    lead = resolution_item(text, s, marks[0].start(), True, True) if marks[0].start() - s > 12 else None
    if lead:
        out.append(lead)
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else e
        item = resolution_item(text, m.end(), end, is_decision, True)
        if item:
            out.append(item)
    return out
