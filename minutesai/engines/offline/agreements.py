"""How a promise with "agreed to" is worded: who agreed, and to whose request.

Who promised in "X <did something> and agreed to ...": the subject named at the clause's start.

"The Head of Community Protection Services appreciated his concern and agreed to feed this back to the group",
"Inspector Shaw thanked Members for their comments and offered to circulate the plan", "The Clerk noted the request and
undertook to write to Highways": the one who agreed is the subject of the first verb, not the last person heard speaking
(who is often the Member whose point is being answered). A pronoun ("He noted ... and agreed to ...") or a meeting body
("The Committee noted the report and agreed to ...") gives no name here, and the caller falls back to the speaker.

Agreed work whose verb comes after someone else's request.

"agreed to a request to bring a report ...", "agreed to the Chair's suggestion to write ...", "agreed to a request from
Councillor Smith to provide ...": the agreement is to another's request and the work follows the second "to" (ModernGov
ward and area committee minutes, parish council minutes).
"""

from __future__ import annotations

import re

from minutesai.engines.offline.speakers import ROLE, normalise_owner

_NAMED_SUBJECT = re.compile(
    rf"(?P<who>{ROLE})\s+(?:also\s+|then\s+)?(?:[a-z]+ed|took|gave|said|made|spoke|thanked|understood|saw|heard|felt)\s")
_BODY = re.compile(r"(?:.*\s)?(?:Committee|Panel|Board|Council|Members|Forum|Partnership|Group|Cabinet|Meeting|Executive|Commission)$",
                   re.IGNORECASE)


def elided_subject(text: str, clause_start: int) -> str | None:
    """The person named as subject at ``clause_start`` when a past-tense verb follows the name, else None."""
    if not ("A" <= text[clause_start:clause_start + 1] <= "Z"):
        return None
    m = _NAMED_SUBJECT.match(text, clause_start)
    if m is None or _BODY.match(m.group("who")):
        return None
    return normalise_owner(m.group("who"))


TO_A_REQUEST = r"(?:(?:(?:a|the|this|that|his|her|their)\s+)?(?:[a-z]+’s\s+|[a-z]+'s\s+)?(?:request|suggestion|proposal)\s+(?:from\s+(?:[\w’'-]+\s+){1,4}?)?to\s+)?"
"""Optional words of ``_AGREED_TO`` (lower-case scanner) between 'agreed to' and the verb: 'agreed to a request to bring'."""
