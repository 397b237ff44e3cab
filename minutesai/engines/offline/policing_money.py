"""Money that is itself a policing matter: the police precept (the policing element of the council tax, set per
Band D property), which every Police and Crime Panel scrutinises each year and minutes report as figures the
way they report crime, and the police grant, budget or funding ('a reduction in police grant of £16.32
million'). Other money in the same items (a parish's own precept or bank balance, a fee, a rent, a partnership's
grants) stays out."""

from __future__ import annotations

import re

from minutesai.schemas import FoundFigure

_POLICING_MONEY = re.compile(
    r"\b(?:(?:police|policing)\s+(?:precept|element(?:\s+of\s+the\s+council\s+tax)?|grants?|budgets?|funding)|Band\s+D)\b",
    re.IGNORECASE,
)
"""Not a bare 'precept' (a parish's own)."""


def policing_money(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a money figure's quote and the words just after it: 'an increase of £10 a
    year for a Band D property') is about the money of policing itself."""
    return _POLICING_MONEY.search(text, start, end) is not None


_DECIDED = re.compile(r"\b(?:resolved|supports?|supported|agreed|approved?|endorsed?|recommends?|recommended)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;\n]")


def _in_decision(text: str, quote: str) -> bool:
    at = text.find(quote)
    if at < 0:
        return False
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    return _DECIDED.search(text, starts[-1] if starts else max(0, at - 300), at + len(quote)) is not None


def without_restated_sums(text: str, figures: list[FoundFigure]) -> list[FoundFigure]:
    """'The Panel resolved to support the proposed precept of £278.65': a sum the item states in its discussion,
    restated in the decision, is one figure (the discussion's)."""
    sums = [f for f in figures if f.unit == "currency" and f.value is not None]
    if len(sums) < 2:
        return figures
    restated: set[int] = set()
    for f in sums:
        twins = [g for g in sums if g is not f and g.value == f.value]
        if twins and _in_decision(text, f.quote) and any(not _in_decision(text, g.quote) for g in twins):
            restated.add(id(f))
    return [f for f in figures if id(f) not in restated] if restated else figures
