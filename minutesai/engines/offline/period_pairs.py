"""Two small figure shapes: a quartile named in words ("second quartile") and a pair of periods
told as "In 2018/19 it was 130 ... whilst in 2020/21 it was 122" (one figure, the later value)."""

from __future__ import annotations

import re

from minutesai.engines.offline import patterns as P


def quartile_value(m: re.Match[str]) -> float | None:
    word = (m.group(1) or m.group(2) or "").lower()
    # "top"/"bottom quartile" name no number, so the value stays null (GOLD: the number as written)
    table = {"one": 1, "1": 1, "first": 1, "two": 2, "2": 2, "second": 2,
             "three": 3, "3": 3, "third": 3, "four": 4, "4": 4, "fourth": 4}
    value = table.get(word)
    return None if value is None else float(value)


_PERIOD_VALUE = re.compile(
    rf"\b(?:in|during|for)\s+((?:19|20)\d{{2}}(?:\s*[/-]\s*\d{{2,4}})?)\s*,?\s+(?:it|this|there|the\s+(?:figure|number|total))\s+(?:was|were|stood\s+at)\s+({P.NUM})",
    re.IGNORECASE,
)


def it_was_pair(text: str, start: int, end: int) -> tuple[int, int, float, str, str] | None:
    """'In 2018/19 it was 130 ... whilst in 2020/21 it was 122' -> (start, end, 122, direction, "130 in 2018/19"):
    the later period's value, compared with the earlier one; None unless the span holds exactly two such periods."""
    hits = list(_PERIOD_VALUE.finditer(text, start, end))
    if len(hits) != 2:
        return None
    first, second = hits
    a, b = P.parse_number(first.group(2)), P.parse_number(second.group(2))
    if _year_key(second.group(1)) < _year_key(first.group(1)):
        first, second, a, b = second, first, b, a
    direction = "increase" if b > a else "decrease" if b < a else "no_change"
    lo, hi = min(first.start(), second.start()), max(first.end(), second.end())
    return lo, hi, b, direction, f"{first.group(2)} in {first.group(1)}"


def _year_key(raw: str) -> int:
    digits = re.findall(r"\d+", raw)
    return int(digits[0]) if digits else 0


MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                "december")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_COUNTED_WORDS = r"(?:(?:reported|recorded|logged|incidents?|reports?|crimes?|offen[cs]es|calls)\s+){0,2}"
_MONTH_PAIR = re.compile(
    rf"(?<![\w.,£$/-])(?P<a>{P.NUM}|{P.NUM_WORD})\s+{_COUNTED_WORDS}(?:in|during|for)\s+(?P<p1>{_MONTH})\s*,?\s+"
    rf"(?:and|but|compared\s+(?:with|to)|against|with)\s+(?:only\s+|just\s+|then\s+)?(?P<b>{P.NUM}|{P.NUM_WORD})\s+{_COUNTED_WORDS}"
    rf"(?:in|during|for)\s+(?P<p2>{_MONTH})\b",
    re.IGNORECASE,
)
"""'Anti-social behaviour: 10 recorded in July and 6 in August': a month's count, then the next month's."""


def month_pair(text: str, start: int, end: int) -> tuple[int, int, float, str, str] | None:
    """'10 recorded in July and 6 in August' -> (start, end, 6, "decrease", "10 in July"): the later month's count,
    compared with the earlier month's; None when the span holds no such pair (or the months are not in order)."""
    m = _MONTH_PAIR.search(text, start, end)
    if m is None:
        return None
    one, two = (MONTH_NAMES.index(m.group(g).lower()) for g in ("p1", "p2"))
    if not (one < two or one >= 9 and two <= 2):  # "in July and 6 in June" says no order; "December and January" does
        return None
    a, b = P.parse_number(m.group("a")), P.parse_number(m.group("b"))
    direction = "increase" if b > a else "decrease" if b < a else "no_change"
    return m.start(), m.end(), b, direction, f"{m.group('a')} in {m.group('p1')}"
