"""Sentences that look like work but give none: courtesies sent on a body's behalf ("asked that their
best wishes be conveyed to her", "condolences be passed to the family") and a web page's
notice about its own papers ("The Agenda for this meeting will be published 5 clear working
days before ..."). A letter of thanks someone is told to write stays an action: only a
courtesy that is itself the thing conveyed is dropped."""

from __future__ import annotations

import re

from minutesai.engines.offline.agenda_boilerplate import agenda_formality
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.meeting_contributions import contribution_here

_COURTESY_CONVEYED = compile_guarded(
    r"\b(?:(?:best|good|kind|warm)\s+wishes|condolences|sympath(?:y|ies)|congratulations|thanks|gratitude|appreciation)"
    r"\s+(?:\w+\s+){0,8}?(?:be|to\s+be|were|was|are|is)\s+(?:formally\s+)?"
    r"(?:conveyed|passed\s+(?:on|to)|sent|extended|expressed|given|forwarded|relayed|recorded)\b",
    re.IGNORECASE,
)
_PAPERS_NOTICE = compile_guarded(
    r"\b(?:agenda|minutes|decisions|papers|reports?)\s+(?:and\s+\w+\s+)?for\s+this\s+meeting\s+will\s+(?:normally\s+|usually\s+)?"
    r"be\s+(?:published|available|issued)\b",
    re.IGNORECASE,
)


_EMPTY_FIELD = re.compile(
    r"^(?:Recommendations?|Actions?(?:\s+points?|\s+required|\s+arising)?)\s*[:\-–—]\s*(?:None|Nil|N/?A|No\s+actions?)\.?$", re.IGNORECASE)
"""'Recommendations: None', 'Actions arising – nil': an action-log field left empty."""


def gives_no_work(text: str, start: int, end: int) -> bool:
    """True when the action quoted at ``text[start:end]`` is a courtesy, a notice about the meeting's papers or
    a standard agenda formality (declarations of interest, urgent business)."""
    return bool(_COURTESY_CONVEYED.search(text, start, end) or _PAPERS_NOTICE.search(text, start, end)) or agenda_formality(text, start, end) \
        or contribution_here(text, start, end) or bool(_EMPTY_FIELD.match(text[start:end].strip()))  # "... introduce themselves"
