"""The pieces every action rule shares: the candidate record, due dates, verb phrases and clause bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DUE = re.compile(
    r"\b(?:(?:for|by|at|to|before|in\s+time\s+for)\s+the\s+(?:next|following|forthcoming|future|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?:\s+\d{4})?)\s+(?:[\w-]+\s+){0,2}?meeting"
    r"|(?:by|before|at\s+the\s+(?:beginning|start|end)\s+of|in|during|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?"
    r"|within\s+(?:\w+\s+)?(?:days?|weeks?|months?)|(?:by|before)\s+the\s+end\s+of\s+(?:the\s+)?\w+(?:\s+\d{4})?|(?:next|following)\s+(?:week|month|quarter)"
    r"|to\s+be\s+held\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})",
    re.IGNORECASE,
)


@dataclass
class ActionCandidate:
    owner: str | None
    action: str
    due: str | None
    start: int
    end: int
    priority: int
    """3 resolution, 2 explicit marker or list item, 1 prose commitment."""
    request: bool = False
    """A Member's request ("Cllr X asked for the figures to be circulated"): the next sentence may accept it."""


def due(text: str, s: int, e: int) -> str | None:
    m = _DUE.search(text, s, e)
    return " ".join(m.group(0).split()) if m else None


def verb_phrase(text: str, verb_start: int, end: int) -> str:
    return " ".join(text[verb_start:end].split()).rstrip(" .;,")


_CLAUSE_OPEN = re.compile(r"[;:–—]\s*|\s-\s|,\s+(?:and|but|so)\s+|\s+(?:and|but|so)\s+(?=(?:he|she|they|it|the|a)\b)|\bthat\s+", re.IGNORECASE)
_CLAUSE_CLOSE = re.compile(
    r";|\s[-–—]\s|,\s+(?:but|although|whilst|while)\b|\.\s"
    r"|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:agreed|undertook|offered|promised|volunteered|would|will)\b)"
)


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts (at or after ``lo``)."""
    start = lo
    for m in _CLAUSE_OPEN.finditer(text, lo, pos):
        start = m.end()
    return start


def clause_end(text: str, pos: int, hi: int) -> int:
    """Where the clause running from ``pos`` ends (at most ``hi``)."""
    m = _CLAUSE_CLOSE.search(text, pos, hi)
    return m.start() if m else hi
