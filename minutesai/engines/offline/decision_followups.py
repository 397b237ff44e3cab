"""Agreements that are only a follow-up promised outside the meeting.

"It was agreed that the Director would explore this further outside of the meeting" and "It was agreed
that details of the plan would be circulated to the Committee after the meeting" record work someone will
do once the meeting is over: an action (the actions rules keep it), not something the meeting decided.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.guards import compile_guarded

_AFTER_THE_MEETING = compile_guarded(
    r"\b(?:would|will|shall)\s+(?:[\w-]+\s+){1,12}?(?:after|outside(?:\s+of)?|following)\s+the\s+meeting\b",
    re.IGNORECASE,
)


def follow_up_only(quote: str) -> bool:
    """True when the agreed words promise that someone 'would ... after / outside (of) the meeting'."""
    return "meeting" in quote and _AFTER_THE_MEETING.search(quote) is not None
