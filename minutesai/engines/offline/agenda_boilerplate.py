"""Standard agenda wording that reads like a request but gives no one work.

Two items open almost every English and Welsh agenda: the invitation to declare interests under the members'
code of conduct ("Members are invited to identify any disclosable pecuniary ... interests relevant to the
items on the agenda") and urgent business, the items the Chair agrees to take although they were not on the
published agenda ("To note any items which the Chair has agreed to add to the agenda on the grounds of urgency",
Local Government Act 1972 s.100B(4)(b)). Both are the meeting's own formalities, not actions."""

from __future__ import annotations

import re

_DECLARE_INTERESTS = re.compile(
    r"\b(?:invited|asked|requested|reminded\s+of\s+their\s+(?:responsibility|duty|obligation))\s+"
    r"(?:(?:at|when|where|if|in)\b[^.;]{0,200}?,\s*)?to\s*"  # "requested, at a meeting where ... arises, to declare"
    r"(?:identify|declare|disclose|indicate|register|make|notify)\s+(?:(?:any|the\s+existence\s+and\s+nature\s+of\s+any)\s+)?"
    r"(?:[\w,/-]+\s+){0,8}?(?:interests?|dispensations?)\b",
    re.IGNORECASE,
)
_URGENT_ITEMS = re.compile(
    r"\bitems?\b[^.;]{0,160}?\b(?:(?:on\s+the\s+)?grounds\s+of\s+urgency|as\s+(?:a\s+)?matters?\s+of\s+urgency|urgent\s+business)\b",
    re.IGNORECASE,
)


def agenda_formality(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the declarations-of-interest invitation or the urgent-business item.
    The invitation is read to the end of its line: a quote can stop inside it, before "to declare"."""
    quote = text[start:end]
    line_end = text.find("\n", end)
    whole = text[start:min(line_end if line_end >= 0 else len(text), end + 300)]
    if ("nterest" in whole or "ispensation" in whole) and _DECLARE_INTERESTS.search(whole):
        return True
    return "rgen" in quote and "agenda" in quote.lower() and _URGENT_ITEMS.search(quote) is not None
