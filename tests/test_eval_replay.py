"""An LLM engine evaluated from recorded responses (engine='replay'), beside offline.

The fixtures are authored into a temporary folder from the gold annotations
(``minutesai.testing.author_fixtures``), so they always match the current
prompts; they are test doubles, not a model's output.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from minutesai.cli import main
from minutesai.evaluation import evaluate, load_gold

pytest.importorskip("minutesai.engines.llm", reason="LLM engine not available")
authoring = pytest.importorskip("minutesai.testing.author_fixtures", reason="fixture authoring not available")

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"
RECORDED = ("enfield_sscb_performance_2023", "lambeth_slp_scrutiny_2019")
UNRECORDED = "durham_pcp_performance_public_confidence"


@pytest.fixture(scope="module")
def setup(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("replay_eval")
    fixtures = root / "fixtures"
    authoring.author(out=fixtures, docs=[(name, {}) for name in RECORDED])
    gold = root / "gold"
    gold.mkdir()
    for name in (*RECORDED, UNRECORDED):
        for suffix in (".txt", ".json"):
            shutil.copy(DEV / f"{name}{suffix}", gold / f"{name}{suffix}")
    return gold, fixtures


def required_figures(gold_dir: Path, name: str) -> int:
    return sum(1 for f in load_gold(gold_dir / f"{name}.json").figures if not f.optional)


def test_replay_and_offline_in_one_run(setup):
    gold, fixtures = setup
    report = evaluate(gold, ["offline", "replay"], model=authoring.AUTHORED_MODEL,
                      fixtures_dir=str(fixtures), use_cache=False)
    assert [r.engine for r in report.runs] == ["offline", "replay"]
    scores = {s.name: s for s in report.run("replay").scores}

    for name in RECORDED:
        s = scores[name]
        assert s.error is None
        assert s.tally.calls >= 2  # at least one map and one reduce call
        assert s.tally.prompt_tokens > 0 and s.tally.completion_tokens > 0
        # the authored answers restate the gold, so everything required is found
        assert s.tally.kinds["figures"].tp == required_figures(gold, name)
        assert s.tally.sentiment_correct == 1

    missing = scores[UNRECORDED]
    assert missing.error is not None and "no recorded response" in missing.error
    assert missing.tally.kinds["figures"].fn == required_figures(gold, UNRECORDED)

    total = report.run("replay").total
    assert total.errors == 1
    assert total.calls == sum(s.tally.calls for s in scores.values())


def test_cli_compares_replay_with_offline(setup, capsys):
    gold, fixtures = setup
    argv = ["eval", str(gold), "-e", "offline", "-e", f"replay:{authoring.AUTHORED_MODEL}",
            "--fixtures-dir", str(fixtures), "--no-cache", "-f", "json"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [e["engine"] for e in data["engines"]] == ["offline", f"replay:{authoring.AUTHORED_MODEL}"]
    replay_docs = {d["document"]: d for d in data["engines"][1]["documents"]}
    assert replay_docs[RECORDED[0]]["error"] is None and replay_docs[RECORDED[0]]["calls"] >= 2
    assert "1 document run(s) failed" in captured.err
