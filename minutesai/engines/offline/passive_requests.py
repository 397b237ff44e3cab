"""A Members' request recorded in the passive: "The Community Safety Plan was also requested", "A copy of the
presentation was requested", "Further information on knife crime figures was requested for the next meeting".

The thing asked for opens the sentence and no one is named to provide it: the action is to provide it (owner
unknown). An earlier request recalled ('had been requested', 'requested at the last meeting') or one someone
'was requested to' do (the person is the subject) is not this form.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import ActionCandidate, due
from minutesai.engines.offline.sentences import Sentence, trim_span

_DELIVERABLE = (
    r"(?i:plan|strategy|report|copy|copies|information|data|figures|statistics|update|breakdown|details|briefing|map|list"
    r"|presentation|slides|paper|analysis|summary|note|response|assessment|review|survey|results|numbers|timeline)"
)
_PASSIVE_REQUEST = re.compile(
    r"^(?P<what>(?:(?:Sight\s+of|Details|Copies|Figures|Data|Information|Statistics|Updates?)\b"
    rf"|(?:A|An|The|Further|More|Additional|Some)\b(?:\s+[\w’'&/,()-]+){{0,12}}?\s+{_DELIVERABLE}\b)"
    r"(?:\s+(?!(?:was|were)\b)[\w’'&/,()-]+){0,12}?)"
    r"\s+(?:was|were)\s+(?:also\s+|further\s+|therefore\s+)?requested"
    r"(?P<tail>\s+(?:for|from|at|ahead\s+of|before|prior\s+to)\s+(?!the\s+(?:last|previous|earlier)\b)[^.;]{2,100})?\s*[.;]?$"
)


def passive_request(text: str, sent: Sentence) -> ActionCandidate | None:
    """'The Community Safety Plan was also requested': provide what was asked for; no owner."""
    t = sent.text
    if "requested" not in t or " to " in t[t.find("requested"):t.find("requested") + 14]:
        return None  # "The Inspector was requested to attend": someone asked to do something
    m = _PASSIVE_REQUEST.match(t)
    if m is None:
        return None
    s, e = trim_span(text, sent.start, sent.end)
    what = " ".join(m.group("what").split())
    what = what[:1].lower() + what[1:]  # every opener the pattern allows is a common word ("The", "Further", "Copies")
    tail = " ".join(m.group("tail").split()) if m.group("tail") else ""
    action = f"provide {what}{' ' + tail if tail.startswith(('for the', 'by', 'before', 'ahead', 'prior', 'at the next')) else ''}"
    return ActionCandidate(None, action, due(text, s, e), s, e, 1, True)
