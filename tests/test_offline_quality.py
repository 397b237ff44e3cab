"""The quality bar of issue 3, measured with the evaluation harness on gold annotations.

Dev set: examples/corpus/dev (real minutes). Authored set: tests/data/offline
(minutes written for these tests in the styles of several councils, with
their own gold). Targets: figures F1 >= 0.85, actions F1 >= 0.7, decisions
F1 >= 0.9, sentiment accuracy >= 0.85, every quote verbatim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import minutesai

REPO = Path(__file__).resolve().parents[1]
GOLD_SETS = {"dev": REPO / "examples/corpus/dev", "authored": REPO / "tests/data/offline"}


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def total(request):
    report = minutesai.evaluate(GOLD_SETS[request.param], engines=["offline"])
    assert not report.warnings, report.warnings  # every gold quote is found in the loaded text
    run = report.run("offline")
    assert all(s.error is None for s in run.scores)
    return run.total


def test_figures_f1(total):
    assert total.kinds["figures"].f1 >= 0.85


def test_actions_f1(total):
    assert total.kinds["actions"].f1 >= 0.7


def test_decisions_f1(total):
    assert total.kinds["decisions"].f1 >= 0.9


def test_sentiment_accuracy(total):
    assert total.sentiment_accuracy >= 0.85


def test_direction_accuracy(total):
    assert total.direction_accuracy >= 0.8


def test_every_quote_is_verbatim(total):
    assert total.grounding_rate == 1.0
