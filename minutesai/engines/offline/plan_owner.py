"""Whose plan a passive promise belongs to: "an update on the Wycombe Community Safety Partnership priorities and actions
for 2018/19 ... A multi-agency communications campaign would be delivered ...".

When the item reports a body's plan (its priorities, action plan, strategy or work programme) and nobody is heard
speaking, the work promised in the passive is that body's: the plan says what the body will do. Only a body that
does work (a partnership, board, team, service, unit, hub or police force) is taken, never the meeting itself.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.passive_owner_force import possessor
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner

_ASKED_BEFORE = re.compile(r"\b(?:asked|requested|queried|enquired|sought)\b")
_BY_AGENT = re.compile(
    r"\s+by\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Summer|Spring|Autumn|Winter|Next|End)\b)"
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and))*)"
)
"""'would be sent by the Commissioner'; 'would be implemented by June' is when, not who."""
_ENGAGED_TO = re.compile(r"\bengaged\s+to$", re.IGNORECASE)
_LAST_SUBJECT = re.compile(r"(?:^|\b(?:and|but|while|whilst)\s|,\s*)(?P<who>(?:[\w’'-]+\s){0,4}[\w’'-]+)$", re.IGNORECASE)
"""The subject next to the modal: '... funding and partners' -> 'partners'."""


def passive_doer(text: str, lo: int, clause_start: int, modal: int, form_end: int, qe: int, owner: str | None,
                 speakers: SpeakerTracker) -> str | None:
    """Who does the work of a passive promise ('would be circulated') whose clause starts at ``clause_start``."""
    if _ENGAGED_TO.search(text, max(clause_start, form_end - 16), form_end):
        subject = _LAST_SUBJECT.search(" ".join(text[clause_start:modal].split()).strip(" ,;"))
        if subject:
            return normalise_owner(subject.group("who"))  # "partners would be engaged to respond": the engaged do the work
    agent = _BY_AGENT.match(text, form_end, qe)  # "a written reply would be sent by the Commissioner"
    if agent:
        return normalise_owner(agent.group("who"))
    if owner is not None:
        return owner
    if _ASKED_BEFORE.search(text, lo, modal):
        return None  # "A Member asked for details ... and it was noted that this would be circulated": not the asker's work
    return possessor(text, clause_start, modal) or speakers.heard_here() or plan_owner(text, clause_start)

_PLAN_OF = re.compile(
    r"\b(?:update|report|presentation|briefing|overview)\s+(?:on|of|about|regarding)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|&|of)){0,6}?\s+(?:Partnership|Board|Team|Service|Unit|Hub|Police|Constabulary))"
    r"(?:[’']s)?\s+(?:(?:draft|new|annual|current|key|\d{4}(?:/\d{2,4})?)\s+)*"
    r"(?:priorities|plan|action\s+plan|strategy|strategic\s+assessment|work\s+programme|actions|objectives)\b"
)
_BODY_WORDS = ("Partnership", "Board", "Team", "Service", "Unit", "Hub", "Police", "Constabulary")
_LOOK_BACK = 1500
"""How far back (characters) the plan's lead-in may be: the same item, not the whole document."""


def plan_owner(text: str, pos: int) -> str | None:
    """The body whose plan the item around ``pos`` reports, from the closest lead-in before it."""
    lo = max(0, pos - _LOOK_BACK)
    window = text[lo:pos]
    if not any(word in window for word in _BODY_WORDS):
        return None
    who = None
    for m in _PLAN_OF.finditer(text, lo, pos):
        who = m.group("who")
    return who
