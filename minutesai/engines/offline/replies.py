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
from minutesai.engines.offline.action_parts import (
    VERBS,
    ActionCandidate,
    clause_end,
    due,
    this_meeting_business,
    verb_phrase,
)
from minutesai.engines.offline.passive_requests import passive_request
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import ROLE, SpeakerTracker, normalise_owner

_REQUEST = re.compile(
    r"\b(?:requested|asked\s+for|asked\s+that|requested\s+that|called\s+for)\s+(?!clarification|whether|if\b|how\b|why\b|what\b|when\b|by\b"
    r"|(?:an?\s+)?explanation|(?:an?\s+)?(?:update|details?|information|clarification)\s+(?:as\s+to|on\s+(?:why|how|whether))"
    r"|(?:an?\s+|some\s+)?(?:re)?assurances?\b"  # "asked for assurances that ...": reassurance sought, no work given
    r"|(?:a\s+)?(?:recorded\s+|named\s+|voice\s+)?vote\b|(?:a\s+)?show\s+of\s+hands\b)"  # "The Mayor called for a vote on ...": procedure
    r"(?:that\s+)?(?!(?:at|after|about|across|around|as|and|also|ahead|again|against|amongst|among)\b)"  # "requested at the last meeting"
    r"(?P<rest>(?:a|an|the|further|more|details|information|data|figures|report|update|breakdown|copy|copies|sight|statistics|written"
    r"|he|she|they|it|(?-i:[A-Z]))[^.;]{3,})",
    re.IGNORECASE,
)
# "asked that officers explore funding ...", "requested that the police report back ..."
_ASKED_THAT = re.compile(
    rf"\b(?:asked|requested|recommended|suggested|urged|proposed)\s+that\s+"
    rf"(?!(?:as|if|since|because|although|though|when|while|whilst|given|once|until|unless|there|it)\b)"  # "suggested that as the report ..."
    rf"(?P<who>(?:the\s+)?(?:(?!(?:would|will|could|might|may|can)\b)[\w’'&/.-]+\s+){{0,5}}?)"
    rf"(?<!\b[aA]\s)(?<!\b[aA]n\s)(?<!\b[tT]he\s)"  # "requested that in future a report ... be provided": after an article, a noun
    rf"(?:should\s+)?(?P<verb>{P.ACTION_VERBS})\b(?!\s+(?:of|be|was|were|is|are|had|has)\b)",  # "a joint report of ... be produced": a noun
)
# "requested that the citations be circulated to Members", "asked that actions ... are detailed in the improvement plan"
_ASKED_THAT_BE = re.compile(
    r"\b(?:asked|requested)\s+that\s+(?P<rest>[^.;]{3,150}?\s+(?:be|are|is)(?!\s+(?:noted|recorded|minuted)\b)\s+(?:[a-z]+ed|[a-z]+en|sent|set\s+up|put|made|held|brought|given|kept|shown|taken)\b[^.;]*)"
)
# "... and the Clerk undertook to do so": the request accepted in the same sentence
_AND_ACCEPTED = re.compile(
    r"\s*,?\s+and\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|he|she|they)\s+(?:agreed|undertook|offered|promised)\s+to\s+"
    r"(?:do\s+so|do\s+this|arrange\s+this|action\s+this|take\s+this\s+forward)\b"
)
# "We asked the police to provide ...", "The Panel requested the Inspector to circulate ..."
_ASKED_SOMEONE = re.compile(
    rf"^(?:We|(?:The\s+)?(?:[\w’'&-]+\s+){{0,3}}?(?:Committee|Sub-Committee|Panel|Board|Group|Cabinet|Council|Partnership|Forum|Members|Chair(?:man)?)"
    rf"|(?:A\s+)?Member|(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    rf"|(?:The\s+)?(?:Chief\s+)?(?:Inspector|Superintendent|Sergeant|Sgt|PC|PCSO|Commander|Town\s+Clerk|Clerk)(?:\s+[A-Z][\w’'-]+)?)"
    rf"\s+(?:(?:also|then|further|formally)\s+)?(?:asked|requested|invited|tasked|instructed)\s+"
    rf"(?P<who>(?!(?:for|that|whether|if|about|how|why|what|when)\b)(?:the\s+)?[\w’'&/.-]+(?:\s+(?!to\b)[\w’'&/.-]+){{0,5}}?)\s+to\s+(?P<verb>{VERBS})\b",
)
_REQUEST_CUES = scan.Cues(("asked", "requested", "recommended", "suggested", "urged", "proposed", "called for", "queried", "enquired"))
_REQUESTER = re.compile(r"^(?:(?:Supplementary|Question|Q)\s*[:\-–]\s*)?(?:It\s+was\s+(?:also\s+|further\s+)?(?=requested|asked)|(?:A|The)\s+)?(?:Member|Members|Councillor|Cllr|Chair|Chairman|Chairperson|Vice-Chair(?:man)?|Committee|Panel|Board|Sub-Committee|[A-Z][a-z]+\s+[A-Z][a-z]+|Ms|Mr|Mrs|Dr|(?<=was\s)(?:also\s+|further\s+)?(?:requested|asked))\b")
_REQUESTER_IN_CLAUSE = re.compile(
    r"(?:^|,\s+|\band\s+|\s[-–—]\s+)(?:the\s+|a\s+)?(?:Chair(?:man)?|Vice-Chair(?:man)?|Committee|Panel|Board|Members?|(?:Councillor|Cllr)\s+[A-Z][\w’'-]+)"
    r"(?:\s+[^,;.]{0,150}?\s+and)?\s+(?:then\s+|also\s+)?$")
"""'Prior to the presentation, the Chair commented that ... and requested that ...': a Member asked, after an opening phrase."""
_TO_BE_DONE = re.compile(r"\bto\s+be\s+\w+(?:ed|en|t)\b")
ON_RECORD = re.compile(
    r"(?:it|this|that|(?:his|her|their|the\s+[\w-]+[’']s?|[A-Z][\w-]+[’']s?)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:should\s+)?(?:be|is|was|are|were)\s+"
    r"(?:formally\s+)?(?:noted|recorded|minuted)\b", re.IGNORECASE)
"""'asked that it is noted that ...', 'requested that his objection be recorded', 'asked that the Panel's thanks be minuted':
something to go on the record of this meeting, not work for anyone."""


def requested_action(text: str, sent: Sentence) -> ActionCandidate | None:
    """A Member's request in one sentence ("Cllr X asked for the figures to be circulated"), if any."""
    t = sent.text
    requests = _REQUEST_CUES.present(text, sent.start, sent.end)
    m = _ASKED_SOMEONE.match(t) if requests else None
    if m and this_meeting_business(text, sent.start + m.start("verb"), sent.end):
        return None  # "The Mayor asked them to give their presentation": the meeting's own business
    if m:
        s, e = trim_span(text, sent.start, clause_end(text, sent.start + m.end(), sent.end))
        return ActionCandidate(normalise_owner(m.group("who")), verb_phrase(text, sent.start + m.start("verb"), e), due(text, s, e), s, e, 1, True)
    m = _ASKED_THAT.search(text, sent.start, sent.end) if requests and "that" in t else None
    if m and this_meeting_business(text, m.start("verb"), sent.end):
        return None  # "asked that they deliver their presentation, followed by questions"
    if m:
        s, e = trim_span(text, _quote_start(sent, m.start()), clause_end(text, m.end(), sent.end))
        verb_start = m.start("verb")
        return ActionCandidate(normalise_owner(m.group("who")), verb_phrase(text, verb_start, e), due(text, s, e), s, e, 1, True)
    m = _REQUEST.search(text, sent.start, sent.end) if requests else None
    if m and _REQUESTER.match(t) and not ON_RECORD.match(m.group("rest")):  # not "asked that it is noted that ..."
        s, e = trim_span(text, _quote_start(sent, m.start()), clause_end(text, m.end(), sent.end))
        rest = m.group("rest")
        who = re.match(r"(?:the\s+)?([A-Z][\w’'&/-]*(?:\s+(?:[A-Z][\w’'&/-]*|of|for|and)){0,5})\s+(?:\w+\s+)?(?:to\s+)?\w+", rest)
        owner = normalise_owner(who.group(1)) if who and not re.match(r"(?:He|She|They|It|A|An|The)$", who.group(1)) else None
        if owner and _TO_BE_DONE.search(rest):
            owner = None  # "asked for the ASB figures for the ward to be circulated": the figures are not the owner
        accepted = _AND_ACCEPTED.search(text, m.start("rest"), sent.end)
        if accepted:  # "requested that the figures be circulated and the Clerk undertook to do so"
            s, e = trim_span(text, s, accepted.end())
            return ActionCandidate(normalise_owner(accepted.group("who")), " ".join(text[m.start("rest"):accepted.start()].split()),
                                   due(text, s, e), s, e, 1)
        asked = ActionCandidate(owner, " ".join(rest.split()).rstrip(" ."), due(text, s, e), s, e, 1, True)
        if text.startswith("asked for", m.start()) and question_only(text, m.start("rest"), e):
            asked.priority = -1  # kept only so that an answer agreeing to provide it can still make it an action
        return asked
    m = _ASKED_THAT_BE.search(text, sent.start, sent.end) if requests and (" be " in t or " are " in t or " is " in t) else None
    if m and (_REQUESTER.match(t) or _REQUESTER_IN_CLAUSE.search(text, sent.start, m.start())):
        end = clause_end(text, m.start("rest"), sent.end)
        accepted = _AND_ACCEPTED.search(text, m.start("rest"), sent.end)
        owner = None
        if accepted:  # "requested that the slides be emailed round and the Clerk undertook to do so"
            owner, end = normalise_owner(accepted.group("who")), accepted.end()
        s, e = trim_span(text, _quote_start(sent, m.start()), end)
        rest = " ".join(text[m.start("rest"):accepted.start() if accepted else e].split()).rstrip(" .,")
        return ActionCandidate(owner, rest, due(text, s, e), s, e, 1, not accepted)
    m = _ASKED_IF_COULD_BE.search(text, sent.start, sent.end) if requests and "could" in t else None
    if m and _REQUESTER.match(t):
        s, e = trim_span(text, _quote_start(sent, m.start()), clause_end(text, m.end(), sent.end))
        return ActionCandidate(None, " ".join(text[m.start("what"):e].split()), due(text, s, e), s, e, 1, True)
    return passive_request(text, sent) if requests and "requested" in t else None


def _quote_start(sent: Sentence, request_at: int) -> int:
    """The request's quote starts with its sentence, or at 'requested' when the sentence first says something else."""
    return sent.start if request_at - sent.start <= 60 else request_at


_ASKED_IF_COULD_BE = re.compile(
    r"\b(?:asked|queried|enquired)\s+(?:if|whether)\s+(?P<what>[^.;?]{3,120}?\s+could(?:\s*,\s*[^,]{1,30},)?\s+(?:"
    r"be\s+(?:added|provided|circulated|shared|sent|brought|included|arranged|reported|produced|made\s+available|broken\s+down|put\s+on"
    r"|given|installed|considered|reviewed|looked\s+at|investigated)"
    r"|(?:provide|circulate|share|send|arrange|bring|present|supply|produce|look\s+into|investigate)\b[^.;?]{0,120}?"
    r"\b(?:future|next|following)\s+(?:[\w-]+\s+){0,2}?(?:meeting|agenda))\b)"
)
"""'A Member asked whether a breakdown could be brought to a later meeting': a request put as a question."""


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


_INFORMATION = re.compile(r"(?:further|more|additional)?\s*(?:details?|information|clarification|explanation)\s+(?:on|about|of|regarding|as\s+to|in\s+relation\s+to)\b",
                          re.IGNORECASE)
_ANSWER = re.compile(
    rf"^(?:In\s+(?:response|reply),?\s+)?(?:{ROLE}|He|She|They)(?:,\s+[^,]{{2,60}},)?\s+(?:explained|replied|responded|clarified|advised|said|stated|informed|outlined|confirmed)\b"
)


_QUESTION_ONLY = re.compile(
    r"(?:an?\s+|some\s+)?(?:further\s+|more\s+|additional\s+)?(?:update|information|details?|clarification|explanation)\b"
    r"(?:\s+(?:of|on|about|regarding|relating\s+to|in\s+relation\s+to|concerning)\b)?",
    re.IGNORECASE,
)
_DELIVERED_LATER = re.compile(
    r"\b(?:to\s+be|be|being)\s+(?:provided|circulated|sent|supplied|shared|brought|given|emailed|reported|made\s+available|included|presented)\b"
    r"|\b(?:next|future|following|later|subsequent|forthcoming)\s+(?:[\w-]+\s+){0,2}?(?:meeting|agenda|report)s?\b|\bin\s+writing\b|\bwritten\b"
    r"|\breport\s+back\b|\b(?:after|outside(?:\s+of)?)\s+the\s+meeting\b|\bin\s+due\s+course\b|\bby\s+(?:email|e-mail|letter)\b",
    re.IGNORECASE,
)


def question_only(text: str, rest_start: int, end: int) -> bool:
    """True when what a Member 'asked for' is an update or information ('asked for an update on X', 'asked for
    information relating to Y') and nothing says it is to be delivered later (circulated, in writing, to a future
    meeting): a question put at the meeting, which the officers answer there, not work given to anyone. (The caller
    applies it to 'asked for' only: a formal 'requested further information on ...' stays a request.)"""
    return _QUESTION_ONLY.match(text, rest_start, end) is not None and _DELIVERED_LATER.search(text, rest_start, end) is None


def answered_at_meeting(text: str, request: ActionCandidate, sent: Sentence) -> bool:
    """True when a request for details is answered in the next sentence ("Cllr X requested further details on
    the proposal. Cllr Y explained that ..."): a question put and answered, not work to do later."""
    if not _INFORMATION.search(text, request.start, request.end):
        return False
    return _ANSWER.match(sent.text) is not None
