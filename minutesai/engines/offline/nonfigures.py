"""Numbers that are not performance figures: dates, years, times, references
(page, paragraph, item, minute, section), file sizes, units of time or
distance, ages, phone lines, action-log markers and codes.

Each check looks only at the few characters around one number, so the cost
is per number, not per character of text.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.patterns import MONTHS

_BEFORE = 32
_AFTER = 28

# What may precede the number.
_REFERENCE_BEFORE = re.compile(
    r"(?i:\b(?:pages?|paragraphs?|paras?|items?|minutes?|sections?|appendix|appendices|annex|tables?|figures?|charts?|slides?"
    r"|recommendations?|clauses?|regulations?|parts?|chapters?|ref|no\.?|nos\.?|numbers?|acts?|article|level|tier|phase|stage"
    r"|wave|year|ward|covid|mopac|s\.|key\s+line))[\s-]*(?:\d+[a-z]?\s*(?:-|–|to|and|&)\s*)?$"
)
_MONTH_BEFORE = re.compile(rf"\b{MONTHS}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")
_AGE_BEFORE = re.compile(r"(?i:\b(?:under|aged|over)\s+)$")
_TIME_RANGE_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:-|–|to)\s*$")
# What may follow it.
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTHS}\b")
_TIME_AFTER = re.compile(r"^(?::\d{2}|\.\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|-|–|to\b)|\s*(?:am|pm|a\.m\.|p\.m\.)\b)", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"^\s*(?:mph|km|kms|miles?|metres?|meters?|kg|hours?|hrs|minutes?|mins|days?|weeks?|months?|years?|yrs|year[\s-]olds?"
    r"|-?year|[KM]B)\b",
    re.IGNORECASE,
)
_PHONE_AFTER = re.compile(r"^\s+(?:number|line|service|calls?)\b", re.IGNORECASE)
_SLASH_OR_DOTTED = re.compile(r"^(?:\s*/\s*\d|\.\d+\.\d)")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_CLOCK = re.compile(r"^\d{1,2}\.\d{2}$")
_TIME_RANGE_AFTER = re.compile(r"^\s*(?:-|–|to)\s*\d{1,2}[.:]\d{2}")


def not_a_figure(text: str, start: int, end: int) -> bool:
    """True when the number at ``text[start:end]`` is a date, reference, time or similar."""
    raw = text[start:end]
    before = text[max(0, start - _BEFORE):start]
    after = text[end:end + _AFTER]
    digits = raw.replace(",", "")
    if _YEAR.match(digits) and not after.lstrip().startswith(("%", "per cent", "offences", "crimes", "incidents")):
        return True
    if before.endswith(("/", ":")) or before.endswith("(") and after.startswith(")"):
        return True  # 24/2018/P, 19:05, "(12)" action-log markers
    if _CLOCK.match(raw) and _TIME_RANGE_AFTER.match(after):
        return True  # "19.10 - 19.25"
    if _SLASH_OR_DOTTED.match(after) or before.endswith("."):
        return True  # 12/14, 8.3.1
    if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return True
    if _TIME_AFTER.match(after) or _TIME_RANGE_BEFORE.search(before):
        return True
    if _REFERENCE_BEFORE.search(before) or _UNIT_AFTER.match(after):
        return True
    if _AGE_BEFORE.search(before) and not after.lstrip().startswith(("%", "per cent")):
        return True
    return digits in ("101", "999", "111") and bool(_PHONE_AFTER.match(after))
