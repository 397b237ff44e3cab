"""'will' / 'would' / 'X to ...' sentences that describe roles, ways of working or the agenda item, not work promised.

* How staff will be deployed: "the new PCSOs will now work alongside the beat
  managers", "the hub team will look at ways to reduce repeat calls".
* A hoped-for post in a relative clause: "funding for two wardens who would
  work alongside the PCSOs".
* The agenda item itself: "Superintendent Reid to give members the annual
  presentation", "Inspector Khan will attend to introduce the report and answer
  questions", "The Chair to respond to any questions from the public".
* A recurring arrangement in a relative clause: "measures which would be
  reported to the Panel on a quarterly basis".

None of these gives anyone a task to report back on.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.commitments import is_person
from minutesai.engines.offline.guards import compile_guarded

_WORK_ALONGSIDE = re.compile(r"(?:now\s+)?work\s+(?:alongside|side\s+by\s+side\s+with|as\s+part\s+of)\b", re.IGNORECASE)
_NOW_WORK = re.compile(r"(?:work|operate|be\s+based|sit|patrol)\b", re.IGNORECASE)
_NOW = re.compile(r"\bnow\s+$", re.IGNORECASE)
_LOOK_AT_WAYS = re.compile(r"(?:look\s+at|explore|consider|find)\s+(?:new\s+|different\s+|innovative\s+|other\s+)?ways\s+(?:to|of)\b", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(
    r"\b(?:teams?|PCSOs?|PCSO[’']s|officers|partners|agencies|services|staff|units?|hubs?|partnerships?|wardens|volunteers|the\s+police|police)\s*$",
    re.IGNORECASE,
)
"""A group, not a named person: 'Neighbourhood Policing Teams will look at ways to ...' describes how they work."""
_RELATIVE_WHO = re.compile(r"\bwho\s*$", re.IGNORECASE)
_NAMED_BEFORE_WHO = re.compile(
    r"(?:\b(?:PC|PCSO|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|Cllr|Councillor|Mr|Mrs|Ms|Dr|Clerk|Chair(?:man)?)\.?"
    r"(?:\s+[A-Z][\w’'-]+)*\s*,?|\b[A-Z][a-z]+\s+[A-Z][a-z]+\s*,)\s*who\s*$"
)
"""'Inspector Lowe, who would circulate the figures', 'Jane Holt, who would ...': a named person's promise after all.
An untitled pair of capitalised words needs the comma: 'its Focus Desk who would be reviewing ...' names a unit."""
_ATTEND_TO_INTRODUCE = re.compile(
    r"(?:be\s+)?(?:attend|attending|present|in\s+attendance)\s+(?:the\s+meeting\s+|this\s+meeting\s+)?(?:to|and)\s+(?:introduce|present|speak\s+to|talk\s+to"
    r"|answer|respond|take\s+(?:members'?\s+)?questions|give|deliver|provide\s+(?:a|an|the)\s+(?:verbal\s+)?(?:update|overview))\b",
    re.IGNORECASE,
)
"""'will attend to introduce the paper and respond to questions': how this item will be taken, not a task."""
_GIVE_TO_MEMBERS = re.compile(
    r"(?:give|deliver|make|provide)\s+(?:members|councillors|the\s+(?:Committee|Panel|Board|Council|meeting|Forum))\s+"
    r"(?:with\s+)?(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:presentation|overview|briefing|update)\b"
    r"|(?:give|deliver|present|make)\s+(?:the|an|his|her|their)\s+(?:annual|yearly|six[\s-]monthly|quarterly)\s+(?:[\w-]+\s+)?(?:presentation|report|update|address)\b"
    r"|(?:give|provide|deliver)\s+(?:a|an)\s+(?:brief\s+|short\s+)?verbal\s+(?:update|report|briefing)\s*\.?\s*$",  # the item's own speaker
    re.IGNORECASE,
)
"""'to give members the annual presentation from the Constabulary', 'to give the annual presentation': the item's own
business (an item that recurs each year, half-year or quarter is this meeting's)."""
_ANY_QUESTIONS = re.compile(r"(?:respond|reply)\s+to\s+any\s+questions\b|answer\s+any\s+questions\b", re.IGNORECASE)
"""'The Chairman to respond to any questions relevant to the business of the Panel': an agenda item's standing description."""
_RECURRING = re.compile(
    r"\b(?:on\s+an?\s+(?:quarterly|monthly|weekly|annual|yearly|regular|six[\s-]monthly|bi-?monthly|ongoing|rolling)\s+basis"
    r"|(?:every|each)\s+(?:quarter|month|week|year|meeting)|quarterly|monthly|annually)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:which|that)\s*$", re.IGNORECASE)


def standing_arrangement(subject: str, text: str, verb_start: int, end: int) -> bool:
    """True for 'measures which would be reported to the Panel on a quarterly basis': a relative clause that
    describes how something will recur, not a task given to anyone."""
    return bool(_RELATIVE.search(subject)) and _RECURRING.search(text, verb_start, end) is not None


_MONEY_SUBJECT = re.compile(
    r"£\s?\d|\b(?:budget|funding|grant|precept|uplift|increase|allocation|sum|money|monies|savings?)\b", re.IGNORECASE)
_MONEY_MOVE = re.compile(r"(?:added|allocated|included|invested|spent|transferred|made\s+available)\b")


def budget_movement(subject: str, verb: str) -> bool:
    """True for 'a one off increase of £50K would be added to the budget': money moved, a budget line, not a task."""
    return _MONEY_MOVE.match(verb) is not None and _MONEY_SUBJECT.search(subject) is not None


_LATER = compile_guarded(r"\b(?:next|future|following|forthcoming|later|subsequent)\s+(?:meeting|session|committee|panel)\b", re.IGNORECASE)


def describes_arrangement(subject: str, text: str, modal_start: int, verb_start: int, end: int) -> bool:
    """True when a 'will/would VERB' clause (modal at ``modal_start``) describes how people will work or the agenda item itself."""
    subject = " ".join(subject.split()).rstrip(" ,")
    if _RELATIVE_WHO.search(subject) and not _NAMED_BEFORE_WHO.search(subject):
        return True  # "two new officers who would work alongside PCSOs"
    if _WORK_ALONGSIDE.match(text, verb_start, end) or (
            _NOW.search(text, modal_start, verb_start) and _NOW_WORK.match(text, verb_start, end)):
        return True
    if _LOOK_AT_WAYS.match(text, verb_start, end) and _GROUP_SUBJECT.search(subject):
        return True
    return agenda_business(text, verb_start, end)


def agenda_business(text: str, verb_start: int, end: int) -> bool:
    """True for 'attend to introduce the paper' / 'give members the annual presentation' (no later meeting named)."""
    if _LATER.search(text, verb_start, end):
        return False
    return bool(_ATTEND_TO_INTRODUCE.match(text, verb_start, end) or _GIVE_TO_MEMBERS.match(text, verb_start, end)
                or _ANY_QUESTIONS.match(text, verb_start, end))


_AUDIENCE_INVITED = re.compile(
    r"\b(?:members|councillors|residents|the\s+public|everyone|all)\s+(?:(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?(?:were|are|was|had\s+been|have\s+been)\s+"
    r"(?:also\s+|all\s+)?(?:invited|welcome|encouraged)\s+to\s+$",
    re.IGNORECASE,
)
_TO_BE_THERE = re.compile(r"(?:attend|watch|join|observe|take\s+part|come\s+along|view)\b", re.IGNORECASE)


def audience_invited(text: str, clause_start: int, verb_start: int) -> bool:
    """'members were invited to attend or watch on the webcast': an open invitation to an event, not work given."""
    return bool(_TO_BE_THERE.match(text, verb_start) and _AUDIENCE_INVITED.search(text, max(clause_start, verb_start - 80), verb_start))


ATTEND_THIS_ITEM = re.compile(
    r"attend\s+(?:the\s+meeting\s+)?(?:for\s+)?(?:this|the\s+consideration\s+of\s+this|the\s+(?:present|current))\s+(?:item|meeting)"
    r"|attend\s+(?:the|this)\s+meeting\s*(?:[.;]|$)"
    r"|attend\s+(?:the|this)\s+meeting\s+(?:in\s+order\s+)?to\s+(?:address|answer|discuss|present|update|explain|give|respond\s+to)\b",
    re.IGNORECASE,
)
"""'invited to attend for this item', '... to attend the meeting.' or '... to attend the meeting in order to address
concerns': the meeting's own attendance (agenda text), not work for a later one ('the next meeting' is not matched)."""
SUCCESSION = re.compile(
    r"(?:replace|succeed|take\s+over\s+from)\s+[^,;.]{2,80}?\s+as\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:new\s+|interim\s+|acting\s+)?"
    r"(?:[A-Z][\w’'-]*|chair\w*|commander|lead|head|manager|officer|clerk|inspector|sergeant|director)\b"
    r"|tak(?:e|ing)\s+up\s+(?:his|her|their|the|a)\s+(?:new\s+|substantive\s+|permanent\s+)?(?:post|role|position|appointment|office)\b"
)
INVITED_HERE = re.compile(r"\b(?:was|were)\s+(?:then\s+)?invited\s+to\s+$", re.IGNORECASE)
"""'The Officer was invited to present the report': how the item was introduced at this meeting."""


_HOLDS = re.compile(r"(?:include|contain|comprise)\b", re.IGNORECASE)
"""What something holds: work only when a person will include it ('the Inspector would include the figures')."""


def holds_something(text: str, clause_start: int, modal: int, verb_start: int) -> bool:
    """True for 'the figures would include ...': a thing's contents, not a person's work."""
    subject = text[clause_start:modal].strip(" ,")
    return bool(subject) and _HOLDS.match(text, verb_start) is not None and not is_person(subject)


_MEMBERSHIP_BODY = re.compile(
    r"(?:forum|panel|group|board|committee|sub-committee|partnership|membership|team|steering\s+group)\s*$", re.IGNORECASE)
_INCLUDE_IN = re.compile(r"\s(?:in|on|within|into)\s+(?:its|their|the|a|an|each|every|future|next)\b", re.IGNORECASE)


def body_membership(text: str, clause_start: int, modal: int, verb_start: int, end: int) -> bool:
    """True for 'The Forum will include Town Councillors, Inspector X and ...': who sits on a body, not work; 'the
    Panel would include it in its work programme' (something put in somewhere) stays work."""
    if _HOLDS.match(text, verb_start) is None or _MEMBERSHIP_BODY.search(text, clause_start, modal) is None:
        return False
    return _INCLUDE_IN.search(text, verb_start, end) is None
