"""The quote of a percentage given in brackets after a count: "had reduced by 4,444 (11%) crimes",
"40 offences less (36%)".

The bracket is the same change said as a share of the count just before it, so its evidence is the count
and the bracket together ("4,444 (11%)"), not the words that follow the closing bracket.

A list of measures each with its percentage in brackets ("there had been a reduction in residential burglary
(46%), knife crime (18%), robbery (21%) and serious violence (18%)", "the three with the highest levels of harm
were Town and Castle Ward (22%), St Radigunds Ward (13%) and Buckland Ward (8%)"): each bracket belongs to the
words just before it, so an item's quote is those words and its bracket, not the bracket and the next item's
words; the items after the first share the change word at the list's head (`listed_item`).
"""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P

_COUNT_BEFORE_BRACKET = re.compile(rf"{P.NUM}(?:\s+[A-Za-z]+){{0,2}}\s*\(\s*$")
"""A number, at most two words ("offences less"), then the opening bracket."""


def bracketed_percent_span(text: str, start: int, end: int, qs: int, qe: int) -> tuple[int, int]:
    """(qs, qe) for the percentage anchor at ``text[start:end]``: the count before its bracket up to the closing
    bracket when the quote begins inside the bracket; the span unchanged otherwise."""
    if text[start - 1:start] != "(" or not text.startswith(")", end):
        return qs, qe
    if qs < start - 1:  # the list's first item: its quote ends at its bracket, the next item has its own
        return (qs, end + 1) if qe > end + 1 and _NEXT_ITEM.match(text, end + 1) else (qs, qe)
    count = _COUNT_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if count is None:
        item = _ITEM_BEFORE_BRACKET.search(text, max(0, start - 60), start)
        return (item.start(1), end + 1) if item is not None and _LIST_GOES_ON.match(text, end + 1) else (qs, qe)
    return count.start(), end + 1


_ITEM_BEFORE_BRACKET = re.compile(r"(?:[,;]\s+|\)\s+and\s+|\)\s*,\s*and\s+)([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4})\s*\(\s*$")
"""', knife crime (', ') and serious violence (': a list item's words straight after the bracket before it."""
_LIST_GOES_ON = re.compile(r"\s*(?:,|;|\band\b|\.|$)")
_NEXT_ITEM = re.compile(r"\s*(?:,\s*|\s+and\s+)[A-Za-z][\w'’ -]{0,60}\(\s*[-−–+]?\d[\d.,]*\s*%\s*\)")
_LISTED_ITEM = re.compile(r"[A-Za-z][\w'’ -]{0,60}\(\s*[-−–+]?\d[\d.,]*\s*%\s*\)")


def listed_item(quote: str) -> bool:
    """The quote is one item of a bracketed list ("knife crime (18%)"): no change word of its own."""
    return _LISTED_ITEM.fullmatch(quote) is not None
