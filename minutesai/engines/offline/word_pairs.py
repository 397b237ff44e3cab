"""A pair of numbers in words with nothing between them ("from fourteen to seven") is a figure only after a change.

"There had been a reduction in Community Beat Managers from fourteen to seven", "PCSO numbers had reduced from
nine to six", "an increase in constables from eight to eighteen": the change word before the pair says it is a
count moving. Without one ("ages from five to eleven", "a scale from one to ten") the words are no figure.
"""

from __future__ import annotations

import re

_CHANGE_BEFORE = re.compile(
    r"\b(?:reduc(?:ed|tions?|ing)|decreas(?:ed|es?|ing)|increas(?:ed|es?|ing)|r(?:ose|isen|ises?)|f(?:ell|allen|alls?)"
    r"|dropped|drops?|declined?|cuts?|grown|grew|growth|gone\s+(?:up|down)|went\s+(?:up|down))\b"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?:[\w’'/-]+\s+){1,5}?)?\s*$",
    re.IGNORECASE,
)
_REACH = 80
"""Characters before 'from' searched for the change word and what changed."""


def change_before(text: str, lo: int, at: int) -> bool:
    """True when a change word ends the text just before ``at`` (a 'from'), directly or with what changed after it
    ('a reduction in Community Beat Managers from'); ``lo`` is the sentence start."""
    return _CHANGE_BEFORE.search(text, max(lo, at - _REACH), at) is not None
