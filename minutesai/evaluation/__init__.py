"""Evaluation against gold annotations (GOLD.md): scoring, running, reporting.

``score_document`` is pure; ``evaluate`` runs engines over a gold directory.
"""

from minutesai.evaluation.gold import GoldDoc, GoldPair, gold_to_summary, load_gold, load_gold_dir
from minutesai.evaluation.report import EngineRun, EvalReport
from minutesai.evaluation.runner import evaluate, score_one
from minutesai.evaluation.scoring import (
    DiffLine,
    DocScore,
    KindCounts,
    Tally,
    score_document,
    total,
)

__all__ = [
    "DiffLine", "DocScore", "EngineRun", "EvalReport", "GoldDoc", "GoldPair", "KindCounts", "Tally",
    "evaluate", "gold_to_summary", "load_gold", "load_gold_dir", "score_document", "score_one", "total",
]
