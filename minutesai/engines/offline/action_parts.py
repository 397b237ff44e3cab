"""The pieces every action rule shares: the candidate record, due dates, verb phrases and clause bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.guards import compile_guarded

_PHRASAL = (
    r"take\s+(?:it|(?:this|that|these|those)(?:\s+[\w-]+)?|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:away|back|forward)|(?:pick|follow)\s+(?:this|that|it|these|them)\s+up"
    r"|feed\s+(?:this|that|it|these|them|the\s+[\w-]+)\s+back|pass\s+(?:this|that|it|these|them|the\s+[\w-]+)\s+on|let\s+(?:[\w-]+\s+){1,2}?know"
    r"|keep\s+(?:[\w-]+\s+){1,3}?(?:informed|updated|advised|posted|sighted)|make\s+(?:further\s+)?(?:enquiries|inquiries|contact|arrangements|sure)"
    r"|enquire|inquire|make\s+(?:an?\s+)?enquir(?:y|ies)"
    r"|take\s+(?:the\s+|their\s+|his\s+|her\s+|full\s+)*(?:details|particulars)\b"  # "would take the details after the meeting"
    r"|return\s+to\s+(?:the|a|this|its|their)\s+(?:(?:next|future|following|[\w-]+)\s+)?(?:meeting|committee|panel|board|forum)"
)
"""Spoken promises the plain verb list misses: 'would take this away', 'would let members know', 'would make enquiries'."""
VERBS = rf"{P.ACTION_VERBS}|{_PHRASAL}"
"""Verbs of promised work: the shared list and the spoken phrasal forms."""

NOTE_FORM_VERBS = (r"order|re-?order|purchase|buy|book|increase|patrol|clear|cut|trim|empty|collect|renew|remove|paint|clean|print|deliver"
              r"|display|advertise|draft|tidy|mark|fit|plant|sweep|strim|mow|move|source|cost|price|quote|research|lobby|petition"
              r"|assist|support|help|laminate|put\s+up")
"""Work verbs of a clerk's note-form line ('Clerk to order signs.', 'Police to increase patrols.'), beyond ``VERBS``: in
the note form a short owner, 'to' and a verb is work; the shared list stays narrower, since 'would increase' forecasts."""
_ROLE_NOUNS = r"officers?|co-?ordinators?|team|manager|staff|clerk|wardens?|colleagues|partners|leads?|chair|PCSOs?"
TO_LIST = re.compile(rf"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){{0,6}}(?:\s+(?:{_ROLE_NOUNS}))?)"
                     rf"\s+to\s+(?P<verb>{VERBS}|{NOTE_FORM_VERBS})\b")
"""'Police to provide value for money data ...', 'Clerk to order signs.', 'CSP coordinators to assist roll-out.': an owner
(capitalised words, perhaps closed by a role noun) 'to' and the work, as a line or list item."""

LISTED_AIM = re.compile(r"(?:Working|Continuing|Striving|Seeking|Aiming|Committed|Determined)\s+to\s")
"""'9.  Working to identify high risk locations ...': a numbered item of a plan's aims (a strategy's list, reported), not
work anyone took on at the meeting; a lone 'Working to ...' line under a heading stays an update of work."""

_DUE = compile_guarded(
    r"\b(?:(?:for|by|at|to|before|in\s+time\s+for)\s+the\s+(?:next|following|forthcoming|future|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?:\s+\d{4})?)\s+(?:[\w-]+\s+){0,2}?meeting"
    r"|(?:by|before|at\s+the\s+(?:beginning|start|end)\s+of|in|during|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?"
    r"|within\s+(?:\w+\s+)?(?:days?|weeks?|months?)|(?:by|before)\s+the\s+end\s+of\s+(?:the\s+)?\w+(?:\s+\d{4})?|(?:next|following)\s+(?:week|month|quarter)"
    r"|to\s+be\s+held\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})",
    re.IGNORECASE,
)


@dataclass
class ActionCandidate:
    owner: str | None
    action: str
    due: str | None
    start: int
    end: int
    priority: int
    """3 resolution, 2 explicit marker or list item, 1 prose commitment."""
    request: bool = False
    """A Member's request ("Cllr X asked for the figures to be circulated"): the next sentence may accept it."""


def due(text: str, s: int, e: int) -> str | None:
    m = _DUE.search(text, s, e)
    return " ".join(m.group(0).split()) if m else None


def verb_phrase(text: str, verb_start: int, end: int) -> str:
    return " ".join(text[verb_start:end].split()).rstrip(" .;,")


_CLAUSE_OPEN = re.compile(
    r"[;:–—]\s*|\s-\s|,\s+(?:and|but|so)\s+|\s+(?:and|but|so)\s+(?=(?:he|she|they|it|the|a|this|these|those|we|officers|police)\b)|\bthat\s+"
    r"|\band\s+(?:said|added|stated|explained|confirmed)\s+(?=(?:this|that|it|he|she|they|the)\b)"
    r"|\bhowever,\s+",  # "... incidents however, a new scheme where partners would respond ...": a new clause  # "... and said it was a table she would send round"
    re.IGNORECASE,
)
_CLAUSE_CLOSE = re.compile(
    r";|\s[-–—]\s|,\s+(?:but|although|whilst|while|however)\b|\.\s"
    r"|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:agreed|undertook|offered|promised|volunteered|would|will)\b)"
    r"|,?\s+and\s+(?=(?:thanked|noted|said|added|explained|stated|reported|welcomed|advised|highlighted|commented)\b)"
    r"|,?\s+and\s+(?=that\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+(?:would|will)\s)"  # "said he would X and that officers would Y"
    r"|,\s+and\s+(?=(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:was|were|is|are|had|has)\s)"  # "agreed to provide newsletters, and a Member Briefing was due ..."
    r"|,?\s+and\s+(?=there\s+(?:was|were|is|are|had|has|have)\b)"  # "agreed that this be investigated and there were leaks ..."
)


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts (at or after ``lo``)."""
    start = lo
    for m in _CLAUSE_OPEN.finditer(text, lo, pos):
        start = m.end()
    return start


def clause_end(text: str, pos: int, hi: int) -> int:
    """Where the clause running from ``pos`` ends (at most ``hi``)."""
    m = _CLAUSE_CLOSE.search(text, pos, hi)
    return m.start() if m else hi


_THIS_MEETING_BUSINESS = re.compile(
    r"(?:give|deliver|make|provide)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?presentation\b"
    r"|(?:present|introduce|take\s+(?:members|the\s+\w+)\s+through)\s+(?:the|a|an|his|her|their|this)\s+(?:[\w-]+\s+){0,3}?(?:report|update|presentation|item|paper)\b"
    r"|(?:be\s+)?(?:submitted|presented|tabled|introduced)\b|report\s+(?:at|to)\s+(?:the|this)\s+meeting\b",
    re.IGNORECASE,
)
_AT_THIS_MEETING = re.compile(r"\b(?:at|during)\s+(?:this|today[’']s|tonight[’']s|this\s+evening[’']s)\s+meeting\b", re.IGNORECASE)
_LATER = compile_guarded(
    r"\b(?:next|future|following|forthcoming|later|subsequent|another|further)\b"
    r"|\b(?:to|at|before)\s+(?!this\b)(?:the\s+)?(?:[\w&-]+\s+){0,4}?(?:Cabinet|Council|Board|Committee|Panel|Executive|Group|Partnership)\b",
    re.IGNORECASE,
)
"""A later meeting or another body: 'comments would go to the Safer Towns Board' is work passed on."""


_BLURB_BUSINESS = re.compile(
    r"(?:provide|give)\s+(?:a|an|the)\s+(?:(?:verbal|brief|short|written|general)\s+)?(?:update|overview|briefing)\b"
    r"|report\s+on\b|update\s+(?:the\s+)?(?:Committee|Commission|Panel|Board|Members|Forum|Group|Partnership)\b",
    re.IGNORECASE,
)
_MINUTES_LINE = re.compile(r"^[ \t]*Minutes\s*:?[ \t]*$", re.MULTILINE)


def this_meeting_business(text: str, verb_start: int, end: int) -> bool:
    """True for what happens at the meeting itself: 'The Safety Manager will give a presentation to
    councillors', 'A report will be submitted on the new plan' (an agenda's purpose line), unless a
    later meeting or a date is named. Weaker forms ('will provide an update on neighbourhood issues') count only in
    a ModernGov item's agenda text, above its 'Minutes:' line."""
    if _LATER.search(text, verb_start, end) or due(text, verb_start, end) is not None:
        return False
    if _THIS_MEETING_BUSINESS.match(text, verb_start, end) or _AT_THIS_MEETING.search(text, verb_start, end):
        return True  # "questions to the Chief Constable which will be addressed at this meeting"
    return bool(_BLURB_BUSINESS.match(text, verb_start, end)) and _in_agenda_text(text, end)


def _in_agenda_text(text: str, pos: int) -> bool:
    """True when a 'Minutes:' line follows ``pos`` closely with no 'Minutes:' line shortly before it."""
    after = _MINUTES_LINE.search(text, pos, pos + 800)
    return after is not None and _MINUTES_LINE.search(text, max(0, pos - 1500), pos) is None


_BENEFIT = re.compile(
    r"(?:give|provide|offer|deliver|bring|add)\s+(?:(?:a|an|the)\s+)?(?:(?:much|more|greater|better|additional|extra|increased|improved|real|significant|further)\s+)?"
    r"(?:impetus|visibility|presence|reassurance|confidence|capacity|resilience|flexibility|benefits?|value|opportunit(?:y|ies)|focus|stability|certainty|assurance|consistency)\b",
    re.IGNORECASE,
)


def describes_a_benefit(text: str, verb_start: int, end: int) -> bool:
    """True for 'the new unit would bring greater visibility': what something will bring, not work promised."""
    return _BENEFIT.match(text, verb_start, end) is not None


_CONTENTS_VERB = re.compile(r"(?:include|contain|comprise|cover|set\s+out|outline|look\s+at|focus\s+on|examine)\b", re.IGNORECASE)
_DOCUMENT_SUBJECT = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?:plan|report|strategy|document|paper|update|presentation|review|discussion|session|survey|"
    r"consultation|bid|proposal|programme|agenda|item|briefing)s?\b",
    re.IGNORECASE,
)


def describes_contents(subject: str, text: str, verb_start: int) -> bool:
    """True for 'A workforce plan from the force would include PCSOs', 'Today's discussion would look at ...':
    what a document or a discussion holds, not work anyone promised."""
    return bool(_DOCUMENT_SUBJECT.match(" ".join(subject.split())) and _CONTENTS_VERB.match(text, verb_start))
