"""One document through the stages, top to bottom:

ingest → segment → chunk → extract (map) → ground → merge → reduce → result.

Rendering is separate (``minutesai.render``). Each stage lives in its own
module; this file only wires them and records which stage failed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

from minutesai.chunk import chunk_document
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import Engine, RunContext
from minutesai.errors import MinutesAIError, ModelError
from minutesai.grounding import GroundedFindings, describe_failures, ground_findings
from minutesai.merge import merge_grounded, to_findings
from minutesai.models import MinutesSummary, PoliceSentiment
from minutesai.provenance import may_hold_instructions, unsupported_numbers
from minutesai.schemas import ChunkFindings
from minutesai.segment import segment
from minutesai.tasks import gather_or_cancel

T = TypeVar("T")


class StageError(MinutesAIError):
    """Wraps an unexpected failure with the stage it happened in."""


async def _staged(stage: str, make: Callable[[], Awaitable[T]]) -> T:
    try:
        return await make()
    except MinutesAIError as err:
        # A model error's class-level stage ("extract") is only a default: a failed reduce call is "merge".
        if getattr(err, "stage", None) in (None, "summarise") or (
            isinstance(err, ModelError) and "stage" not in vars(err)
        ):
            err.stage = stage
        raise


async def _map_and_ground(
    engine: Engine, doc: Minutes, chunk: Chunk, ctx: RunContext, instructions_possible: bool | None = None
) -> GroundedFindings:
    """Map one chunk, ground it, and re-ask once naming what failed to verify."""
    findings = await engine.map_chunk(doc, chunk, ctx)
    grounded = ground_findings(doc, findings, chunk, instructions_possible=instructions_possible)
    if grounded.unverified and getattr(engine, "reasks_on_grounding", False):
        feedback = describe_failures(grounded.unverified)
        ctx.usage.retries += 1
        retry = await engine.map_chunk(doc, chunk, ctx, feedback=feedback)
        regrounded = ground_findings(doc, retry, chunk, instructions_possible=instructions_possible)
        if len(regrounded.unverified) < len(grounded.unverified) or (
            regrounded.verified_count() > grounded.verified_count()
        ):
            grounded = regrounded
    return grounded


async def _in_order(awaitables: Iterable[Awaitable[T]]) -> list[T]:
    return [await a for a in awaitables]


async def run_document(
    doc: Minutes,
    engine: Engine,
    ctx: RunContext,
    *,
    semaphore: asyncio.Semaphore | None = None,
) -> MinutesSummary:
    """Summarise one loaded document with ``engine``. Raises MinutesAIError subclasses."""
    if not doc.items:
        doc.items = segment(doc)
    chunks = chunk_document(
        doc,
        tokenizer=engine.tokenizer,
        max_tokens=engine.chunk_token_budget(),
        overlap_tokens=ctx.options.overlap_tokens,
    )

    # asked once per document (the check reads the whole text), for grounding and the summary check
    instructions_possible = may_hold_instructions(doc.text)

    async def one(chunk: Chunk) -> GroundedFindings:
        if semaphore is None:
            return await _map_and_ground(engine, doc, chunk, ctx, instructions_possible)
        async with semaphore:
            return await _map_and_ground(engine, doc, chunk, ctx, instructions_possible)

    if getattr(engine, "runs_inline", False) and semaphore is None:
        # an engine that never waits (offline rules): chunk by chunk, in order, no tasks
        per_chunk = await _staged("extract", lambda: _in_order(one(c) for c in chunks))
    else:
        per_chunk = await _staged("extract", lambda: gather_or_cancel(one(c) for c in chunks))
    merged = merge_grounded(per_chunk)

    async def reduce():
        if semaphore is None:
            return await engine.reduce(doc, to_findings(merged), ctx)
        async with semaphore:
            return await engine.reduce(doc, to_findings(merged), ctx)

    synthesis = await _staged("merge", reduce)
    return _assemble(doc, engine, ctx, merged, synthesis, instructions_possible)


def _assemble(doc, engine, ctx, merged: GroundedFindings, synthesis, instructions_possible: bool = True) -> MinutesSummary:
    keep = ctx.options.keep_unverified
    warnings = list(doc.warnings) + list(ctx.warnings)
    if merged.unverified:
        what = "kept and flagged" if keep else "set aside in result.unverified"
        warnings.append(
            f"{len(merged.unverified)} item(s) could not be verified against the source and were {what}"
        )
    meta = [m for m in (doc.source.title, doc.source.council, doc.source.committee, doc.source.meeting_date,
                        doc.source.item_title) if m]
    # Every line of the joined source is a line of the text or of one meta field, so the
    # per-piece pre-checks settle whether any line can be instruction-like.
    unsupported = unsupported_numbers(
        synthesis.summary, "\n".join([doc.text, *meta]),
        instructions_possible=instructions_possible or any(map(may_hold_instructions, meta)),
    ) if synthesis.summary else []
    if unsupported:
        warnings.append(f"the summary states {', '.join(unsupported)}, which the minutes do not; "
                        "check the summary before relying on it")
    summary = MinutesSummary(
        source=doc.source,
        engine=engine.name,
        summary=synthesis.summary,
        key_points=merged.key_points,
        actions=merged.actions,
        decisions=merged.decisions,
        figures=merged.figures,
        police_sentiment=PoliceSentiment(
            label=synthesis.sentiment_label,
            score=max(-1.0, min(1.0, synthesis.sentiment_score)),
            rationale=synthesis.sentiment_rationale,
            aspects=merged.aspects,
        ),
        usage=ctx.usage,
        warnings=warnings,
        unverified=merged.unverified,
        grounding_rate=merged.grounding_rate(),
        prompt_hash=engine.prompt_hash,
    )
    if keep:
        merged.restore_unverified_into(summary)
    return summary


__all__ = ["run_document", "ChunkFindings"]
