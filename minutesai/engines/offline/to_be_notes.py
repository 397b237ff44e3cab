"""Note-form actions: a line that names a thing and what is to be done with it, and nobody.

"Posters for the surgeries to be displayed in the library.", "Letter to be sent to the Highways team." Minutes
kept in note form drop both the verb and the person; the line is still work arranged at the meeting. The
thing must be a plain noun phrase (no verb of its own, so "The Head of Finance submitted a report which enabled
consideration to be given to ..." is narrative) and the line must not be an agenda entry ("To receive ...").
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_gates import NOTE_VERBS, PASSIVE_VERBS
from minutesai.engines.offline.action_parts import ActionCandidate, clause_end, due
from minutesai.engines.offline.sentences import Sentence, trim_span

_TO_BE_DONE = re.compile(
    rf"^(?P<thing>[A-Z][\w’'&/(),.-]*(?:\s+[\w’'&/(),.-]+){{0,11}}?)\s+(?P<copula>(?:is|are|was|were)\s+)?to\s+be\s+(?:(?:re|also|then)\s*)?"
    rf"(?:{PASSIVE_VERBS}|{NOTE_VERBS}|set\s+up)\b"
)
_NOT_A_THING = re.compile(
    r"^(?:To|It|This|That|There|These|Those|Items?|Matters?|Issues?|Dates?|Times?|Venue|Meetings?|Next)\b"  # agenda and diary
    r"|\b(?:is|are|was|were|has|have|had|will|would|shall|should|could|may|might|can|must|need|needs|be|been)\b"  # a verb of its own
    r"|\w{2,}[^e\W]ed\b"  # "submitted a report which enabled ...": narrative, not a note
    r"|\b(?:meeting|date|venue)\b",
    re.IGNORECASE,
)


def is_note_form(line: str) -> re.Match[str] | None:
    """The match when ``line`` opens with a note-form action ('Letter to be sent to ...'), else None."""
    m = _TO_BE_DONE.match(line)
    return None if m is None or _NOT_A_THING.search(m.group("thing")) else m


def note_form_action(text: str, sent: Sentence) -> ActionCandidate | None:
    """'Copies of the leaflet to be distributed to all households.' as a line of its own, or 'The laurels were to be
removed.' anywhere (no owner)."""
    if "to be" not in sent.text:
        return None
    m = is_note_form(sent.text)
    if m is None or not (sent.line_start or sent.marker or m.group("copula")):
        return None  # mid-paragraph only in full prose: "Speed cameras are to be set up in 30mph areas."
    s, e = trim_span(text, sent.start, clause_end(text, sent.start + m.end(), sent.end))
    return ActionCandidate(None, " ".join(text[s:e].split()), due(text, s, e), s, e, 1)
