"""Parts of a whole: "21 of them related to shoplifting", "6 of the 15 reported incidents were domestic",
"only 4 of these officers were available", "650 cars were checked, of which 38 were unlocked".

The figure is the part; the whole is either a number given before ("Of these 29 incidents, ...": a
reference back, not a new figure) or the comparator ("of the 15"). The other anchor rules take the number
next to the noun, which is the whole, and miss the part.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.anchors import Anchor
from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.nonfigures import not_a_figure

_NUMBER = rf"(?P<n>{P.NUM})"  # digits only: "one of the highest" is no count
_PART_OF = re.compile(
    rf"{_NUMBER}\s+of\s+(?:(?P<pronoun>them|these|those|which|whom)\b|(?:the|these|those|its|their)\s+(?P<whole>{P.NUM}|{P.NUM_WORD_ANY})?(?=\s*[A-Za-z]))"
    rf"|\b(?!one\b)(?P<wn>{P.NUM_WORD_ANY})\s+of\s+(?:the|these|those|its|their)\s+(?P<wwhole>{P.NUM}|{P.NUM_WORD_ANY})(?=\s*[A-Za-z])",
    re.IGNORECASE,
)
"""'21 of them', '18 of these', '6 of the 15 reported incidents', '6 of these PCs'; a part in words needs a whole
after it ('two of the three posts', 'two of its four PCs'), since 'one of the highest' is no count; 'one of the five
strands' names a member, not a count."""
_OF_WHICH = compile_guarded(rf"\bof\s+(?:which|whom|these|them|those)\s*,?\s+{_NUMBER}\s+(?:were|was|had|have|are|related|involved)\b",
                       re.IGNORECASE)
"""'695 vehicles, of which 40 were unlocked'."""
_CUE = compile_guarded(rf"\d\s+of\s|\bof\s+(?:(?:which|whom|these|them|those)\s*,?\s+\d|(?:the|these|those|its|their)\s+(?:\d|{P.NUM_WORD_ANY}))",
                  re.IGNORECASE)
"""Every _PART_OF and _OF_WHICH match holds one of these (a cheap test before the costlier patterns)."""
_BACK_REFERENCE = re.compile(r"\b(?:[Oo]f\s+)?(?:these|those)\s+$")
"""'Of these 29 incidents': the whole, given before."""
_NAMED_BACK_REFERENCE = re.compile(rf"(?<=these|those)\s+(?:{P.COUNT_NOUNS})\b", re.IGNORECASE)
"""'38 of these incidents': the whole is in an earlier sentence, but the noun says what the part counts."""
_RATE_BASE = re.compile(r"\bper\s+$", re.IGNORECASE)
_NOT_A_PART = re.compile(
    r"^\s*(?:the\s+)?(?:last|past|previous|next|first|year|years|month|months|week|weeks|day|days|meeting|meetings|time|times|way|ways"
    r"|people\s+who)\b",
    re.IGNORECASE,
)


_NOUN_WORDS = re.compile(r"\s*((?:(?!(?:were|was|had|have|are|is|relate[sd]?|related|involved|in|on|at|to|for|from|and|with|but)\b)[A-Za-z][\w’'/-]*\s*){1,3})",
                         re.IGNORECASE)


_THEN_NOUN = re.compile(r"\s*(?:relate[sd]?\s+(?:\w+ly\s+)?to|related\s+to|involved|were|was|are|had\s+been)\s+(?:the\s+|a\s+|an\s+)?",
                        re.IGNORECASE)


def _label(text: str, at: int, end: int) -> str | None:
    """What the part counts: a measure named in the words after it, else the noun right after it ('PCs')."""
    hits = find_metrics(text, at, min(end, at + 80))
    specific = [h for h in hits if not h.generic]
    if specific:
        return specific[0].label
    noun = _NOUN_WORDS.match(text, at, end)
    if noun is None:
        verb = _THEN_NOUN.match(text, at, end)  # "21 of them related to shoplifting"
        noun = _NOUN_WORDS.match(text, verb.end(), end) if verb else None
    return " ".join(noun.group(1).split()) if noun else (hits[0].label if hits else None)


def _good_number(text: str, m: re.Match[str]) -> bool:
    """Not a year, nor a section, page, paragraph or item number ('section 19 of the Act', 'page 14 of the report')."""
    raw = m.group("n") or m.groupdict().get("wn") or ""
    return not (raw.isdigit() and len(raw) == 4 and raw.startswith(("19", "20"))) and not not_a_figure(text, *m.span("n" if m.group("n") else "wn"))


def with_parts(text: str, start: int, end: int, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` of one sentence with parts of a whole added; the whole (a number the sentence
    refers back to, or the 'of the N' a part is counted from) is dropped where a part takes its place."""
    parts: list[Anchor] = []
    if _CUE.search(text, start, end) is None:
        return anchors
    for m in _PART_OF.finditer(text, start, end):
        if not _good_number(text, m) or _NOT_A_PART.match(text, m.end(), end) or _RATE_BASE.search(text, max(start, m.start() - 5), m.start()):
            continue  # (nor the base of a rate: "123.4 offences per 1,000 of the population")
        before = [a for a in anchors if a.end <= m.start() and a.value is not None]
        whole = m.group("whole") or m.group("wwhole")
        if not whole and not before and not _NAMED_BACK_REFERENCE.match(text, m.end(), end):
            continue  # "at least 5 of these had a plan": a part of nothing counted here
        part = Anchor(m.start(), m.end("whole" if m.group("whole") else "wwhole") if whole else m.end(),
                      P.parse_number(m.group("n") or m.group("wn")), "count", "count",
                      comparator=f"of {whole}" if whole else None, label=_label(text, m.end(), end))
        if not whole and before and before[-1].kind == "count":
            part.direction = before[-1].direction  # "100 extra PCSOs, with 41 of these in the west": 41 more there too
        parts.append(part)
    for m in _OF_WHICH.finditer(text, start, end):
        if _good_number(text, m) and any(a.end <= m.start() and a.value is not None for a in anchors):
            parts.append(Anchor(m.start("n"), m.end(), P.parse_number(m.group("n")), "count", "count", label=_label(text, m.end(), end)))
    if not parts:
        return anchors
    parts = [p for p in parts if not any(a.start < p.end and p.start < a.end and a.value == p.value for a in anchors)]
    if not parts:
        return anchors  # ("of which 7 were assaults" read already)
    kept = [a for a in anchors if not any(a.start < p.end and p.start < a.end for p in parts)
            and not (a.kind == "count" and _BACK_REFERENCE.search(text, max(start, a.start - 10), a.start))]
    return sorted(kept + parts, key=lambda a: a.start)


_BREAKDOWN = re.compile(r",?\s*(?:consisting\s+of|comprising|made\s+up\s+of|split\s+between|broken\s+down\s+into)\s+", re.IGNORECASE)


def breaks_down(text: str, whole_end: int, part_start: int) -> bool:
    """'212 new posts, consisting of 69 Police Officers and 143 staff': only a breakdown phrase between a total and
    the first of its parts (which then share the total's change)."""
    return _BREAKDOWN.fullmatch(text, whole_end, part_start) is not None
