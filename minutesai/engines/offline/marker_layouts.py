"""Action-marker lines laid out with the owner in brackets, or with more than one owner's work on the line.

- "Action (JB): contact the school", "ACTION (Clerk) – write to Highways", "Actions (PF/ID): leaflet drop": the
  owner in brackets between the marker and the work (action logs of parish councils, PCC accountability boards and
  community safety partnerships that print the owner's initials beside the word "Action").
- "Action – NA to pick up with D/Supt Rymarz. NM to pick up with Vicky Martin the work on ...": on a marker line each
  further sentence "OWNER to VERB ..." is an action of its own, with its own owner.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.sentences import Sentence

_STATUS = r"(?:Ongoing|On-going|Complete|Completed|Closed|Open|Done|New|Carried|Outstanding|Pending|Urgent|High|Medium|Low|Priority|Update)\b"
"""Status words in an action log's brackets ('Action (Ongoing): ...'): not an owner."""
BRACKETED_MARKER = re.compile(
    rf"^(?:ACTIONS?|Actions?)\s*(?P<who>\(\s*(?!{_STATUS})(?P<owner>[A-Z][^()]{{0,40}}?)\s*\)\s*(?:[:\-–—]\s*)?(?P<work>[A-Za-z].+?))\s*\.?$")
"""'Action (JB): contact the school': the ``who`` group (what action_markers reads) holds the bracket and the work."""
BRACKETED_WHO = re.compile(rf"\(\s*(?!{_STATUS})(?P<owner>[A-Z][^()]{{0,40}}?)\s*\)\s*(?:[:\-–—]\s*)?(?P<work>[A-Za-z].+)")
"""The ``who`` of a bracketed marker: owner and work (also what makes the marker self-contained)."""
_CONTINUED = re.compile(
    r"^(?P<who>(?!(?:Members|Councillors|It|This|That|There|These|They|He|She|We)\b)(?:The\s+)?(?:[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'/-]+){0,3})\s+to\s+(?!be\s)[a-z][a-z-]+\b.*?)\s*\.?$")
"""'NM to pick up with Vicky Martin ...': a short owner (initials or up to four capitalised words), 'to' and a verb."""


def bracketed_marker(sent: Sentence) -> re.Match[str] | None:
    return BRACKETED_MARKER.match(sent.text) if "(" in sent.text[:12] else None


def continued_marker(sent: Sentence, before: Sentence) -> re.Match[str] | None:
    """A sentence after a marker sentence ``before`` on the same line that gives an owner their own work."""
    if sent.line_start or sent.para != before.para or " to " not in sent.text:
        return None
    return _CONTINUED.match(sent.text)
