"""Commitments in reported speech, and 'would' clauses that only forecast.

Minutes report promises indirectly: "He said that he would set out his response
in the refreshed plan", "The Deputy Chief Constable agreed that the force's
performance pack would in future show ...", "The Inspector gave an assurance
that patrols would be increased". A reporting verb in front of the clause lets
a wider set of verbs count than a bare "would" does.

The other way round, "the Fund would distribute £1.2 million", "a project,
which would work with young people", "the scheme would cost £40k" and "this
would provide more capability" describe money, projects and their effects: no
one has been given work.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline import scan
from minutesai.engines.offline.action_parts import clause_start
from minutesai.engines.offline.guards import compile_guarded

_MORE_VERBS = (
    r"set\s+out|show|increase|step\s+up|put\s+in\s+place|put\s+on|make\s+(?:enquiries|contact|arrangements|sure)"
    r"|let\s+(?:\w+\s+){1,2}?know|keep\s+(?:\w+\s+){1,3}?(?:informed|updated|advised|posted|sighted)"
    r"|take\s+(?:this|that|it|these|the\s+\w+(?:\s+\w+)?)\s+(?:away|back|forward|up)|pick\s+(?:this|that|it)\s+up"
    r"|endeavour|look\s+to|return\s+to|highlight|flag|hold|do\s+(?:this|so|that)|patrol|target|focus|prioritise"
    r"|brief|remind|encourage|engage|contain|reflect|extend|expand|run|carry\s+on|continue\s+to"
)
REPORTING_CUES = scan.Cues(("said", "stated", "confirmed", "agreed", "undertook", "promised", "indicated", "explained",
                            "advised", "added", "replied", "responded", "assured", "gave", "committed", "commitment"))
_REPORTED = compile_guarded(
    r"\b(?P<rep>said|stated|confirmed|agreed|undertook|promised|indicated|explained|advised|added|replied|responded|committed"
    r"|assured(?:\s+(?:the\s+)?(?:Members|members|Committee|Panel|Board|Councillors?|residents|him|her|them|those\s+present))?"
    r"|gave\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:assurance|undertaking|commitment)s?|(?:an?\s+)?commitment\s+was\s+(?:made|given))"
    r"\s*,?\s+(?:that\s+)?"
    r"(?P<subj>(?:[\w’'&-]+\s+){1,6}?)(?:would|will)\s+"
    r"(?:(?:in\s+(?:the\s+)?future|from\s+now\s+on|going\s+forward|henceforth|also|then|now|personally|urgently|further|shortly)\s+)*"
    rf"(?:(?P<verb>{P.ACTION_VERBS}|{_MORE_VERBS})\b|be\s+(?P<part>[a-z]+(?:ed|en)|set\s+up|put\s+in\s+place|brought|sent|made|held|kept|run|shown|written|built)\b"
    r"|(?P<other>[a-z]{4,})\b)",
)
_PERSON = re.compile(
    r"^(?:he|she|they|we|i|officers|police|the\s+police|the\s+force|(?:his|her|their|the)\s+(?:\w+\s+)?team|staff|the\s+council"
    r"|the\s+partnership|(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}"
    r"|(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3}(?:members|councillors|officers|staff|volunteers))$",  # "Committee members"
    re.IGNORECASE,
)
_MEMBERS = re.compile(r"\b(?:members|councillors|officers|clerk)$", re.IGNORECASE)
_PROMISING = re.compile(r"^(?:agreed|undertook|promised|committed|confirmed|assured|gave|(?:an?\s+)?commitment)\b")
_SWORN = re.compile(r"^(?:undertook|promised|committed|gave|(?:an?\s+)?commitment)\b")
"""'The Chief Constable had promised that more use of these orders would take place': a promise whatever the verb."""
_NOT_PARTICIPLE = re.compile(r"^(?:needed|required|interested|concerned|pleased|delighted|happy|keen|able|open|taken)$")
_HEDGED_SUBJECT = re.compile(r"\b(?:not|never|if|whether|could|might)\b", re.IGNORECASE)
_FORECAST_HEAD = compile_guarded(
    r"(?:£|\b(?:fund|funds|funding|grant|grants|money|budget|sum|cost|costs|scheme|project|programme|pilot|hub|centre|facility"
    r"|building|system|app|cameras?|cctv|legislation|law|bill|act|order|pspo|duty|strategy|policy|contract|initiative|model"
    r"|investment|review|changes?|report|plan|assessment|findings|survey|analysis|which|that|this|these|those|it)\s*$)",
    re.IGNORECASE,
)


def is_person(subject: str) -> bool:
    """True when ``subject`` names someone who can be given work ('officers', 'the Clerk', 'PC Hale', 'she')."""
    return bool(_PERSON.match(" ".join(subject.split()).strip(" ,")))


def forecast_subject(subject: str) -> bool:
    """True when a 'would' clause's subject is money, a project, a document, a relative pronoun or a pronoun for a
    thing ("This would provide more capability", "This report would inform the plan"): a forecast, not a commitment."""
    subject = subject.rstrip(" ,")
    m = _FORECAST_HEAD.search(subject)
    if m is None:
        return False
    # "PC Grant", "Sergeant Bill": a capitalised head after a title or name is a person, not a grant or a bill
    return not (m.group()[:1].isupper() and _NAME_BEFORE.search(subject, 0, m.start()))


_EARLIER_AGREEMENT = re.compile(r"\bhad\s+been\s+$")
_A_MEETING = re.compile(r"\b(?:meetings?|workshop|session|event|surgery)\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(
    r"\b(?:PC|PCSO|DC|DS|DI|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|Constable|Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


class Reported:
    """One reported-speech commitment: where the clause and its verb start, and who owns it."""

    __slots__ = ("start", "verb_start", "subject", "reporting_verb", "passive")

    def __init__(self, start: int, verb_start: int, subject: str, reporting_verb: int, passive: bool) -> None:
        self.start = start
        self.verb_start = verb_start
        self.subject = subject
        self.reporting_verb = reporting_verb
        """Where 'said' / 'agreed' starts: its subject is who spoke."""
        self.passive = passive

    @property
    def personal(self) -> bool:
        return bool(_PERSON.match(self.subject))


_COULD_BE = re.compile(
    r"\b(?P<rep>advised|said|confirmed|agreed|indicated|stated|replied|responded)\s+that\s+(?P<it>(?:(?:this|that|it|these|they)\s+)?)"
    r"could\s+be\s+(?:looked\s+(?:at|into)|considered|explored|investigated|picked\s+up)\b"
)
"""'The Commissioner advised that this could be looked at for inclusion within future reports': an answer that offers
to take a Member's point away; the one who answered owns it."""
_AGREED_COULD_BE = re.compile(
    r"\b(?P<rep>agreed)\s+that\s+(?P<it>(?:(?:this|that|it|these|they)\s+)?)could\s+be\s+"
    r"(?:provided|circulated|shared|supplied|sent|made\s+available|added|included)\b"
)
"""'It was agreed that these could be provided to the Panel': agreeing to supply what a Member asked for."""


def find_reported(text: str, lo: int, hi: int) -> Reported | None:
    """The first reported-speech commitment in ``text[lo:hi]``, if any."""
    if not REPORTING_CUES.present(text, lo, hi):
        return None
    if "could be" in text[lo:hi]:
        offer = _COULD_BE.search(text, lo, hi) or _AGREED_COULD_BE.search(text, lo, hi)
        if offer is not None:
            return Reported(offer.start("it"), offer.start("it"), "", offer.start("rep"), True)
    for m in _REPORTED.finditer(text, lo, hi):
        subject = " ".join(m.group("subj").split())
        if _HEDGED_SUBJECT.search(subject) or forecast_subject(subject):
            continue
        if _A_MEETING.search(subject):
            continue  # "agreed that the next meeting would be held on 5 June": a date, not work
        if m.group("rep") == "agreed" and _EARLIER_AGREEMENT.search(text, max(lo, m.start() - 12), m.start()):
            continue  # "In 2011/12 it had been agreed that the Partnership would continue to ...": an earlier decision recalled
        promising = bool(_PROMISING.match(m.group("rep")))
        if m.group("other") is not None:
            person = _PERSON.match(subject) or _MEMBERS.search(subject)
            sworn = m.group("rep") != "agreed" and _SWORN.match(m.group("rep")) is not None
            if not ((m.group("rep") == "agreed" and person or sworn) and not _NOT_A_PROMISE_VERB.match(m.group("other"))):
                continue  # any verb only in "it was agreed that Committee members will communicate with ..." or a promise
            if not person:  # "promised that more use of these orders would take place": the clause is the work
                return Reported(m.start("subj"), m.start("subj"), subject, m.start("rep"), True)
            return Reported(m.start("subj"), m.start("other"), subject, m.start("rep"), False)
        if m.group("part") is not None:
            if _NOT_PARTICIPLE.match(m.group("part")) or not promising:
                continue  # "said the cameras would be installed": a report of plans; "agreed that ... would be reviewed": a promise
            verb_start = m.start("subj")
        else:
            verb_start = m.start("verb")
            if not _PERSON.match(subject) and not promising:
                continue  # "said that the new hub would open in May"
        return Reported(m.start("subj"), verb_start, subject, m.start("rep"), m.group("part") is not None)
    return None


PROMISED_ANY = scan.LowerScanner(
    r"\b(?:agreed|undertook|offered|promised|volunteered|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<assigned>tasked|asked))"
    r"\s+to\s+(?:(?:also|further)\s+)?(?P<verb>[a-z]+)\b")
"""The last resort: a person's promise with a verb outside the lists ('agreed to keep ... going', 'agreed to label'),
or work a person 'has been tasked to' do (an explicit assignment, as strong a cue as a promise: 'tasked to delve into ...')."""
_NOT_A_PROMISE_VERB = re.compile(
    r"(?:be|disagree|differ|note|receive|approve|accept|endorse|adopt|support|defer|the|a|an|this|that|it|these|those|their|his|her"
    r"|all|every|each|some|any|both|them|him|us|me|you|members|residents|people|everyone|anyone)$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.IGNORECASE)


def promise_with_any_verb(text: str, lo: int, m: re.Match[str], speaker_known: bool) -> bool:
    """True when a PROMISED_ANY match is a person's promise: a real verb, not a passive offer ('was offered to all
    drivers'), and a person as subject (after any opening phrase: 'In response to X, the Town Clerk agreed to ...')."""
    if _NOT_A_PROMISE_VERB.match(m.group("verb")) or _PASSIVE_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
        return False
    subject = text[clause_start(text, lo, m.start()):m.start()].strip(" ,").rsplit(", ", 1)[-1]
    if m.group("assigned") == "asked":  # "Coun Eyre was asked to reiterate ...": only a person named is given work
        return _NAMED_PERSON.fullmatch(" ".join(subject.split())) is not None
    return is_person(subject) or speaker_known


_NAMED_PERSON = re.compile(
    r"(?:(?:Cllr|Coun|Councillor|Cllrs|Mr|Mrs|Ms|Miss|Dr|PC|PCSO|Sgt|Sergeant|Insp|Inspector|Chief\s+Inspector|Supt|Superintendent"
    r"|Chief\s+Superintendent)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|(?:the|The)\s+(?:Town\s+|Parish\s+|Deputy\s+)?(?:Clerk|Chair|Chairman|Chairperson|Mayor))")
