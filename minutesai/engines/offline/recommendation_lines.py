"""Work in a numbered list of recommendations written in the subjunctive, without a RESOLVED heading over it.

Scrutiny and working-group reports list what they recommend one line each:

    2. That information around ASB and how to report it is clearly communicated to Members and the public.
    4. That the Community Safety Partnership (CSP) review the Community Trigger process.
    3.  That the Head of Community Services investigate options for a Business Crime Reduction Partnership ...
    2. Further information be provided as detailed above

Each line gives someone work: whoever the line names before a work verb in its base form ("the Community Safety
Partnership (CSP) review ..."), or nobody named when the work is passive ("is clearly communicated", "be provided").
Lines that only note, receive or approve something are decisions, not work, and are left to the decision rules.
"That Members ... are consulted on ..." names who is consulted, never who consults, and is not taken.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.action_gates import PASSIVE_VERBS
from minutesai.engines.offline.action_parts import ActionCandidate
from minutesai.engines.offline.action_parts import due as _due
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import normalise_owner

_WHO = r"(?:the\s+)?[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&|\([A-Z][\w\s&-]{0,40}\))){0,8}"
_THAT_SOMEONE = re.compile(rf"That\s+(?P<who>{_WHO})\s+(?:(?:also|urgently|jointly|further)\s+)?(?P<verb>{P.ACTION_VERBS})\b(?!\s+(?:be|is|are)\b)")
"""'That the Community Safety Partnership (CSP) review the Community Trigger process': a named doer, a base-form verb."""
_PASSIVE_WORK = re.compile(
    rf"(?:That\s+)?(?P<what>(?:[\w’'&/()-]+\s+){{1,16}}?)(?:is|are|be)\s+(?:(?:clearly|regularly|formally|also|further|urgently)\s+)?"
    rf"(?P<verb>{PASSIVE_VERBS}|communicated)\b"
)
"""'That information around ASB ... is clearly communicated to Members', '2. Further information be provided ...'."""
_NOT_WORK = re.compile(r"(?:That\s+)?(?:this|the)\s+(?:report|update|presentation|minutes?|item)\b", re.IGNORECASE)
"""'That the report be considered ...', 'The update be presented ...': the meeting's own business."""
_INDICATIVE = re.compile(r"\b(?:was|were|had|has|have|will|would|could|should|did)\b")


def recommendation_line(text: str, sent: Sentence) -> ActionCandidate | None:
    """The work one numbered 'That ...' recommendation line (or a numbered bare subjunctive line) gives, if any."""
    t = sent.text
    if not sent.line_start or t.rstrip().endswith(("?", ":")):
        return None
    that = t.startswith("That ")
    if not that and not (sent.marker and sent.marker[:1].isdigit() and " be " in t):
        return None
    m = _THAT_SOMEONE.match(t) if that else None
    if m is not None:
        who = normalise_owner(m.group("who"))
        if who is None or _NOT_WORK.match(t):
            return None
        s, e = trim_span(text, sent.start, sent.end)
        action = " ".join(text[sent.start + m.start("verb"):e].split()).rstrip(" .;,")
        return ActionCandidate(who, action, _due(text, s, e), s, e, 2)
    m = _PASSIVE_WORK.match(t)
    if m is None or _NOT_WORK.match(t) or _INDICATIVE.search(m.group("what")):
        return None
    s, e = trim_span(text, sent.start, sent.end)
    body = " ".join(text[s:e].split()).rstrip(" .;,")
    return ActionCandidate(None, body[5:] if body.startswith("That ") else body, _due(text, s, e), s, e, 2)
