"""Bulleted lists of the questions members put: "... and responded to questions in relation to:" followed by
"· If the people recorded ... were also involved in drugs." Each item is a question, not a claim, though it
rarely ends with a question mark ("· Whether there was evidence of an increase in ASB")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutesai.engines.offline.sentences import Sentence

_QUESTION_LEAD = re.compile(
    r"\b(?:(?:questions?|queries|enquiries)\s+(?:from\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?|(?:asked|queried|enquired)\s+)"
    r"(?:in\s+relation\s+to|relating\s+to|related\s+to|on|about|regarding|concerning|around|whether)\s*[:–-]\s*$",
    re.IGNORECASE,
)


def question_items(sentences: Sequence[Sentence]) -> set[int]:
    """Indices of the sentences that are bullet items under a lead-in announcing questions."""
    out: set[int] = set()
    in_list = False
    for i, sent in enumerate(sentences):
        same_item = i - 1 in out and sentences[i - 1].para == sent.para
        if in_list and ((sent.marker and sent.line_start) or same_item):
            out.add(i)
            continue
        lead = sent.text.rstrip()
        in_list = lead.endswith((":", "-", "–")) and bool(_QUESTION_LEAD.search(lead))
    return out
