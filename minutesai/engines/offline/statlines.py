"""Statistics tables whose cells were flattened one per line: a measure's name on one line, its
numbers on the next line or lines.

    Residential burglary
    88
    101
    -12.9%

Two or more such blocks in a row are a table (a lone "Burglary" line before a number may be
anything). Each block gives one figure, read as performance-table rows are: a signed percentage is
the change (its sign the direction); else the first number is the current value and the second the
previous one (comparator and direction); a single number is the value.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.patterns import Dir
from minutesai.schemas import FoundFigure

_CELL = r"(?:[+\-−–]\s?)?\d[\d,]*(?:\.\d+)?\s?%?"
_NUMBER_LINE = re.compile(rf"\n[ \t\u00a0]*({_CELL}(?:[ \t\u00a0]+{_CELL}){{0,4}})[ \t\u00a0]*(?=\n|$)")
"""A line holding only numbers (found from its leading newline: one cheap document-wide search)."""
_SIGNED = re.compile(r"^([+\-−–])\s?(\d+(?:\.\d+)?)\s?%$")
_YEARISH = re.compile(r"^(?:19|20)\d{2}$")
_LABEL_STOP = re.compile(r"[.;?!]$|^\W|\d")
_MAX_LABEL = 70
_RAG_LABEL = re.compile(r"(?:(?:rated|graded|RAG)\s+)?(Red|Amber|Green)(?:\s+(?:rated|rating|status|indicators|measures))?", re.IGNORECASE)
"""A row of a RAG summary ("Green / 7 / 9": how many indicators hold each Red-Amber-Green grade)."""
_MAX_CELLS = 5


def find_stat_line_figures(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """Figures of label-line / number-line tables, and the spans of their blocks."""
    if "\n" not in text:
        return [], []
    return scan.cached(text, "stat lines", _find)


def _find(text: str) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    blocks: list[tuple[int, int, int, list[str]]] = []  # (label start, label end, block end, cells)
    group: list[re.Match[str]] = []
    for m in _NUMBER_LINE.finditer(text):
        if group and m.start() == group[-1].end() and sum(len(g.group(1).split()) for g in group) < _MAX_CELLS:
            group.append(m)
            continue
        _close(text, group, blocks)
        group = [m]
    _close(text, group, blocks)
    figures: list[FoundFigure] = []
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, int, list[str]]] = []
    seen: set[str] = set()  # the quotes of the rows read so far
    for block in blocks + [(-1, -1, -1, [])]:
        if run and block[0] >= 0 and not text[run[-1][2]:block[0]].strip():
            run.append(block)  # the next label follows the last block's numbers directly
            continue
        if len(run) >= 2:
            for k, (ls, le, end, cells) in enumerate(run):
                fig = _figure(text, ls, le, end, cells)
                if fig is not None and k + 1 < len(run) and fig.quote in seen:
                    # the same label and number stood earlier (a second area's table): quote on to the next row
                    fig = fig.model_copy(update={"quote": text[ls:run[k + 1][2]].strip()})
                if fig is not None:
                    seen.add(text[ls:end].strip())
                    figures.append(fig)
                    spans.append((ls, end))
        run = [block] if block[0] >= 0 else []
    return figures, spans


def _close(text: str, group: list[re.Match[str]], blocks: list) -> None:
    """A group of number lines is a block when the non-blank line before it names a measure."""
    if not group:
        return
    le = group[0].start()
    while le > 0 and text[le - 1] in " \t\n\u00a0":
        le -= 1
    ls = text.rfind("\n", 0, le) + 1
    label = text[ls:le].strip()
    if not label or len(label) > _MAX_LABEL or _LABEL_STOP.search(label):
        return
    if not find_metrics(text, ls, le) and not _RAG_LABEL.fullmatch(label):
        return
    cells = [c for g in group for c in _cells(g.group(1))]
    if len(cells) == 1 and _YEARISH.match(cells[0]):
        return
    blocks.append((ls + (len(text[ls:le]) - len(text[ls:le].lstrip())), le, group[-1].end(), cells))


def _cells(line: str) -> list[str]:
    return re.findall(_CELL, line)


def _value(cell: str) -> tuple[float, bool]:
    digits = re.sub(r"[^\d.]", "", cell)
    return float(digits), cell.rstrip().endswith("%")


def _figure(text: str, ls: int, le: int, end: int, cells: list[str]) -> FoundFigure | None:
    hits = [h for h in find_metrics(text, ls, le) if not h.generic] or find_metrics(text, ls, le)
    rag = _RAG_LABEL.fullmatch(text[ls:le].strip())
    metric = hits[0].label if hits else f"indicators graded {rag.group(1).title()}" if rag else " ".join(text[ls:le].split())
    quote = text[ls:end].strip()
    for cell in cells:
        signed = _SIGNED.match(cell.strip())
        if signed:
            direction: Dir = "increase" if signed.group(1) == "+" else "decrease"
            return FoundFigure(metric=metric, value=float(signed.group(2)), unit="percent", direction=direction,
                               period=None, area=None, comparator=None, quote=quote)
    current, is_pct = _value(cells[0])
    comparator = None
    direction = "unknown"
    if len(cells) >= 2:
        previous, _ = _value(cells[1])
        comparator = cells[1].strip()
        direction = "increase" if current > previous else "decrease" if current < previous else "no_change"
    return FoundFigure(metric=metric, value=current, unit="percent" if is_pct else "count", direction=direction,  # type: ignore[arg-type]
                       period=None, area=None, comparator=comparator, quote=quote)


_AFTER_LABEL = re.compile(r"[ \t\u00a0]*(?:[:=–—-][ \t\u00a0]*)?(\d[\d,]*)(?=[ \t\u00a0]*(?:[,;.)]|and\b|$))")


def find_inline_list_anchors(text: str, start: int, end: int, add) -> None:
    """'Crime figures for the month were: burglary 12, robbery 3 and vehicle crime 25': measures each followed by
    their count, two or more in one sentence (a single 'robbery 3' may be anything)."""
    from minutesai.engines.offline.anchors import Anchor

    found = []
    for h in find_metrics(text, start, end):
        m = _AFTER_LABEL.match(text, h.end, end)
        if m and not h.generic and not _YEARISH.match(m.group(1)):
            found.append((h, m))
    if len(found) < 2:
        return
    for h, m in found:
        add(Anchor(h.start, m.end(1), float(m.group(1).replace(",", "")), "count", "count", metric_start=h.start))


_LABEL_THEN_VALUE = re.compile(
    r"[ \t\u00a0]*(?P<label>[A-Za-z][^\d:;.!?()\n]{2,80}?(?:[ \t\u00a0]*\([A-Za-z][A-Za-z \-/]{0,30}\))?)[ \t\u00a0]*(?P<sep>[:=–—-][ \t\u00a0]*|[ \t\u00a0])"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d,]*\s*(?:%|per\s?cent|years?\b|months?\b|[/.]\d))(?!,\d)"
    r"(?=[ \t\u00a0]*(?P<after>[,;(.]|$|\n|[=–—-][ \t\u00a0]*(?:the\s+)?same\s+(?:period|time|month|quarter)\b))"
)
"""The label may end in a bracketed qualifier ('Burglary (Residential) 1'); a dash or '=' then 'same period last
year' is a table cell's comparator ('Public Order 6 – same period last year 17')."""
_LABEL_QUALIFIER = re.compile(r"\([A-Za-z][A-Za-z \-/]{0,30}\)[ \t\u00a0]*$")
_MAX_LABEL_WORDS = 9
_FIRST_DIGIT = re.compile(r"\d")
_NOT_BEFORE_VALUE = re.compile(r"[;.!?()\n]")
_LABEL_SPACE = " \t\u00a0"


def could_be_label_value(text: str, start: int, end: int) -> bool:
    """False only when _LABEL_THEN_VALUE cannot match at ``start``: nothing before its number holds a digit, so the
    number is the span's first; what comes before it (spaces, a label of 3-81 characters, spaces, a separator)
    holds none of ";.!?()" or a line break, and opens, past spaces, with an ASCII letter."""
    digit = _FIRST_DIGIT.search(text, start, end)
    if digit is None:
        return False
    before = digit.start()
    if ")" in text[start:before]:  # 'Burglary (Residential) 1': a qualifier in brackets ends the label
        q = _LABEL_QUALIFIER.search(text, start, before)
        before = q.start() if q else before
    if _NOT_BEFORE_VALUE.search(text, start, before):
        return False
    core = text[start:before].strip(_LABEL_SPACE)
    if core[-1:] in (":", "=", "–", "—", "-"):
        core = core[:-1].rstrip(_LABEL_SPACE)  # (the label itself, or the part of it before its own trailing spaces)
    return 0 < len(core) <= 81 and ("a" <= core[0] <= "z" or "A" <= core[0] <= "Z")


def find_label_value_anchors(text: str, start: int, end: int, add) -> None:
    """'Theft of/from motor vehicles 22 (previously 25)', 'DVPOs obtained: 17, compared with 12': a sentence that is
    a measure's name and then its number (the comparison after it is read by the usual comparison rules)."""
    from minutesai.engines.offline.anchors import Anchor
    from minutesai.engines.offline.metrics import find_measure_nouns
    from minutesai.engines.offline.nonfigures import not_a_figure

    m = _LABEL_THEN_VALUE.match(text, start, end) if could_be_label_value(text, start, end) else None
    if m is None or len(m.group("label").split()) > _MAX_LABEL_WORDS or _YEARISH.match(m.group("num")):
        return
    if not m.group("sep").strip() and m.group("after") not in ("(", ",") and m.group("after")[:1] not in ("=", "–", "—", "-"):
        return  # "Burglary 22 ..." with nothing to mark a table cell: leave it to the sentence rules
    ls, le = m.span("label")
    if not (find_metrics(text, ls, le) or find_measure_nouns(text, ls, le)) or not_a_figure(text, *m.span("num")):
        return
    add(Anchor(ls, m.end("num"), float(m.group("num").replace(",", "")), "count", "count", metric_start=ls))


_NUMBER_THEN_X = re.compile(r"(?<![\w.,/£$-])(\d{1,4})(?![\d,.%/:])[ \t\u00a0]*(?:x[ \t\u00a0]+|×[ \t\u00a0]*)?")


def find_number_first_list_anchors(text: str, start: int, end: int, add) -> None:
    """'2 thefts, 1 burglary and 1 criminal damage', '2 x theft, 3 x criminal damage': a breakdown of counts, each
    number directly before a measure (singular or plural); two or more in one sentence."""
    from minutesai.engines.offline.anchors import Anchor

    hits = find_metrics(text, start, end)
    if len(hits) < 2:
        return
    by_start = {h.start: h for h in hits if not h.generic}
    found = []
    for m in _NUMBER_THEN_X.finditer(text, start, end):
        h = by_start.get(m.end())
        if h is not None:
            found.append((m, h))
    if len(found) < 2:
        return
    for m, h in found:
        add(Anchor(m.start(1), h.end, float(m.group(1)), "count", "count"))
