"""Numbers that are not performance figures: dates, years, times, references
(page, paragraph, item, minute, section), file sizes, units of time or
distance, ages, phone lines, action-log markers and codes.

Each check looks only at the words just before and after one number (word
lists and short anchored patterns), so the cost is per number, not per
character of text.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.patterns import SCALE_AFTER  # 'over two hundred officers' is no age

_MONTH_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_REFERENCE_WORDS = frozenset(
    ["page", "pages", "paragraph", "paragraphs", "para", "paras", "item", "items", "minute", "minutes", "section", "sections", "appendix", "appendices", "annex", "table", "tables", "figure", "figures", "chart", "charts", "slide", "slides", "recommendation", "recommendations", "clause", "clauses", "regulation", "regulations", "part", "parts", "chapter", "chapters", "ref", "no", "nos", "number", "numbers", "act", "acts", "article", "level", "tier", "phase", "stage", "wave", "year", "ward", "covid", "mopac", "s", "line", "group", "groups", "category", "priority", "type", "class", "grade", "band"]
)
_ABBREVIATED = frozenset(("no", "nos", "para", "paras", "ref", "s"))
_ENDS_CLAUSE = re.compile(r"[,;.]$")
"""A reference word that ends a clause ('in a year, 52% of calls') does not label the number after it."""
_QUARTER_WORDS = frozenset(("quarter", "qtr"))
_AGE_WORDS = frozenset(("under", "aged", "over"))
_OLDEST_AGE = 120
"""'over 600 new officers' is a count with a hedge, not an age ('over 65s', 'under 18')."""
_RANGE_WORDS = frozenset(("to", "and", "&", "-", "–"))
_UNIT_AFTER = re.compile(
    r"\s*(?:mph|km|kms|miles?|metres?|meters?|kg|hours?|hrs|minutes?|mins|seconds?|secs|days?|weeks?|months?|years?|yrs"
    r"|year[\s-]olds?|-?year|[KM]B)\b(?![\s-]+(?:on[\s-]+(?:the\s+)?(?:previous\s+|last\s+)?year|to[\s-]+date))",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?(?:\s+of)?\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_TIME_AFTER = re.compile(r"(?::\d{2}|\.\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|-|–|to\b)|\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))", re.IGNORECASE)
_TIME_RANGE_AFTER = re.compile(r"\s*(?:-|–|to)\s*\d{1,2}[.:]\d{2}")
_PHONE_AFTER = re.compile(r"\s+(?:(?:non[\s-]?)?emergency\s+|(?:tele)?phone\s+)?(?:number|line|service|calls?|call\s+handl\w*)\b", re.IGNORECASE)
_SLASH_OR_DOTTED_AFTER = re.compile(r"\s*/\s*\d|\.\d+\.\d")
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}$")
_YEAR = re.compile(r"(?:19|20)\d{2}$")
_NOT_YEAR_AFTER = ("%", "per cent", "offences", "offenses", "crimes", "incidents", "calls", "reports", "cases", "burglaries", "thefts",
                   "robberies", "arrests", "victims", "stop", "searches", "people", "officers")


_DURATION_AFTER = re.compile(r"\s*(?:minutes?|mins|seconds?|secs|hours?|hrs|days?|weeks?)\b", re.IGNORECASE)
_THRESHOLD_AFTER = re.compile(r"[\s-]*(?:minutes?|mins|seconds?|secs|hours?|hrs|days?|weeks?)[\s-]+(?:target|standard|threshold|window|limit)\b", re.IGNORECASE)
_TIMED_CONTEXT = re.compile(
    r"\b(?:response|respond|answer|attend|arriv|wait|average|mean|median|time\s+to|time\s+taken|took|taking)\w*\b[^.;]{0,90}$", re.IGNORECASE
)
_THRESHOLD_WORDS = frozenset(("within", "under", "inside", "in"))
_MORE_OR_LESS = frozenset(("longer", "more", "less", "fewer", "over", "under", "shorter"))


def is_timed_measure(text: str, start: int, end: int) -> bool:
    """A duration that is itself the measure ("average response time was 14 minutes"),
    not a threshold ("attended within 15 minutes") or a period ("the past 12 months")."""
    if not _DURATION_AFTER.match(text, end):
        return False
    words = _last_words(text, start, 3)
    if words[-3:] in (["in", "an", "average"], ["in", "a", "typical"], ["in", "an", "ordinary"]):
        return False  # "in an average 24 hours there were 5 thefts": the period counted over, not a time measured
    words = words[-2:]
    if words and (words[-1] in _THRESHOLD_WORDS or (words[-1] in ("the", "a") and len(words) > 1 and words[-2] in _THRESHOLD_WORDS)):
        return False  # "within 15 minutes", "within the 15 minute target"
    if len(words) == 2 and words[-1] == "than" and words[-2] in _MORE_OR_LESS:
        return False  # "calls waiting longer than 10 minutes": the bound of a measure, not its value
    if _THRESHOLD_AFTER.match(text, end):
        return False  # "the 15 minute target"
    return bool(_TIMED_CONTEXT.search(text, max(0, start - 110), start))


def _last_words(text: str, start: int, n: int = 4) -> list[str]:
    """Up to ``n`` lower-cased words just before ``start`` (punctuation kept on them)."""
    return text[max(0, start - 40):start].lower().split()[-n:]


def _is_day(word: str) -> bool:
    """A day of the month ('3', '3rd,'); not a year, so 'December 2014, 19 crimes' keeps its count."""
    day = word.rstrip(",").rstrip("stndrh")
    return day.isdigit() and 1 <= int(day) <= 31


def not_a_figure(text: str, start: int, end: int) -> bool:
    """True when the number at ``text[start:end]`` is a date, reference, time or similar."""
    digits = text[start:end].replace(",", "")
    after = text[end:end + 24]
    prev = text[start - 1] if start else " "
    if _YEAR.match(digits) and not after.lstrip().startswith(_NOT_YEAR_AFTER) and len(digits) == end - start:
        return True  # (a year never has a thousands comma: "2,067 rural crimes" is a count)
    if prev in "/:." or (prev == "(" and after.startswith(")")):
        return True  # 24/2018/P, 19:05, O&S.68/17, "(12)" action-log markers
    if _SLASH_OR_DOTTED_AFTER.match(after) or _MONTH_AFTER.match(after) or _TIME_AFTER.match(after):
        return True  # 12/14, 8.3.1, 3 November, 7.00pm
    if _CLOCK.match(digits) and _TIME_RANGE_AFTER.match(after):
        return True  # 19.10 - 19.25
    if _UNIT_AFTER.match(after):
        return not is_timed_measure(text, start, end)  # 20 mph, 12 months, PDF 72 KB; "response time was 14 minutes" stays
    if digits in ("101", "999", "111") and _PHONE_AFTER.match(after):
        return True
    words = _last_words(text, start)
    if not words:
        return False
    last = words[-1].strip(",.").lstrip("([“‘\"'")  # "(Quarter 2 Police Performance Report)", "(page 12)": the word, not the bracket
    if len(words) >= 3 and last in _RANGE_WORDS and words[-2].rstrip(".").replace(".", "").isdigit():
        last = words[-3].strip(",.")  # "pages 54 to 68", "Sections 19 and 20"
        if _CLOCK.match(words[-2]):
            return True  # "19.10 - 19.25"
    last = last.rstrip("-")
    if last in _QUARTER_WORDS and digits in ("1", "2", "3", "4"):
        return True  # "the Quarter 4 report": a period
    if (last in _REFERENCE_WORDS and not _ENDS_CLAUSE.search(words[-1]) or last in _ABBREVIATED) or (last in _MONTH_WORDS and not words[-1].endswith(",")):
        return True  # page 33, Item 6, No. 4, Covid-19, November 3 (but "Since April, 23 orders", "in a year, 52% of calls")
    if len(words) >= 2 and words[-2].strip(",.") in _MONTH_WORDS and _is_day(last) and not words[-1].endswith("."):
        return True  # "November 3, 2017" (but not "... on 4 August 2004. Six out of nine": a new sentence)
    if last not in _AGE_WORDS or after.lstrip().startswith(("%", "per cent")) or SCALE_AFTER.match(after):
        return False
    # a number in words after "over" / "under" ("under five") is below any age limit
    return not digits.replace(".", "", 1).isdigit() or float(digits) <= _OLDEST_AGE
