"""The anchor: one number (or number-free trend) in a sentence that states a performance figure."""

from __future__ import annotations

from dataclasses import dataclass

from minutesai.models import Unit


@dataclass(slots=True)
class Anchor:
    start: int
    end: int
    value: float | None
    unit: Unit
    kind: str
    """percent, points, money, rank, count, rate, pair, trend, level, rag."""
    direction: str = "unknown"
    comparator: str | None = None
    is_target: bool = False
    share: bool = False
    metric_start: int | None = None
    """For trends: where the metric phrase starts (so the quote can include it)."""
    label: str | None = None
    """For trends on a measure outside the taxonomy ("rough sleeping"): its words."""
    is_reference: bool = False
    """A benchmark another figure is set against ("the force average of 66.7", "(force 27%)")."""
    restates: bool = False
    """A number naming no measure of its own after another figure in its clause ("..., a 26% fall")."""
