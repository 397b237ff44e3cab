"""Promises in the future progressive: "He will be attending our meeting", "she would be speaking to officers".

Minutes often report an undertaking as "will/would be <verb>ing" rather than "will/would <verb>". The form counts
only when the verb, put back into its base form, is one of the work verbs the plain "would <verb>" rule takes
("attending" -> attend, "writing" -> write, "mapping" -> map, "looking into" -> look into); "would be having",
"will be going" or "would be increasing" stay out, and so does a way of working ("would be working closely with").
The form is tried only where no plainer commitment is found in the sentence. Everything else (whose promise, hedges, arrangements) is decided
by the same checks as the plain modal form.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.action_parts import VERBS

TIME_ASIDE = r"(?:,\s*(?:very\s+|quite\s+)?(?:shortly|soon|in\s+due\s+course|in\s+the\s+near\s+future|imminently|as\s+soon\s+as\s+possible),?\s+)"
"""'he would, very shortly be publishing the minutes', 'she would, in due course, circulate ...': when, set off by commas."""
_ADVERB = r"(?:(?:also|then|now|personally|further|both|jointly|shortly|soon)\s+)?"
PROGRESSIVE = scan.LowerScanner(rf"\b(?:would|will|shall|’ll|'ll)(?:\s+{_ADVERB}|{TIME_ASIDE})be\s+(?P<verb>(?:co-)?[a-z]{{2,}}ing)\b")
LOOKING_INTO = scan.LowerScanner(
    r"\b(?:was|were|is|are)\s+(?:(?:currently|also|now|actively)\s+)?(?:looking\s+(?:into|at)|exploring)\s+"
    r"(?:the\s+(?:possibility|feasibility|option)\s+of\s+)?(?P<verb>(?:co-)?[a-z]{2,}ing)\b")
"""'the Police were looking into setting up a multi-agency group': work someone means to do, when the '-ing' verb is
work (as for PROGRESSIVE); 'were looking into the incident' names no work to come."""
LOOKING_CUES = scan.Cues(("looking$", "exploring$"))
PROGRESSIVE_FOLLOW = rf"(?:would|will|shall)(?:\s+{_ADVERB}|{TIME_ASIDE})be\s+(?:co-)?[a-z]{{2,}}ing\b"
"""The same form for the sentence gate (action_gates._FOLLOW)."""
_WORK_VERB = re.compile(rf"(?:{VERBS})\b", re.IGNORECASE)
_WAY_OF_WORKING = re.compile(r"working\s+(?:(?:closely|together|jointly|in\s+partnership)\s+)?(?:with|alongside)\b", re.IGNORECASE)
"""'the police would be working closely with the Fire Service': how they work, as in action_roles, not a task."""
_LEADS_A_FORUM = re.compile(
    r"(?:co-)?(?:chair|lead|coordinate|co-ordinate)\s+(?:(?:a|the|an|this|these|their|its)\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"(?:meetings?|groups?|boards?|forums?|panels?|reviews?|partnerships?|task\s+forces?|taskforces?|working\s+groups?|operations?)\b",
    re.IGNORECASE,
)
"""'X and the Director would be co-chairing a new performance management meeting': taking on a forum is work, though
'chair' and 'lead' are not work verbs of the plain modal form ('she would chair the debate' is this meeting's business)."""


def base_forms(ing: str) -> list[str]:
    """The base forms an '-ing' word may come from: 'attending' -> attend, 'writing' -> write, 'mapping' -> map."""
    stem = ing[:-3].lower()
    forms = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])  # doubled consonant: "mapping", "submitting"
    return forms


def progressive_of_work(text: str, m: re.Match[str]) -> bool:
    """True when a PROGRESSIVE match's '-ing' verb is a work verb ('be looking into it' reads as 'look into it')."""
    if _WAY_OF_WORKING.match(text, m.start("verb")):
        return False
    rest = text[m.end("verb"):m.end("verb") + 60]
    for base in base_forms(m.group("verb")):
        if _WORK_VERB.match(base + rest) and len(base) > 1 or _LEADS_A_FORUM.match(base + rest):
            return True
    return False
