"""Work reported as "set to" happen: an arrangement made, told without a promise verb.

    Inspector Oakley was set to meet with Sainsburys to discuss shoplifting ...
    ... a problem-solving plan was set to be put into place.
    ... PC Hamel had met with every retailer and had produced packs for them, with this work set to be replicated in Westbury.
    A day of action was set to take place involving an operation relating to crime in the run up to Christmas ...

"Set to" with a person and a work verb is that person's arrangement; with work done to something ("set to be put into
place", "set to be replicated", "set to be rolled out") or an operation that is "set to take place" it is the work of
whoever is speaking. What is only forecast ("crime is set to rise", "the precept is set to increase", "the station is
set to open in May") has no work verb and is not taken.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_gates import PASSIVE_VERBS
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
from minutesai.engines.offline.speakers import SpeakerTracker, normalise_owner

_SET_TO = re.compile(
    rf"\b(?:(?P<be>was|were|is|are)\s+)?(?:now\s+|also\s+)?set\s+to\s+(?:"
    rf"be\s+(?P<passive>{PASSIVE_VERBS}|put\s+in(?:to)?\s+place|replicated|rolled\s+out|introduced|launched|implemented|held|extended)"
    rf"|(?P<event>take\s+place)|(?P<verb>{VERBS}))\b"
)
_EVENT = re.compile(
    r"\b(?:days?\s+of\s+action|operations?|events?|meetings?|briefings?|sessions?|surger(?:y|ies)|patrols?|workshops?|campaigns?"
    r"|drop-ins?|walkabouts?|visits?|exercises?)\s*$",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(r"^\s*(?:(?:and|but|so|also|then|with)\s+)*", re.IGNORECASE)


def set_to(text: str, sent: Sentence, speakers: SpeakerTracker) -> ActionCandidate | None:
    """The first 'set to' arrangement in ``sent``, if any."""
    if "set to " not in sent.text:
        return None
    for m in _SET_TO.finditer(text, sent.start, sent.end):
        start = clause_start(text, sent.start, m.start())
        subject = _LEADING_JUNK.sub("", text[start:m.start()]).strip(" ,")
        if not subject:
            continue
        qs, qe = trim_span(text, start, clause_end(text, m.end(), sent.end))
        if m.group("verb"):
            if m.group("be") is None or not is_person(subject):
                continue  # "the figures set to provide ...": not someone given work
            return ActionCandidate(normalise_owner(subject), verb_phrase(text, m.start("verb"), qe), due(text, qs, qe), qs, qe, 1)
        if m.group("event") and not _EVENT.search(subject):
            continue  # "the changes were set to take place in April": what changes, not who acts
        return ActionCandidate(speakers.current(), " ".join(text[qs:qe].split()), due(text, qs, qe), qs, qe, 1)
    return None
