"""An owner left as a bare pronoun ('Inspector Wheatley asked him to provide details') names the person the minutes
spoke of just before: the last titled name ahead of the sentence, when the sentence itself names only the asker."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import ActionCandidate
from minutesai.engines.offline.speakers import PERSON_TITLE, normalise_owner

_PRONOUNS = frozenset(("him", "her", "them", "he", "she", "they", "his", "hers"))
_TITLED = re.compile(rf"\b{PERSON_TITLE}\s+(?:[A-Z]\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_LOOK_BACK = 600
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)|\n\s*\n")


def _sentence_start(text: str, pos: int) -> int:
    start = max(0, pos - _LOOK_BACK)
    last = start
    for m in _SENTENCE_END.finditer(text, start, pos + 1):  # (+1: the lookahead may read the sentence's first character)
        if m.end() <= pos:
            last = m.end()
    return last


def resolve_pronoun_owners(text: str, found: list[ActionCandidate]) -> None:
    """Give each action owned by a bare pronoun the last titled name before its sentence, or no owner."""
    for a in found:
        if a.owner is None or a.owner.lower() not in _PRONOUNS:
            continue
        start = _sentence_start(text, a.start)
        names = [m.group() for m in _TITLED.finditer(text, max(0, start - _LOOK_BACK), start)]
        a.owner = normalise_owner(names[-1]) if names else None
