"""Text that names people rather than says anything: attendance rolls and lists of job titles.

"In Attendance: Jane Smith, Improvement Team Leader, Chief Executive's Office, ..." holds words a stance
lexicon reads as judgements ("Improvement", "Protection", "Safety"), but it only says who was there."""

from __future__ import annotations

import re

from minutesai.engines.offline.guards import compile_guarded

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LINKING = frozenset(("and", "of", "the", "for", "&", "to", "in", "on", "at", "de", "van", "von", "le", "la"))
_VERBISH = compile_guarded(
    r"\b(?:is|are|was|were|had|has|have|been|be|will|would|could|should|said|noted|reported|advised|asked|agreed)\b"
)
_ROLL_MIN_WORDS = 8
_ROLL_CAPS_SHARE = 0.8


def is_name_roll(sentence: str) -> bool:
    """Whether ``sentence`` is a list of names and titles: at least eight words, four in five of the words
    that are not linking words capitalised, and no lower-case verb."""
    if _VERBISH.search(sentence):
        return False
    words = [w for w in _WORD.findall(sentence) if w.lower() not in _LINKING]
    if len(words) < _ROLL_MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= _ROLL_CAPS_SHARE * len(words) and sentence.count(",") >= 2
