"""When a figure only restates one reported beside it or earlier (rules split out of figures.py).

* A bare count in brackets straight after a percentage change gives the same change in
  numbers: "Crime overall is down by 11% (57 incidents)", "an increase of 11.4% (841 offences)".
  Clerks copy police performance bullets in this form (Nottingham area committees, CSP annual
  reports, ward panels); the percentage is the figure. A bracketed count that says its own
  change ("(163 more offences)", "(an increase of 90 crimes)") is kept: gold lists those.
* "The reduction in crime" is dropped as a restatement of an earlier crime trend, unless it
  names a period of its own that differs from the earlier one: "the reduction in crime during
  the life of the CDRP Plan, 2008/2011" after "a 10% reduction in crime over the last 12 months"
  is a second figure (plan-period and annual trends side by side in CSP and scrutiny reports).
"""

from __future__ import annotations

import re

from minutesai.schemas import FoundFigure

_ANAPHORIC_PERIOD = re.compile(r"\b(?:same|this|that|the period)\b", re.IGNORECASE)
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_OWN_CHANGE = re.compile(
    r"\b(?:more|fewer|less|increase|decrease|rise|fall|reduction|up|down|extra|additional)\b", re.IGNORECASE)


def bracketed_restatement(text: str, percent_end: int, count_start: int, count_end: int) -> bool:
    """True when ``text[count_start:count_end]`` is a bare count in brackets right after a
    percentage ending at ``percent_end``: "down by 11% (57 incidents)"."""
    if count_start <= percent_end or count_start - percent_end > 4:
        return False
    if _OPEN.fullmatch(text, percent_end, count_start) is None:
        return False
    if _CLOSE.match(text, count_end) is None:
        return False
    return _OWN_CHANGE.search(text, count_start, count_end) is None


def other_period(period: str | None, earlier: str | None) -> bool:
    """A restated trend names a period (``period``) that the earlier report (``earlier``) did not."""
    if not period or _ANAPHORIC_PERIOD.search(period):
        return False  # "over the same period", "during this time": the earlier figure's period
    return earlier is None or " ".join(period.lower().split()) != " ".join(earlier.lower().split())


SAME_ITEM_WINDOW = 12_000
"""How far back (characters) an earlier report of the same measure and direction makes a trend a restatement."""


def already_reported(reported: dict[tuple[str, str], tuple[int, str | None]], found: FoundFigure, start: int) -> bool:
    """``found`` (a "the reduction in X" trend at ``start``) repeats a figure of the same measure and direction
    reported within :data:`SAME_ITEM_WINDOW` before it (``reported``: where and over which period each was last
    reported), and names no other period."""
    earlier = reported.get((found.metric, found.direction))
    return earlier is not None and start - earlier[0] < SAME_ITEM_WINDOW and not other_period(found.period, earlier[1])
