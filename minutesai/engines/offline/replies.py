"""A request and the answer that accepts it: one action, owned by whoever agreed.

"Cllr Davies asked for the ASB figures to be circulated. The Inspector agreed to
do so." records one piece of work. The answer either points back at the request
("agreed to do so", "undertook to provide this", "agreed.") or restates it
("agreed to circulate the figures"); either way the owner is the one who agreed,
and the quote runs from the request to the answer.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.action_parts import ActionCandidate, due
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.speakers import ROLE, SpeakerTracker, normalise_owner

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
