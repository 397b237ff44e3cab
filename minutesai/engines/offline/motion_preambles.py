"""The wording of a council motion: what "This Council notes" or "believes" is the motion's case, not a decision.

A motion carried at full council is recorded with its text: "This Council notes:" and a list of statements
("That overall responsibility for policing ... continues to rest with the Home Secretary"), then what the Council
resolves or calls for. Annotators of different councils' minutes (Crawley, Harrow, Ashcombe) record the motion being
carried, and what it resolves, never the facts it notes. Under a RESOLVED heading such a lead and the items after it
are not decisions until a lead that resolves, calls for, requests or asks.
"""

from __future__ import annotations

import re

_PREAMBLE = re.compile(
    r"^[“\"‘']?(?:This|The)\s+Council\s+(?:(?:further|also)\s+)?(?:notes|believes|recognises|recognizes|acknowledges|understands)"
    r"(?:\s+(?:that|with\s+concern))?\s*[:–-]?\s*$"
)
_RESOLVING = re.compile(
    r"^[“\"‘']?(?:This|The)\s+Council\s+(?:(?:therefore|further|also)\s+)?(?:resolves|calls|requests|asks|instructs|agrees|urges|commits)\b"
)


def motion_lead(item_text: str) -> bool | None:
    """True for a motion's preamble lead ("This Council notes:"), False for a lead that resolves ("This Council
    resolves to:"), None for any other item."""
    t = " ".join(item_text.split())
    if "Council" not in t[:30]:
        return None
    if _PREAMBLE.match(t):
        return True
    if _RESOLVING.match(t):
        return False
    return None
