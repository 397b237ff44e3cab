"""The public entry points: summarise, asummarise, summarise_many."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from minutesai import event_loop
from minutesai.config import Options, make_options
from minutesai.document import Minutes
from minutesai.engines.base import Engine, RunContext
from minutesai.engines.factory import make_engine
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.pipeline import run_document

if TYPE_CHECKING:
    from minutesai.collection import Results

T = TypeVar("T")
Source = str | Path | Minutes


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from sync code, also inside a notebook's running loop (then on a new
    loop in a worker thread). The loop is minutesai's own: uvloop when available
    (:mod:`minutesai.event_loop`)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return event_loop.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(event_loop.run, coro).result()


def run_inline(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never waits on the event loop (an engine with ``runs_inline``) to its end.

    An event loop per call (``asyncio.run``) costs more than the offline engine's whole
    work on a short agenda item, so such runs drive the coroutine directly."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    coro.close()
    raise RuntimeError("a coroutine run inline waited on the event loop")


async def asummarise(
    source: Source, *, engine: Engine | str | None = None, **options: Any
) -> MinutesSummary:
    """Summarise one document (a path, raw text, or a loaded :class:`Minutes`)."""
    eng, opts = _engine_and_options(engine, options)
    return await _summarise_built(source, eng, opts, engine)


async def _summarise_built(source: Source, eng: Engine, opts: Options, given: Engine | str | None) -> MinutesSummary:
    try:
        doc = load_minutes(source)
        return await run_document(doc, eng, RunContext(options=opts))
    finally:
        await _close_if_built(eng, given)


def summarise(source: Source, *, engine: Engine | str | None = None, **options: Any) -> MinutesSummary:
    """Summarise one document. See :func:`asummarise`."""
    eng, opts = _engine_and_options(engine, options)
    coro = _summarise_built(source, eng, opts, engine)
    return run_inline(coro) if getattr(eng, "runs_inline", False) else run_sync(coro)


async def _close_if_built(built: Engine, given: Engine | str | None) -> None:
    """Close the connections of an engine this call built; an engine passed in stays open."""
    close = getattr(built, "aclose", None)
    if built is not given and close is not None:
        await close()


def _engine_and_options(engine: Engine | str | None, options: dict[str, Any]) -> tuple[Engine, Options]:
    opts = make_options(**options, engine=engine if isinstance(engine, str) else None)
    eng = engine if engine is not None and not isinstance(engine, str) else make_engine(opts)
    return eng, opts


async def astream_many(
    sources: Iterable[Source], *, engine: Engine | str | None = None, ordered: bool = False,
    **options: Any,
) -> AsyncIterator[tuple[int, MinutesSummary | ErrorRecord]]:
    """Yield ``(input index, result)`` as each document finishes (``ordered=True``: input order).

    ``sources`` may be any iterable, including a lazy generator over a large
    corpus; only a bounded window of documents is in memory at once.
    Failures come back as :class:`ErrorRecord`; breaking out of the loop
    cancels the work in flight (completed calls stay in the response cache).
    """
    from minutesai.bulk import iter_results

    eng, opts = _engine_and_options(engine, options)
    try:
        async for pair in iter_results(sources, eng, opts, ordered=ordered):
            yield pair
    finally:
        await _close_if_built(eng, engine)


async def asummarise_many(
    sources: Iterable[Source], *, engine: Engine | str | None = None, ordered: bool = True,
    on_result: Callable[[int, MinutesSummary | ErrorRecord], Any] | None = None, **options: Any,
) -> Results:
    """Summarise many documents concurrently; failures come back as ErrorRecords.

    Chunk calls of all documents share one ``concurrency`` limit (and the
    ``requests_per_minute`` / ``tokens_per_minute`` limits and ``max_cost_usd`` /
    ``max_tokens`` budgets). ``on_result(index, result)`` is called as each
    document finishes. The list is in input order unless ``ordered=False``
    (then in completion order).

    ``pack=N`` (LLM engine, opt-in): up to N one-chunk documents share one
    model call that returns each one's findings, summary and stance, instead
    of a map and a reduce call each; every document is still grounded against
    its own text, and one the packed answer misses is summarised on its own.
    Usage is shared among a pack's documents. See :mod:`minutesai.packing`.
    Batch prepare/collect (:mod:`minutesai.batch`) stays one document per request.
    """
    from minutesai.collection import Results

    results = Results()
    async for index, result in astream_many(sources, engine=engine, ordered=ordered, **options):
        if on_result is not None:
            on_result(index, result)
        results.append(result)
    return results


def summarise_many(
    sources: Iterable[Source], *, engine: Engine | str | None = None, ordered: bool = True,
    on_result: Callable[[int, MinutesSummary | ErrorRecord], Any] | None = None, **options: Any,
) -> Results:
    """Summarise many documents; results in input order, errors as ErrorRecords.

    See :func:`asummarise_many`; ``progress=True`` shows document and chunk bars.
    """
    return run_sync(
        asummarise_many(sources, engine=engine, ordered=ordered, on_result=on_result, **options)
    )


__all__ = [
    "summarise", "asummarise", "summarise_many", "asummarise_many", "astream_many", "Options",
]
