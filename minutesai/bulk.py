"""Many documents through the pipeline under one concurrency limit.

- One semaphore bounds model calls (map and reduce) across all documents,
  serving the oldest document first, so results stream early. Once every
  document has started, map calls go before reduce calls: a reduce waits for
  its document's maps, so this keeps the slots full to the end instead of
  spending a last round on a few lone reduce calls. With an engine whose backend came from
  :func:`~minutesai.backends.wrap.wrap_backend` a slot is held only while a
  request is on the wire (so CPU work between calls never idles a slot);
  other engines hold it for a whole chunk (map and ground). At most ``2 x concurrency`` documents
  are loaded at once, so a corpus of tens of thousands of files streams
  through in bounded memory.
- Results are yielded as they finish (or in input order with ``ordered``).
- A failure in one document never stops the others: it becomes an
  :class:`ErrorRecord` (document, stage, reason, attempts, last raw answer).
- A run ledger (:mod:`minutesai.costs`) totals usage; when a budget is
  reached no new document starts and the rest come back with stage "budget".
- ``options.deadline`` (seconds): unfinished documents come back with stage
  "deadline"; finished ones are kept.
- While a run is under way the objects that existed when it started (imported
  modules, the SDK, tokenizer tables: over 100,000) are frozen out of Python's
  cyclic garbage collector (:func:`frozen_heap`), so its full collections only
  walk what the run itself allocates. Without this a full collection stops the
  event loop for 50-140 ms, and every answer that arrives meanwhile waits.
  The youngest generation's threshold is raised to :data:`YOUNG_GC_THRESHOLD`
  for the run as well: at the default 700 a 678-call run made ~60 young and 5
  middle collections (45-60 ms of CPU, pauses of 2-4 ms); at 10,000 it makes one.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import gc
import heapq
import itertools
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

from minutesai.backends.wrap import CallGatedBackend, active_call_gate, unwrap
from minutesai.config import Options
from minutesai.costs import Ledger, set_active_ledger
from minutesai.document import Minutes
from minutesai.engines.base import Engine, RunContext
from minutesai.errors import MinutesAIError
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary, Usage
from minutesai.packing import Packer, can_pack
from minutesai.pipeline import run_document

Result = MinutesSummary | ErrorRecord
DOCS_PER_SLOT = 2
"""Documents under way per unit of concurrency: enough waiting calls to keep every slot
busy while some documents are between calls (loading, grounding, merging)."""
MAP_STAGE, REDUCE_STAGE = 0, 1
_doc_rank: contextvars.ContextVar[int] = contextvars.ContextVar("minutesai_doc_rank", default=0)
_call_stage: contextvars.ContextVar[int] = contextvars.ContextVar("minutesai_call_stage", default=MAP_STAGE)


FREEZE_HEAP = True
"""Freeze the existing heap out of the garbage collector while a run is under way."""
YOUNG_GC_THRESHOLD = 10_000
"""Allocations between collections of the youngest generation while a run is under way (when
the collector's own threshold is lower): a run's short-lived objects are mostly freed by
reference counting, so collecting every 700 allocations only re-walks the documents in flight."""
_heap_lock = threading.Lock()
_heap_runs = 0
_heap_frozen_by_us = False
_thresholds_before: tuple[int, ...] | None = None


def freeze_heap() -> None:
    """A run starts: ``gc.freeze()`` and a higher young-generation threshold, if it is the only
    run under way. Nothing is done when the collector is off; objects someone else has frozen
    stay frozen (and nothing more is). Pair with :func:`thaw_heap`."""
    global _heap_runs, _heap_frozen_by_us, _thresholds_before
    with _heap_lock:
        if _heap_runs == 0 and FREEZE_HEAP and gc.isenabled():
            if gc.get_freeze_count() == 0:
                gc.freeze()
                _heap_frozen_by_us = True
            thresholds = gc.get_threshold()
            if thresholds[0] < YOUNG_GC_THRESHOLD:
                _thresholds_before = thresholds
                gc.set_threshold(YOUNG_GC_THRESHOLD, *thresholds[1:])
        _heap_runs += 1


def thaw_heap() -> None:
    """A run ends: once no run is under way, ``gc.unfreeze()`` if :func:`freeze_heap` froze, and
    the thresholds it found. The collector is left as it was found; objects created meanwhile
    were collected as usual."""
    global _heap_runs, _heap_frozen_by_us, _thresholds_before
    with _heap_lock:
        _heap_runs -= 1
        if _heap_runs == 0:
            if _heap_frozen_by_us:
                gc.unfreeze()
                _heap_frozen_by_us = False
            if _thresholds_before is not None:
                # unless the caller changed them meanwhile: theirs stand
                if gc.get_threshold()[0] == YOUNG_GC_THRESHOLD:
                    gc.set_threshold(*_thresholds_before)
                _thresholds_before = None


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """:func:`freeze_heap` ... :func:`thaw_heap` around a block."""
    freeze_heap()
    try:
        yield
    finally:
        thaw_heap()


class OldestFirstSemaphore:
    """Bounds calls in flight; a freed slot goes to the waiting call of the oldest document.

    With plain FIFO, the map calls of newly started documents queue ahead of the
    reduce calls of documents that are nearly done, so results arrive late and
    more documents sit in memory. After :meth:`drain` (no document is left to
    start) map calls go first, oldest document first, then reduce calls: the
    highest-level-first rule, which for map→reduce trees of equal-length calls
    finishes in the fewest rounds. Not bound to an event loop until first used.
    """

    def __init__(self, value: int) -> None:
        self._free = value
        # (priority key ending in a unique sequence number, document rank, stage, future)
        self._waiters: list[tuple[tuple[int, ...], int, int, asyncio.Future]] = []
        self._order = itertools.count()
        self._draining = False

    def _key(self, rank: int, stage: int, seq: int) -> tuple[int, ...]:
        return (stage, rank, seq) if self._draining else (rank, seq)

    def drain(self) -> None:
        """No new document will start: serve map calls before reduce calls from now on."""
        if self._draining:
            return
        self._draining = True
        self._waiters = [(self._key(rank, stage, key[-1]), rank, stage, slot)
                         for key, rank, stage, slot in self._waiters]
        heapq.heapify(self._waiters)

    async def acquire(self) -> None:
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return
        slot = asyncio.get_running_loop().create_future()
        rank, stage = _doc_rank.get(), _call_stage.get()
        heapq.heappush(self._waiters, (self._key(rank, stage, next(self._order)), rank, stage, slot))
        try:
            await slot
        except asyncio.CancelledError:
            if slot.done() and not slot.cancelled():
                self.release()  # handed over just as this call was cancelled: pass it on
            raise

    def release(self) -> None:
        while self._waiters:
            slot = heapq.heappop(self._waiters)[3]
            if not slot.done():
                slot.set_result(None)
                return
        self._free += 1

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *exc: object) -> None:
        self.release()


def document_name(source: str | Path | Minutes) -> str:
    if isinstance(source, Minutes):
        return source.name
    s = str(source)
    return s if len(s) < 200 and "\n" not in s else s[:60] + "…"


def error_record(source: Any, err: BaseException, usage: Usage | None = None) -> ErrorRecord:
    if isinstance(err, MinutesAIError):
        return ErrorRecord(
            document=document_name(source), stage=err.stage, error_type=type(err).__name__,
            reason=str(err), attempts=err.attempts, last_raw_response=err.last_raw_response,
            usage=err.usage or usage or Usage(),
        )
    return ErrorRecord(
        document=document_name(source), stage="internal", error_type=type(err).__name__,
        reason=f"internal error: {type(err).__name__}: {err}", usage=usage or Usage(),
    )


def skipped_record(source: Any, stage: str, reason: str) -> ErrorRecord:
    error_type = {"budget": "BudgetExceededError", "deadline": "DeadlineExceededError"}.get(stage, stage)
    return ErrorRecord(document=document_name(source), stage=stage, error_type=error_type, reason=reason)


async def run_one(
    source: Any, engine: Engine, options: Options, semaphore: Any = None, packer: Packer | None = None
) -> Result:
    """One document; every failure (expected or not) comes back as an ErrorRecord."""
    ctx = RunContext(options=options)
    try:
        if packer is not None:
            return await packer.summarise(source, ctx)
        doc = load_minutes(source)
        return await run_document(doc, engine, ctx, semaphore=semaphore)
    except Exception as err:  # one bad document must not stop the run
        return error_record(source, err, ctx.usage)


class _RunEngine:
    """Engine proxy for a run: marks reduce calls for the call gate's priorities and
    reports chunk progress (map calls started and finished) to the progress bar."""

    def __init__(self, engine: Engine, progress: Progress):
        self._engine = engine
        self._progress = progress

    async def map_chunk(self, doc, chunk, ctx, feedback=None):
        if feedback is None:
            self._progress.chunk_started()
        try:
            return await self._engine.map_chunk(doc, chunk, ctx, feedback=feedback)
        finally:
            if feedback is None:
                self._progress.chunk_done()

    async def reduce(self, doc, findings, ctx):
        token = _call_stage.set(REDUCE_STAGE)
        try:
            return await self._engine.reduce(doc, findings, ctx)
        finally:
            _call_stage.reset(token)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


class Progress:
    """tqdm bars (notebook-aware via ``tqdm.auto``) for documents and chunks."""

    def __init__(self, total: int | None, ledger: Ledger, enabled: bool) -> None:
        self.ledger = ledger
        self.enabled = enabled
        self.failed = 0
        if enabled:
            from tqdm.auto import tqdm

            self.docs = tqdm(total=total, desc="documents", unit="doc", position=0)
            self.chunks = tqdm(total=0, desc="chunks", unit="chunk", position=1)

    def chunk_started(self) -> None:
        if self.enabled:
            self.chunks.total += 1
            self.chunks.refresh()

    def chunk_done(self) -> None:
        if self.enabled:
            self.chunks.update(1)

    def document_done(self, result: Result) -> None:
        self.failed += isinstance(result, ErrorRecord)
        if self.enabled:
            u = self.ledger.snapshot()
            self.docs.set_postfix(failed=self.failed, calls=u.calls, cached=u.cache_hits,
                                  cost=f"${u.cost_usd:.4f}", refresh=False)
            self.docs.update(1)

    def close(self) -> None:
        if self.enabled:
            self.chunks.close()
            self.docs.close()


async def iter_results(
    sources: Iterable[Any],
    engine: Engine,
    options: Options,
    *,
    ordered: bool = False,
    ledger: Ledger | None = None,
    progress: bool | None = None,
) -> AsyncIterator[tuple[int, Result]]:
    """Yield ``(input index, result)`` for every source, as documents finish.

    ``ordered=True`` yields in input order instead (later results wait in a
    buffer). Breaking out of the loop cancels the work still in flight.
    """
    ledger = ledger or Ledger.from_options(options)
    total = len(sources) if hasattr(sources, "__len__") else None  # type: ignore[arg-type]
    bar = Progress(total, ledger, options.progress if progress is None else progress)
    concurrency = max(1, options.concurrency)
    semaphore = OldestFirstSemaphore(concurrency)
    window = concurrency * DOCS_PER_SLOT
    deadline = time.monotonic() + options.deadline if options.deadline else None

    gated = unwrap(getattr(engine, "backend", None), CallGatedBackend) is not None
    packs = options.pack > 1 and can_pack(engine)
    if gated or bar.enabled:
        engine = _RunEngine(engine, bar)  # type: ignore[assignment]
    packer = Packer(engine, options.pack, None if gated else semaphore) if packs else None
    if packer is not None:
        window *= options.pack  # a call covers up to `pack` documents

    async def task(index: int, source: Any) -> Result:
        # Task-local: the document's chunk tasks inherit these, the caller sees none of them.
        set_active_ledger(ledger)
        _doc_rank.set(index)
        if gated:
            active_call_gate.set(semaphore)
            return await run_one(source, engine, options, packer=packer)
        return await run_one(source, engine, options, semaphore, packer)

    feed = enumerate(sources)
    running: dict[asyncio.Task, tuple[int, Any]] = {}
    buffer: dict[int, Result] = {}
    next_out = 0
    stop: tuple[str, str] | None = None  # (stage, reason) once no new work may start

    def emit(index: int, result: Result):
        nonlocal next_out
        bar.document_done(result)
        if not ordered:
            yield index, result
            return
        buffer[index] = result
        while next_out in buffer:
            yield next_out, buffer.pop(next_out)
            next_out += 1

    freeze_heap()
    try:
        while True:
            if packer is not None:
                packer.set_idle(False)
            while stop is None and len(running) < window:
                item = next(feed, None)
                if item is None:
                    semaphore.drain()
                    break
                running[asyncio.ensure_future(task(*item))] = item
                # Let it load and send its first calls before the next one is loaded: else a
                # full window of documents is read and chunked before any request goes out.
                await asyncio.sleep(0)
            if packer is not None:
                packer.set_idle(True)  # no document can start now: a partial pack need not wait
            if stop is not None:
                for index, source in feed:
                    for out in emit(index, skipped_record(source, *stop)):
                        yield out
            if not running:
                break
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            done, _ = await asyncio.wait(running, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if not done:  # deadline passed
                stop = ("deadline", f"not finished within the {options.deadline:g}s deadline")
                for t in running:
                    t.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                for t, (index, source) in sorted(running.items(), key=lambda kv: kv[1][0]):
                    result = t.result() if t.done() and not t.cancelled() else None
                    for out in emit(index, result or skipped_record(source, *stop)):
                        yield out
                running.clear()
                continue
            for t in sorted(done, key=lambda t: running[t][0]):
                index, _source = running.pop(t)
                result = t.result()
                if stop is None and (
                    ledger.exhausted
                    or (isinstance(result, ErrorRecord) and result.stage == "budget")
                ):
                    stop = ("budget", "not started: the run's budget was reached")
                for out in emit(index, result):
                    yield out
    finally:
        thaw_heap()  # first: nothing below may leave the heap frozen
        for t in running:
            t.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)
        bar.close()


async def run_many(
    sources: list, engine: Engine, options: Options, *, ordered: bool = True
) -> AsyncIterator[Result]:
    """Results only (no indices); kept for callers of the first version."""
    async for _, result in iter_results(sources, engine, options, ordered=ordered):
        yield result
