"""One resolution item: its span, whether it is a decision, and whether it gives someone work.

"RESOLVED that the report be noted" decides without giving anyone work; "That the
Chief Inspector provide a breakdown of the figures" and "CSP Manager to collate
the responses" give work, so the actions rules turn them into actions as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.fronted_clauses import after_fronted
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.sentences import trim_span
from minutesai.engines.offline.to_be_notes import is_note_form

BODY = r"(?:Committee|Sub-Committee|Panel|Board|Group|Cabinet|Council|Partnership|Forum|Commission|Executive|Members|Councillors|Authority)"
"""The meeting bodies that resolve (as a regex alternation)."""


@dataclass
class ResolutionItem:
    start: int
    end: int
    is_decision: bool
    """False for a condition attached to a lead-in decision ("received subject to: (a) ...")."""
    assigns_work: bool
    formal: bool
    """True for items under a RESOLVED/Decision heading or numbered 'That ...' recommendations."""
    owner: str | None = None
    """Who a nested list's lead asks ("That the Chief Constable be asked to: a) ..."), when the item does not say."""


def resolution_item(text: str, s: int, e: int, is_decision: bool, formal: bool) -> ResolutionItem | None:
    """The item spanning ``text[s:e]`` without edge punctuation or a trailing "and"; None when too short."""
    s, e = trim_span(text, s, e, strip_period=False)
    while e > s and text[e - 1] in ";,":
        e -= 1
    if text[s:e].endswith((" and", "; and")):
        e -= 4
        s, e = trim_span(text, s, e, strip_period=False)
    if e - s < 4:
        return None
    return ResolutionItem(s, e, is_decision, assigns_work(text[s:e]), formal)


def assigns_work(quote: str) -> bool:
    """True when a resolution gives someone work ("That the Inspector provide ..."), not only notes or approves."""
    q = " ".join(quote.split())
    if _BODY_NOTED.match(_THAT.sub("", q)):
        return False  # "The Board NOTED the performance report", "That the Committee notes the work undertaken ..."
    body = _THAT.sub("", _BODY_AGREED_THAT.sub("", IT_WAS_AGREED.sub("", q)))
    fronted = after_fronted(body)  # "That, following the inspection, the Manager bring a further report": who after the clause
    body = body[fronted:]
    if _LIST_LEAD.search(q):
        return False  # "the work program for 2022/23 should include the following matters:": its items say what is done
    if _NOTE_ONLY.match(body) or _NOTING.match(body) or _COURTESY.match(body) or _MEETING_DATE.match(body) or _MINUTES_APPROVED.match(body) \
            or (fronted and _BODY_NOTED.match(body)):
        return False
    body = body[:1].upper() + body[1:]
    return bool(fronted or _WORK_VERB.search(q) or _SUBJUNCTIVE_WORK.match(body) or _INFINITIVE_WORK.match(body) or ROLE_WORK.match(body)
                or _BODY_AGREED_TO_WORK.match(q) or is_note_form(body))


_LIST_LEAD = re.compile(r"\b(?:include|subject\s+to|with)\s+the\s+following(?:\s+[\w-]+){0,2}?\s*[:–-]?\s*$")
"""A lead that hands its content to the list after it ("... subject to the following amendments:")."""
IT_WAS_AGREED = re.compile(
    r"^[Ii]t\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED)\s+(?:that|for(?=\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)?\s+to\s))\s+")
"""'it was agreed that' (or 'it was resolved for', before 'the Clerk to write ...') in front of the resolved words."""
_THAT = re.compile(r"^(?:That|THAT|that)\s+")
_MINUTES_APPROVED = re.compile(
    r"^(?:the\s+)?minutes\s+of\b[^;]{0,200}?\b(?:be|were|was|are|is)\s+(?:\w+\s+)?(?:approved|confirmed|agreed|accepted|signed)\b"
    r"[^;]{0,40}?\bas\s+(?:a\s+)?(?:correct|true|accurate|full)\b[^;]*$",
    re.IGNORECASE,
)
"""'the minutes of the Performance Review Committee held on ... were approved as a correct record': a formality,
however long the committee's name (which may hold a work word such as 'Review')."""
_MEETING_DATE = re.compile(
    r"(?:the\s+)?(?:next|future|following|remaining)\s+(?:[\w-]+\s+){0,2}?meetings?\b[^;]{0,60}?\b(?:would|will|should|to)\s+(?:be\s+held|take\s+place|start|be\s+on)\b[^;]*$",
    re.IGNORECASE,
)
"""'that the next meeting would be held on 5 June': a date settled, no one's work."""
_BODY_AGREED_TO_WORK = re.compile(
    rf"(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{BODY}\s+(?:(?:also|further|unanimously|then)\s+)?(?:agreed|AGREED|resolved|RESOLVED|decided)\s+to\s+"
    rf"(?:(?:also|further)\s+)?(?:{P.ACTION_VERBS}|hold|invite|establish|set\s+up|organise|organize)\b"
)
"""'The Board agreed to invite the Chief Constable to its next meeting': the body gave itself work."""
ROLE_WORK = re.compile(
    rf"(?:the\s+)?(?P<who>clerk|police|officers|chair(?:man)?|secretary|council)\s+(?:to\s+|would\s+|will\s+|should\s+)?(?:{P.ACTION_VERBS})\b",
    re.IGNORECASE,
)
"""'that the clerk obtain quotes': a role named in lower case, as parish minutes do."""
_SUBJUNCTIVE_WORK = re.compile(
    rf"^(?:That\s+)?(?:the\s+|The\s+)?(?!(?:The|A|An|This|That|These|Those|It|Information|Data|Members)\b)[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,6}}"
    rf"(?:,\s+(?:with|and|together\s+with|supported\s+by|in\s+(?:consultation|conjunction)\s+with)\s+[^,]{{2,60}},)?\s+(?:{P.ACTION_VERBS})\b"
)
_WORK_VERB = re.compile(
    r"\b(?:(?<!to\s)be\s+put\s+in\s+place|be\s+(?:asked|requested|invited|authorised|authorized|instructed|directed|delegated\s+authority)\s+to|be\s+sought|be\s+(?:made|provided|circulated|brought|submitted|presented|"
    r"improved|reviewed|updated|shared|sent|arranged|established|produced|prepared|considered|investigated|explored|written|"
    r"reported|undertaken|developed|set\s+up|added|included|amended|re-?circulated|published|organised|held|looked\s+at|"
    r"followed\s+up|taken\s+forward|conveyed|forwarded|referred|relayed|passed\s+(?:on|to)|communicated|escalated)|would\s+\w+|will\s+\w+|should\s+\w+|to\s+(?:provide|share|work|produce|circulate|"
    r"report|bring|review|write|contact|liaise|investigate|explore|consider|arrange)|provides?|shares?|discuss|requests?|recommends?"
    r"|asks?|writes?\s+to|reports?\s+back|brings?|circulates?|investigates?|reviews?|considers?|consults?|liaises?|(?<![Tt]he\s)works?(?!\s+(?:programme|plan|of\b)))\b",
    re.IGNORECASE,
)
_NOTE_ONLY = re.compile(
    r"^(?:the\s+)?(?:[\w’'&/-]+\s+){0,8}?(?:be|was|were|is|are)\s+(?:noted|received|approved|agreed|endorsed|adopted|accepted)\b"
    r"(?!.*\b(?:subject\s+to|and\s+that)\b)"
    r"(?!.*\band\s+(?:an?|the)\s+[^.;]{2,80}?\bbe\s+(?:established|set\s+up|sent|written|circulated|arranged|invited|brought|provided|produced|prepared|organised|held|convened)\b)",
    re.IGNORECASE,
)
"""'the report be noted' is no work; '... be noted and a task group be established to ...' is."""
_NOTING = compile_guarded(
    r"(?:notes?|receives?|welcomes?|endorses?|approves?|accepts?|thanks?|congratulates?)\s+(?:the|its|their|this)\b"
    r"(?![^;]*\b(?:and|but)\s+(?:asks?|requests?|instructs?|calls?\s+on|invites?|directs?|agrees?\s+to|recommends?)\b)[^;]*$",
    re.IGNORECASE,
)
"""'note the update' as an item under 'RESOLVED to:': noting, not work (unless a later clause gives some)."""
_COURTESY = re.compile(
    r"(?:to\s+)?(?:welcomes?|thanks?|congratulates?)\s+(?!(?:the\s+)?(?:report|update|proposals?|recommendations?|plan|strategy)\b)"
    r"(?![^;]*\band\s+(?:to\s+)?(?:asks?|requests?|instructs?|calls?\s+on|invites?|directs?|agrees?\s+to|recommends?)\b)[^;]*$",
    re.IGNORECASE,
)
"""'(i) to welcome X to her new role and to thank Y for his work with members, who would now be moving on ...': a
courtesy resolved as an item; neither the 'work' thanked for nor a 'would' in its relative clause is work given."""
_BODY_AGREED_THAT = re.compile(rf"^(?:(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{BODY}|We)\s+(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s+that\s+")
_BODY_NOTED = re.compile(
    rf"^(?:(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,3}}?{BODY}|We)\s+(?:NOTED|noted|RECEIVED|received|notes|receives|welcomes)\b"
    r"(?!.*\b(?:and|but)\s+(?:asked|requested|agreed\s+to|asks|requests|agrees\s+to|instructs|recommends)\b)")
"""'The Board NOTED the report', 'That the Area Committee notes the work undertaken by the team': noting, however the
body words it, gives no one work ('the work' is what was done) unless a later clause asks for some."""
_INFINITIVE_WORK = re.compile(rf"^(?:The\s+)?[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,6}}\s+to\s+(?:{P.ACTION_VERBS})\b")
"""'CSP Manager to collate the consultation responses' agreed as an item: work for the CSP Manager."""
