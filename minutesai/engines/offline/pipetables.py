"""Statistics tables kept with their column bars, under a header that names the periods:

    year 2023 | year 2024 |
    Criminal damage | 14 | 9 |
    Burglary | 3 | 5 |

Community council and ward reports often paste such a table (the header may name the label column too:
"Offence | 2023 | 2024"). The header says which column is which,
so the value is the latest period's cell (the latest year, or the column called "this year" /
"current"), the earlier period's cell is the comparator and the direction runs from it. Without such a
header the order of the columns is unknown and the rows are left to the other rules.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.patterns import Dir
from minutesai.schemas import FoundFigure

_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(%?)$")
_YEAR = re.compile(r"^(?:(?:year|yr|fy|financial\s+year|calendar\s+year)\s*)?((?:19|20)\d{2})(?:\s*[/-]\s*(\d{2,4}))?(?:\s+(?:ytd|to\s+date))?$",
                   re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:(?P<old>last|previous|prior)|(?P<new>this|current))(?:\s+(?:year|month|quarter|period))?$", re.IGNORECASE)
_LABEL = re.compile(r"^[A-Za-z][A-Za-z &/,'’()-]{1,60}$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|") if c.strip()]


def _period_order(cells: list[str]) -> list[int] | None:
    """Rank of each header cell in time (higher is later), or None when the cells are not all periods."""
    ranks: list[int] = []
    for cell in cells:
        year = _YEAR.match(cell)
        rel = _RELATIVE.match(cell) if year is None else None
        if year is not None:
            ranks.append(int(year.group(1)))
        elif rel is not None:
            ranks.append(1 if rel.group("new") else 0)
        else:
            return None
    kinds = {r > 1 for r in ranks}
    return ranks if len(cells) >= 2 and len(kinds) == 1 and len(set(ranks)) == len(ranks) else None


def _value(cell: str) -> tuple[float, bool] | None:
    m = _NUMBER.match(cell)
    if m is None:
        return None
    return float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else "")), bool(m.group(3))


def find_pipe_table_figures(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """Figures of the rows of period-headed '|' tables (two or more rows), and the rows' spans."""
    figures: list[FoundFigure] = []
    spans: list[tuple[int, int]] = []
    if "|" not in text:
        return figures, spans
    order: list[int] | None = None
    rows: list[tuple[int, int, FoundFigure]] = []
    last_end = -2
    for s, e in _bar_lines(text):
        if s != last_end + 1:  # a line without a bar ends the table
            order, rows = None, _flush(rows, figures, spans)
        last_end = e
        cells = _cells(text[s:e])
        header = _period_order(cells) or (_period_order(cells[1:]) if len(cells) > 2 and _LABEL.match(cells[0]) else None)
        if header is not None:
            order, rows = header, _flush(rows, figures, spans)
            continue
        fig = _row_figure(text, s, e, cells, order) if order is not None else None
        if fig is not None:
            rows.append((s, e, fig))
        elif order is not None and rows:
            order, rows = None, _flush(rows, figures, spans)
    _flush(rows, figures, spans)
    return figures, spans


def _bar_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a '|', newline excluded (found from the bars: no scan of other lines)."""
    lines: list[tuple[int, int]] = []
    bar = text.find("|")
    while bar >= 0:
        s = text.rfind("\n", 0, bar) + 1
        e = text.find("\n", bar)
        e = len(text) if e < 0 else e
        lines.append((s, e))
        bar = text.find("|", e)
    return lines


def _flush(rows: list[tuple[int, int, FoundFigure]], figures: list[FoundFigure], spans: list[tuple[int, int]]) -> list[tuple[int, int, FoundFigure]]:
    if len(rows) >= 2:
        for s, e, fig in rows:
            figures.append(fig)
            spans.append((s, e))
    return []


def _row_figure(text: str, s: int, e: int, cells: list[str], order: list[int]) -> FoundFigure | None:
    if len(cells) != len(order) + 1 or not _LABEL.match(cells[0]):
        return None
    values = [_value(c) for c in cells[1:]]
    if any(v is None for v in values):
        return None
    latest = max(range(len(order)), key=lambda i: order[i])
    earlier = max((i for i in range(len(order)) if i != latest), key=lambda i: order[i])
    now, before = values[latest], values[earlier]
    assert now is not None and before is not None
    direction: Dir = "increase" if now[0] > before[0] else "decrease" if now[0] < before[0] else "no_change"
    label = " ".join(cells[0].split())
    hits = [h for h in find_metrics(label) if not h.generic] or find_metrics(label)
    lo, hi = s, e
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return FoundFigure(metric=hits[0].label if hits else label, value=now[0], unit="percent" if now[1] else "count",
                       direction=direction, period=None, area=None, comparator=cells[1 + earlier], quote=text[lo:hi])
