"""Resolutions that open with a clause before the one they ask: "That, following the publication of the report,
the Community Safety Manager bring ...", "That reflecting concerns about the service, Hampshire Constabulary reviews ...",
"Following the development of the new Strategy, the Safe City Partnership develop a funding bid ...": who is asked,
and the work, come after it."""

from __future__ import annotations

import re

_FRONTED = re.compile(
    r"^(?:(?:That|THAT|that)\s*,?\s+)?(?:(?:[Ff]ollowing|[Aa]fter|[Rr]eflecting|[Gg]iven|[Hh]aving\s+regard\s+to|[Ii]n\s+(?:light|view)\s+of"
    r"|[Aa]s\s+part\s+of|[Ii]n\s+order\s+to|[Ii]n\s+response\s+to|[Oo]nce)\s[^,;:]{3,160}?,\s+)"
    r"(?=(?:the\s+)?(?P<who>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){0,6}?)\s+(?:be\s+(?:asked|requested)\s+to\s+|to\s+|will\s+|should\s+)?(?!\w+ed\b|(?:was|were|had|has|have|are|and|also|then)\b)[a-z]{3,})"
)
"""A clause in front of the body asked ('Following the development of the new Strategy, ', 'That reflecting
concerns about the responsiveness of the service, ') when a capitalised name and a verb of work follow it
(not a past tense: 'Following discussion, the Committee agreed to note ...' reports what the meeting did)."""


def after_fronted(quote: str) -> int:
    """Offset in ``quote`` where the resolution's owner starts after a fronted clause; 0 when none."""
    if "," not in quote[:200]:
        return 0
    m = _FRONTED.match(quote)
    return m.end() if m else 0


def fronted_owner(quote: str) -> str | None:
    """Who is named right after a fronted clause ('..., the Safe City Partnership develop ...'), or None."""
    if "," not in quote[:200]:
        return None
    m = _FRONTED.match(quote)
    return m.group("who") if m else None
