"""Actions from resolutions that give someone work ("to request that the Divisional
Commander report back ...", "That the Inspector provide a breakdown", "it was agreed that the clerk obtain quotes"): owner and wording."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import VERBS as _VERBS
from minutesai.engines.offline.action_parts import ActionCandidate as _Action
from minutesai.engines.offline.action_parts import due as _due
from minutesai.engines.offline.action_quotes import work_clause_start
from minutesai.engines.offline.fronted_clauses import after_fronted, fronted_owner
from minutesai.engines.offline.presenting_body import commissioner_questioned
from minutesai.engines.offline.report_authors import further_report, report_author
from minutesai.engines.offline.resolution_items import (
    IT_WAS_AGREED,
    ROLE_WORK,
    ResolutionItem,
    resolution_item,
)
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner


def from_resolution(text: str, r: ResolutionItem, speakers: SpeakerTracker, owner: str | None = None) -> _Action:
    owner = owner if owner is not None else r.owner
    start = work_clause_start(text, r.start, r.end)
    start += after_fronted(text[start:r.end])  # "Following the development of the Strategy, the Partnership develop ..."
    quote = " ".join(text[start:r.end].split())
    body = _THAT.sub("", _BODY_AGREED_THAT.sub("", IT_WAS_AGREED.sub("", _ASIDE.sub("", _LOG_REF.sub("", quote)))))
    members = _MEMBERS_AGREED_TO.match(body) if owner is None and "greed to" in body else None
    if members:  # "Members agreed to refer this report to the People Committee": the meeting's own work
        body, owner = body[members.end():], meeting_body(text)
    asks = _REQUESTS.search(body) is not None
    recommends = _RECOMMENDS.match(body)
    if recommends:  # "the Panel recommends that the Commissioner publish ...", "recommends to Cabinet that the Strategy be published"
        body = body[recommends.end():]
    body = _RESOLVING_VERB.sub("", body)
    if owner is None:
        m = _RESOLUTION_OWNER.match(body)
        if m and not _NOT_AN_OWNER.match(m.group("who")):
            owner = normalise_owner(m.group("who"))
    if owner is None and start > r.start and (who := fronted_owner(text[r.start:r.end])):
        owner = normalise_owner(who)
    if owner is None:
        role = ROLE_WORK.match(body)  # "it was agreed that the clerk obtain quotes ..."
        owner = normalise_owner(role.group("who").capitalize()) if role else None
    if owner is None:
        later = _LATER_OWNER.search(body)  # "agreed to note the report and that the Local Commander will ..."
        who = (later.group("who") or later.group("group")) if later else None
        owner = normalise_owner(who) if who and not _NOT_AN_OWNER.match(who) else None
    if owner is None:
        between = _MEETING_BETWEEN.match(body)  # "A meeting between members of the Executive and the Local Policing Team takes place"
        owner = normalise_owner(between.group("who")) if between else None
    if owner is None:
        via = _VIA.search(body)
        owner = normalise_owner(via.group("who")) if via else None
    if owner is None and recommends and recommends.group("to"):
        owner = normalise_owner(recommends.group("to"))  # no one named in what is recommended: whoever it is recommended to
    if owner is None and further_report(body):  # "That a further report ... be submitted to the Board": its author's
        author = report_author(text, r.start)
        owner = normalise_owner(author) if author else None
    action = _Action(owner, body.rstrip(" ."), _due(text, start, r.end), start, r.end, 3)
    # "to request that future reports include ...": for whoever presents the reports, or the Commissioner a Panel questions
    action.request = owner is None and asks and (_FUTURE_REPORTS.search(body) is not None or commissioner_questioned(text) is not None)
    return action


_LOG_REF = re.compile(r"^(?:[A-Z]{1,6}\s*)?\d[\d/.]*[/-]\d[\d/.-]*\s+[-–—:]\s+")
"""'PPC 20230615-003 - ', 'A23/04 – ': an action-log reference opening the recorded decision."""
_MEMBERS_AGREED_TO = re.compile(rf"(?:Members|Councillors)\s+(?:also\s+|further\s+|then\s+|unanimously\s+)?agreed\s+to\s+(?=(?:{_VERBS})\b)")
_MEETING_BODY = re.compile(r"\b[A-Z][\w&-]*\s+(?P<body>Sub-Committee|Committee|Panel|Board|Partnership|Forum|Commission|Cabinet)\b")


def meeting_body(text: str) -> str | None:
    """'the Committee' for minutes headed 'Policing Performance Committee': the body the meeting's Members make up."""
    m = _MEETING_BODY.search(text, 0, min(len(text), 1500))
    return f"the {m.group('body')}" if m else None


_REQUESTS = re.compile(r"\b(?:requests?|asks?)\s", re.IGNORECASE)
_FUTURE_REPORTS = re.compile(r"\b(?:future|next|subsequent)\s+(?:[\w-]+\s+)?(?:reports?|scorecards?|updates?)\b", re.IGNORECASE)


_RECOMMENDS = re.compile(
    r"(?:(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){0,3}?(?:Committee|Sub-Committee|sub-committee|Panel|Board|Cabinet|Council|Group|Forum)\s+)?"
    r"(?:[Tt]o\s+)?(?:recommends?|requests?|asks?)\s+(?:to\s+(?P<to>(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for)){0,6})\s+)?that\s+"
)
"""A recommendation or request, the standard forms of scrutiny resolutions ("the Panel recommends that ...", "the Committee
requests that ..."): its work belongs to who is named in it, else its addressee, else (a request) whoever presents the item."""


_BODY_AGREED_THAT = re.compile(
    r"^(?:(?:The\s+)?(?:[\w’'&-]+\s+){0,3}?(?:Committee|Sub-Committee|Panel|Board|Group|Cabinet|Council|Partnership|Forum|Members)|We)"
    r"\s+(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s+that\s+"
)
_RESOLUTION_OWNER = re.compile(
    rf"(?:the\s+)?(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&|–)){{0,6}}?)"
    rf"(?:\s+\([A-Z][A-Za-z&]{{1,9}}\))?"  # "the Community Safety Partnership (CSP) review ...": its short name
    rf"(?:,\s+(?:with|and|together\s+with|supported\s+by|in\s+(?:consultation|conjunction)\s+with)\s+[^,]{{2,60}},"
    rf"|(?:,\s+[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,5}}){{1,2}},?"  # "X, North Division, Y Police bring"
    rf"|,\s+(?:as\s+a\s+matter\s+of\s+(?:urgency|priority)|as\s+(?:soon|quickly)\s+as\s+(?:possible|practicable)|urgently|where\s+possible"
    rf"|in\s+future|going\s+forward|in\s+(?:the\s+)?(?:next|coming)\s+(?:[\w-]+\s+)?(?:year|months?|weeks?)),"  # "the Executive, as a matter of urgency, ensure"
    rf"|,)?"
    rf"\s+(?:be\s+(?:asked|requested|invited|authorised|authorized|instructed|directed)\s+to|would|will|should"
    rf"|to\b(?!\s+be\s+(?!asked|requested|invited|authori[sz]ed|instructed|directed)[a-z]+)|(?:{_VERBS})s?\b)"
)
"""Who a resolution gives work to; in 'Letter to be written to ...' the letter is what is done, not who does it."""
_ASIDE = re.compile(
    r"^(?:That|that),\s+(?:in\s+(?:discussion|consultation|conjunction|liaison|partnership)\s+with|with\s+the\s+(?:help|support)\s+of)\s+[^,]{2,60},\s+")
"""'That, in discussion with the OPCC, the working group develop ...': who is after the aside."""
_WORK_AFTER = r"\s+(?:would|will|should|be\s+asked\s+to|to\b|(?!(?:is|are|was|were|be|has|have|had|and|of|in|on|at|for|with)\b)[a-z]{3,}\b)"
_GROUP = r"(?:[A-Za-z]+\s+)?(?:working\s+group|group|team|officers|clerk|members|councillors|partnership)"
_LATER_OWNER = re.compile(
    r"\band\s+that\s+(?:the\s+)?(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){0,5}|" + _GROUP + ")" + _WORK_AFTER
    + r"|^(?:the\s+)?(?P<group>" + _GROUP + ")" + _WORK_AFTER
)
"""The owner of a second clause ('... note the report and that the Local Commander will continue to report ...'),
or a group named in lower case ('the working group develop ...')."""
_MEETING_BETWEEN = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:further|joint|separate|follow-up|informal)\s+)?(?:meeting|discussion|workshop|session)\s+between\s+"
    r"(?P<who>[^,;]{3,120}?)\s+(?:takes?\s+place|(?:be|is|was|would\s+be|will\s+be)\s+(?:held|arranged|convened|organised|organized|set\s+up))\b",
    re.IGNORECASE,
)
"""Who meets is who does the work of a meeting resolved on: its parties."""
_VIA = re.compile(r"\b(?:via|through)\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})")
_THAT = re.compile(r"^(?:That|THAT|that)\s+")
_RESOLVING_VERB = re.compile(r"^(?:to\s+)?(?:(?:notes?|agrees?|requests?|asks?|recommends?(?!\s+to\s)|resolves?|instructs?)\s+(?:that\s+)?)", re.IGNORECASE)
_NOT_AN_OWNER = re.compile(r"(?:Information|Data|An?|The|This|It)$")


_SECOND_WORK = re.compile(
    rf"\s+and\s+that\s+(?P<part>(?:the\s+)?(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,5}}?)"
    rf"\s+(?:be\s+(?:asked|requested|invited|instructed)\s+to|to|will|would|should)\s+(?:{_VERBS})\b)"
)
"""'That Members be requested to convey comments ... and that the Chair be requested to write to ...': two pieces of
work, each with its own owner, in one resolution item (the standard English council form)."""


def resolution_work(text: str, r: ResolutionItem, speakers: SpeakerTracker) -> list[_Action]:
    """The actions a work-giving resolution item holds: one, or one per 'and that X be requested to ...' clause."""
    second = _SECOND_WORK.search(text, r.start, r.end)
    if second is None:
        return [from_resolution(text, r, speakers)]
    head = resolution_item(text, r.start, second.start(), r.is_decision, r.formal)
    tail = resolution_item(text, second.start("part"), r.end, r.is_decision, r.formal)
    if head is None or tail is None or not head.assigns_work:
        return [from_resolution(text, r, speakers)]  # "That the report be noted and that the Commander will ...": one
    return [from_resolution(text, head, speakers), from_resolution(text, tail, speakers, normalise_owner(second.group("who")))]
