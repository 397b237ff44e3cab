"""The evaluation report: engine summary, per-document table, per-document diff."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from minutesai.evaluation import matching
from minutesai.evaluation.scoring import KINDS, DocScore, KindCounts, Tally, total


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _prf(c: KindCounts) -> str:
    return f"{fmt(c.precision)} / {fmt(c.recall)} / {fmt(c.f1)}"


def _f1_counts(c: KindCounts) -> str:
    return f"{fmt(c.f1)} ({c.tp}/{c.fp}/{c.fn})"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [_row(header), "|" + "|".join("---" for _ in header) + "|", *(_row(r) for r in rows)]


@dataclass
class EngineRun:
    """One engine over every gold document."""

    engine: str
    scores: list[DocScore] = field(default_factory=list)

    @property
    def total(self) -> Tally:
        return total(self.scores)


@dataclass
class EvalReport:
    gold_dir: str
    documents: list[str]
    runs: list[EngineRun]
    warnings: list[str] = field(default_factory=list)

    def run(self, engine: str) -> EngineRun:
        for r in self.runs:
            if r.engine == engine:
                return r
        raise KeyError(engine)

    def summary_markdown(self) -> str:
        header = ["Engine", "Docs", *(f"{k.capitalize()} P / R / F1" for k in KINDS),
                  "Direction", "Owner", "Sentiment", "Grounded", "Calls", "Prompt tok", "Completion tok", "Seconds"]
        rows = []
        for r in self.runs:
            t = r.total
            rows.append([r.engine, str(t.documents), *(_prf(t.kinds[k]) for k in KINDS),
                         fmt(t.direction_accuracy), fmt(t.owner_accuracy), fmt(t.sentiment_accuracy),
                         fmt(t.grounding_rate), str(t.calls), str(t.prompt_tokens), str(t.completion_tokens), f"{t.seconds:.1f}"])
        return "\n".join(_table(header, rows))

    def documents_markdown(self) -> str:
        header = ["Document", "Engine", *(f"{k.capitalize()} F1 (tp/fp/fn)" for k in KINDS),
                  "Direction", "Owner", "Sentiment", "Grounded", "Calls", "Tokens", "Seconds"]
        rows = []
        for name in self.documents:
            for r in self.runs:
                for s in r.scores:
                    if s.name != name:
                        continue
                    t = s.tally
                    sentiment = f"{s.predicted_sentiment or 'error'} {'✓' if t.sentiment_correct else '✗'}"
                    rows.append([name, r.engine, *(_f1_counts(t.kinds[k]) for k in KINDS),
                                 fmt(t.direction_accuracy), fmt(t.owner_accuracy), sentiment, fmt(t.grounding_rate), str(t.calls),
                                 str(t.prompt_tokens + t.completion_tokens), f"{t.seconds:.2f}"])
        return "\n".join(_table(header, rows))

    def diff_markdown(self) -> str:
        out: list[str] = []
        for name in self.documents:
            for r in self.runs:
                for s in r.scores:
                    if s.name != name:
                        continue
                    out.append(f"### {name} — {r.engine}")
                    if s.error:
                        out.append(f"- **error**: {s.error}")
                    for d in s.diff:
                        quote = f" — “{' '.join(d.quote.split())}”" if d.quote else ""
                        label = d.problem if d.problem in ("missed", "spurious") else f"wrong {d.problem}"
                        kind = "" if d.kind == d.problem or d.problem in ("direction", "owner") else f" {d.kind}"
                        out.append(f"- {label}{kind}: {d.what}{quote}")
                    if not s.error and not s.diff:
                        out.append("- no differences")
                    out.append("")
        return "\n".join(out).rstrip()

    def to_markdown(self, *, diff: bool = True, documents: bool = True) -> str:
        parts = [f"## Evaluation on {self.gold_dir} ({len(self.documents)} documents)", "",
                 self.summary_markdown(), "",
                 "P / R / F1 are micro-averaged over documents; optional gold items are neither "
                 "hits nor misses; – means undefined (nothing predicted, or nothing to find). "
                 "Direction: matched figures with the gold direction. Owner: matched actions whose owner "
                 "names the gold owner (a shared name or role word; titles and ranks aside). Sentiment: label in "
                 "acceptable_sentiment. Grounded: predicted items whose quote is verbatim in the text."]
        if self.warnings:
            parts += ["", *(f"- warning: {w}" for w in self.warnings)]
        if documents:
            parts += ["", "### Per document", "", self.documents_markdown()]
        if diff:
            parts += ["", "## Differences from gold", "", self.diff_markdown()]
        return "\n".join(parts) + "\n"

    def to_dict(self, *, diff: bool = True) -> dict:
        return {
            "gold_dir": self.gold_dir,
            "documents": self.documents,
            "matching": {"wording_threshold": matching.WORDING_THRESHOLD,
                         "min_span_overlap": matching.MIN_SPAN_OVERLAP,
                         "value_tolerance": matching.VALUE_TOLERANCE},
            "engines": [{"engine": r.engine, "total": r.total.to_dict(),
                         "documents": [s.to_dict(diff=diff) for s in r.scores]} for r in self.runs],
            "warnings": self.warnings,
        }

    def to_json(self, *, diff: bool = True, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(diff=diff), indent=indent, ensure_ascii=False)

    def _repr_markdown_(self) -> str:
        return self.to_markdown(diff=False)
