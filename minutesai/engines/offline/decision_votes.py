"""Decisions taken by vote: 'It was moved and seconded that ...' then 'the motion was carried', vote lines, bare outcomes."""

from __future__ import annotations

import re

from minutesai.engines.offline.sentences import Sentence

_MOVED = re.compile(
    r"^(?:It\s+was|It\s+had\s+been)\s+(?:duly\s+)?(?:moved|proposed)\s+(?:by\s+[^,]{2,60}?\s+)?and\s+seconded\b"
    r"|^(?:Proposed|Moved)\b[^.;]{0,160}?\b[Ss]econded\b",  # "Proposed by Cllr A, seconded by Cllr B, that ... . Carried."
    re.IGNORECASE,
)
_VOTE_CARRIED = re.compile(
    r"^(?:(?:The\s+)?(?:motion|proposal)\s+(?:was\s+)?)?(?:carried|agreed|approved)(?:\s+(?:unanimously|by\s+all(?:\s+present)?|nem\.?\s*con\.?))?\s*\.?\s*$"
    r"|\b(?:motion|amendment|proposal|recommendations?)\b[^.]{0,40}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+|therefore\s+)?(?:carried|agreed|approved|passed)\b"
    r"|\b(?:put\s+to\s+the\s+vote|upon\s+a\s+vote|on\s+a\s+vote)\b[^.]{0,60}?\b(?:carried|agreed|approved|passed)\b"
    r"|\bcalled\s+for\s+a\s+(?:recorded\s+|named\s+|voice\s+)?vote\b[^.]{0,120}?\bwhich\s+was\s+(?:duly\s+|unanimously\s+)?(?:carried|agreed|approved|passed)\b",
    re.IGNORECASE,
)
_VOTE_LOST = re.compile(r"\b(?:lost|fell|defeated|not\s+carried|withdrawn|rejected)\b", re.IGNORECASE)
BARE_OUTCOME = re.compile(
    r"^(?:The\s+)?(?:Recommendations?|Report|Motion|Proposals?)(?:\s+(?:[\w-]+\s+){0,4}?)?\s*(?:were\s+|was\s+)?(?:duly\s+|unanimously\s+)?"
    r"(?:agreed|approved|endorsed|accepted|carried|adopted)(?:\s+(?:unanimously|as\s+set\s+out|as\s+amended))?\s*\.?$"
    r"|^(?:(?:The|This)\s+)?(?:[\w-]+\s+)?(?:Update|Report|Information|Presentation|Briefing|Minutes|Position|Contents?)\s+(?:was\s+|were\s+)?"
    r"(?:duly\s+)?(?:noted|received)(?:\s+and\s+(?:noted|received|agreed))?\s*\.?$",  # "Update noted." on its own line
)


def motion_outcome(sentences: list[Sentence], k: int) -> bool:
    """'It was moved and seconded that ...' followed in its item by 'the motion was carried'; or a vote line with no motion before it."""
    t = sentences[k].text
    if _MOVED.match(t):
        for nxt in sentences[k + 1:k + 4]:
            if _VOTE_LOST.search(nxt.text):
                return False
            if _VOTE_CARRIED.search(nxt.text):
                return True
        return False
    if _VOTE_CARRIED.search(t) and not _VOTE_LOST.search(t) and "vote" in t.lower():
        return not any(_MOVED.match(p.text) for p in sentences[max(0, k - 3):k])
    return False


_SECONDED_AND_RESOLVED = re.compile(
    r"\b(?:proposed|moved)\s+by\s+[^.;]{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^.;]{2,60}?,?\s+(?:and\s+|that\s+)?(?:it\s+was\s+)?"
    r"(?P<kw>RESOLVED|AGREED|resolved|agreed)(?:\s+(?:unanimously|UNANIMOUSLY))?\s+(?:to|that)\b"
)


def seconded_resolution(sent: Sentence) -> int | None:
    """'It was proposed by Cllr X, seconded by Cllr Y and RESOLVED to purchase ...': where the resolution starts."""
    if "seconded" not in sent.text:
        return None
    m = _SECONDED_AND_RESOLVED.search(sent.text)
    return sent.start + m.start("kw") if m else None
