"""Passive work with a date or a later meeting, whatever its verb: "Six staff will be trained by January 2023",
"the report will be finalised ... with the final version brought back to the Panel at the September meeting".

actions._PASSIVE takes a closed list of work participles ("would be circulated", "would be provided"), because
"would be reduced" or "would be affected" forecast. A participle outside the list is work only when the clause
also says when it is due (a month, "by the end of", "within six weeks", the next or a named meeting): a deadline is
set for work, not for a forecast. Change and state participles stay out whatever the date ("crime would be reduced
by March", "the station will be closed in May" is news, not a task for anyone at the meeting).
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.action_parts import due

DATED_PASSIVE = scan.LowerScanner(r"\b(?:would|will|shall)\s+(?:also\s+|then\s+|now\s+|soon\s+)?be\s+(?P<verb>[a-z]{3,}(?:ed|en))\b")
_NOT_WORK = re.compile(
    r"(?:reduc|increas|decreas|rais|lower|affect|impact|expect|need|requir|bas|locat|clos|open|hous|station|posit|"
    r"rank|rat|scor|seen|tak|giv|driv|writt|chos|bro?k|stol|beat|held|pleas|delight|interest|concern|involv|"
    r"fund|financ|charg|cost|pai|paid|elect|appoint|sworn|welcom|attend|requested|asked|invit|told|known|call|nam|"
    r"allow|permit|abl|subject|exceed|achiev|reach|complet|finish|end|start|begin|launch|replac|retir|transferr|mov|"
    r"postpon|cancel|delay|defer|adjourn|suspend|releas|sentenc|convict|arrest|charg|bail|jail|impos|consider|discuss|debat)"
)
"""Participle stems that forecast, describe a state or are on the closed list's other side ('completed' is kept
out: 'the new station will be completed in 2025' is a building's news)."""


def dated_work(text: str, verb_start: int, verb_end: int, clause_end: int) -> bool:
    """True when the participle at ``text[verb_start:verb_end]`` is work and the clause up to ``clause_end`` is dated."""
    if _NOT_WORK.match(text[verb_start:verb_end].lower()) is not None:
        return False
    return due(text, verb_end, clause_end) is not None
