"""Running engines over a gold directory and scoring what they return."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from minutesai.engines.base import Engine
from minutesai.evaluation.gold import GoldAction, GoldDecision, GoldFigure, GoldPair, load_gold_dir
from minutesai.evaluation.matching import locate
from minutesai.evaluation.report import EngineRun, EvalReport
from minutesai.evaluation.scoring import DocScore, score_document
from minutesai.models import MinutesSummary

EngineSpec = str | Engine
Progress = Callable[[str, str, DocScore], None]
"""Called after each document with (engine label, document name, its score)."""


def _build_engine(spec: EngineSpec, options: dict[str, Any]) -> Engine:
    if not isinstance(spec, str):
        return spec
    from minutesai.config import make_options
    from minutesai.engines.factory import make_engine

    return make_engine(make_options(**options, engine=spec))


def _label(spec: EngineSpec, taken: set[str]) -> str:
    base = spec if isinstance(spec, str) else getattr(spec, "name", type(spec).__name__)
    label, n = base, 1
    while label in taken:
        n += 1
        label = f"{base}#{n}"
    taken.add(label)
    return label


def _gold_warnings(pairs: list[GoldPair]) -> list[str]:
    from minutesai.ingest import load_minutes

    out: list[str] = []
    for pair in pairs:
        text = load_minutes(pair.text_path).text
        g = pair.gold
        quoted: list[GoldAction | GoldDecision | GoldFigure] = [*g.actions, *g.decisions, *g.figures]
        for item in quoted:
            if locate(text, item.quote) is None:
                out.append(f"{pair.name}: gold quote not found in the loaded text: {item.quote[:60]!r}")
    return out


def score_one(pair: GoldPair, engine: Engine, options: dict[str, Any]) -> DocScore:
    """Summarise one gold document with ``engine`` and score it; failures are scored, not raised."""
    from minutesai.api import summarise
    from minutesai.ingest import load_minutes

    minutes = load_minutes(pair.text_path)
    text = minutes.text
    result: MinutesSummary | None = None
    error: Exception | None = None
    started = time.perf_counter()
    try:
        result = summarise(minutes, engine=engine, **options)
    except Exception as err:  # one document's failure must not lose the whole comparison
        error = err
    seconds = time.perf_counter() - started
    score = score_document(pair.gold, result, text, name=pair.name)
    score.tally.seconds = seconds
    if error is not None:
        score.error = f"{type(error).__name__}: {error}"
        score.tally.errors = 1
        spent = getattr(error, "usage", None)  # MinutesAIError carries what the failed run cost
        if spent is not None:
            score.tally.calls = spent.calls
            score.tally.prompt_tokens = spent.prompt_tokens
            score.tally.completion_tokens = spent.completion_tokens
    return score


def evaluate(
    gold_dir: str | Path,
    engines: EngineSpec | Iterable[EngineSpec] | None = None,
    *,
    on_document: Progress | None = None,
    **options: Any,
) -> EvalReport:
    """Run each engine over every ``NAME.txt`` in ``gold_dir`` and score it against ``NAME.json``.

    ``engines`` are names (``"offline"``, ``"openai:gpt-4o-mini"``, ``"replay"``)
    or Engine instances; default ``["offline"]``. Other keyword arguments are
    run options (see :class:`minutesai.Options`), shared by every engine.
    Documents run one at a time so that per-document wall time is meaningful.
    """
    if engines is None:
        specs: list[EngineSpec] = ["offline"]
    elif isinstance(engines, str) or not isinstance(engines, Iterable):
        specs = [engines]
    else:
        specs = list(engines)
    if "engine" in options:
        from minutesai.errors import ConfigError

        raise ConfigError("evaluate() takes engines=[...], not engine=")
    pairs = load_gold_dir(gold_dir)
    runs: list[EngineRun] = []
    taken: set[str] = set()
    for spec in specs:
        engine = _build_engine(spec, options)
        run = EngineRun(engine=_label(spec, taken))
        for pair in pairs:
            score = score_one(pair, engine, options)
            run.scores.append(score)
            if on_document is not None:
                on_document(run.engine, pair.name, score)
        runs.append(run)
    return EvalReport(gold_dir=str(gold_dir), documents=[p.name for p in pairs], runs=runs,
                      warnings=_gold_warnings(pairs))
