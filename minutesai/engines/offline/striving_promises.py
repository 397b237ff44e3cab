"""Promises to try, in a plain future: "Alison will endeavour to update you as soon as ...",
"the Inspector would try to attend the next meeting", "the PCC would look to take that point forward",
"They will take that feedback back ...".

actions._MODAL wants a work verb right after "will"; these put "endeavour to" / "try to" / "look to" in
between, or use "take the feedback back", a phrase commitments.py only reads after a
reporting verb. The subject must be a person (or a pronoun for one): "the scheme will try
to reduce ..." is an aim, not work.
"""

from __future__ import annotations

import re

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
from minutesai.engines.offline.speakers import SpeakerTracker, subject_before

_TRY = r"(?:endeavour|try|look|do\s+(?:his|her|their|our|my)\s+(?:very\s+)?best)"
_TRYING = r"be\s+(?:attempting|trying|looking|seeking)"
_FED_BACK = r"(?:feedback|comments?|concerns?|points?|issues?|suggestions?|views?)"
_STRIVING = re.compile(
    rf"\b(?:will|would)\s+(?:(?:also|then|now|personally)\s+)?(?:{_TRY}\s+to\s+(?P<verb>{VERBS})\b"
    rf"|{_TRYING}\s+to\s+(?!(?:be|have|get|see|know)\b)(?P<any>[a-z]+)\b"  # "She would be attempting to gather together ..."
    rf"|(?P<take>take)\s+(?:this|that|these|those|the|your|their)\s+{_FED_BACK}\s+(?:back|away)\b)",
    re.IGNORECASE,
)
GATE_FOLLOW = rf"(?:would|will)\s+(?:(?:also|then|now|personally)\s+)?(?:(?:{_TRY}|{_TRYING})\s+to\s|take\s+(?:this|that|these|those|the|your|their)\s+{_FED_BACK})"
"""The sentence-gate form of the rule (action_gates._FOLLOW, lower-case text)."""
_HEDGED = re.compile(r"\b(?:if|unless|whether|could|might|hoped|suggested)\b", re.IGNORECASE)


def striving_promise(text: str, sent: Sentence, speakers: SpeakerTracker) -> ActionCandidate | None:
    """The first 'will endeavour to VERB' / 'will take that feedback back' promise by a person in ``sent``."""
    for m in _STRIVING.finditer(text, sent.start, sent.end):
        start = clause_start(text, sent.start, m.start())
        subject = " ".join(text[start:m.start()].split()).strip(" ,")
        if not subject or not is_person(subject) or _HEDGED.search(subject):
            continue
        qs, qe = trim_span(text, start, clause_end(text, m.end(), sent.end))
        verb_start = m.start("verb") if m.group("verb") else m.start("any") if m.group("any") else m.start("take")
        who = subject_before(text, start, m.start(), speakers)
        return ActionCandidate(who, verb_phrase(text, verb_start, qe), due(text, qs, qe), qs, qe, 1)
    return None
