"""Numbers written in a quoted span: does a figure's value appear in its evidence?

Grounding verifies a figure only when its value is written inside the quoted
span: as digits (thousands separators, decimals, "£4.2m", "3 million"), as
minutes-and-seconds, or in words ("six", "twenty-one", "a hundred and five",
"half", "no burglaries").
"""

from __future__ import annotations

import math
import re

_UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINALS = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
             "ninth": "nine", "twelfth": "twelve"}
_FRACTIONS = {"half": (0.5, 50.0), "quarter": (0.25, 25.0), "halved": (50.0,), "third": (33.3,), "fifth": (20.0,),
              "tenth": (10.0,), "thirds": (66.7,), "quarters": (75.0,), "no": (0.0,), "none": (0.0,)}
"""Fractions (as shares and as percentages), and 'no' / 'none' as zero ("no burglaries")."""
_MINUTES_SECONDS = re.compile(r"(\d+)\s+(?:minutes?|mins?)\s+(?:and\s+)?(\d{1,2})\s+(?:seconds?|secs?)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)(?:\s*(bn|billion|m|mn|million|k|thousand)\b)?", re.I)
_MULTIPLIER = {"bn": 1e9, "billion": 1e9, "m": 1e6, "mn": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}


def _cardinal_word(word: str) -> str:
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word.endswith("ieth"):
        return word[:-4] + "y"
    if word.endswith("th") and word[:-2] in {**_UNITS, **_TENS, **_SCALES}:
        return word[:-2]
    return word


def word_values(span: str) -> set[float]:
    """Values of number phrases written in words ('six', 'twenty-one', 'eighth', 'a hundred and five')."""
    values: set[float] = set()
    raw_words = re.findall(r"[a-z]+", span.lower().replace("-", " "))
    for w in raw_words:
        if w in _FRACTIONS:
            values.update(_FRACTIONS[w])
    words = [_cardinal_word(w) for w in raw_words]
    total = current = 0
    active = False
    for i, w in enumerate(words + [""]):
        article = w in ("a", "an")
        if w in _UNITS and not (article and (i + 1 >= len(words) or words[i + 1] not in _SCALES)):
            current += _UNITS[w]
            active = True
        elif w in _TENS:
            current += _TENS[w]
            active = True
        elif w in _SCALES and active:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        elif w == "and" and active:
            continue
        else:
            if active:
                values.add(float(total + current))
            total = current = 0
            active = False
    return values


def digit_values(span: str) -> set[float]:
    values: set[float] = set()
    for m in _NUMBER.finditer(span):
        number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        values.add(number)
        if m.group(3):
            values.add(number * _MULTIPLIER[m.group(3).lower()])
    for m in _MINUTES_SECONDS.finditer(span) if "sec" in span else ():  # "13 minutes 30 seconds" is 13.5 minutes
        exact = int(m.group(1)) + int(m.group(2)) / 60
        values.update((exact, round(exact, 1), round(exact, 2)))
    return values


def written_plainly(target: float, span: str) -> bool:
    """A quick yes for :func:`value_in_span`: ``target`` written as its plain digits ("130",
    "5.3") where a number starts that the full reading also takes (no letter, digit, point or
    comma just before it, so it cannot be part of an earlier number)."""
    shown = f"{target:g}"
    i = span.find(shown)
    while i >= 0:
        before = span[i - 1] if i else " "
        if not (before.isalnum() or before in "_.,"):
            m = _NUMBER.match(span, i)
            if m and math.isclose(target, float(m.group(1).replace(",", "") + (m.group(2) or "")),
                                  rel_tol=1e-9, abs_tol=1e-9):
                return True
        i = span.find(shown, i + 1)
    return False


def values_in_span(span: str) -> set[float]:
    """Every number written in ``span``, as digits or in words (see :func:`value_in_span`)."""
    return digit_values(span) | word_values(span)


def value_in_span(value: float, span: str) -> bool:
    """True when ``value`` is written in ``span`` as a whole number (digits, with
    thousands separators, %, ordinal suffix, £…m / million, or in words). A value
    that is only part of another number (5 in 50 or 5.3) does not count; the sign
    is ignored (a fall of 13% may be written '−13 %')."""
    target = abs(float(value))
    if math.isnan(target) or math.isinf(target):
        return False
    if written_plainly(target, span):
        return True
    # digits first: most values are written that way, and reading number words costs more
    return any(math.isclose(target, v, rel_tol=1e-9, abs_tol=1e-9) for v in digit_values(span)) or any(
        math.isclose(target, v, rel_tol=1e-9, abs_tol=1e-9) for v in word_values(span))
