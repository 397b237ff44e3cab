"""Actions written in note form: "X to do Y" as a list item, an action-log line or a clause after a
semicolon or colon ("The update was noted; officers to report back to the next meeting")."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import LISTED_AIM, VERBS
from minutesai.engines.offline.action_parts import TO_LIST as _TO_LIST
from minutesai.engines.offline.action_parts import ActionCandidate as _Action
from minutesai.engines.offline.action_parts import clause_end as _clause_end
from minutesai.engines.offline.action_parts import due as _due
from minutesai.engines.offline.action_parts import verb_phrase as _verb_phrase
from minutesai.engines.offline.action_roles import agenda_business
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import normalise_owner

_NOT_A_LIST_OWNER = re.compile(r"^(?:In|With|Due|Prior|Members|Councillors|(?:Used|Going|Able|Unable|Likely|Unlikely|Expected|Hoping|Trying|Wants?|Needs?)(?=\s+to\s|$))\b")  # "Used to work in ...": an idiom, no owner
# "The update was noted; officers to report back to the next meeting": an infinitive action after a clause break
_CLAUSE_INFINITIVE = re.compile(
    rf"[;:]\s+(?P<who>(?:[Tt]he\s+)?(?:officers|police|[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|&)){{0,5}}))\s+to\s+(?P<verb>{VERBS})\b",
)
_DONE = re.compile(r"(?:[–—-]|\(|:)\s*(?:now\s+)?(?:complete[d]?|closed|done|discharged|achieved|no\s+longer\s+required)\b", re.IGNORECASE)
"""An action-log entry marked as finished: no longer an open action."""


def clause_infinitive(text: str, sent: Sentence) -> _Action | None:
    """'The update was noted; officers to report back ...': an infinitive action after a clause break."""
    m = _CLAUSE_INFINITIVE.search(text, sent.start, sent.end) if (";" in sent.text or ":" in sent.text) else None
    if m is None or _NOT_A_LIST_OWNER.match(m.group("who")):
        return None
    s, e = trim_span(text, m.start("who"), _clause_end(text, m.end(), sent.end))
    who = normalise_owner(m.group("who"))
    return _Action(who[:1].upper() + who[1:] if who else None, _verb_phrase(text, m.start("verb"), e), _due(text, s, e), s, e, 1)


def list_item_action(text: str, sent: Sentence) -> _Action | None:
    """'Police to provide value for money data ...' as a list item or line."""
    t = sent.text
    if " to" not in t and "\u00a0to" not in t:
        return None
    cells = _EMPTY_CELLS.match(t) if t[:1] == "|" else None
    at = cells.end() if cells else 0  # "| |CW to write to ...": a table row flattened to text, its empty cells first
    ref = _LOG_REF.match(t, at) if t[at:at + 1].isdigit() or t[at + 1:at + 2].isdigit() or "/" in t[at:at + 12] else None
    at = ref.end() if ref else at  # "04/23-3 AH to raise ...": an action-log reference before the owner
    body = t[at:] if at else t
    m = _TO_LIST.match(body)
    if not m or _NOT_A_LIST_OWNER.match(body) or _DONE.search(body, m.end()) or sent.marker and LISTED_AIM.match(body):
        return None
    s, e = trim_span(text, sent.start + (cells.end() if cells else 0), sent.end, strip_period=False)
    if agenda_business(text, sent.start + at + m.start("verb"), e):
        return None  # "Chief Superintendent Reid to give members the annual presentation": the agenda item
    action = _STATUS_TAIL.sub("", _verb_phrase(text, sent.start + at + m.start("verb"), e))
    return _Action(normalise_owner(m.group("who")), action, _due(text, s, e), s, e, 2)


_EMPTY_CELLS = re.compile(r"(?:\|\s*)+")
_STATUS_TAIL = re.compile(r"\s+[–—-]\s+(?:open|ongoing|in\s+progress|outstanding|pending|carried\s+forward|new)\b.*$", re.IGNORECASE)


_LOG_REF = re.compile(r"(?:[A-Z]{1,4}[/-]?)?\d{1,4}(?:[/.-]\d{1,4}){1,3}[\s:.)]+|[A-Z]{1,3}\d{1,3}[\s:.)]+")
