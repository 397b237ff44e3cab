"""Service standards stated as a time: "reports of ASB are looked into within 24 hours", "victims were
contacted within two days". A threshold is not a figure when a share meets it ("89% of calls were
attended within 15 minutes": the 89% is the figure), nor when it is a duty or a plan ("must respond
within 28 days", "would be visited within a week"); said as what happens, it is the performance statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutesai.engines.offline import patterns as P

_SERVICE_WITHIN = re.compile(
    rf"\b(?:are|is|were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:all\s+)?"
    rf"(?:looked\s+into|responded\s+to|attended(?:\s+to)?|dealt\s+with|contacted|visited|acknowledged|reviewed|investigated|assessed"
    rf"|triaged|answered|resolved|allocated|seen|followed\s+up)\s+within\s+(?:an?\s+average\s+of\s+)?({P.NUM}|{P.NUM_WORD})\s+"
    rf"(?:working\s+)?(minutes?|hours?|days?|weeks?)\b",
    re.IGNORECASE,
)
_SHARE_OR_DUTY = re.compile(r"%|per\s?cent|\b(?:must|should|will|would|shall|aim|aims|target|expected|required|need)\b", re.IGNORECASE)


def find_service_standards(text: str, start: int, end: int, add: Callable) -> None:
    from minutesai.engines.offline.anchors import Anchor

    for m in _SERVICE_WITHIN.finditer(text, start, end):
        if _SHARE_OR_DUTY.search(text, start, end):
            return
        add(Anchor(m.start(), m.end(), P.parse_number(m.group(1)), "other", "duration"))
