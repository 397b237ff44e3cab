"""Bulleted lists of the questions members put: "... and responded to questions in relation to:" (or "... to the
following questions raised on the report:") followed by "· If the people recorded ... were also involved in drugs."
Each item is a question, not a claim, though it rarely ends with a question mark ("· Whether there was evidence of an increase in ASB")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.sentences import Sentence

_QUESTION_LEAD = compile_guarded(
    r"\b(?:(?:questions?|queries|enquiries)\s+(?:(?:raised|put|asked)\s+)?(?:from\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?"
    r"|(?:asked|queried|enquired)\s+)"
    r"(?:in\s+relation\s+to|relating\s+to|related\s+to|on|about|regarding|concerning|around|whether)"
    r"(?:\s+(?:the|this)\s+(?:report|presentation|update|item))?\s*[:–-]$",
    re.IGNORECASE,
)


def question_items(text: str, sentences: Sequence[Sentence]) -> set[int]:
    """Indices of the sentences that are bullet items under a lead-in announcing questions (the lead-in ends
    its line with a colon or dash)."""
    out: set[int] = set()
    starts: list[int] | None = None
    for line_end in _line_ends_after_colon(text):
        if not _QUESTION_LEAD.search(text, max(0, line_end - 90), line_end):
            continue
        starts = [s.start for s in sentences] if starts is None else starts
        i = bisect.bisect_left(starts, line_end)
        while i < len(sentences):
            sent = sentences[i]
            if not ((sent.marker and sent.line_start) or (i - 1 in out and sentences[i - 1].para == sent.para)):
                break
            out.add(i)
            i += 1
    return out


def _line_ends_after_colon(text: str) -> list[int]:
    """Where each line that ends with ':' (or a dash) ends, found with plain string searches."""
    ends = []
    for mark in (":", "-", "–"):
        at = text.find(mark + "\n")
        while at >= 0:
            ends.append(at + 1)
            at = text.find(mark + "\n", at + 2)
    if text.endswith((":", "-", "–")):
        ends.append(len(text))
    return sorted(ends)
