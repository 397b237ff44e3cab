"""A list of results that behaves well in notebooks, plus reading and writing results JSONL.

``Results`` is what ``summarise_many`` returns: an ordinary list of MinutesSummary and
ErrorRecord objects with a briefing-style HTML/Markdown display, ``errors``, and
``to_dataframe(kind)`` for pandas.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from minutesai.errors import ConfigError, InputError
from minutesai.models import ErrorRecord, Evidence, MinutesSummary

KINDS = ("figures", "actions", "decisions", "key_points", "aspects", "unverified", "meetings", "errors")
_SOURCE_COLUMNS = ("path", "council", "committee", "meeting_date", "item_title")


class Results(list):
    """Results of many documents, in order: MinutesSummary for successes, ErrorRecord for failures."""

    @property
    def summaries(self) -> list[MinutesSummary]:
        return [r for r in self if isinstance(r, MinutesSummary)]

    @property
    def errors(self) -> list[ErrorRecord]:
        return [r for r in self if isinstance(r, ErrorRecord)]

    def records(self, kind: str = "figures") -> list[dict[str, Any]]:
        """Flat rows (dicts) of one kind across all results; see :data:`KINDS`."""
        if kind == "errors":
            return [_error_row(e) for e in self.errors]
        rows: list[dict[str, Any]] = []
        for result in self.summaries:
            rows += summary_records(result, kind)
        return rows

    def to_dataframe(self, kind: str = "figures"):
        """A pandas DataFrame of one kind (figures, actions, decisions, key_points, aspects,
        unverified, meetings or errors), one row per item, with the meeting's source columns."""
        return records_to_dataframe(self.records(kind), kind)

    def brief(self, **kwargs: Any) -> str | bytes:
        """Shortcut for :func:`minutesai.brief` on these results."""
        from minutesai.brief import brief

        return brief(self, **kwargs)

    def to_jsonl(self, path: str | Path) -> Path:
        """Write one JSON object per line; error lines carry an ``error`` field."""
        path = Path(path)
        with path.open("w", encoding="utf-8") as fh:
            for r in self:
                fh.write(json.dumps(_to_line(r), ensure_ascii=False) + "\n")
        return path

    def _repr_html_(self) -> str:
        from minutesai.render import render_html

        return render_html(self, standalone=False)

    def _repr_markdown_(self) -> str:
        from minutesai.render import render_markdown

        return render_markdown(self)

    def __repr__(self) -> str:
        return f"Results({len(self.summaries)} summaries, {len(self.errors)} errors)"


def summary_records(result: MinutesSummary, kind: str = "figures") -> list[dict[str, Any]]:
    """Flat rows of one kind for one result (used by ``MinutesSummary.to_dataframe``)."""
    if kind not in KINDS:
        raise ConfigError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    source = {f"source_{c}" if c == "path" else c: getattr(result.source, c) for c in _SOURCE_COLUMNS}
    source["engine"] = result.engine
    if kind == "meetings":
        ps = result.police_sentiment
        return [source | {
            "draft": result.source.draft, "sentiment": ps.label, "sentiment_score": ps.score,
            "sentiment_rationale": ps.rationale, "figures": len(result.figures),
            "actions": len(result.actions), "decisions": len(result.decisions),
            "unverified": len(result.unverified), "warnings": len(result.warnings),
            "grounding_rate": result.grounding_rate, "calls": result.usage.calls,
            "cost_usd": result.usage.cost_usd,
        }]
    if kind == "unverified":
        return [source | {"kind": u.kind, "reason": u.reason, "item": json.dumps(u.item, ensure_ascii=False)}
                for u in result.unverified]
    if kind == "errors":
        return []
    items = result.police_sentiment.aspects if kind == "aspects" else getattr(result, kind)
    return [source | item.model_dump(exclude={"evidence"}) | _evidence_columns(item.evidence) for item in items]


def _evidence_columns(evidence: Evidence) -> dict[str, Any]:
    return {"quote": evidence.quote, "start": evidence.start, "end": evidence.end,
            "verified": evidence.verified, "match": evidence.match}


def _error_row(error: ErrorRecord) -> dict[str, Any]:
    return error.model_dump(exclude={"usage", "last_raw_response"})


def records_to_dataframe(rows: list[dict[str, Any]], kind: str):
    from minutesai.render.deps import require

    require("pandas", extra="pandas", purpose="to_dataframe()")
    import pandas as pd

    if kind not in KINDS:
        raise ConfigError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return pd.DataFrame.from_records(rows, columns=None if rows else _empty_columns(kind))


def _empty_columns(kind: str) -> list[str]:
    """Column names of a kind, so an empty table still has its schema."""
    from pydantic import BaseModel

    from minutesai.models import Action, Decision, Figure, KeyPoint, SentimentAspect

    source = ["source_path", *_SOURCE_COLUMNS[1:], "engine"]
    evidence = ["quote", "start", "end", "verified", "match"]
    item_models: dict[str, type[BaseModel]] = {"figures": Figure, "actions": Action, "decisions": Decision,
                                               "key_points": KeyPoint, "aspects": SentimentAspect}
    model = item_models.get(kind)
    if model is not None:
        return source + [f for f in model.model_fields if f != "evidence"] + evidence
    if kind == "errors":
        return [f for f in ErrorRecord.model_fields if f not in ("usage", "last_raw_response")]
    if kind == "unverified":
        return source + ["kind", "reason", "item"]
    return source + ["draft", "sentiment", "sentiment_score", "sentiment_rationale", "figures", "actions",
                     "decisions", "unverified", "warnings", "grounding_rate", "calls", "cost_usd"]


def _to_line(result: MinutesSummary | ErrorRecord) -> dict[str, Any]:
    data = json.loads(result.model_dump_json())
    if isinstance(result, ErrorRecord):
        data["error"] = f"{result.error_type}: {result.reason}"
    return data


def parse_result_line(data: dict[str, Any], *, where: str = "") -> MinutesSummary | ErrorRecord:
    """One results-JSONL object: an error record when it has an ``error`` field, else a summary.

    Lenient about wrappers (``{"result": {...}}``, ``{"error": {...}}``) and extra keys that
    bulk runs add (document ids, timings); strict about the fields the models define."""
    from pydantic import ValidationError

    try:
        if "error" in data:
            return _error_from(data)
        body = data["result"] if isinstance(data.get("result"), dict) else data
        known = {k: v for k, v in body.items() if k in MinutesSummary.model_fields}
        return MinutesSummary.model_validate(known)
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise InputError(where or None, f"not a minutesai result ({loc}: {first['msg']})") from None


def _error_from(data: dict[str, Any]) -> ErrorRecord:
    error = data["error"]
    fields = {k: v for k, v in data.items() if k != "error"}
    if isinstance(error, dict):
        fields |= error
    reason = fields.get("reason") or fields.get("message") or str(error)
    document = fields.get("document") or fields.get("path") or fields.get("source") or "unknown document"
    known = {k: v for k, v in fields.items() if k in ErrorRecord.model_fields}
    known |= {"document": str(document), "reason": str(reason),
              "stage": str(fields.get("stage") or "unknown"),
              "error_type": str(fields.get("error_type") or fields.get("type") or "Error")}
    return ErrorRecord.model_validate(known)


def load_results(path: str | Path) -> Results:
    """Read a results .jsonl file (one MinutesSummary or error record per line)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    out = Results()
    with path.open(encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}", f"not JSON ({err.msg})") from None
            if not isinstance(data, dict):
                raise InputError(f"{path}:{number}", "expected a JSON object per line")
            out.append(parse_result_line(data, where=f"{path}:{number}"))
    return out


def as_results(items: Iterable[MinutesSummary | ErrorRecord] | MinutesSummary | ErrorRecord) -> Results:
    if isinstance(items, Results):
        return items
    if isinstance(items, MinutesSummary | ErrorRecord):
        return Results([items])
    return Results(items)


__all__ = ["KINDS", "Results", "as_results", "load_results", "parse_result_line", "summary_records"]
