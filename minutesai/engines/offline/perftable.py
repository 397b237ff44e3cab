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
    label = _row_label(text, s, row)
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
    change = _unsigned_change(numbers)
    if change is not None:  # "Robbery 120 131 9.2%": the percentage is the change between the two counts
        return FoundFigure(metric=metric, value=change[0], unit="percent", direction=change[1],
                           period=None, area=None, comparator=None, quote=quote)
    current, previous = numbers[-2], numbers[-1]
    assert current is not None and previous is not None
    trend: Dir = "increase" if current[1] > previous[1] else "decrease" if current[1] < previous[1] else "no_change"
    return FoundFigure(metric=metric, value=current[1], unit="percent" if current[2] else "count",
                       direction=trend, period=None, area=None, comparator=tail.group(1).split()[-1] if tail else None, quote=quote)


_FIRST_NUMBER = re.compile(r"[+\-−–]?\d")
_TARGET_WORDS = re.compile(r"\b(?:reduce|increase|maintain|improve|by|target|to)\b", re.IGNORECASE)


def _row_label(text: str, s: int, row: re.Match[str]) -> str:
    """The row's label: every word before its first number ('Hate crime 120 131', 'Vehicle crime 300 310'), unless a
    target stands there ('ASB incidents Reduce by 5%'), which the shortest label leaves out."""
    short = " ".join(row.group("label").split())
    first = _FIRST_NUMBER.search(text, row.start("cells"), row.end("cells"))
    if first is None:
        return short
    words = " ".join(text[s:first.start()].split())
    return short if _TARGET_WORDS.search(words) else words


def _unsigned_change(numbers: list[tuple[str, float, bool] | None]) -> tuple[float, Dir] | None:
    """(percentage, direction) when a row ends with two counts and an unsigned percentage that is the change from
    one count to the other ('Robbery 120 131 9.2%': 131 is 9.2% up on 120; '131 120 9.2%': the later year first).
    The arithmetic decides which count is the earlier; a percentage that is no such change is left alone."""
    if len(numbers) < 3 or any(n is None for n in numbers[-3:]):
        return None
    a, b, pct = numbers[-3], numbers[-2], numbers[-1]
    assert a is not None and b is not None and pct is not None
    if a[2] or b[2] or not pct[2] or pct[0] or a[1] <= 0 or b[1] <= 0 or a[1] == b[1]:
        return None
    for old, new in ((a[1], b[1]), (b[1], a[1])):
        if abs(abs(new - old) / old * 100 - pct[1]) <= 0.1 + 0.01 * pct[1]:
            return pct[1], "increase" if new > old else "decrease"
    return None
