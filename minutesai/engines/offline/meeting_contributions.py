"""What attendees are invited to do at the meeting itself: no work left for after it.

"The Chairman asked for Community Safety Partners who attended the meeting to introduce themselves to other
members present" (Hart), "Representatives from organisations who have received funding ... were invited to provide
short reports on the progress of their projects" (Arun): the introductions and short reports follow in the same
minutes. A report asked for a later meeting ("a short report to the next meeting") stays work.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.guards import compile_guarded

_CONTRIBUTION = compile_guarded(
    r"\bintroduce\s+(?:themselves|himself|herself)\b"
    r"|\b(?:invited|asked)\s+(?:for\s+[^.;]{3,100}?\s+)?to\s+(?:give|provide|make|deliver)\s+(?:a\s+)?(?:short|brief|verbal|quick|oral)\s+"
    r"(?:reports?|updates?|presentations?|overviews?|statements?)\b",
    re.IGNORECASE,
)
_LATER = re.compile(r"\b(?:next|future|following|later|subsequent|forthcoming)\s+(?:[\w-]+\s+)?(?:meeting|panel|committee|board)s?\b", re.IGNORECASE)


def contribution_here(text: str, start: int, end: int) -> bool:
    """True when the action quoted at ``text[start:end]`` is an introduction or short report given at this meeting."""
    if "ntroduce" not in text[start:end] and "short" not in text[start:end] and "brief" not in text[start:end] \
            and "verbal" not in text[start:end] and "quick" not in text[start:end] and "oral" not in text[start:end]:
        return False
    return bool(_CONTRIBUTION.search(text, start, end)) and not _LATER.search(text, start, end)
