"""Grounding: find each quote in the source and decide whether the item is verified.

A quote is looked for, first inside the chunk it came from and then in the
whole document, by three increasingly lenient matches:

1. ``exact`` — the quote is a substring of the text;
2. ``normalised`` — equal after treating all whitespace runs alike, curly and
   straight quotes alike, every dash alike (spaces around dashes optional),
   ignoring case, surrounding quotation marks and closing punctuation; an
   elided quote ("A … B") matches A and B in order close together;
3. ``fuzzy`` — a bounded rapidfuzz alignment (quotes of at least
   ``FUZZY_MIN_CHARS``, score at least ``FUZZY_MIN_SCORE``, a bounded amount of
   text scanned) snapped to whole words of the real text.

Normalised and fuzzy matches replace the quote with the source text, so
``doc.text[ev.start:ev.end] == ev.quote`` for every verified evidence.
A figure is verified only when its value is written inside that span
(:mod:`minutesai.quote_numbers` reads the numbers of a span).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from minutesai.document import Chunk, Minutes
from minutesai.models import (
    Action,
    Decision,
    Evidence,
    Figure,
    ItemKind,
    KeyPoint,
    MinutesSummary,
    SentimentAspect,
    UnverifiedItem,
)
from minutesai.provenance import (
    INSTRUCTION_REASON,
    instruction_like,
    may_hold_instructions,
    paragraph_bounds,
)
from minutesai.quote_numbers import digit_values, word_values, written_plainly
from minutesai.quote_numbers import value_in_span as value_in_span  # re-export
from minutesai.quote_numbers import values_in_span as values_in_span  # re-export
from minutesai.schemas import ChunkFindings

FUZZY_MIN_CHARS = 20
FUZZY_MAX_CHARS = 2000
FUZZY_MIN_SCORE = 90.0
FUZZY_SCAN_CHARS = 500_000
"""At most this much text (beyond the chunk) is scanned for one fuzzy quote."""
_ELISION_GAP = 400

_SINGLE_QUOTES = "'‘’‚‛′`´"
_DOUBLE_QUOTES = '"“”„‟″«»'
_DASHES = "-‐‑‒–—―−"
# Same-length folding (offsets stay valid): quotes, dashes and odd spaces.
_FOLD = str.maketrans(
    {**{c: "'" for c in _SINGLE_QUOTES}, **{c: '"' for c in _DOUBLE_QUOTES},
     **{c: "-" for c in _DASHES}, "\u00a0": " ", "\u202f": " ", "\u2009": " "}
)
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")
_PATTERN_PIECES = {
    " ": r"\s+",
    "'": f"[{re.escape(_SINGLE_QUOTES)}]",
    '"': f"[{re.escape(_DOUBLE_QUOTES)}]",
    "-": rf"\s*[{re.escape(_DASHES)}]\s*",
}


def _canonical(quote: str) -> str:
    """Folded, whitespace-collapsed quote without wrapping quotation marks or closing punctuation."""
    q = re.sub(r"\s+", " ", quote.translate(_FOLD)).strip()
    q = re.sub(r" ?- ?", "-", q)
    q = q.strip(" '\"").rstrip(".,;:!?").rstrip(" '\"")
    return q.strip()


def _pattern(canonical: str) -> str:
    return "".join(_PATTERN_PIECES.get(ch) or re.escape(ch) for ch in canonical)


def _search(regex: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> re.Match[str] | None:
    for lo, hi in windows:
        m = regex.search(text, lo, hi)
        if m:
            return m
    return None


def _evidence(text: str, s: int, e: int, match: str) -> Evidence:
    return Evidence(quote=text[s:e], start=s, end=e, verified=True, match=match)  # type: ignore[arg-type]


def locate_quote(text: str, quote: str, *, start: int = 0, end: int | None = None) -> Evidence:
    """Find ``quote`` in ``text``; search ``text[start:end]`` first, then the whole text."""
    hi = len(text) if end is None else min(end, len(text))
    windows = [(max(0, start), hi)]
    if windows[0] != (0, len(text)):
        windows.append((0, len(text)))
    q = quote.strip()
    if not q:
        return Evidence(quote=quote, verified=False, match="none")
    for lo, up in windows:
        i = text.find(q, lo, up)
        if i >= 0:
            return _evidence(text, i, i + len(q), "exact")

    canonical = _canonical(q)
    parts = [p for p in _ELLIPSIS.split(canonical) if p.strip(" '\".,;:")]
    if canonical and len(parts) == 1:
        m = _search(re.compile(_pattern(canonical), re.IGNORECASE), text, windows)
        if m and m.end() > m.start():
            return _evidence(text, m.start(), m.end(), "normalised")
    elif len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        gap = rf"[\s\S]{{0,{_ELISION_GAP}}}?"
        regex = re.compile(gap.join(_pattern(_canonical(p)) for p in parts), re.IGNORECASE)
        m = _search(regex, text, windows)
        if m:
            return _evidence(text, m.start(), m.end(), "fuzzy")

    span = _fuzzy_span(text, canonical, windows)
    if span is not None:
        return _evidence(text, span[0], span[1], "fuzzy")
    return Evidence(quote=quote, verified=False, match="none")


def _fold_window(window: str) -> str:
    folded = window.translate(_FOLD)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


def _scan_windows(windows: list[tuple[int, int]], width: int, qlen: int) -> list[tuple[int, int]]:
    """Overlapping slices of the chunk window, then of the rest of the text, up to the scan cap."""
    step = max(width - 2 * qlen, qlen)
    out: list[tuple[int, int]] = []
    budget = FUZZY_SCAN_CHARS
    first = windows[0]
    for n, (lo, hi) in enumerate(windows):
        pos = lo
        while pos < hi and budget > 0:
            piece = (pos, min(hi, pos + width))
            if n == 0 or piece[0] < first[0] or piece[1] > first[1]:
                out.append(piece)
                budget -= piece[1] - piece[0]
            if piece[1] >= hi:
                break
            pos += step
    return out


def _fuzzy_span(text: str, canonical: str, windows: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not (FUZZY_MIN_CHARS <= len(canonical) <= FUZZY_MAX_CHARS):
        return None
    from rapidfuzz import fuzz

    needle = canonical.lower()
    width = max(20_000, 4 * len(needle))
    for lo, hi in _scan_windows(windows, width, len(needle)):
        if hi - lo < len(needle) // 2:
            continue
        hay = _fold_window(text[lo:hi])
        res = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=FUZZY_MIN_SCORE)
        if res is None or res.score < FUZZY_MIN_SCORE:
            continue
        s, e = _snap(text, lo + res.dest_start, lo + res.dest_end)
        if e > s and fuzz.ratio(needle, _canonical(text[s:e]).lower()) >= FUZZY_MIN_SCORE - 10:
            return s, e
    return None


def _snap(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a character span to whole words and trim surrounding spaces."""
    while s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        s -= 1
    while e < len(text) and e > 0 and text[e - 1].isalnum() and text[e].isalnum():
        e += 1
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# ------------------------------------------------------------------ findings
@dataclass
class GroundedFindings:
    key_points: list[KeyPoint] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    aspects: list[SentimentAspect] = field(default_factory=list)
    unverified: list[UnverifiedItem] = field(default_factory=list)
    total: int = 0
    """Items produced by the engine, verified or not."""
    sources: dict[int, tuple[Any, Any]] = field(default_factory=dict, compare=False, repr=False)
    """id(result item) -> (result item, the engine's item it was built from) when the two carry
    the same fields (an exact quote): :func:`minutesai.merge.to_findings` reuses the latter."""

    def verified_count(self) -> int:
        return (len(self.key_points) + len(self.actions) + len(self.decisions)
                + len(self.figures) + len(self.aspects))

    def grounding_rate(self) -> float | None:
        return None if self.total == 0 else round(self.verified_count() / self.total, 4)

    def restore_unverified_into(self, summary: MinutesSummary) -> None:
        """Put unverified items back into the result lists, flagged ``verified=False``."""
        targets: dict[str, tuple[list[Any], type[BaseModel]]] = {
            "key_point": (summary.key_points, KeyPoint),
            "action": (summary.actions, Action),
            "decision": (summary.decisions, Decision),
            "figure": (summary.figures, Figure),
            "aspect": (summary.police_sentiment.aspects, SentimentAspect),
        }
        for u in self.unverified:
            bucket, model = targets[u.kind]
            data = dict(u.item)
            quote = data.pop("quote", "")
            bucket.append(model.model_validate({**data, "evidence": Evidence(quote=quote)}))


def describe_failures(unverified: list[UnverifiedItem]) -> str:
    lines = [f"- {u.kind}: {u.item.get('quote', '')!r}: {u.reason}" for u in unverified[:20]]
    return "These quotes were not found verbatim in the minutes:\n" + "\n".join(lines)


def ground_findings(
    doc: Minutes, findings: ChunkFindings, chunk: Chunk | None = None, *, instructions_possible: bool | None = None
) -> GroundedFindings:
    """Turn quote-only findings into result items with verified evidence.

    ``instructions_possible``: :func:`~minutesai.provenance.may_hold_instructions` of ``doc.text``
    when the caller already knows it (the pipeline asks once per document, not once per chunk)."""
    text = doc.text
    lo, hi = (chunk.start, chunk.end) if chunk else (0, len(text))
    hi = min(hi, len(text))
    out = GroundedFindings()
    checked: dict[tuple[int, int], bool] = {}
    if instructions_possible is None:
        instructions_possible = may_hold_instructions(text)
    span_values: dict[str, tuple[set[float], set[float] | None]] = {}

    def value_written(value: float, span: str) -> bool:
        # value_in_span, reading each quoted span once (figures of one sentence share it)
        target = abs(float(value))
        if math.isnan(target) or math.isinf(target):
            return False
        if written_plainly(target, span):
            return True
        digits, words = span_values.get(span) or (digit_values(span), None)
        if target in digits or any(math.isclose(target, v, rel_tol=1e-9, abs_tol=1e-9) for v in digits):
            span_values[span] = (digits, words)
            return True
        if words is None:
            words = word_values(span)
        span_values[span] = (digits, words)
        return any(math.isclose(target, v, rel_tol=1e-9, abs_tol=1e-9) for v in words)

    def locate(found: Any, kind: ItemKind) -> dict[str, Any] | None:
        """The fields of verified evidence for ``found``, or None (the item recorded as unverified)."""
        out.total += 1
        quote = found.quote
        q = quote.strip()
        ev: dict[str, Any] | None
        if not q:
            reason: str | None = "empty quote"
            ev = None
        else:
            i = text.find(q, lo, hi)  # an extractor's quote is usually exact: one find settles it
            if i >= 0:
                ev = {"quote": q, "start": i, "end": i + len(q), "verified": True, "match": "exact"}
                reason = None
            else:
                located = locate_quote(text, quote, start=lo, end=hi)
                ev = located.model_dump() if located.verified else None
                reason = None if located.verified else "quote not found in the source"
        if ev is not None:
            value = found.value if kind == "figure" else None
            if value is not None and not value_written(value, ev["quote"]):
                reason = f"value {value:g} does not appear in the quoted span"
            elif instructions_possible:
                # evidence_is_instruction, with each paragraph checked once (many items share one)
                bounds = paragraph_bounds(text, ev["start"] or 0, ev["end"] or 0)
                if bounds not in checked:
                    checked[bounds] = instruction_like(text[bounds[0]:bounds[1]])
                if checked[bounds]:
                    reason = INSTRUCTION_REASON
        if reason:
            out.unverified.append(UnverifiedItem(kind=kind, item=found.model_dump(), reason=reason))
            return None
        return ev

    sources = out.sources

    def keep(bucket: list[Any], validate: Any, fields: dict[str, Any], ev: dict[str, Any], found: Any) -> None:
        # one validation builds the item and its evidence (cheaper than two model constructors)
        fields["evidence"] = ev
        item = validate(fields)
        bucket.append(item)
        if ev["quote"] == found.quote:
            sources[id(item)] = (item, found)

    new_key_point = KeyPoint.__pydantic_validator__.validate_python
    new_action = Action.__pydantic_validator__.validate_python
    new_decision = Decision.__pydantic_validator__.validate_python
    new_figure = Figure.__pydantic_validator__.validate_python
    new_aspect = SentimentAspect.__pydantic_validator__.validate_python
    for k in findings.key_points:
        if (ev := locate(k, "key_point")) is not None:
            keep(out.key_points, new_key_point, {"text": k.text}, ev, k)
    for a in findings.actions:
        if (ev := locate(a, "action")) is not None:
            keep(out.actions, new_action, {"owner": a.owner, "action": a.action, "due": a.due}, ev, a)
    for d in findings.decisions:
        if (ev := locate(d, "decision")) is not None:
            keep(out.decisions, new_decision, {"text": d.text}, ev, d)
    for g in findings.figures:
        if (ev := locate(g, "figure")) is not None:
            keep(out.figures, new_figure, {"metric": g.metric, "value": g.value, "unit": g.unit, "direction": g.direction,
                                           "period": g.period, "area": g.area, "comparator": g.comparator}, ev, g)
    for s in findings.sentiment_aspects:
        if (ev := locate(s, "aspect")) is not None:
            keep(out.aspects, new_aspect, {"topic": s.topic, "label": s.label}, ev, s)
    return out
