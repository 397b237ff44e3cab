"""Where agenda items start, so that a repeat is only a repeat within one item.

ModernGov pages repeat a resolution in the "Decision:" and the "Minutes:" block of
one item, but "The Committee agreed to note the report." under two different
items is two decisions. An item starts at a numbered heading line ("8. Annual
Report", "77 Police Update", "CSP 15/22 Serious Violence Duty") or an
"Agenda item" line.
"""

from __future__ import annotations

import bisect
import re

_ITEM_HEADING = re.compile(
    r"^[ \t]*(?:Agenda\s+item\b.*|(?:Item\s+)?(?:[A-Z]{1,6}[ .]?)?\d{1,3}(?:[a-z]|/\d{2,4})?[.):]?[ \t]+[A-Z‘“\"'][^\n]{2,80}?[^.;:!?,\n])[ \t]*$",
    re.MULTILINE,
)


def item_starts(text: str) -> list[int]:
    """Offsets of the agenda-item heading lines in ``text``, in order."""
    return [m.start() for m in _ITEM_HEADING.finditer(text)]


def same_item(starts: list[int], a: int, b: int) -> bool:
    """True when offsets ``a`` and ``b`` fall under the same heading."""
    return bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)
