"""Gold annotations: the ``NAME.txt`` + ``NAME.json`` pairs described in GOLD.md.

Loading is strict about shape (a malformed gold file is an :class:`InputError`
naming the file) and lenient about extra keys (``source_url`` and the like).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from minutesai.errors import InputError
from minutesai.models import (
    Action,
    Decision,
    Direction,
    Evidence,
    Figure,
    MinutesSummary,
    PoliceSentiment,
    SentimentLabel,
    Unit,
)


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldAction(_Gold):
    owner: str | None = None
    action: str
    quote: str
    optional: bool = False


class GoldDecision(_Gold):
    text: str
    quote: str
    optional: bool = False


class GoldFigure(_Gold):
    metric: str
    value: float | None = None
    unit: Unit = "other"
    direction: Direction = "unknown"
    period: str | None = None
    area: str | None = None
    comparator: str | None = None
    quote: str
    optional: bool = False


class GoldDoc(_Gold):
    doc: str = ""
    actions: list[GoldAction] = Field(default_factory=list)
    decisions: list[GoldDecision] = Field(default_factory=list)
    figures: list[GoldFigure] = Field(default_factory=list)
    police_sentiment: SentimentLabel = "neutral"
    acceptable_sentiment: list[SentimentLabel] = Field(default_factory=list)
    sentiment_rationale: str = ""

    def acceptable_labels(self) -> list[str]:
        """``acceptable_sentiment``, or the single gold label when that list is absent."""
        return list(self.acceptable_sentiment) or [self.police_sentiment]


@dataclass(frozen=True)
class GoldPair:
    """One annotated document on disk."""

    name: str
    text_path: Path
    gold: GoldDoc


def load_gold(path: str | Path) -> GoldDoc:
    path = Path(path)
    try:
        return GoldDoc.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InputError(str(path), f"not a gold annotation file ({first})") from err


def load_gold_dir(gold_dir: str | Path) -> list[GoldPair]:
    """All ``NAME.txt`` + ``NAME.json`` pairs in ``gold_dir``, sorted by name."""
    root = Path(gold_dir)
    if not root.exists():
        raise InputError(str(root), "no such directory")
    if not root.is_dir():
        raise InputError(str(root), "not a directory")
    pairs = [
        GoldPair(name=j.stem, text_path=j.with_suffix(".txt"), gold=load_gold(j))
        for j in sorted(root.glob("*.json"))
        if j.with_suffix(".txt").is_file()
    ]
    if not pairs:
        raise InputError(str(root), "holds no NAME.txt + NAME.json gold pairs")
    return pairs


def _evidence(text: str, quote: str) -> Evidence:
    start = text.find(quote)
    if start < 0:
        return Evidence(quote=quote)
    return Evidence(quote=quote, start=start, end=start + len(quote), verified=True, match="exact")


def gold_to_summary(gold: GoldDoc | dict, text: str, *, engine: str = "gold") -> MinutesSummary:
    """The gold annotation as if an engine had produced it (optional items included).

    Useful as an upper bound and for testing the scorer: it must score 1.0.
    """
    g = gold if isinstance(gold, GoldDoc) else GoldDoc.model_validate(gold)
    return MinutesSummary(
        engine=engine,
        actions=[Action(owner=a.owner, action=a.action, evidence=_evidence(text, a.quote)) for a in g.actions],
        decisions=[Decision(text=d.text, evidence=_evidence(text, d.quote)) for d in g.decisions],
        figures=[
            Figure(**f.model_dump(exclude={"quote", "optional"}), evidence=_evidence(text, f.quote))
            for f in g.figures
        ],
        police_sentiment=PoliceSentiment(label=g.police_sentiment, rationale=g.sentiment_rationale),
    )
