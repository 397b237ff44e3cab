"""Work said as an intention: "Ben intends to speak to the Parish Council about ...", "Police are going to introduce
foot patrols in rural villages", "the speeding initiative the police are about to undertake", "the Police were
planning to meet up with community partners".

actions._MODAL wants "will"/"would" before the work verb; ward panels, community councils and neighbourhood action
panels often report a plan with "intends to", "is going to", "is about to" or "is planning to" instead. Only a person,
team or force (or a pronoun for one) intends work, and only a work verb counts: "the police intended to focus on the
night-time economy" names no task (and
"intended to" in the past, or "was intended to" for a purpose, is read as no plan at all), "the scheme is going to reduce ..." is an aim, "are going to get a quick response"
a question's worry. A clause with a hedge or a negation before it ("did not intend to", "asked if the police were
going to ...") is no plan.
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
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner, subject_before

_INTENDED = re.compile(
    r"\b(?:intends|plans|(?:is|are|am|was|were)\s+(?:also\s+|now\s+)?(?:going|about|planning|intending))\s+to\s+"
    rf"(?:(?:also|then)\s+)?(?P<verb>{VERBS}|introduce|hold|launch|set\s+up|run)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\b(?:if|whether|not|never|how|what|why|could|might|hoped|asked|queried|enquired|unless)\b", re.IGNORECASE)
_DOER = re.compile(
    r"(?P<who>\b(?:the\s+)?(?:police|force|team|officers|partners|council)|\b(?:he|she|they|we)"
    r"|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+$",
    re.IGNORECASE,
)
"""Who intends it, right before the verb: 'the speeding initiative the police are about to undertake'."""


def _cheap_cue(t: str) -> bool:
    return "intend" in t or "going to" in t or "about to" in t or "planning to" in t or "plans to" in t


def intended_work(text: str, sent: Sentence, speakers: SpeakerTracker) -> list[ActionCandidate]:
    """The first intention to do work in ``sent`` whose subject is someone who can do it (a list of one, or empty)."""
    t = sent.text
    if not _cheap_cue(t) or t.rstrip().endswith("?"):
        return []
    for m in _INTENDED.finditer(text, sent.start, sent.end):
        start = clause_start(text, sent.start, m.start())
        subject = " ".join(text[start:m.start()].split()).strip(" ,")
        if not subject or _HEDGED.search(subject):
            continue
        if not is_person(subject):
            doer = _DOER.search(text, max(start, m.start() - 60), m.start())
            if doer is None or doer.start("who") == start:
                continue
            start, subject = doer.start("who"), doer.group("who")  # a relative clause: quote from its subject
        qs, qe = trim_span(text, start, clause_end(text, m.end(), sent.end))
        who = normalise_owner(subject) if start != clause_start(text, sent.start, m.start()) else (
            subject_before(text, start, m.start(), speakers))
        return [ActionCandidate(who, verb_phrase(text, m.start("verb"), qe), due(text, qs, qe), qs, qe, 1)]
    return []
