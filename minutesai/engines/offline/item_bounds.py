"""Agenda items: where they start, so that a repeat is only a repeat within one item, and items of one sentence.

ModernGov pages repeat a resolution in the "Decision:" and the "Minutes:" block of
one item, but "The Committee agreed to note the report." under two different
items is two decisions. An item starts at a numbered heading line ("8. Annual
Report", "77 Police Update", "CSP 15/22 Serious Violence Duty"), a minute number alone on its line
("32/23", the title on the next line) or an "Agenda item" line.

An item that is one sentence under its heading ("The Panel noted that the
scheme had ended.") records its outcome in that sentence.
"""

from __future__ import annotations

import bisect
import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.sentences import Sentence

_ITEM_HEADING = re.compile(
    r"^[ \t]*(?:Agenda\s+item\b.*|(?:Item\s+)?(?:[A-Z]{1,6}[ .]?)?\d{1,3}(?:[a-z]|/\d{2,4})?[.):]?[ \t]+[A-Z‘“\"'][^\n]{2,80}?[^.;:!?,\n]"
    r"|\d{1,3}/\d{2,4})[ \t]*$",
    re.MULTILINE,
)


def item_starts(text: str) -> list[int]:
    """Offsets of the agenda-item heading lines in ``text``, in order (computed once per document: do not change the list)."""
    return scan.cached(text, "item starts", _item_starts)


def _item_starts(text: str) -> list[int]:
    return [m.start() for m in _ITEM_HEADING.finditer(text)]


def same_item(starts: list[int], a: int, b: int) -> bool:
    """True when offsets ``a`` and ``b`` fall under the same heading."""
    return bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)


def whole_item(sentences: list[Sentence], k: int) -> bool:
    """True when sentence ``k`` is all an agenda item says: one sentence under a heading line."""
    sent = sentences[k]
    if not sent.line_start or (k + 1 < len(sentences) and sentences[k + 1].para == sent.para):
        return False
    if k + 1 < len(sentences) and not looks_like_heading(sentences[k + 1].text):
        return False  # the item goes on: "noted that ..." is discussion, not its outcome
    return k > 0 and sentences[k - 1].para == sent.para - 1 and looks_like_heading(sentences[k - 1].text)


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation that does not start in lower case."""
    line = line.strip()
    return 0 < len(line) <= 90 and line[-1] not in ".;:!?," and not line[:1].islower()
