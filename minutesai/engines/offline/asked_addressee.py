"""Who a request names as the one to act: 'asking the Police to provide ...' is work for the Police.

"The Panel asks the Commissioner to bring a report ...", "... as well as asking the Police to provide contact
details": the body making the request is not its owner; the one asked is. The addressee is a capitalised name or
role right before "to" and an action verb at the start of the request's quote.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import VERBS, ActionCandidate
from minutesai.engines.offline.speakers import normalise_owner

_ASKED_ADDRESSEE = re.compile(
    r"\b(?:asks?|asked|asking|requests?|requested|requesting|invites?|invited|inviting|urges?|urged|urging)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|&)){0,5})\s+to\s+(?:(?:also|further|urgently)\s+)?"
    rf"(?P<verb>{VERBS})\b"
)
_ASKED_FROM = re.compile(
    r"\b(?:asked\s+for|requested|requesting|request|sought|seeking)\s+(?:an?|the|some|further|more)\s+(?:[\w’'/-]+\s+){0,5}?(?:by|from)\s+(?:the\s+)?"
    r"(?P<who>(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Easter|Christmas)\b)[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|&)){0,5})"
)
"""'Members requested an initial presentation by Police', 'to request a written update from the Commissioner': the one
giving it owns it (never 'the request from Councillor X for ...', where 'from' names who asked)."""
_MADE_TO = re.compile(
    r"\b(?:(?:request|representations?|recommendation)\s+(?:be|is|was|were|would\s+be|to\s+be|should\s+be)\s+made|"
    r"(?:be|is|was|were|would\s+be|to\s+be|should\s+be)\s+referred)\s+to\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|&)){0,5}(?:\s*\([^()]{1,60}\))?(?:,\s+(?:the\s+)?[A-Z][^,;.]{2,80}?(?=\s+to\s|,|$))?)"
    r"(?:\s+to\s+(?=[a-z])|,\s+(?:to|for)\s+|\s+for\s+(?:(?:a|an|his|her|their|its)\s+)?(?:[\w-]+\s+)?"
    r"(?:report|response|reply|view|views|comment|comments|consideration|action|investigation|decision|advice)\b)"
)
"""'Agreed that a formal request be made to Nick Phillips, Assistant Director, to consider the proposal', 'the matter be
referred to the Interim Executive Director for a report': the one the request or matter goes to is to act, when what they
are to do follows. 'The Committee's concerns be referred to the Commissioner' alone is the referring body's work."""
_MEETING_BODY = re.compile(r"(?:The\s+)?(?:Committee|Sub-Committee|Panel|Board|Members?|Forum|Group)$")
"""An owner that is the body asking: the addressee named in its request replaces it."""
_LOOK_AHEAD = 60
"""The request verb opens the quote (at most this many characters in), follows 'and' ('notes ... and asks the
Commissioner to ...'), or the action is the verb asked for."""


def give_requests_to_addressee(text: str, found: list[ActionCandidate]) -> None:
    """An action worded as a request to someone named, or for something by or from someone named, belongs to them."""
    for a in found:
        if a.owner is not None and not _MEETING_BODY.match(a.owner):
            continue
        if a.owner is None and a.request and (" by " in text[a.start:a.end] or " from " in text[a.start:a.end]):
            by = _ASKED_FROM.search(text, a.start, a.end)
            a.owner = normalise_owner(by.group("who")) if by else None
            if a.owner is not None:
                continue
        if " to " not in text[a.start:a.end]:
            continue
        made = _MADE_TO.search(text, a.start, a.end) if a.owner is None and ("made" in a.action or "referred" in a.action) else None
        if made is not None and normalise_owner(made.group("who")):
            a.owner = normalise_owner(made.group("who"))
            continue
        m = _ASKED_ADDRESSEE.search(text, a.start, a.end)
        if m is None or (m.start() - a.start > _LOOK_AHEAD and not a.action.startswith(m.group("verb"))
                         and not text[max(a.start, m.start() - 6):m.start()].endswith(" and ")):
            continue
        who = normalise_owner(m.group("who"))
        if who is not None and not _MEETING_BODY.match(who):
            a.owner = who
