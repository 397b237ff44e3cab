"""Statistics tables flattened onto one line: each measure's name followed by its number, several in a row.

    Reported Crimes / Offences for the period 1425 Detected for same period 755 Fixed Penalty Notices 127 Detected 53%

Text extracted from a PDF table (or an officer's summary box) often loses its cell breaks, leaving one line of
"label number label number ...". Such a line has no sentence punctuation, and two or more of its labels name a
measure (a crime, offences, notices, calls...). Each label / number pair is one figure. Numbers that are
identifiers rather than counts (an item, page or telephone number, a year, a day of a date, money) end no pair.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.metrics import find_measure_nouns, find_metrics
from minutesai.schemas import FoundFigure

_TWO_WORDS_THEN_NUMBERS = re.compile(r"[A-Za-z][ \t\u00a0]+\d[^\n]*?[A-Za-z][ \t\u00a0]+\d")
"""Two labels each followed by a number: what a row needs at least."""
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_WORD = re.compile(r"^(?:[A-Za-z][A-Za-z'’-]*|[/&])$")
_SENTENCE_PUNCT = re.compile(r"[;!?]|\.(?!\d)")
_YEARISH = re.compile(r"^(?:19|20)\d{2}$")
_IDENTIFIER_WORDS = frozenset([
    "item", "items", "page", "pages", "no", "number", "nos", "ref", "reference", "paragraph", "para", "paragraphs",
    "appendix", "annex", "section", "clause", "tel", "telephone", "phone", "mobile", "fax", "room", "floor", "ward",
    "route", "junction", "chapter", "part", "schedule", "table", "figure", "version", "minute", "question",
    "recommendation", "option", "priority", "phase", "stage", "level", "tier", "unit", "flat", "plot", "road",
    "street", "lane", "year", "years", "day", "week", "month", "quarter", "q"
])
_DATE_WORDS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
])
_UNIT_AFTER = frozenset([
    "am", "pm", "hours", "hrs", "minutes", "mins", "years", "months", "weeks", "days", "mph", "miles", "km",
    "metres"
])
_PROSE_WORDS = frozenset([
    "a", "an", "the", "was", "were", "is", "are", "be", "been", "of", "to", "per", "by", "than", "at", "on", "in",
    "from", "with", "and", "or", "over", "under", "about", "around", "approximately", "some", "only", "just"
])
_MAX_LABEL_WORDS = 8
_MAX_LINE = 400
_MIN_LINE = 8


def with_flat_rows(text: str, figures: list[FoundFigure], rows: list[tuple[int, int]]
                   ) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """The table figures and row spans found so far, plus those of flattened rows no other table reader took."""
    found = [(span, figs) for span, figs in scan.cached(text, "flat stat rows", _find)
             if not any(r[0] <= span[0] < r[1] or span[0] <= r[0] < span[1] for r in rows)]
    if not found:
        return figures, rows
    return figures + [f for _, figs in found for f in figs], rows + [span for span, _ in found]


def _find(text: str) -> list[tuple[tuple[int, int], list[FoundFigure]]]:
    out: list[tuple[tuple[int, int], list[FoundFigure]]] = []
    ls = 0
    for line in text.split("\n"):  # cheap tests on each line first: most lines are prose with a full stop
        le = ls + len(line)
        if (_MIN_LINE <= len(line) <= _MAX_LINE and "?" not in line and ";" not in line and "!" not in line
                and ("." not in line or not _SENTENCE_PUNCT.search(line)) and _TWO_WORDS_THEN_NUMBERS.search(line)):
            _read_row(text, ls, le, out)
        ls = le + 1
    return out


def _read_row(text: str, ls: int, le: int, out: list) -> None:
    pairs = _pairs(text, ls, le)
    if len(pairs) < 2:
        return
    named = [p for p in pairs if find_metrics(text, p[0], p[1]) or find_measure_nouns(text, p[0], p[1])]
    if len(named) < 2 or 2 * len(named) < len(pairs):
        return
    out.append(((ls, le), [_figure(text, *p) for p in pairs]))


def _pairs(text: str, ls: int, le: int) -> list[tuple[int, int, int, int]]:
    """(label start, label end, number start, number end) for each label directly followed by a number."""
    tokens = list(_TOKEN.finditer(text, ls, le))
    out: list[tuple[int, int, int, int]] = []
    label: list[re.Match[str]] = []
    for k, tok in enumerate(tokens):
        word = tok.group()
        if _WORD.match(word):
            label.append(tok)
            continue
        if _NUMBER.match(word) and label and _counts(word, label[-1].group(), tokens[k + 1].group() if k + 1 < len(tokens) else ""):
            words = [t for t in label if t.group() not in ("/", "&")]
            if words:
                first = label[max(0, len(label) - _MAX_LABEL_WORDS)]
                out.append((first.start(), label[-1].end(), tok.start(), tok.end()))
        label = []  # a number or a token of mixed letters and digits ends the label
    return out


def _counts(number: str, before: str, after: str) -> bool:
    """Whether a number after a label word is a count or rate, not an identifier, a date or a measurement."""
    if _YEARISH.match(number) or (number[0] == "0" and len(number.rstrip("%")) > 1):
        return False
    if before.lower() in _IDENTIFIER_WORDS or before.lower() in _DATE_WORDS:
        return False
    if before.lower() in _PROSE_WORDS or after[:1].islower():
        return False  # "was 13,310 offences": a sentence, where a table row's next label would start a new cell
    after = after.lower().rstrip(",")
    return after not in _DATE_WORDS and after not in _UNIT_AFTER


def _figure(text: str, ls: int, le: int, ns: int, ne: int) -> FoundFigure:
    hits = [h for h in find_metrics(text, ls, le) if not h.generic]
    metric = hits[0].label if hits else " ".join(text[ls:le].split()).lower()
    cell = text[ns:ne]
    return FoundFigure(metric=metric, value=float(cell.rstrip("%").replace(",", "")),
                       unit="percent" if cell.endswith("%") else "count", direction="unknown",
                       period=None, area=None, comparator=None, quote=text[ls:ne])
