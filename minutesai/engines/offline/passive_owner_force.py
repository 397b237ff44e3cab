"""Whose work a passive promise from a police officer is: the officer, for the force they speak for.

"Superintendent Clark gave an update ... a breakdown of the results would be circulated to Members": nobody is named
as the one to circulate it; the officer speaking answers for the force, which does the work. The owner stays the
officer and names the force as well ("Superintendent Clark (Police Scotland)"), so both who to ask and who acts show.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import ActionCandidate
from minutesai.engines.offline.presenting_body import force_named

_RANKED = re.compile(
    r"(?:(?:Chief|Assistant|Deputy|Detective|Acting|Temporary|T/|A/)\s*)*(?:Superintendent|Supt|Inspector|Insp|Sergeant|Sgt|Constable|PC|PCSO"
    r"|DCI|DI|DS|CI|Commander|Chief\s+Constable)\b\.?"
)
_PASSIVE = re.compile(r"\b(?:would|will|to)\s+be\s+(?:[a-z]+ed|[a-z]+en|sent|set\s+up|put|made|held|brought|given|kept|shown|taken|run)\b"
                      r"|\bset\s+to\s+take\s+place\b")
_PERSONAL = re.compile(
    r"\b(?:(?:he|she|they|we|I)\b(?!\s+(?:also\s+)?(?:added|said|stated|explained|advised|confirmed|reported|noted|indicated)\b)|(?:his|her|their|our)\b)",
    re.IGNORECASE,
)
"""Someone who does the work ('she would be sent ...', 'their report would be ...'); 'He added that ...' only reports it."""


def qualify_passive_owners(text: str, found: list[ActionCandidate]) -> None:
    """Add the force named in the text to a police officer who owns a passive promise without a doer."""
    force: str | None = None
    for a in found:
        if a.owner is None or not _RANKED.match(a.owner) or a.priority != 1:
            continue
        quote = text[a.start:a.end]
        last = a.owner.split()[-1]
        if last in quote or not _PASSIVE.search(quote) or _PERSONAL.search(quote):
            continue  # the officer is named in the quote, or someone does it
        force = force or force_named(text)
        if force is None:
            return
        if not set(force.split()) & set(a.owner.split()):
            a.owner = f"{a.owner} ({force})"


_POSSESSOR = re.compile(
    r"\(?(?:The\s+|the\s+)?(?P<who>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|for|and|&)){0,4})[’']s\s+(?:[\w-]+\s+){1,6}?$"
)


def possessor(text: str, clause_start: int, modal: int) -> str | None:
    """'The Panel’s report on the precept will be issued to the Commissioner ...': whose thing it is does the work."""
    m = _POSSESSOR.match(text, clause_start, modal) if "s " in text[clause_start:modal] else None
    return m.group("who") if m else None
