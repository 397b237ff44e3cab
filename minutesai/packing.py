"""Packing (opt-in, ``pack=N`` in bulk runs): several one-chunk documents in one model call.

A short agenda item is one chunk, and its two calls (map, then reduce) send the two strict
schemas, which then cost more than the minutes. With ``pack=N`` such documents are grouped, up
to N per call in arrival order, and each group gets one structured call (``prompts/packed.j2``,
schema :data:`~minutesai.schemas.PackedAnswer`) that returns, per numbered document, its
findings and its summary and stance: no reduce call.

- Each document's part is grounded against that document's own text only, so a quote taken
  from another document of the pack is not verified; a document with unverified items is
  re-asked on its own with the usual map prompt, as in the normal path.
- A pack call that fails (no valid answer after the re-asks, an answer cut off at the output
  limit, a refusal, any other error), or an answer that leaves a document out or gives it twice,
  sends the documents concerned down the normal per-document path: none is lost.
- The pack call's usage (calls, tokens, cost, retries, cache hits) is shared among its
  documents so that totals over the results stay right: integers split as evenly as possible
  (the earlier documents take the remainder), cost and waiting split evenly.
- A group is sent when it is full, when the next document would not fit the context window
  with it, or when no document that could join is on its way (none is being loaded and the
  run cannot start another now), so no document waits longer than needed.
- Multi-chunk documents, and engines whose map prompt differs (hybrid), use the normal path.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from minutesai.chunk import chunk_document
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import Engine, RunContext
from minutesai.grounding import describe_failures, ground_findings
from minutesai.ingest import load_minutes
from minutesai.merge import merge_grounded
from minutesai.models import MinutesSummary, Usage
from minutesai.pipeline import _assemble, _staged, run_document
from minutesai.provenance import may_hold_instructions
from minutesai.schemas import packed_parts
from minutesai.segment import segment

FRAMING_TOKENS = 40
"""Tokens a document's heading lines and block tags add in the packed prompt (a round-up)."""
FALLBACK_NOTE = "the packed call gave no usable answer for this document, so it was summarised on its own"


def can_pack(engine: Any) -> bool:
    """True for the LLM engine itself (a subclass with its own map prompt, e.g. hybrid, is not packed)."""
    from minutesai.engines.llm import LLMEngine

    return type(engine)._map is LLMEngine._map if isinstance(engine, LLMEngine) else False


def share_usage(usage: Usage, n: int) -> list[Usage]:
    """``usage`` split into ``n`` parts whose sum is ``usage``."""

    def ints(total: int) -> list[int]:
        q, r = divmod(total, n)
        return [q + (i < r) for i in range(n)]

    counts = {name: ints(getattr(usage, name)) for name in
              ("calls", "prompt_tokens", "completion_tokens", "retries", "cache_hits")}
    return [Usage(**{k: v[i] for k, v in counts.items()}, cost_usd=usage.cost_usd / n,
                  wait_seconds=usage.wait_seconds / n) for i in range(n)]


@dataclass
class _Member:
    doc: Minutes
    chunk: Chunk
    ctx: RunContext
    answer: asyncio.Future


@dataclass
class _Group:
    members: list[_Member] = field(default_factory=list)
    tokens: int = 0
    closed: asyncio.Event = field(default_factory=asyncio.Event)


class Packer:
    """Groups the one-chunk documents of a bulk run into packed calls (see the module docstring).

    The run reports documents being loaded (:meth:`loading_started` / the document deciding its
    path) and whether it can start more now (:meth:`set_idle`). The first document of a group
    makes the call, in its own task (so the run's ledger, call gate and priority apply), and hands
    every member its part, or None (then that document takes the normal path)."""

    def __init__(self, engine: Engine, size: int, semaphore: Any = None) -> None:
        self.engine = engine
        self.size = size
        self.semaphore = semaphore
        self.room, self.output_per_document = engine.pack_room()  # type: ignore[attr-defined]
        self._open: _Group | None = None
        self._loading = 0
        self._idle = False

    # -- what the run reports ------------------------------------------------
    def loading_started(self) -> None:
        self._loading += 1

    def _loading_done(self) -> None:
        self._loading -= 1
        self._check()

    def set_idle(self, idle: bool) -> None:
        """``True`` when the run cannot start another document now (all started, or window full)."""
        self._idle = idle
        self._check()

    def _check(self) -> None:
        if self._open is not None and self._idle and self._loading == 0:
            self._close()

    def _close(self) -> None:
        if self._open is not None:
            self._open.closed.set()
            self._open = None

    def _fits(self, group: _Group, chunk: Chunk) -> bool:
        n = len(group.members) + 1
        return group.tokens + chunk.tokens + FRAMING_TOKENS + n * self.output_per_document <= self.room

    # -- one document ----------------------------------------------------------
    async def summarise(self, source: Any, ctx: RunContext) -> MinutesSummary:
        """One document of the run: packed when it is one chunk, else (or on fallback) the normal path."""
        semaphore = self.semaphore
        self.loading_started()
        decided = False
        try:
            doc = load_minutes(source)
            if not doc.items:
                doc.items = segment(doc)
            engine = self.engine
            chunks = chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                                    overlap_tokens=ctx.options.overlap_tokens)
            if len(chunks) != 1 or not self._fits(_Group(), chunks[0]):
                decided = True
                self._loading_done()
                return await run_document(doc, engine, ctx, semaphore=semaphore)
            decided = True
            part = await self._submit(doc, chunks[0], ctx)
        finally:
            if not decided:
                self._loading_done()
        if part is None:
            ctx.warn(FALLBACK_NOTE)
            return await run_document(doc, self.engine, ctx, semaphore=semaphore)
        return await self._finish(doc, chunks[0], part, ctx)

    async def _submit(self, doc: Minutes, chunk: Chunk, ctx: RunContext) -> Any:
        group = self._open
        if group is not None and not self._fits(group, chunk):
            self._close()
            group = None
        leader = group is None
        if group is None:
            group = self._open = _Group()
        member = _Member(doc, chunk, ctx, asyncio.get_running_loop().create_future())
        group.members.append(member)
        group.tokens += chunk.tokens + FRAMING_TOKENS
        if len(group.members) >= self.size:
            self._close()
        self._loading_done()
        if not leader:
            return await member.answer
        try:
            await group.closed.wait()
            await self._call(group)
        finally:
            if self._open is group:  # the leader was cancelled before the group was sent
                self._open = None
            for m in group.members:
                if not m.answer.done():
                    m.answer.set_result(None)
        return member.answer.result()

    async def _call(self, group: _Group) -> None:
        members = group.members
        pack_ctx = RunContext(options=members[0].ctx.options)
        answer = None
        try:
            items = [(m.doc, m.chunk) for m in members]
            if self.semaphore is None:
                answer = await self.engine.map_pack(items, pack_ctx)  # type: ignore[attr-defined]
            else:
                async with self.semaphore:
                    answer = await self.engine.map_pack(items, pack_ctx)  # type: ignore[attr-defined]
        except asyncio.CancelledError:
            raise
        except Exception as err:  # any failure: every member takes the normal path
            pack_ctx.warn(f"a packed call of {len(members)} documents failed ({type(err).__name__}: {err})")
        finally:
            for m, usage in zip(members, share_usage(pack_ctx.usage, len(members)), strict=True):
                m.ctx.usage.add(usage)
                for w in pack_ctx.warnings:
                    m.ctx.warn(w)
        parts: dict[int, Any] = {}
        repeated: set[int] = set()
        for part in answer.documents if answer is not None else []:
            if part.document in parts:
                repeated.add(part.document)  # given twice: neither answer is trusted
            else:
                parts[part.document] = part
        for n, m in enumerate(members, 1):
            m.answer.set_result(None if n in repeated else parts.get(n))

    async def _finish(self, doc: Minutes, chunk: Chunk, part: Any, ctx: RunContext) -> MinutesSummary:
        """Ground the document's part against its own text, re-ask the map once on unverified
        quotes (as the normal path does), and assemble the result."""
        engine, semaphore = self.engine, self.semaphore
        findings, synthesis = packed_parts(part)
        instructions_possible = may_hold_instructions(doc.text)
        grounded = ground_findings(doc, findings, chunk, instructions_possible=instructions_possible)
        if grounded.unverified and getattr(engine, "reasks_on_grounding", False):
            ctx.usage.retries += 1
            feedback = describe_failures(grounded.unverified)

            async def reask() -> Any:
                if semaphore is None:
                    return await engine.map_chunk(doc, chunk, ctx, feedback=feedback)
                async with semaphore:
                    return await engine.map_chunk(doc, chunk, ctx, feedback=feedback)

            retry = await _staged("extract", reask)
            regrounded = ground_findings(doc, retry, chunk, instructions_possible=instructions_possible)
            if len(regrounded.unverified) < len(grounded.unverified) or (
                regrounded.verified_count() > grounded.verified_count()
            ):
                grounded = regrounded
        summary = _assemble(doc, engine, ctx, merge_grounded([grounded]), synthesis, instructions_possible)
        summary.prompt_hash = engine.prompts.packed_hash  # type: ignore[attr-defined]
        return summary
