"""The figure rules' quick pre-tests (pass 2) give the answers of the full patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutesai.engines.offline import anchors, scan, trends
from minutesai.engines.offline.figures import extract_figures
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.sentences import clause_spans, split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))
         + sorted((ROOT / "tests/data/offline").glob("*.txt"))]


class _Always:
    def present(self, text: str, start: int, end: int) -> bool:
        return True


def _figures(text: str) -> list[dict]:
    return [f.model_dump() for f in extract_figures(text, split_sentences(text))]


def test_lowered_for_gates_refuses_texts_that_fold_differently():
    assert scan.lowered_for_gates("Burglary was HIGH") == "burglary was high"
    assert scan.lowered_for_gates("the ſafest borough") is None  # 'ſ' is an 's' to a case-blind regex only
    long_text = "Crime fell. " * 50
    assert scan.lowered_for_gates(long_text) == long_text.lower()
    assert scan.lowered_for_gates(long_text + "ı") is None


@pytest.mark.parametrize("clause", [
    "Kent was placed lowest in its Most Similar Group for burglary",
    "the safest borough in London",
    "burglary was particularly high",
    "the high rate of robbery",
    "our league table position on robbery had improved",
    "the burglary indicator was rated red",
    "Robbery remained the LOWEST IN ITS MSG",
])
def test_level_patterns_fire_through_their_gates(clause: str):
    found = trends.levels_and_ranks(clause, 0, len(clause), find_metrics(clause), [])
    assert found, clause


def test_levels_and_ranks_same_with_and_without_gates(monkeypatch):
    def levels(text: str) -> list[tuple]:
        out = []
        for sent in split_sentences(text):
            for lo, hi in clause_spans(text, sent.start, sent.end):
                out += [(a.start, a.end, a.kind, a.unit, a.direction, a.comparator)
                        for a in trends.levels_and_ranks(text, lo, hi, find_metrics(text, lo, hi), [])]
        return out

    gated = [levels(t) for t in TEXTS]
    assert any(gated)
    monkeypatch.setattr(scan, "lowered_for_gates", lambda text: None)
    assert [levels(t) for t in TEXTS] == gated


def test_figures_same_without_count_gate(monkeypatch):
    gated = [_figures(t) for t in TEXTS]
    assert any(f["unit"] == "count" for figs in gated for f in figs)
    monkeypatch.setattr(anchors, "_COUNT_NOUN_CUES", _Always())
    assert [_figures(t + " ") for t in TEXTS] == gated  # fresh strings: no per-document cache reused


@pytest.mark.parametrize("sentence", [
    "There had been 12 burglaries and four PCSOs were recruited.",
    "Officers made 37 arrests and issued 9 fixed penalty notices.",
    "The team carried out 14 stop and searches.",
])
def test_count_gate_lets_counted_nouns_through(sentence: str):
    text = sentence + " " * 400  # long enough for the document-wide cue index
    assert any(a.kind == "count" for a in anchors.find_anchors(text, 0, len(sentence)))
