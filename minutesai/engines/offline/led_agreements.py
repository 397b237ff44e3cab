"""Resolutions led in by a clause: 'After a short debate, it was agreed that the Clerk obtain quotes ...', 'X was
introduced and it was agreed that ...', and the same after a semicolon or an inline label ('Vacancy for councillor:
Three applications had been received and it was agreed that ...'). 'It was agreed ...' opening a sentence is a
resolution header already (decisions._HEADER)."""

from __future__ import annotations

import re

_FOR_SOMEONE = r"for\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+to"
"""'it was resolved for the Clerk to write to the Police': the one to act, named after 'for'."""

LED_AGREEMENT = re.compile(
    r"(?:[A-Z][^.;:]{2,200}?(?:,\s+(?:and\s+)?|\s+and\s+)|(?:Following|After)\s+(?:the\s+)?[a-z][^.;:,]{2,200}?\s+)"
    r"(?P<it>it\s+was\s+(?:further\s+|unanimously\s+|therefore\s+|also\s+|then\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED)\s+"
    rf"(?:that|to|{_FOR_SOMEONE})\b)"
)
"""A resolution after a lead-in clause; 'It was agreed ...' opening a sentence is a resolution header already."""
_NEXT_CLAUSE = re.compile(r";\s|,?\s+and\s+there\s+(?:was|were|is|are|had|has|have)\b")
_LED_AFTER_BREAK = re.compile(
    r"[A-Za-z][^.;:]{2,200}?\s+and\s+(?P<it>it\s+was\s+(?:further\s+|unanimously\s+|therefore\s+|also\s+|then\s+)?"
    rf"(?:agreed|resolved|decided|AGREED|RESOLVED)\s+(?:that|to|{_FOR_SOMEONE})\b)"
)


def _led_after_break(t: str) -> re.Match[str] | None:
    """'... and it was agreed that ...' in the clause after a semicolon or an inline label ('Vacancy for councillor:
    Three applications had been received and it was agreed that ...')."""
    at = t.find("and it was")
    cut = max(t.rfind("; ", 0, at), t.rfind(": ", 0, at))
    return _LED_AFTER_BREAK.match(t, cut + 2) if cut >= 0 else None


def led_agreement(t: str) -> re.Match[str] | None:
    """The match whose group 'it' opens the resolution inside sentence ``t``, or None."""
    led = LED_AGREEMENT.match(t) if ("t was" in t and (", " in t or "and it was" in t or t.startswith(("Following", "After")))) else None
    if led is None and "and it was" in t and ("; " in t or ": " in t):
        led = _led_after_break(t)
    return led


def agreement_end(t: str, led: re.Match[str]) -> int:
    """Where the agreed matter ends in ``t``: at a semicolon or 'and there were ...' (another matter), else at the end."""
    after = _NEXT_CLAUSE.search(t, led.end())
    return after.start() if after else len(t)
