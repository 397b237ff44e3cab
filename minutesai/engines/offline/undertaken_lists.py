"""Work promised as a bulleted list: "During the course of the discussion, the Deputy Commissioner undertook to:"
and then one bullet per piece of work ("· Provide the full costs of policing the visit;"). The lead-in names the
owner and no work; each bullet that opens with a work verb is one action, quoted on its own line."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import VERBS, ActionCandidate, clause_start, due
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.sentences import Sentence
from minutesai.engines.offline.speakers import SpeakerTracker, subject_before

_LEAD = compile_guarded(
    r"\b(?:undertook|agreed|promised|offered|volunteered|pledged|committed|(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:asked|requested|tasked|invited|instructed|actioned))\s+to\s*[:–-]$"
    r"|\b(?:would|will)\s*[:–-]$",
)
"""A lead-in that promises work and leaves it to the lines below: 'X undertook to:', 'Officers were asked to:',
'The Inspector would:'."""
_BULLET = r"[ \t]*(?:[•·▪◦‣*]|[-–](?=\s)|\(?[a-z]\)|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\))[ \t]+"
"""A bullet, or a lettered, numbered or roman-numbered item marker, and the space after it."""
_ITEM = re.compile(rf"{_BULLET}(?P<body>(?:[Tt]o\s+)?(?i:{VERBS})\b[^\n]*)")
"""An item whose text opens with a work verb: 'Provide ...', 'Look into ...'. 'note the report' or 'receive a further
update' are not work on a list under 'agreed to:'; they fail the verb test."""
_BULLET_LINE = re.compile(rf"{_BULLET}\S")
_FRONTED = re.compile(
    r"[ \t]*(?:During|In|Following|After|When|Having|At|On|As|Responding|Answering|Replying|Under)\b[^,\n]{0,80},[ \t]*"
)
"""An opening adverbial clause before the owner: 'During the course of the discussion, the Deputy Commissioner, MPS,
undertook to:'; the owner's own commas stay with it."""
_MAX_ITEMS = 12
_TRAILING = " \t\r.;,"


def _trim_and(text: str, s: int, e: int) -> int:
    """End of an item without its closing '; and' / ', and'."""
    while e > s and text[e - 1] in _TRAILING:
        e -= 1
    if text.endswith(" and", s, e) and e - 4 > s:
        e -= 4
        while e > s and text[e - 1] in _TRAILING:
            e -= 1
    return e


def undertaken_list(text: str, sent: Sentence, speakers: SpeakerTracker) -> list[ActionCandidate]:
    """One action per work item listed under ``sent`` when it is a lead-in promising work ('X undertook to:');
    [] when it is not, or when fewer than one item opens with a work verb."""
    stripped = sent.text.rstrip()
    if not stripped.endswith((":", "–", "-")):
        return []
    end = sent.start + len(stripped)
    lead = _LEAD.search(text, sent.start, end)
    if lead is None:
        return []
    fronted = _FRONTED.match(text, sent.start, lead.start())
    start = fronted.end() if fronted else clause_start(text, sent.start, lead.start())
    owner = subject_before(text, start, lead.start(), speakers)
    out: list[ActionCandidate] = []
    pos = end
    for _ in range(_MAX_ITEMS):
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if not _BULLET_LINE.match(text, pos):
            break
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        m = _ITEM.match(text, pos, line_end)
        if m is not None:
            s = m.start("body")
            e = _trim_and(text, s, m.end("body"))
            if e - s >= 8:
                out.append(ActionCandidate(owner, " ".join(text[s:e].split()), due(text, s, e), s, e, 1))
        pos = line_end
    return out
