"""Work arranged without a promise verb: "..., with attendance figures being reported back to the Licensing
Committee", "Update to be provided at the next meeting.", "Officers were to send the summary to councillors".

Minutes often record an arrangement as a participle or an infinitive rather than as "X would ...": the
report-back is still forward-looking work given to someone (whoever was speaking when it was recorded).
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.action_parts import (
    VERBS,
    ActionCandidate,
    clause_end,
    clause_start,
    due,
    verb_phrase,
)
from minutesai.engines.offline.commitments import is_person
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.set_to_plans import set_to
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner

_REPORTED_BACK = re.compile(r"\b(?:being|to\s+be)\s+(?:reported|fed)\s+back\s+to\b")
_WITH = re.compile(r"\bwith\s+")


def report_back(text: str, sent: Sentence, speakers: SpeakerTracker) -> ActionCandidate | None:
    """'... sessions run to March, with take-up being reported back to the Licensing Committee': a report-back arranged."""
    if "back to" not in sent.text:
        return None
    m = _REPORTED_BACK.search(text, sent.start, sent.end)
    if m is None:
        return None
    start = clause_start(text, sent.start, m.start())
    for w in _WITH.finditer(text, start, m.start()):
        start = w.end()  # "with attendance figures being reported back": the subject follows "with"
    s, e = trim_span(text, start, clause_end(text, m.end(), sent.end))
    return ActionCandidate(speakers.current(), " ".join(text[s:e].split()), due(text, s, e), s, e, 1)


_TO_BE_DONE = re.compile(
    r"(?:(?:An?|The)\s+)?(?:(?:further|written|verbal|full|short|brief|progress)\s+)?(?:update|report|response|reply|briefing(?:\s+note)?|figures|data"
    r"|information|details|breakdown|presentation|letter|answer|feedback)\b[^.;]{0,60}?\s+to\s+be\s+(?:provided|circulated|sent|brought|given"
    r"|presented|shared|submitted|produced|reported|forwarded|emailed|made\s+available)\b",
    re.IGNORECASE,
)


def to_be_done(text: str, sent: Sentence, speakers: SpeakerTracker) -> ActionCandidate | None:
    """'Update to be provided at the next meeting.', 'A written response to be sent to Mr Khan.' (a line of its own)."""
    if "to be" not in sent.text or not sent.line_start:
        return None
    m = _TO_BE_DONE.match(sent.text)
    if m is None:
        return None
    s, e = trim_span(text, sent.start, clause_end(text, sent.start + m.end(), sent.end))
    return ActionCandidate(None, " ".join(text[s:e].split()), due(text, s, e), s, e, 1)


def arranged(text: str, sent: Sentence, speakers: SpeakerTracker) -> ActionCandidate | None:
    """Work arranged in ``sent`` without a promise verb, if any."""
    return report_back(text, sent, speakers) or to_be_done(text, sent, speakers) or set_to(text, sent, speakers)


_WERE_TO = scan.LowerScanner(rf"\b(?:was|were|is|are)\s+(?:also\s+)?to\s+(?P<verb>{VERBS})\b")
_WERE_TO_CUE = re.compile(r"(?:re|as|is)\s+(?:also\s+)?to\s")
"""The cue for ``were_to``: 'is to' with any white space, so a hard-wrapped 'Coun East is to / obtain a quote' counts."""
_LEADING_JUNK = re.compile(r"^\s*(?:(?:and|but|so|also|then)\s+)*", re.IGNORECASE)


def were_to(text: str, sent: Sentence) -> ActionCandidate | None:
    """'Officers were to send the summary to councillors': work someone was given."""
    if _WERE_TO_CUE.search(sent.text) is None:
        return None
    for m in _WERE_TO.finditer(text, sent.start, sent.end):
        start = clause_start(text, sent.start, m.start())
        subject = _LEADING_JUNK.sub("", text[start:m.start()])
        if not is_person(subject):
            continue  # "The aim was to provide ..." is not work
        if _REPORTED_DONE.search(text, m.end(), sent.end):
            return None  # "Matters arising: SC was to check up on the parks actions – these have been completed."
        qs, qe = trim_span(text, start, clause_end(text, m.end(), sent.end))
        return ActionCandidate(normalise_owner(subject), verb_phrase(text, m.start("verb"), qe), due(text, qs, qe), qs, qe, 1)
    return None


_REPORTED_DONE = re.compile(
    r"(?:[–—-]|:|,|;)\s*(?:this|these|it|which|both|all)(?:\s+(?!has\b|have\b|had\b)[a-z-]+)?\s+(?:has|have|had)\s+(?:now\s+|since\s+)?been\s+"
    r"(?:completed|done|actioned|resolved|closed|dealt\s+with|carried\s+out)\b",
    re.IGNORECASE,
)
"""An earlier action reported with its outcome ('was to check ... – these have been completed'): done, not open."""


_ACTION_LIST_HEAD = re.compile(r"(?:Agreed\s+|AGREED\s+)?(?:Actions?|ACTIONS?)(?:\s+(?:points|agreed|arising|list|POINTS|AGREED))?\s*:?\s*$")
_OWNER_DASH_ITEM = re.compile(
    r"(?P<who>(?:(?:PCSO|PC|Sgt|Insp|Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"(?:\s*(?:/|&|and)\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})*)\s+[–—-]\s+(?P<act>\S+(?:\s+\S+){2,})"
)


def action_list_items(text: str, sentences: list[Sentence]) -> list[ActionCandidate]:
    """'Action points' / 'Actions:' on a line of its own, then list items 'PCSO Ali – leaflet drop in Park Road'."""
    out: list[ActionCandidate] = []
    if "ction" not in text and "CTION" not in text:
        return out
    in_list, para = False, -1
    for sent in sentences:
        if sent.line_start and _ACTION_LIST_HEAD.fullmatch(sent.text.strip()):
            in_list, para = True, sent.para
            continue
        if not in_list or not sent.line_start:
            continue
        if sent.para != para + 1 or not sent.marker:
            in_list = False
            continue
        para = sent.para
        m = _OWNER_DASH_ITEM.fullmatch(sent.text.strip().rstrip("."))
        if m:
            s, e = trim_span(text, sent.start, sent.end)
            out.append(ActionCandidate(normalise_owner(m.group("who")), m.group("act").rstrip(" ."), due(text, s, e), s, e, 2))
    return out
