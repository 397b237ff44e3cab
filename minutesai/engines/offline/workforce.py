"""Workforce lines: "January 2019 – 2032 establishment, 1925 strength".

Commissioners' updates to Police and Crime Panels list officer and PCSO numbers
one line per date, each with the funded posts (establishment) and the people in
post (strength). Each line is one figure: the strength is the value and the
establishment its comparator; the direction comes from the line before it in the
same list. The group counted (officers, PCSOs, staff) is named on the line or in
the heading just above the list. A four-digit establishment next to a month
name is a head count here, not a year.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.patterns import Dir
from minutesai.schemas import FoundFigure

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_LINE = re.compile(
    rf"^[ \t]*(?P<lead>[^\n–—:]{{2,40}}?)\s*[–—:-]+\s*(?P<a>{_NUMBER})\s+(?P<akind>establishment|strength)\s*[,;/]?\s*"
    rf"(?P<b>{_NUMBER})\s+(?P<bkind>establishment|strength)\s*\.?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_DATE = re.compile(
    r"^(?:as\s+(?:at|of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)?\.?\s*(?:19|20)\d{2}(?:/\d{2,4})?$"
    r"|^(?:Q[1-4]|Quarter\s+[1-4])\s+(?:19|20)\d{2}(?:/\d{2,4})?$",
    re.IGNORECASE,
)
_GROUPS = (
    ("PCSO strength", re.compile(r"\bPCSOs?\b|\bPSCOs?\b|community\s+support\s+officers?", re.IGNORECASE)),
    ("special constable strength", re.compile(r"\bspecial\s+constab\w*|\bspecials\b", re.IGNORECASE)),
    ("police staff strength", re.compile(r"\bpolice\s+staff\b|\bstaff\b", re.IGNORECASE)),
    ("police officer strength", re.compile(r"\b(?:police\s+)?officers?\b|\bconstables?\b", re.IGNORECASE)),
)
_HEADING_WINDOW = 300
"""How far above a list its heading ('Police Community Support Officers') may sit."""


def _group(text: str) -> str | None:
    return next((label for label, rx in _GROUPS if rx.search(text)), None)


def find_workforce_figures(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """Figures of 'DATE – N establishment, M strength' lines, and the spans of those lines."""
    if "strength" not in text.lower() or "establishment" not in text.lower():
        return [], []
    figures: list[FoundFigure] = []
    spans: list[tuple[int, int]] = []
    last: tuple[str, float, int] | None = None  # (metric, strength, end of line) of the line before
    for m in _LINE.finditer(text):
        if m.group("akind").lower() == m.group("bkind").lower():
            continue
        lead = " ".join(m.group("lead").split())
        strength, establishment = (m.group("b"), m.group("a")) if m.group("bkind").lower() == "strength" else (m.group("a"), m.group("b"))
        dated = bool(_DATE.match(lead))
        heading = text[max(0, m.start() - _HEADING_WINDOW):m.start()]
        if last is not None and not text[last[2]:m.start()].strip():
            metric = last[0] if dated else _group(lead) or last[0]
        else:
            paras = [p for p in heading.split("\n\n") if p.strip()]
            metric = (None if dated else _group(lead)) or _group(paras[-1] if paras else "") or "police officer strength"
        value = float(strength.replace(",", ""))
        direction: Dir = "unknown"
        if last is not None and last[0] == metric and (m.start() - last[2]) < _HEADING_WINDOW:
            direction = "increase" if value > last[1] else "decrease" if value < last[1] else "no_change"
        s, e = m.start("lead"), m.end("bkind")
        figures.append(FoundFigure(metric=metric, value=value, unit="count", direction=direction,
                                   period=lead if dated else None, area=None,
                                   comparator=f"{establishment} establishment", quote=text[s:e]))
        spans.append((m.start(), m.end()))
        last = (metric, value, m.end())
    return figures, spans


_STRENGTH_PROSE = re.compile(
    r"\b(?P<group>(?:police\s+)?officer|PCSO|police\s+staff|special\s+constable|special)s?(?:[’']s?)?\s+(?:strength|numbers|headcount)\s+"
    r"(?:(?P<up>had\s+(?:risen|increased|grown|gone\s+up)\s+to|rose\s+to|increased\s+to)|(?P<down>had\s+(?:fallen|dropped|reduced|decreased|gone\s+down)\s+to"
    r"|fell\s+to|dropped\s+to|decreased\s+to)|was|were|is|are|stood\s+at|reached|totalled|of)\s+"
    rf"(?:(?:around|about|approximately|just\s+over|just\s+under|some)\s+)?(?P<num>{_NUMBER})\b(?!\s*%)"
    rf"(?:[^.;]{{0,40}}?\b(?:against|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?establishment\s+(?:of\s+)?(?P<est>{_NUMBER}))?",
    re.IGNORECASE,
)
"""'Officer strength was 3,065 against an establishment of 3,120', 'PCSO strength had fallen to 270'."""


def strength_anchors(text: str, start: int, end: int) -> list[Anchor]:
    """Anchors for workforce strength stated in prose, labelled with the group counted."""
    out: list[Anchor] = []
    for m in _STRENGTH_PROSE.finditer(text, start, end):
        group = _group(m.group("group")) or "police officer strength"
        direction: Dir = "increase" if m.group("up") else "decrease" if m.group("down") else "unknown"
        stop = m.end("est") if m.group("est") else m.end("num")
        comparator = f"establishment {m.group('est')}" if m.group("est") else None
        out.append(Anchor(m.start(), stop, float(m.group("num").replace(",", "")), "count", "count", direction,
                          comparator=comparator, label=group))
    return out


_POLICE_HEADCOUNT = re.compile(r"(?:officers|PCSOs|constables|detectives|sergeants)$", re.IGNORECASE)
_POSTS_OR_STAFF = re.compile(r"(?:posts|staff)$", re.IGNORECASE)
_PRICED = re.compile(r"\b(?:towards|for|fund|funds|funding|funded|pay\s+for|paying\s+for|cost\s+of)\s+(?:[\w-]+\s+){0,2}$",
                     re.IGNORECASE)
_POLICE_IN_SENTENCE = re.compile(r"\b(?:police|officers?|PCSOs?|constables?|force)\b", re.IGNORECASE)


def is_headcount(text: str, anchor: Anchor, sent_start: int, sent_end: int) -> bool:
    """'69 Police Officers', '212 new posts' beside officers: a count of the police workforce, which stays a policing
    figure when the same sentence prices it ('from the additional £8.5m there would be 212 new posts'); posts or
    staff count only where the sentence speaks of the police ('a fee of £50 for 3 staff' does not)."""
    if anchor.kind != "count" or _PRICED.search(text, max(sent_start, anchor.start - 40), anchor.start):
        return False  # "£120,000 towards six additional PCSOs": what the money buys, a funding matter
    if _POLICE_HEADCOUNT.search(text, anchor.start, anchor.end):
        return True
    return _POSTS_OR_STAFF.search(text, anchor.start, anchor.end) is not None \
        and _POLICE_IN_SENTENCE.search(text, sent_start, sent_end) is not None
