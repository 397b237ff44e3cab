"""Many documents under one concurrency limit; errors become ErrorRecords. (First pass.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from minutesai.config import Options
from minutesai.document import Minutes
from minutesai.engines.base import Engine, RunContext
from minutesai.errors import MinutesAIError
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.pipeline import run_document


def _name(source: str | Path | Minutes) -> str:
    if isinstance(source, Minutes):
        return source.name
    s = str(source)
    return s if len(s) < 200 and "\n" not in s else s[:60] + "…"


async def run_one(source, engine: Engine, options: Options, semaphore) -> MinutesSummary | ErrorRecord:
    ctx = RunContext(options=options)
    try:
        doc = load_minutes(source)
        return await run_document(doc, engine, ctx, semaphore=semaphore)
    except MinutesAIError as err:
        return ErrorRecord(
            document=_name(source), stage=err.stage, error_type=type(err).__name__,
            reason=str(err), attempts=err.attempts, last_raw_response=err.last_raw_response,
            usage=err.usage or ctx.usage,
        )


async def run_many(
    sources: list, engine: Engine, options: Options, *, ordered: bool = True
) -> AsyncIterator[MinutesSummary | ErrorRecord]:
    semaphore = asyncio.Semaphore(max(1, options.concurrency))
    tasks = [asyncio.ensure_future(run_one(s, engine, options, semaphore)) for s in sources]
    if ordered:
        for t in tasks:
            yield await t
    else:
        for t in asyncio.as_completed(tasks):
            yield await t
