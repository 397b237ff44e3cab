"""The evidence quote of an action: the clause that gives the work, not the whole resolution around it.

Scottish and Welsh decision lists put noting and asking in one numbered item ("(iv) to note the
progress reported by the partnership and to request that the Director brief members"); the work starts at
"to request". And a long item goes on after the commitment ("report back to the meeting in May, following
up an earlier request to split the figures by ..."): the quote keeps the commitment and the clauses that fit in about two
hundred characters, cut at a comma or semicolon, so that it points at the promise rather than at a paragraph.
"""

from __future__ import annotations

import re

_NOTING_START = re.compile(r"(?:that\s+)?(?:to\s+)?(?:note|notes|noted|welcome|welcomes|receive|receives|acknowledge|acknowledges)\b",
                           re.IGNORECASE)
_WORK_CLAUSE = re.compile(
    r"(?:[;,]\s*|\s)(?:and\s+)?(?P<ask>(?:to\s+)?(?:request|requests|ask|asks|instruct|instructs|invite|invites|direct|directs"
    r"|call\s+on|calls\s+on)\s+(?:that\s+)?(?:the\s+)?[A-Z])"
)
LONG_QUOTE = 220
"""Quotes longer than this are cut at a clause boundary."""
_KEEP_AT_LEAST = 60
_AIM = 200
_BOUNDARY = re.compile(r"[,;]\s|\s[–—]\s")


_TOPIC_LEAD = re.compile(
    r"(?:in\s+terms\s+of|in\s+regards?\s+to|with\s+regards?\s+to|in\s+relation\s+to|in\s+respect\s+of|regarding)\s+[^,;]{3,200},\s+"
    r"(?=(?:to\s+)?(?:request|ask|instruct|invite|direct|call\s+on|agree|note)\b|that\b)",
    re.IGNORECASE,
)
"""A topic named before the resolved words: who and what come after it."""
_NOTED_AND = re.compile(r"(?:That\s+|that\s+)?(?:the\s+|The\s+)?(?:[\w-]+\s+){1,3}?be\s+(?:noted|received)\s+and\s+(?:that\s+)?(?=(?:an?|the|The|A)\s)")


def work_clause_start(text: str, s: int, e: int) -> int:
    """Where the work starts in a resolution item that first notes something ("to note X and to request that Y ...",
    "That the update be noted and a working group be set up to ...")."""
    topic = _TOPIC_LEAD.match(text, s, e)
    if topic:  # "(ii) in terms of the number of hate crimes recorded, to request that Police Scotland circulate ..."
        s = topic.end()
    noted_and = _NOTED_AND.match(text, s, e)
    if noted_and:
        return noted_and.end()
    if not _NOTING_START.match(text, s, e):
        return s
    m = _WORK_CLAUSE.search(text, s, e)
    return m.start("ask") if m else s


def compact(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` cut at a clause boundary when longer than :data:`LONG_QUOTE` (the last one within
    :data:`_AIM` characters, else the first after :data:`_KEEP_AT_LEAST`)."""
    if e - s <= LONG_QUOTE:
        return s, e
    cut = None
    for m in _BOUNDARY.finditer(text, s + _KEEP_AT_LEAST, e):
        if m.start() > s + _AIM and cut is not None:
            break
        cut = m.start()
        if cut > s + _AIM:
            break
    if cut is None or e - cut < 20:
        return s, e
    return s, cut


def unique(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` widened back over the sentence before it when the same words occur earlier in the text, so
    that the quote points at this occurrence ("Agreed: to find out who owns this plot" recorded
    after two different complaints)."""
    lo = max(0, s - _LOOK_BACK)
    if text.find(text[s:e], lo, e - 1) < 0:
        return s, e
    line_start = text.rfind("\n", lo, s) + 1 or lo
    prev = max(text.rfind(". ", line_start, max(line_start, s - 2)) + 2, line_start)
    return (prev, e) if prev < s and text.find(text[prev:e], lo, e - 1) < 0 else (s, e)


_LOOK_BACK = 12_000
"""How far back a repeat is looked for (about one agenda item): bounds the cost on long documents."""
