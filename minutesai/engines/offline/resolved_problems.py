"""A problem reported as dealt with is good news: "the team had swiftly extinguished what had appeared to be a
drug-dealing problem", "the parking problems near the school had now been resolved".

The stance lexicon reads "problem" as bad news; when the same sentence says, in the past, that it was ended
(resolved, solved, eradicated, stamped out, dealt with), the speaker is reporting a success. Only plain past
forms count: "to resolve the problem" and "would be resolved" are hopes (the lexicon's irrealis windows), and
"had not resolved" keeps the bad news.
"""

from __future__ import annotations

import re

_ENDED = (r"resolved|solved|extinguished|eradicated|eliminated|stamped\s+out|dealt\s+with|cleared\s+up|sorted\s+out"
          r"|put\s+a\s+stop\s+to|put\s+an\s+end\s+to")
_ENDED_BEFORE = re.compile(
    rf"\b(?:had|has|have|was|were|been|successfully|swiftly|quickly|now)\s+(?:\w+\s+)?(?:{_ENDED})\b[^.;:!?\n]*$", re.IGNORECASE)
"""'had swiftly extinguished what had appeared to be a ...' (the verb before the problem, after an auxiliary)."""
_ENDED_AFTER = re.compile(
    rf"^[^.;:!?\n]{{0,40}}?\b(?:had|has|have)\s+(?:now\s+|since\s+|successfully\s+)?been\s+(?:\w+\s+)?(?:{_ENDED})\b", re.IGNORECASE)
"""'the problems near the school had now been resolved' (the verb after the problem)."""
_NOT = re.compile(r"\b(?:not|never|n[’']t|yet\s+to)\b", re.IGNORECASE)
REACH = 70
"""Characters before a problem word searched for the verb that ended it."""


_QUICK_TO_DEAL = re.compile(
    r"^[^.;:!?\n]{0,60}?\b(?:was|were|had\s+been|have\s+been|are|is)\s+(?:very\s+|extremely\s+|always\s+)?(?:quick|swift|prompt|fast)\s+to\s+"
    r"(?:deal\s+with|tackle|address|respond\s+to|resolve|act\s+on|sort\s+out)\b", re.IGNORECASE)
"""'some problems such as shed break-ins and they were quick to deal with them': the police dealing with it at once."""


def ended_problem(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when the problem word at ``text[start:end]`` is said to have been ended within ``text[lo:hi]``."""
    before = _ENDED_BEFORE.search(text, max(lo, start - REACH), start)
    if before is not None:
        return _NOT.search(text, before.start(), start) is None
    tail = text[end:min(hi, end + 100)]
    after = _ENDED_AFTER.match(tail) or _QUICK_TO_DEAL.match(tail)
    return after is not None and _NOT.search(after.group()) is None


_NOT_HAD = re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:experience[ds]?|experiencing|have|had|suffer(?:ed|s)?|see|seen|face[ds]?)\s+"
    r"(?:the\s+same|any|such|those|these|similar|major|significant|many)\s+(?:[\w’'-]+\s+)?$", re.IGNORECASE)
"""'Faversham did not experience the same problems as other parts of Swale': a problem a place does not have."""


def problem_denied(text: str, start: int, lo: int) -> bool:
    """True when the problem word at ``start`` is one a place or service is said not to have."""
    return _NOT_HAD.search(text, max(lo, start - 50), start) is not None


_WORKED_ON = re.compile(r"(?:\b(?:addressing|tackling|combat(?:t)?ing|solving)"
                        r"|\bto\s+(?:help\s+)?(?:address|tackle|combat|solve|resolve|deal\s+with|sort\s+out))\s+"
                        r"(?:the\s+|this\s+|that\s+|these\s+|its\s+|their\s+|any\s+|such\s+|a\s+)?(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
"""The work aimed at a problem: a gerund ('in addressing the ... problem') or an infinitive of purpose ('informal
means were used to resolve problems', 'a plan to tackle the parking problem'): either way the problem is what the
work is for, and says nothing of how well it went."""


def problem_worked_on(text: str, start: int, lo: int) -> bool:
    """'the successes achieved in addressing the city's domestic burglary problem': the problem word names what
    the work is aimed at, it is no verdict of its own (praise or blame comes from the words around it)."""
    return _WORKED_ON.search(text, max(lo, start - 60), start) is not None
