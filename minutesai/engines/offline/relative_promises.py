"""A promise passed on in a relative clause: "the Commissioner would feed back the concerns to the Divisional
Commander, who would be asked to provide a response".

After a commitment that hands something to someone named, ", who would be asked to <work>" (or ", who would
<work>") is a second piece of work, and it is the named person's: the clause's antecedent owns it.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import VERBS, ActionCandidate, due, verb_phrase
from minutesai.engines.offline.sentences import trim_span
from minutesai.engines.offline.speakers import normalise_owner

_RELATIVE = re.compile(
    r"(?:the\s+)?(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){0,5}),?\s+(?P<q>who\s+(?:would|will)\s+"
    r"(?:(?:also|then)\s+)?(?:be\s+(?:asked|requested|invited)\s+to\s+)?(?P<verb>(?:" + VERBS + r"))\b)"
)
_TO_SOMEONE = re.compile(r"\b(?:to|with|from|by)\s+(?:the\s+)?$")


def relative_promise(text: str, last: ActionCandidate, hi: int) -> ActionCandidate | None:
    """The work in ', who would be asked to provide a response' inside or right after the prose commitment ``last``
    (which then ends before the comma)."""
    if "who" not in text[last.start:hi]:
        return None
    m = _RELATIVE.search(text, last.start, hi)
    if m is None or m.start() <= last.start or not _TO_SOMEONE.search(text, max(last.start, m.start() - 12), m.start()):
        return None
    comma = m.end("who")  # (the comma, or the space, before 'who')
    if last.end > comma:
        tail = " ".join(text[comma:last.end].split())
        last.action = last.action[: -len(tail)] if last.action.endswith(tail) else last.action
        last.end = trim_span(text, last.start, comma)[1]
    s, e = trim_span(text, m.start("q"), hi)
    return ActionCandidate(normalise_owner(m.group("who")), verb_phrase(text, m.start("verb"), e), due(text, s, e), s, e, 1)
