"""Merge grounded findings from all chunks and drop duplicates from overlaps.

Deterministic: items keep document order (by evidence start); two items of
one kind are the same when their evidence spans overlap by at least half of
the shorter one and, for figures, value and unit agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from minutesai.grounding import GroundedFindings
from minutesai.models import Evidence, Figure
from minutesai.schemas import (
    ChunkFindings,
    FoundAction,
    FoundAspect,
    FoundDecision,
    FoundFigure,
    FoundKeyPoint,
)

T = TypeVar("T")


def _overlap(a: Evidence, b: Evidence) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return " ".join(a.quote.split()).lower() == " ".join(b.quote.split()).lower()
    shared = min(a.end, b.end) - max(a.start, b.start)
    shortest = max(1, min(a.end - a.start, b.end - b.start))
    return shared * 2 >= shortest


def _same_figure(a: Figure, b: Figure) -> bool:
    return a.value == b.value and a.unit == b.unit and _overlap(a.evidence, b.evidence)


def _dedupe(items: Iterable[T], same: Callable[[T, T], bool]) -> list[T]:
    """``items`` in document order without those ``same`` as an earlier kept one.

    ``same`` implies overlapping spans (or, without offsets, equal quotes), and items come
    sorted by start: an item starting at or past the end of every kept span, all with
    offsets, is compared with none of them."""
    kept: list[T] = []
    reach = 0  # the furthest end of a kept span; None once a kept item lacks offsets
    spans_known = True
    for item in sorted(items, key=lambda x: (x.evidence.start is None, x.evidence.start or 0)):  # type: ignore[attr-defined]
        ev = item.evidence  # type: ignore[attr-defined]
        if ev.start is not None and ev.end is not None and spans_known and ev.start >= reach:
            kept.append(item)
            reach = max(reach, ev.end)
            continue
        if not any(same(item, k) for k in kept):
            kept.append(item)
            if ev.start is None or ev.end is None:
                spans_known = False
            else:
                reach = max(reach, ev.end)
    return kept


def _same_span(a, b) -> bool:
    return _overlap(a.evidence, b.evidence)


def merge_grounded(parts: list[GroundedFindings]) -> GroundedFindings:
    out = GroundedFindings()
    for part in parts:
        out.key_points.extend(part.key_points)
        out.actions.extend(part.actions)
        out.decisions.extend(part.decisions)
        out.figures.extend(part.figures)
        out.aspects.extend(part.aspects)
        out.unverified.extend(part.unverified)
        out.total += part.total
        out.sources.update(part.sources)
    out.key_points = _dedupe(out.key_points, _same_span)
    out.actions = _dedupe(out.actions, _same_span)
    out.decisions = _dedupe(out.decisions, _same_span)
    out.figures = _dedupe(out.figures, _same_figure)
    out.aspects = _dedupe(out.aspects, lambda a, b: a.topic == b.topic and _same_span(a, b))
    seen: set[str] = set()
    unique = []
    for u in out.unverified:
        key = f"{u.kind}:{u.item}"
        if key not in seen:
            seen.add(key)
            unique.append(u)
    out.unverified = unique
    return out


def to_findings(merged: GroundedFindings) -> ChunkFindings:
    """The merged, verified items in the quote-only shape the reduce step reads (the engine's
    own item where grounding kept it: it carries the same fields)."""
    sources = merged.sources

    def source_of(item: Any) -> Any:
        pair = sources.get(id(item))
        return pair[1] if pair is not None and pair[0] is item else None

    return ChunkFindings(
        key_points=[source_of(k) or FoundKeyPoint(text=k.text, quote=k.evidence.quote) for k in merged.key_points],
        actions=[
            source_of(a) or FoundAction(owner=a.owner, action=a.action, due=a.due, quote=a.evidence.quote)
            for a in merged.actions
        ],
        decisions=[source_of(d) or FoundDecision(text=d.text, quote=d.evidence.quote) for d in merged.decisions],
        figures=[
            source_of(f) or FoundFigure(metric=f.metric, value=f.value, unit=f.unit, direction=f.direction,
                                        period=f.period, area=f.area, comparator=f.comparator, quote=f.evidence.quote)
            for f in merged.figures
        ],
        sentiment_aspects=[
            source_of(a) or FoundAspect(topic=a.topic, label=a.label, quote=a.evidence.quote) for a in merged.aspects
        ],
    )
