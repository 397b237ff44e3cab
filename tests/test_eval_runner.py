"""The runner: engines compared in one run, through the real pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import minutesai
from minutesai.errors import ConfigError, InputError, ModelError
from minutesai.evaluation import EvalReport, evaluate, load_gold
from minutesai.models import Usage
from minutesai.schemas import ChunkFindings, FoundAction, FoundDecision, FoundFigure, Synthesis
from minutesai.tokens import get_tokenizer

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"
DOCS = ("bromley_crime_dashboard", "hounslow_cpcg_stop_search_2012", "thanet_crime_stats_2021")


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    for name in DOCS:
        for suffix in (".txt", ".json"):
            shutil.copy(DEV / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    return tmp_path


class GoldEngine:
    """Implements the Engine protocol by reading the document's gold file:
    a perfect extractor, optionally with one figure's value corrupted."""

    prompt_hash = None

    def __init__(self, name: str = "gold-engine", corrupt_first_figure: bool = False) -> None:
        self.name = name
        self.corrupt = corrupt_first_figure
        self.tokenizer = get_tokenizer(None)

    def chunk_token_budget(self) -> int:
        return 1_000_000

    @staticmethod
    def _gold(doc):
        return load_gold(Path(doc.source.path).with_suffix(".json"))

    async def map_chunk(self, doc, chunk, ctx, feedback=None) -> ChunkFindings:
        g = self._gold(doc)
        ctx.usage.calls += 1
        ctx.usage.prompt_tokens += 100
        ctx.usage.completion_tokens += 7
        figures = [FoundFigure(**f.model_dump(exclude={"optional"})) for f in g.figures]
        if self.corrupt and figures:
            figures[0].value = 123456.0
        return ChunkFindings(
            actions=[FoundAction(owner=a.owner, action=a.action, due=None, quote=a.quote) for a in g.actions],
            decisions=[FoundDecision(text=d.text, quote=d.quote) for d in g.decisions],
            figures=figures,
        )

    async def reduce(self, doc, findings, ctx) -> Synthesis:
        ctx.usage.calls += 1
        return Synthesis(summary="", sentiment_label=self._gold(doc).police_sentiment,
                         sentiment_score=0.0, sentiment_rationale="")


class FailingEngine(GoldEngine):
    async def map_chunk(self, doc, chunk, ctx, feedback=None):
        if "thanet" in (doc.source.path or ""):
            raise ModelError("endpoint down", usage=Usage(calls=3, prompt_tokens=50))
        return await super().map_chunk(doc, chunk, ctx, feedback)


def test_engines_are_compared_on_the_same_documents(gold_dir):
    report = evaluate(gold_dir, ["offline", GoldEngine(), GoldEngine("sloppy", corrupt_first_figure=True)])
    assert [r.engine for r in report.runs] == ["offline", "gold-engine", "sloppy"]
    assert report.documents == list(DOCS)
    for run in report.runs:
        assert [s.name for s in run.scores] == list(DOCS)

    perfect = report.run("gold-engine").total
    for kind in ("actions", "decisions", "figures"):
        assert perfect.kinds[kind].f1 == 1.0
    assert perfect.sentiment_accuracy == 1.0 and perfect.grounding_rate == 1.0
    assert (perfect.calls, perfect.prompt_tokens, perfect.completion_tokens) == (6, 300, 21)
    assert perfect.documents == 3 and perfect.errors == 0
    assert perfect.seconds > 0

    # the corrupted value fails grounding (value not in the quote) in each of the 3 documents
    sloppy = report.run("sloppy").total
    expected_fn = sum(1 for n in DOCS if not load_gold(gold_dir / f"{n}.json").figures[0].optional)
    assert sloppy.kinds["figures"].fn == expected_fn
    assert sloppy.kinds["figures"].fp == 0
    assert sloppy.grounded_total - sloppy.grounded == 3

    offline = report.run("offline").total
    assert offline.documents == 3 and offline.errors == 0


def test_report_renders_markdown_and_json(gold_dir):
    report = evaluate(gold_dir, ["offline", GoldEngine(), GoldEngine("sloppy", corrupt_first_figure=True)])
    md = report.to_markdown()
    assert "| offline | 3 |" in md and "| gold-engine | 3 |" in md
    for name in DOCS:
        assert all(f"### {name} — {e}\n" in md for e in ("offline", "gold-engine", "sloppy"))
    assert "### thanet_crime_stats_2021 — gold-engine\n- no differences" in md
    first = load_gold(gold_dir / "thanet_crime_stats_2021.json").figures[0]
    assert not first.optional
    assert f"- missed figure: {first.metric} = {first.value:.10g} {first.unit}" in md.split("— sloppy")[-1]
    short = report.to_markdown(diff=False)
    assert "Differences from gold" not in short and "### Per document" in short

    data = json.loads(report.to_json())
    assert [e["engine"] for e in data["engines"]] == ["offline", "gold-engine", "sloppy"]
    gold_total = data["engines"][1]["total"]
    assert gold_total["figures"]["f1"] == 1.0 and gold_total["calls"] == 6
    assert all("diff" in d for d in data["engines"][0]["documents"])
    assert all("diff" not in d for d in json.loads(report.to_json(diff=False))["engines"][0]["documents"])
    assert data["matching"]["wording_threshold"] == 75.0


def test_a_failing_document_is_scored_as_missed_and_the_run_continues(gold_dir):
    report = evaluate(gold_dir, [FailingEngine("flaky")])
    scores = {s.name: s for s in report.run("flaky").scores}
    bad = scores["thanet_crime_stats_2021"]
    assert bad.error is not None and "endpoint down" in bad.error
    assert bad.tally.errors == 1 and bad.tally.calls == 3 and bad.tally.prompt_tokens == 50
    required = [f for f in load_gold(gold_dir / "thanet_crime_stats_2021.json").figures if not f.optional]
    assert bad.tally.kinds["figures"].fn == len(required)
    assert scores["bromley_crime_dashboard"].error is None
    assert scores["bromley_crime_dashboard"].tally.kinds["figures"].f1 == 1.0
    assert "- **error**: ModelError: endpoint down" in report.to_markdown()


def test_same_engine_twice_gets_distinct_labels_and_progress_is_reported(gold_dir):
    seen = []
    report = evaluate(gold_dir, [GoldEngine(), GoldEngine()], on_document=lambda e, n, s: seen.append((e, n)))
    assert [r.engine for r in report.runs] == ["gold-engine", "gold-engine#2"]
    assert seen == [(e, n) for e in ("gold-engine", "gold-engine#2") for n in DOCS]


def test_single_engine_argument_and_default(gold_dir):
    assert [r.engine for r in evaluate(gold_dir, GoldEngine("solo")).runs] == ["solo"]
    assert [r.engine for r in evaluate(gold_dir).runs] == ["offline"]


def test_bad_arguments_raise_library_errors(tmp_path, gold_dir):
    with pytest.raises(InputError, match="no such directory"):
        evaluate(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no NAME.txt"):
        evaluate(tmp_path / "empty")
    with pytest.raises(ConfigError, match="engines="):
        evaluate(gold_dir, engine="offline")
    with pytest.raises(ConfigError, match="unknown engine"):
        evaluate(gold_dir, ["nonsense"])
    (gold_dir / "bromley_crime_dashboard.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="bromley_crime_dashboard.json"):
        evaluate(gold_dir)


def test_gold_quote_missing_from_text_is_warned(gold_dir):
    path = gold_dir / "bromley_crime_dashboard.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["decisions"][0]["quote"] = "words that are nowhere in the minutes"
    path.write_text(json.dumps(data), encoding="utf-8")
    report = evaluate(gold_dir, [GoldEngine()])
    assert any("words that are nowhere" in w for w in report.warnings)
    assert "- warning: bromley_crime_dashboard: gold quote not found" in report.to_markdown()


def test_package_level_evaluate_is_callable_even_after_importing_the_module(gold_dir):
    import minutesai.evaluate as module

    assert callable(minutesai.evaluate)
    report = minutesai.evaluate(gold_dir, [GoldEngine()])
    assert isinstance(report, EvalReport)
    assert module.evaluate is evaluate
