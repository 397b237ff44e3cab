"""Requests whose content is a bulleted list: "Members had requested further information on the
following matters:" and then one bullet per matter. The lead-in names no work; each bullet is
one request, so each becomes one action quoted on its own line."""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import ActionCandidate, due

_LEAD_IN_END = re.compile(r"[ \t]*:[ \t]*(?:\r?\n|$)")
_FOLLOWING = re.compile(r"\b(?:following|below)\b", re.IGNORECASE)
_BULLET = re.compile(r"[ \t]*(?:[•·▪◦‣*]|[-–](?=\s)|\(?[a-z]\)|\(?\d{1,2}[.)])[ \t]+(?P<body>[^\n]+)")
_MAX_ITEMS = 12


def _bullets(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the bullet lines that start right after ``pos`` (blank lines between them allowed)."""
    spans: list[tuple[int, int]] = []
    while len(spans) < _MAX_ITEMS:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        m = _BULLET.match(text, pos)
        if m is None:
            break
        s, e = m.start("body"), m.end("body")
        while e > s and text[e - 1] in " \t\r.;":
            e -= 1
        if e - s >= 12:
            spans.append((s, e))
        pos = m.end()
    return spans


def split_listed_requests(text: str, found: list[ActionCandidate]) -> list[ActionCandidate]:
    """``found`` with each request that ends in "the following ...:" replaced by one action per bullet after it."""
    out: list[ActionCandidate] = []
    for a in found:
        colon = _LEAD_IN_END.match(text, a.end) if a.request else None
        items = _bullets(text, colon.end()) if colon and _FOLLOWING.search(text, a.start, a.end) else []
        if len(items) < 2:
            out.append(a)
            continue
        out.extend(ActionCandidate(a.owner, " ".join(text[s:e].split()), due(text, s, e), s, e, 1) for s, e in items)
    return out
