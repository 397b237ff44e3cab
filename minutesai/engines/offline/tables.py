"""Action tables flattened into text: a header line ("Action | Owner | Due",
"Action<TAB>Owner<TAB>Deadline") followed by one row per action, and numbered
rows under an "ACTION LOG" heading ("1. Circulate the dashboard – CSM – March 2024")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.engines.offline.sentences import line_spans

_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{3,}")
_LOG_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{3,}|\s+[–—-]\s+")
_ACTION_COL = re.compile(r"^(?:agreed\s+)?actions?(?:\s+(?:required|agreed|description|point))?$|^(?:description|task)$", re.IGNORECASE)
_OWNER_COL = re.compile(r"^(?:owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|by\s+whom|who|officer|assigned\s+to|action\s+(?:by|owner))$", re.IGNORECASE)
_DUE_COL = re.compile(r"^(?:due(?:\s+date)?|deadline|date(?:\s+due)?|by\s+when|when|target(?:\s+date)?|timescale|completion\s+date)$", re.IGNORECASE)
_STATUS_COL = re.compile(r"^(?:status|progress|update|rag|comments?)$", re.IGNORECASE)
_LOG_HEADING = re.compile(r"^\s*(?:\d+\.?\s+)?(?:ACTION\s+(?:LOG|TRACKER|LIST|POINTS|SHEET)|Action\s+(?:[Ll]og|[Tt]racker|[Ll]ist|[Pp]oints))\s*:?\s*$")
_ROW_NUMBER = re.compile(r"^(?:\(?\d{1,3}[.)]?|[A-Z]{1,3}\s?\d{1,3}|\d{1,3}/\d{2,4})$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[•·*-])\s+")
_DONE = re.compile(r"\b(?:complete[d]?|closed|done|discharged|achieved|no\s+longer\s+required)\b", re.IGNORECASE)
_STILL_OPEN = re.compile(r"^\W*(?:open|ongoing|in\s+progress|outstanding|pending|carried\s+forward|partially|part|not|new|overdue|delayed)\b", re.IGNORECASE)


def _finished(status: str) -> bool:
    """'Complete', 'Closed – circulated 3 Oct', 'Now complete'; not 'Open – partially complete'."""
    return bool(_DONE.search(status)) and not _STILL_OPEN.match(status)


_VERB_LEAD = re.compile(r"^[A-Z][a-z]+(?:\s|$)")
_DATEISH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\bnext\s+meeting\b|\bongoing\b|\bASAP\b|\bQ[1-4]\b|\b(?:end\s+of|by)\s+\w+",
    re.IGNORECASE,
)


@dataclass
class TableAction:
    owner: str | None
    action: str
    due: str | None
    start: int
    end: int


def _cells(line: str, splitter: re.Pattern[str] = _CELL_SPLIT) -> list[str]:
    return [c.strip() for c in splitter.split(line.strip().strip("|"))]


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for k, cell in enumerate(cells):
        cell = cell.strip(" :*")
        for name, rx in (("action", _ACTION_COL), ("owner", _OWNER_COL), ("due", _DUE_COL), ("status", _STATUS_COL)):
            if name not in cols and rx.match(cell):
                cols[name] = k
                break
    return cols if "action" in cols and "owner" in cols else None


def _row(cells: list[str], cols: dict[str, int], width: int) -> tuple[str, str | None, str | None] | None | bool:
    """An open row's (action, owner, due); False for a finished row (the log goes on); None when the table has ended."""
    if cells and _ROW_NUMBER.match(cells[0]) and len(cells) == width + 1:
        cells = cells[1:]  # a row number the header has no column for
    if len(cells) != width:
        return None
    action = cells[cols["action"]]
    if len(action) < 8 or not re.search(r"[a-z]", action):
        return None
    if "status" in cols and _finished(cells[cols["status"]]):
        return False
    owner = cells[cols["owner"]] or None
    due = cells[cols["due"]] if "due" in cols and cells[cols["due"]] else None
    return action, owner, due


def find_table_actions(text: str) -> list[TableAction]:
    if "ction" not in text and "CTION" not in text:
        return []
    lines = line_spans(text)
    out: list[TableAction] = find_flat_log_rows(text, lines) if "wner" in text or "OWNER" in text or "Lead" in text else []
    k = 0
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        cols = _header_columns(_cells(line)) if ("ction" in line or "CTION" in line) and len(line) < 160 else None
        if cols is not None:
            width = len(_cells(line))
            k += 1
            while k < len(lines):
                rs, re_ = lines[k]
                row_text = text[rs:re_]
                if not row_text.strip():
                    k += 1
                    continue
                row = _row(_cells(row_text), cols, width)
                if row is None:
                    break
                if isinstance(row, tuple):  # False: a completed row, not an action
                    out.append(_make(text, rs, re_, *row))
                k += 1
            continue
        if _LOG_HEADING.match(line):
            k += 1
            while k < len(lines):
                rs, re_ = lines[k]
                row_text = text[rs:re_]
                if not row_text.strip():
                    k += 1
                    continue
                logged = _log_row(row_text)
                if logged is None:
                    break
                if isinstance(logged, tuple):  # False: a finished action
                    out.append(_make(text, rs, re_, *logged))
                k += 1
            continue
        k += 1
    return out


_FLAT_HEADER = re.compile(
    r"^(?:(?:Ref(?:erence)?|No\.?|Item|#)\s+)?(?:Agreed\s+)?(?:Actions?|Description)\s+(?:Owner|Lead(?:\s+officer)?|By\s+whom|Responsible)"
    r"(?P<due>\s+(?:Due(?:\s+date)?|Deadline|Target\s+date|By\s+when|Timescale))?(?P<status>\s+(?:Status|Progress|RAG|Update))?\s*$",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FLAT_DUE = rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{2,4}})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|Q[1-4](?:\s+\d{{2,4}})?|(?:[Nn]ext|[Ff]ollowing)\s+meeting|[Oo]ngoing|ASAP|TBC)"
_FLAT_STATUS = r"(?:Open|OPEN|Ongoing|ONGOING|In\s+progress|Outstanding|Pending|Overdue|Carried\s+forward|New|NEW|Complete[d]?|COMPLETE[D]?|Closed|CLOSED|Done|Discharged)\b"
_FLAT_OWNER = r"(?P<owner>[A-Z][A-Za-z.]{0,5}(?:\s*[/&]\s*[A-Z][A-Za-z.]{0,5})*)"


def _flat_row_pattern(has_ref: bool, has_due: bool, has_status: bool) -> re.Pattern[str]:
    ref = r"(?:\S*\d\S*\s+)" if has_ref else ""
    due = rf"\s+(?P<due>{_FLAT_DUE})" if has_due else ""
    status = rf"\s+(?P<status>{_FLAT_STATUS}.*)" if has_status else ""
    return re.compile(rf"^{ref}(?P<action>[A-Z].{{6,}}?)\s+{_FLAT_OWNER}{due}{status}\s*$")


def find_flat_log_rows(text: str, lines: list[tuple[int, int]]) -> list[TableAction]:
    """An action log whose columns ingest flattened to single spaces ("Ref Action Owner Due Status"):
    each row is read from the right (status, due date, owner initials); completed rows are not actions."""
    out: list[TableAction] = []
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        head = _FLAT_HEADER.match(line) if e - s < 80 and ("ction" in line or "CTION" in line) else None
        if head is None or not (head.group("due") or head.group("status")) or _CELL_SPLIT.search(line.strip()):
            continue  # (cells still apart: the tab / pipe reader takes the table)
        row_rx = _flat_row_pattern(bool(re.match(r"\s*(?:Ref|No|Item|#)", line, re.IGNORECASE)), bool(head.group("due")), bool(head.group("status")))
        for rs, re_ in lines[k + 1:]:
            m = row_rx.match(text[rs:re_])
            if m is None:
                break
            if "status" in row_rx.groupindex and _finished(m.group("status")):
                continue
            due = m.group("due") if "due" in row_rx.groupindex else None
            out.append(_make(text, rs, re_, m.group("action"), m.group("owner"), due))
    return out


def _log_row(line: str) -> tuple[str, str | None, str | None] | None | bool:
    """A numbered 'action – owner – due' row; False for a finished one; None when the log has ended."""
    m = _NUMBERED.match(line)
    if not m:
        return None
    cells = [c for c in _cells(line[m.end():], _LOG_SPLIT) if c]
    if len(cells) < 2 or not _VERB_LEAD.match(cells[0]):
        return None
    if any(_DONE.fullmatch(c.strip(" .()")) or _DONE.match(c) for c in cells[1:]):
        return False
    action, rest = cells[0], cells[1:]
    due = rest[-1] if len(rest) >= 2 and _DATEISH.search(rest[-1]) else None
    if due is None and len(rest) == 1 and _DATEISH.search(rest[0]) and not re.search(r"[A-Z][a-z]+\s+[A-Z]", rest[0]):
        return action, None, rest[0]
    return action, rest[0], due


def _make(text: str, s: int, e: int, action: str, owner: str | None, due: str | None) -> TableAction:
    stripped = text[s:e].strip()
    s += len(text[s:e]) - len(text[s:e].lstrip())
    return TableAction(owner, " ".join(action.split()).rstrip(" ."), " ".join(due.split()) if due else None, s, s + len(stripped))
