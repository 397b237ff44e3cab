"""The quote of a percentage given in brackets after a count: "had reduced by 4,444 (11%) crimes",
"40 offences less (36%)".

The bracket is the same change said as a share of the count just before it, so its evidence is the count
and the bracket together ("4,444 (11%)"), not the words that follow the closing bracket.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P

_COUNT_BEFORE_BRACKET = re.compile(rf"{P.NUM}(?:\s+[A-Za-z]+){{0,2}}\s*\(\s*$")
"""A number, at most two words ("offences less"), then the opening bracket."""


def bracketed_percent_span(text: str, start: int, end: int, qs: int, qe: int) -> tuple[int, int]:
    """(qs, qe) for the percentage anchor at ``text[start:end]``: the count before its bracket up to the closing
    bracket when the quote begins inside the bracket; the span unchanged otherwise."""
    if qs < start - 1 or text[start - 1:start] != "(" or not text.startswith(")", end):
        return qs, qe
    count = _COUNT_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if count is None:
        return qs, qe
    return count.start(), end + 1
