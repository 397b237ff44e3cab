"""When one decision only repeats another (the Decision: and Minutes: blocks of one item often do).

Word sets must agree and the lengths be alike: "To note the report" is inside a long item that also
mentions a report, but is not it. Numbers must agree too: "the minutes of the meeting held on 15 June
be confirmed" and "... held on 17 June be confirmed" approve two records, in one item, with the same words. So must the people named after a title:
"Cllr Derrick Beckett was ... duly appointed as Chairman" and "Cllr Tony Cornell was ... duly appointed as
Vice-Chairman" are two appointments.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutesai.engines.offline.speakers import PERSON_TITLE

_NUMBER = re.compile(r"\d+")
_MARKER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,2})?|[a-z]|[ivx]{1,5})[.)]\s+", re.IGNORECASE)
"""An item number in front ('2.', '(b)'): the two blocks may number one resolution differently."""


def restates(a: str, b: str, token_set_ratio: Callable[[str, str], float]) -> bool:
    """True when decision ``a`` repeats ``b``."""
    short, long_ = sorted((len(a), len(b)))
    if short < 0.6 * long_ or token_set_ratio(a, b) < 92:
        return False
    return _NUMBER.findall(_MARKER.sub("", a)) == _NUMBER.findall(_MARKER.sub("", b)) and not _other_people(a, b)


_TITLED = re.compile(rf"\b{PERSON_TITLE}((?:\s+[A-Z][\w’'-]*){{1,3}})")


def _other_people(a: str, b: str) -> bool:
    """True when both decisions name someone after a title and no surname is shared ('Cllr D Beckett' and
    'Cllr Derrick Beckett' share one)."""
    names_a = {m.group(1).split()[-1] for m in _TITLED.finditer(a)}
    names_b = {m.group(1).split()[-1] for m in _TITLED.finditer(b)} if names_a else set()
    return bool(names_a) and bool(names_b) and not names_a & names_b


def placed_quote(text: str, start: int, end: int) -> str:
    """The quote for ``text[start:end]``, widened to its line's start when the same words occur earlier: evidence
    is found by its words, so 'the report be received.' under three items would all point at the first one."""
    quote = text[start:end]
    if text.find(quote) < start:
        line = text.rfind("\n", 0, start) + 1
        if text.find(text[line:end]) == line:
            return text[line:end]
    return quote
