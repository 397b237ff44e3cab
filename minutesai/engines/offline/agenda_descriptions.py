"""The agenda's description of an item on a published minutes page, where no action is agreed.

ModernGov pages print each item as its heading, the agenda's description ("To receive a quarterly report
from the Commissioner ...", "A verbal update will be provided ...", "Inspector X to attend to discuss ..."),
then a "Minutes:" line and what happened. The description is written before the meeting: a promise in it
is the agenda's, not the meeting's. A block that records an outcome or a discussion (a "Decision:" block,
"RESOLVED", "noted", "said" ...) is minutes, not description, and keeps its actions.
"""

from __future__ import annotations

import bisect
import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.item_bounds import item_starts
from minutesai.engines.offline.item_page_descriptions import in_item_page_description

_MINUTES_LABEL = re.compile(r"^[ \t]*Minutes\s*:[ \t]*$", re.MULTILINE)
_BLOCK_LABEL = re.compile(r"^[ \t]*(?:Minutes|Decisions?)\s*:?[ \t]*$", re.MULTILINE)
_OUTCOME_OR_DISCUSSION = re.compile(
    r"\b(?:resolved|agreed|decisions?|noted|received|approved|confirmed|deferred|defered|determined|reviewed|closed|recommended"
    r"|recommendations?|welcomed|discussed|considered|thanked|said|explained|reported|advised|stated|informed)\b",
    re.IGNORECASE,
)
_LONGEST = 1200
"""Characters: an agenda description is a few lines; a longer block is the minutes of an item without a label."""


def in_description(text: str, start: int) -> bool:
    """True when ``start`` lies in an item description that a "Minutes:" line closes."""
    labels = scan.cached(text, "minutes labels", _minutes_labels)  # once per text: asked for every action found in it
    k = bisect.bisect_right(labels, start)
    if k == len(labels) or labels[k] - start > _LONGEST:
        return False  # no "Minutes:" line close below: the usual case, decided without finding the headings
    label_start = labels[k]
    starts = item_starts(text)
    i = bisect.bisect_right(starts, label_start) - 1
    lo = starts[i] if i >= 0 else 0
    for label in _BLOCK_LABEL.finditer(text, lo, label_start):
        lo = label.end()  # "Decision:" above "Minutes:": the block after it is the decision
    return lo <= start and label_start - lo <= _LONGEST and not _OUTCOME_OR_DISCUSSION.search(text, lo, label_start)


def _minutes_labels(text: str) -> list[int]:
    """Where each line that is only "Minutes:" starts (found by the word first: a regex at every line is slower)."""
    out = []
    k = text.find("Minutes")
    while k >= 0:
        line = text.rfind("\n", 0, k) + 1
        if _MINUTES_LABEL.match(text, line):
            out.append(line)
        k = text.find("Minutes", k + 7)
    return out


_AGENDA_PAGE = compile_guarded(r"\AAgenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?minutes\b|^Meeting:\s+\d{1,2}/\d{1,2}/\d{2,4}\s+-\s+", re.MULTILINE)
"""The titles ModernGov gives a meeting page ("Agenda and draft minutes") or an issue page ("Meeting: 20/06/2023 - ...")."""
_ADDITIONAL_DOCUMENTS = re.compile(r"^[ \t]*Additional\s+documents\s*:[ \t]*$", re.MULTILINE)
_PREVIEW_LEAD = re.compile(
    r"^[ \t]*The\s+following\s+(?:[\w-]+\s+){0,2}?(?:areas|topics|items|issues|points|matters|subjects|themes)\s+"
    r"(?:will|would|are\s+to|is\s+to)\s+be\s+(?:covered|discussed|considered|presented|addressed|outlined)\s*:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""'The following areas will be covered:' leads an agenda's preview of what an item will bring."""
_LIST_MARKER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|\(?[a-h][.)]|[•·*-])\s")
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(["that", "this", "with", "from", "which", "have", "been", "were", "will", "would", "should", "their", "there", "about", "into", "also", "held"])
_REPEAT_SHARE = 0.6
"""Share of a description's words that the minute below it must repeat for it to be the same item retold."""


def _paragraph(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _next_paragraph(text: str, end: int) -> tuple[int, int] | None:
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    return _paragraph(text, k) if k < len(text) else None


def _stems(words: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(words.lower()) if w not in _STOP}


def agenda_preview(text: str, start: int) -> bool:
    """True when ``start`` lies in agenda text printed above the minute on a page with no "Minutes:" label:
    a paragraph that an "Additional documents:" line closes; an item in a list led by 'The following areas will
    be covered:'; or, on a ModernGov meeting or issue page, a paragraph that the next one retells in the past
    ('The Chair will provide a verbal update ...' / 'The Chair provided a verbal update ...')."""
    if in_item_page_description(text, start):
        return True  # the description under an "Agenda item" page's title
    lo, hi = _paragraph(text, start)
    if scan.cached(text, "has additional documents", _has_documents_line) and _closed_by_documents_line(text, hi):
        return True
    if scan.cached(text, "has the following", _has_following) and _in_preview_list(text, lo):
        return True
    if not _AGENDA_PAGE.search(text, 0, 600):
        return False
    nxt = _next_paragraph(text, hi)
    if nxt is None:
        return False
    own, below = _stems(text[lo:hi]), _stems(text[nxt[0]:nxt[1]])
    return len(own) >= 4 and len(own & below) >= _REPEAT_SHARE * len(own) and not _OUTCOME_OR_DISCUSSION.search(text, lo, hi)


def _has_documents_line(text: str) -> bool:
    return "Additional documents" in text  # once per text: asked for every action found in it


def _has_following(text: str) -> bool:
    return "The following" in text or "the following" in text


def _closed_by_documents_line(text: str, end: int) -> bool:
    """True when the next line that is not blank is "Additional documents:" (ModernGov prints it after the description)."""
    k = end
    while k < len(text) and text[k] in " \t\r\n":
        k += 1
    return _ADDITIONAL_DOCUMENTS.match(text, k) is not None


def _in_preview_list(text: str, lo: int) -> bool:
    """True when the paragraph at ``lo`` is an item of a list that a preview lead-in heads."""
    if not _LIST_MARKER.match(text, lo):
        return False
    window = text[max(0, lo - _LONGEST):lo]
    for line in reversed(window.split("\n")):
        if not line.strip():
            continue
        if _PREVIEW_LEAD.match(line):
            return True
        if not _LIST_MARKER.match(line):
            return False
    return False
