"""Resumable bulk output: one JSON line per document, appended as it completes.

A success line is the :class:`MinutesSummary` JSON plus a ``"document"`` key
(the input path); a failure line is ``{"document": ..., "error": {...}}``.
Each line is flushed and fsynced before the next document is reported, so a
crash or Ctrl-C loses no completed document. On a re-run, documents with a
success line are skipped and failed ones are tried again; when a document
has several lines, the last one is the current result.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutesai.config import Options
from minutesai.costs import Ledger, usage_total
from minutesai.engines.base import Engine
from minutesai.models import ErrorRecord, MinutesSummary, Usage


def document_key(document: str) -> str:
    """The identity of an input path, independent of how it was spelled."""
    return os.path.normcase(os.path.abspath(document))


def result_line(document: str, result: MinutesSummary | ErrorRecord) -> str:
    if isinstance(result, ErrorRecord):
        payload: dict[str, Any] = {"document": document, "error": result.model_dump(mode="json")}
    else:
        payload = {"document": document, **result.model_dump(mode="json")}
    return json.dumps(payload, ensure_ascii=False) + "\n"


def read_results(path: str | os.PathLike[str]) -> dict[str, dict]:
    """The current (last) line per document; a torn final line from a crash is ignored."""
    latest: dict[str, dict] = {}
    p = Path(path)
    if not p.exists():
        return latest
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("document"), str):
                latest[document_key(record["document"])] = record
    return latest


class ResultsFile:
    """An append-only JSONL results file with durable writes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.previous = read_results(self.path)

    def done(self, document: str) -> bool:
        record = self.previous.get(document_key(document))
        return record is not None and "error" not in record

    def append(self, document: str, result: MinutesSummary | ErrorRecord) -> None:
        line = result_line(document, result).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as fh:
            if fh.tell() > 0 and not _ends_with_newline(self.path):
                fh.write(b"\n")  # close a line torn by an earlier crash
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


@dataclass
class BulkReport:
    """What a resumable run did."""

    total: int = 0
    succeeded: int = 0
    skipped: int = 0
    failures: list[ErrorRecord] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    """Sum of the documents' own usage (calls, tokens, retries, cache hits, cost)."""
    sent: Usage = field(default_factory=Usage)
    """What the run ledger saw go out (includes calls of documents that later failed)."""

    def summary_line(self) -> str:
        from minutesai.costs import describe_usage

        by_stage: dict[str, int] = {}
        for f in self.failures:
            by_stage[f.stage] = by_stage.get(f.stage, 0) + 1
        parts = [f"{self.succeeded} summarised"]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.failures:
            stages = ", ".join(f"{k}: {v}" for k, v in sorted(by_stage.items()))
            parts.append(f"{len(self.failures)} failed ({stages})")
        # retries and backoff waits are counted per document, not by the run ledger
        sent = self.sent.model_copy(
            update={"retries": self.usage.retries, "wait_seconds": self.usage.wait_seconds}
        )
        return f"{self.total} document(s): {', '.join(parts)}; {describe_usage(sent)}"


async def write_results(
    paths: Iterable[str | os.PathLike[str]],
    engine: Engine,
    options: Options,
    out: str | os.PathLike[str],
    *,
    on_result: Callable[[str, MinutesSummary | ErrorRecord], Any] | None = None,
) -> BulkReport:
    """Summarise ``paths`` into the JSONL file ``out``, skipping documents already done there."""
    from minutesai.bulk import iter_results

    results = ResultsFile(out)
    names = [str(p) for p in paths]
    todo = [n for n in names if not results.done(n)]
    report = BulkReport(total=len(names), skipped=len(names) - len(todo))
    ledger = Ledger.from_options(options)
    usages: list[Usage] = []
    async for index, result in iter_results(todo, engine, options, ledger=ledger):
        document = todo[index]
        await asyncio.to_thread(results.append, document, result)
        usages.append(result.usage)
        if isinstance(result, ErrorRecord):
            report.failures.append(result)
        else:
            report.succeeded += 1
        if on_result is not None:
            on_result(document, result)
    report.usage = usage_total(usages)
    report.sent = ledger.snapshot()
    return report
