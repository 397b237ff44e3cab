"""A Member's request, and the answer that accepts it: one action, owned by whoever agreed.

"Cllr Davies asked for the ASB figures to be circulated. The Inspector agreed to
do so." records one piece of work. The answer either points back at the request
("agreed to do so", "undertook to provide this", "agreed.") or restates it
("agreed to circulate the figures"); either way the owner is the one who agreed,
and the quote runs from the request to the answer.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.action_parts import ActionCandidate, clause_end, due, verb_phrase
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import ROLE, SpeakerTracker, normalise_owner

_REQUEST = re.compile(
    r"\b(?:requested|asked\s+for|asked\s+that|requested\s+that|called\s+for)\s+(?!clarification|whether|if\b|how\b|why\b|what\b|when\b|by\b)"
    r"(?:that\s+)?(?P<rest>(?:a|an|the|further|more|details|information|data|figures|report|update|breakdown|copy|he|she|they|it|(?-i:[A-Z]))[^.;]{3,})",
    re.IGNORECASE,
)
# "asked that officers explore funding ...", "requested that the police report back ..."
_ASKED_THAT = re.compile(
    rf"\b(?:asked|requested|recommended|suggested|urged|proposed)\s+that\s+(?P<who>(?:the\s+)?(?:[\w’'&/.-]+\s+){{0,5}}?)"
    rf"(?:should\s+)?(?P<verb>{P.ACTION_VERBS})\b",
)
# "We asked the police to provide ...", "The Panel requested the Inspector to circulate ..."
_ASKED_SOMEONE = re.compile(
    rf"^(?:We|(?:The\s+)?(?:[\w’'&-]+\s+){{0,3}}?(?:Committee|Sub-Committee|Panel|Board|Group|Cabinet|Council|Partnership|Forum|Members|Chair(?:man)?)"
    rf"|(?:A\s+)?Member|(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    rf"\s+(?:(?:also|then|further|formally)\s+)?(?:asked|requested|invited|tasked|instructed)\s+"
    rf"(?P<who>(?!(?:for|that|whether|if|about|how|why|what|when)\b)(?:the\s+)?[\w’'&/.-]+(?:\s+(?!to\b)[\w’'&/.-]+){{0,5}}?)\s+to\s+(?P<verb>{P.ACTION_VERBS})\b",
)
_REQUEST_CUES = scan.Cues(("asked", "requested", "recommended", "suggested", "urged", "proposed", "called for"))
_REQUESTER = re.compile(r"^(?:(?:Supplementary|Question|Q)\s*[:\-–]\s*)?(?:(?:A|The)\s+)?(?:Member|Members|Councillor|Cllr|Chair|Chairman|Chairperson|Vice-Chair(?:man)?|Committee|Panel|Board|Sub-Committee|[A-Z][a-z]+\s+[A-Z][a-z]+|Ms|Mr|Mrs|Dr)\b")
_TO_BE_DONE = re.compile(r"\bto\s+be\s+\w+(?:ed|en|t)\b")


def requested_action(text: str, sent: Sentence) -> ActionCandidate | None:
    """A Member's request in one sentence ("Cllr X asked for the figures to be circulated"), if any."""
    t = sent.text
    requests = _REQUEST_CUES.present(text, sent.start, sent.end)
    m = _ASKED_SOMEONE.match(t) if requests else None
    if m:
        s, e = trim_span(text, sent.start, clause_end(text, sent.start + m.end(), sent.end))
        return ActionCandidate(normalise_owner(m.group("who")), verb_phrase(text, sent.start + m.start("verb"), e), due(text, s, e), s, e, 1, True)
    m = _ASKED_THAT.search(text, sent.start, sent.end) if requests and "that" in t else None
    if m:
        s, e = trim_span(text, sent.start, clause_end(text, m.end(), sent.end))
        verb_start = m.start("verb")
        return ActionCandidate(normalise_owner(m.group("who")), verb_phrase(text, verb_start, e), due(text, s, e), s, e, 1, True)
    m = _REQUEST.search(text, sent.start, sent.end) if requests else None
    if m and _REQUESTER.match(t):
        s, e = trim_span(text, sent.start, clause_end(text, m.end(), sent.end))
        rest = m.group("rest")
        who = re.match(r"(?:the\s+)?([A-Z][\w’'&/-]*(?:\s+(?:[A-Z][\w’'&/-]*|of|for|and)){0,5})\s+(?:\w+\s+)?(?:to\s+)?\w+", rest)
        owner = normalise_owner(who.group(1)) if who and not re.match(r"(?:He|She|They|It|A|An|The)$", who.group(1)) else None
        if owner and _TO_BE_DONE.search(rest):
            owner = None  # "asked for the ASB figures for the ward to be circulated": the figures are not the owner
        return ActionCandidate(owner, " ".join(rest.split()).rstrip(" ."), due(text, s, e), s, e, 1, True)
    return None


_AGREEMENT = re.compile(
    rf"^(?:(?:Response|Answer|Reply|A)\s*[:\-–]\s*)?(?:In\s+(?:response|reply),?\s+)?(?P<who>He|She|They|We|{ROLE})(?:,\s+[^,]{{2,60}},)?\s+(?:(?:readily|duly|also)\s+)?"
    r"(?:agreed|undertook|promised|offered|confirmed\s+(?:that\s+)?(?:he|she|they|this)\s+would|said\s+(?:that\s+)?(?:he|she|they|we)\s+would)\b"
    r"(?P<rest>[^.;]*)"
)
_POINTS_BACK = re.compile(
    rf"^\s*(?:to\s+do\s+(?:so|this|that)|to\s+(?:this|that)|do\s+so|be\s+(?:done|provided|circulated|arranged)"
    rf"|(?:to\s+)?(?:{P.ACTION_VERBS})\s+(?:(?:on|up\s+on|back\s+on)\s+)?(?:this|it|these|them|that|the\s+same|so|accordingly)\b)"
)
_PRONOUN = re.compile(r"^(?:He|She|They|We)$")


def accepted_request(text: str, request: ActionCandidate, sent: Sentence, acts: list[ActionCandidate],
                     speakers: SpeakerTracker) -> ActionCandidate | None:
    """The one action made of ``request`` and the sentence after it, when that sentence accepts it."""
    m = _AGREEMENT.match(sent.text)
    if m is None:
        return None
    rest = m.group("rest")
    points_back = not rest.strip(" ,") or _POINTS_BACK.match(rest) is not None
    own = next((a for a in acts if a.start < sent.start + m.end() + 2), None)
    if not points_back and own is None:
        return None  # "The Inspector agreed that the figures were concerning."
    who = m.group("who")
    owner = (request.owner or speakers.resolve(who)) if _PRONOUN.match(who) else normalise_owner(who)
    if points_back or own is None:
        end = trim_span(text, sent.start, sent.end)[1]
        action = request.action
    else:
        end, action = own.end, own.action
    return ActionCandidate(owner, action, request.due or due(text, request.start, end), request.start, end, 1)
