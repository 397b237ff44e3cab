"""A count set against its own usual level: "6 burglary others compared to an average of 8", "10 residential
burglaries which is average".

A police beat report sets this period's count against the average of earlier periods; the comparison
says whether the count is up or down on usual. An average of another area ("the force average of 20")
compares places, not times, and gives no direction.
"""

from __future__ import annotations

import re

from minutesai.schemas import FoundFigure

_OWN_AVERAGE = re.compile(
    r"(?:an?|the)\s+(?:(?:\w+[\s-](?:year|month|week)|long[\s-]term|rolling|usual|typical|normal|monthly|weekly|annual)\s+)*average\s+of\s+",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(?:per|a|each|every)\s+(?:day|week|month|quarter|year|period))?\s*")
_WHICH_IS_AVERAGE = re.compile(r"\s*,?\s*which\s+(?:is|was)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?(?:the\s+)?average\b",
                               re.IGNORECASE)


def direction_against_average(comparator: str, value: float | None) -> str | None:
    """A count of 6 against the comparator 'an average of 8': a decrease; None when the comparator is not the
    measure's own average."""
    m = _OWN_AVERAGE.match(comparator)
    number = _NUMBER.fullmatch(comparator, m.end()) if m else None
    if value is None or number is None:
        return None
    average = float(number.group(1).replace(",", ""))
    return "increase" if value > average else "decrease" if value < average else "no_change"


def said_average(text: str, end: int, limit: int) -> int | None:
    """Where '..., which is average' after a count ends, or None."""
    m = _WHICH_IS_AVERAGE.match(text, end, limit)
    return m.end() if m else None


def against_average(text: str, found: FoundFigure, start: int, end: int, sent_end: int) -> int:
    """Set the direction of a count (quoted ``text[start:end]``) said against its own average; returns the quote's end."""
    if found.comparator and "average" in found.comparator:
        found.direction = direction_against_average(found.comparator, found.value) or found.direction  # type: ignore[assignment]
        return end
    average_end = said_average(text, end, sent_end)
    if average_end is None:
        return end
    found.direction = "no_change"
    found.quote = text[start:average_end]
    return average_end
