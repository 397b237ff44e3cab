"""A count whose change is said in the next sentence: "There had been 18 burglaries. This was higher than
usual, ..." or "... Although this was a rise on the spring, ...". The count's own sentence names no change."""

from __future__ import annotations

import re
from typing import Literal

_NEXT_SAYS_CHANGE = re.compile(
    r"\s*(?:(?:while|whilst|although|though|but|however),?\s+)?(?:this|that|it|the\s+figure|the\s+number)\s+(?:was|is|represented|represents)\s+"
    r"(?:(?:a|an|slightly|much|significantly|considerably|far)\s+)?"
    r"(?:(?P<increase>higher|more|up|an?\s+increase|increase|rise)|(?P<decrease>lower|fewer|less|down|decrease|reduction|fall))"
    r"\s+(?:than|on|from|compared)\s+(?:the\s+)?(?:normal|usual|typical|last|previous|same|before)\b",
    re.IGNORECASE,
)


def change_said_next(text: str, sentence_end: int) -> Literal["increase", "decrease"] | None:
    """'increase' / 'decrease' when the sentence after ``sentence_end`` says the figure before it was higher / lower
    than usual or than before, else None."""
    m = _NEXT_SAYS_CHANGE.match(text, sentence_end + 1 if text[sentence_end:sentence_end + 1] in ".;" else sentence_end)
    if m is None:
        return None
    return "increase" if m.group("increase") else "decrease"
