"""Performance tables flattened to text. Ingest turns tabs and runs of spaces into single spaces, so a
row reads "Residential burglary 1,402 1,731 -19.0% 9" or "ASB incidents Reduce by 5% 1,733 2,046 Green".

Two or more such lines in a row (the first naming a measure) are a table. Each row gives one figure:
its signed percentage change when it has one (the sign is the direction), else the current value (the
next-to-last number) with the previous one (the last number) as comparator and the direction between
them. Target words ("Reduce by 10%") and RAG cells are never trends.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.patterns import Dir
from minutesai.engines.offline.pipetables import find_pipe_table_figures
from minutesai.engines.offline.sentences import line_spans
from minutesai.schemas import FoundAspect, FoundFigure

_NUMBER_CELL = re.compile(r"^([+\-−–]?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(%?)$")


def _number(cell: str) -> tuple[str, float, bool] | None:
    m = _NUMBER_CELL.match(cell.strip())
    if not m:
        return None
    value = float(m.group(2).replace(",", "") + ("." + m.group(3) if m.group(3) else ""))
    return m.group(1), value, bool(m.group(4))


_ROW = re.compile(
    r"(?P<label>[A-Za-z][^\d\n]*?(?:\(%\)|\([a-z ]+\))?)\s+(?P<cells>(?:(?:[+\-−–]?\d[\d,]*(?:\.\d+)?%?|[A-Za-z][\w/]*)\s+)*?"
    r"[+\-−–]?\d[\d,]*(?:\.\d+)?%?(?:\s+[+\-−–]?\d[\d,]*(?:\.\d+)?%?)+)(?P<rag>\s+(?:Red|Amber|Green|RED|AMBER|GREEN))?\s*$"
)
"""A table row whose columns were flattened to single spaces: a label, maybe a target, two or more numbers, maybe a RAG."""
_SIGNED_PERCENT = re.compile(r"(?<!\S)([+\-−–])(\d+(?:\.\d+)?)%(?!\S)")
_TRAILING_NUMBERS = re.compile(r"((?:[+\-−–]?\d[\d,]*(?:\.\d+)?%?\s+)*[+\-−–]?\d[\d,]*(?:\.\d+)?%?)\s*$")


def find_table_figures(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """Figures of performance-table rows (two or more row-shaped lines in a row), and the rows' spans."""
    return scan.cached(text, "performance tables", _all_table_figures)


def _all_table_figures(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    figures, spans = _find_table_figures(text)
    if "|" in text:  # "Assaults | 19 | 15 |" under "year 2023 | year 2024 |": the header orders the columns
        piped, piped_spans = find_pipe_table_figures(text)
        figures, spans = figures + piped, spans + piped_spans
    return figures, spans


def table_aspect(figures: list[FoundFigure]) -> FoundAspect | None:
    """One sentiment aspect for a whole table: the net of its rows' good and bad news.

    Sentiment rests on what speakers say, weighed with the key measures; a table of twenty rows
    must not outvote the discussion as twenty separate statements."""
    from minutesai.engines.offline.sentiment import figure_stance

    if not figures:
        return None
    stances = [figure_stance(f) for f in figures]
    pos, neg = sum(x for x in stances if x > 0), -sum(x for x in stances if x < 0)
    if pos + neg < 0.9:
        return None
    label = "mixed" if min(pos, neg) >= 0.5 * max(pos, neg) else "positive" if pos > neg else "negative"
    return FoundAspect(topic="performance table", label=label, quote=figures[0].quote)  # type: ignore[arg-type]


def _find_table_figures(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    figures: list[FoundFigure] = []
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, re.Match[str]]] = []
    for s, e in line_spans(text) + [(len(text), len(text))]:
        last = text[e - 1] if e > s else "."
        row_shaped = e - s < 160 and (last.isdigit() or last == "%" or last in "dnrDNR" and text.endswith(("Red", "Amber", "Green", "RED", "AMBER", "GREEN"), s, e))
        m = _ROW.match(text, s, e) if row_shaped else None
        if m is not None and not find_metrics(text, s, e) and not run:
            m = None  # the first row of a table names a measure
        if m is not None:
            run.append((s, e, m))
            continue
        if len(run) >= 2:
            for rs, re_, row in run:
                fig = _collapsed_row_figure(text, rs, re_, row)
                if fig is not None:
                    figures.append(fig)
                    spans.append((rs, re_))
        run = []
    return figures, spans


def _collapsed_row_figure(text: str, s: int, e: int, row: re.Match[str]) -> FoundFigure | None:
    label = " ".join(row.group("label").split())
    hits = [h for h in find_metrics(label) if not h.generic] or find_metrics(label)
    metric = hits[0].label if hits else label
    quote = text[s:e].strip()
    cells = row.group("cells")
    signed = _SIGNED_PERCENT.search(cells)
    if signed:
        direction: Dir = "increase" if signed.group(1) == "+" else "decrease"
        return FoundFigure(metric=metric, value=float(signed.group(2)), unit="percent", direction=direction,
                           period=None, area=None, comparator=None, quote=quote)
    tail = _TRAILING_NUMBERS.search(cells)
    numbers = [_number(n) for n in tail.group(1).split()] if tail else []
    if len(numbers) < 2 or numbers[-1] is None or numbers[-2] is None:
        return None
    current, previous = numbers[-2], numbers[-1]
    assert current is not None and previous is not None
    trend: Dir = "increase" if current[1] > previous[1] else "decrease" if current[1] < previous[1] else "no_change"
    return FoundFigure(metric=metric, value=current[1], unit="percent" if current[2] else "count",
                       direction=trend, period=None, area=None, comparator=tail.group(1).split()[-1] if tail else None, quote=quote)
