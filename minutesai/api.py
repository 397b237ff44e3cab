"""The public entry points: summarise, asummarise, summarise_many."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine, Iterable
from pathlib import Path
from typing import Any, TypeVar

from minutesai.config import Options, make_options
from minutesai.document import Minutes
from minutesai.engines.base import Engine, RunContext
from minutesai.engines.factory import make_engine
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.pipeline import run_document

T = TypeVar("T")
Source = str | Path | Minutes


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from sync code, also inside a notebook's running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def asummarise(
    source: Source, *, engine: Engine | str | None = None, **options: Any
) -> MinutesSummary:
    """Summarise one document (a path, raw text, or a loaded :class:`Minutes`)."""
    opts = make_options(**options, engine=engine if isinstance(engine, str) else None)
    eng = engine if engine is not None and not isinstance(engine, str) else make_engine(opts)
    doc = load_minutes(source)
    return await run_document(doc, eng, RunContext(options=opts))


def summarise(source: Source, *, engine: Engine | str | None = None, **options: Any) -> MinutesSummary:
    """Summarise one document. See :func:`asummarise`."""
    return run_sync(asummarise(source, engine=engine, **options))


async def asummarise_many(
    sources: Iterable[Source], *, engine: Engine | str | None = None, **options: Any
) -> list[MinutesSummary | ErrorRecord]:
    """Summarise many documents concurrently; failures come back as ErrorRecords."""
    from minutesai.bulk import run_many

    opts = make_options(**options, engine=engine if isinstance(engine, str) else None)
    eng = engine if engine is not None and not isinstance(engine, str) else make_engine(opts)
    return [r async for r in run_many(list(sources), eng, opts, ordered=True)]


def summarise_many(
    sources: Iterable[Source], *, engine: Engine | str | None = None, **options: Any
) -> list[MinutesSummary | ErrorRecord]:
    """Summarise many documents; results in input order, errors as ErrorRecords."""
    return run_sync(asummarise_many(sources, engine=engine, **options))


__all__ = ["summarise", "asummarise", "summarise_many", "asummarise_many", "Options"]
