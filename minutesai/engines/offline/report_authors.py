"""Who a resolution's further report falls to: the officer who submitted the report the item considered.

"The Director of Environment and Neighbourhoods submitted a report ... RESOLVED – (d) That a further report on the
progress made be submitted to the Board in one year": the standard ModernGov executive and scrutiny form (Leeds,
Bradford, Kirklees, Wakefield and most English councils), also "Considered the report of the Chief Officer (Safer
Communities) ... That a progress report be brought back in six months". The resolution names no one; the one who
writes the next report is the one who wrote this one.
"""

from __future__ import annotations

import bisect
import re

from minutesai.engines.offline.item_bounds import item_starts

_FURTHER_REPORT = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?:further|follow-up|follow\s+up|progress|update|updated|annual|six-monthly|six\s+monthly|final)\s+)+"
    r"(?:report|update|briefing)\b[^.;]{0,200}?\b(?:be|is)\s+(?:re)?(?:submitted|brought|presented|provided|produced|taken)\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|the|&|\([A-Z][^()]{1,40}\))){0,8}"
_AUTHOR = re.compile(
    rf"(?:^|(?<=[.:\n]\s)|(?<=\n))(?:The\s+|the\s+)?(?P<a>{_NAME})\s+(?:submitted|presented|introduced|tabled)\s+(?:a|the|his|her|their)\s+(?:joint\s+)?report\b"
    rf"|\breport\s+(?:of|from|by)\s+the\s+(?P<b>{_NAME})"
)
_NOT_AUTHOR = re.compile(r"(?:Committee|Panel|Board|Members|Council|Cabinet|Sub-Committee|Meeting|Group|Partnership)$")
_OFFICER = re.compile(
    r"\b(?:Director|Officer|Manager|Head|Chief|Executive|Commissioner|Constable|Superintendent|Inspector|Clerk|Lead|Co-?ordinator"
    r"|Secretary|Solicitor|Treasurer|Leader|Member|Commander|Advisor|Adviser|Analyst)\b")
"""A person's post: 'the annual report of the Harrowden Community Safety Partnership' is a body's report, whose
further report no one in particular writes."""
_LOOK_BACK = 4000
"""How far back from the resolution the item's report is looked for, and never before its agenda item's heading."""


def further_report(body: str) -> bool:
    """'a further report on ... be submitted to the Board', 'a progress report be brought back in six months'."""
    return _FURTHER_REPORT.match(body) is not None


def report_author(text: str, before: int) -> str | None:
    """The last officer named as submitting or writing a report in the ``_LOOK_BACK`` characters before ``before``."""
    lo = max(0, before - _LOOK_BACK)
    starts = item_starts(text)
    k = bisect.bisect_right(starts, before) - 1
    if k >= 0:
        lo = max(lo, starts[k])  # within the resolution's own agenda item
    window = text[lo:before]
    if "report" not in window:
        return None
    last = None
    for m in _AUTHOR.finditer(window):
        who = m.group("a") or m.group("b")
        if who and _OFFICER.search(who) and not _NOT_AUTHOR.search(who):
            last = who
    return last
