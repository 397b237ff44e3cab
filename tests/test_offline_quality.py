"""The quality bar of issue 3, measured with the evaluation harness on gold annotations.

Dev set: examples/corpus/dev (real minutes). Own set: tests/data/offline
(minutes written for these tests in the styles of several councils, with
their own gold). Issue targets on both: figures F1 >= 0.85, actions F1 >= 0.7,
decisions F1 >= 0.9, sentiment accuracy >= 0.85, every quote verbatim.

Check set: examples/corpus/authored (synthetic minutes written independently of
the engine, see its INDEX.md). Its bar is the level the rules reach there minus a
small margin (actions 0.98, decisions 1.00, figures 0.99, direction 1.00,
sentiment 12/12 when this was written), so a rule change that loses ground on
text it was not written for fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import minutesai

REPO = Path(__file__).resolve().parents[1]
GOLD_SETS = {
    "dev": REPO / "examples/corpus/dev",
    "own": REPO / "tests/data/offline",
    "check": REPO / "examples/corpus/authored",
}
ISSUE_BAR = {"figures": 0.85, "actions": 0.7, "decisions": 0.9, "sentiment": 0.85, "direction": 0.8}
BARS = {
    "dev": ISSUE_BAR,
    "own": ISSUE_BAR,
    "check": {"figures": 0.94, "actions": 0.93, "decisions": 0.95, "sentiment": 0.9, "direction": 0.95},
}


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def scored(request):
    report = minutesai.evaluate(GOLD_SETS[request.param], engines=["offline"])
    assert not report.warnings, report.warnings  # every gold quote is found in the loaded text
    run = report.run("offline")
    assert all(s.error is None for s in run.scores)
    return run.total, BARS[request.param]


def test_figures_f1(scored):
    total, bar = scored
    assert total.kinds["figures"].f1 >= bar["figures"]


def test_actions_f1(scored):
    total, bar = scored
    assert total.kinds["actions"].f1 >= bar["actions"]


def test_decisions_f1(scored):
    total, bar = scored
    assert total.kinds["decisions"].f1 >= bar["decisions"]


def test_sentiment_accuracy(scored):
    total, bar = scored
    assert total.sentiment_accuracy >= bar["sentiment"]


def test_direction_accuracy(scored):
    total, bar = scored
    assert total.direction_accuracy >= bar["direction"]


def test_every_quote_is_verbatim(scored):
    total, _ = scored
    assert total.grounding_rate == 1.0
