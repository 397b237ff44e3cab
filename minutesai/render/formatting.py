"""Small, dependency-free formatting helpers shared by every output format."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

ARROWS = {"increase": "▲", "decrease": "▼", "no_change": "▶", "unknown": "–"}
"""Direction of change as a glyph (neutral: an increase is not always bad news)."""

DIRECTION_WORDS = {
    "increase": "increase",
    "decrease": "decrease",
    "no_change": "no change",
    "unknown": "",  # the "–" arrow says it; words would only widen the column
}

UNIT_LABELS = {
    "percent": "%",
    "percentage_points": "pp",
    "count": "count",
    "rate": "rate",
    "rank": "rank",
    "currency": "£",
    "other": "",
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def format_value(value: float | None) -> str:
    """A figure's number as a reader expects it: 8893 -> '8,893', 5.30 -> '5.3'."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def unit_label(unit: str) -> str:
    return UNIT_LABELS.get(unit, unit)


def arrow(direction: str) -> str:
    return ARROWS.get(direction, ARROWS["unknown"])


def parse_meeting_date(text: str | None) -> date | None:
    """Best-effort date from how minutes write it ('Tuesday, 12th November, 2019', '2019-11-12',
    '12/11/2019' read day-first as in the UK). None when no full date is found."""
    if not text:
        return None
    s = text.strip().lower()
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", s)
    if m:
        return _safe_date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+),?\s+(\d{4})\b", s)
    if m and m[2] in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    m = re.search(r"\b([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", s)
    if m and m[1] in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[1]], int(m[2]))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def display_date(text: str | None) -> str:
    """'2019-11-12' -> '12 Nov 2019'; text that is not a date is shown as written."""
    parsed = parse_meeting_date(text)
    if parsed is None:
        return text or ""
    return f"{parsed.day} {parsed.strftime('%b %Y')}"


def document_stem(path: str | None) -> str:
    if not path:
        return ""
    return Path(path).stem.replace("_", " ")


def normalise_key(text: str | None) -> str:
    """Grouping key for metrics and owners: case, punctuation and a leading 'the' ignored."""
    if not text:
        return ""
    s = re.sub(r"[^\w\s%£]", " ", text.casefold())
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def one_line(text: str | None) -> str:
    """Collapse whitespace (quotes from minutes keep line breaks and non-breaking spaces)."""
    return re.sub(r"\s+", " ", text or "").strip()


def md_cell(text: object) -> str:
    """Safe inside a Markdown table cell: one line, pipes escaped."""
    return one_line("" if text is None else str(text)).replace("|", "\\|")


def md_text(text: object) -> str:
    """Plain text in Markdown flow: one line; characters that would start markup are escaped."""
    s = one_line("" if text is None else str(text))
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", s)
