"""``gather_or_cancel``: run awaitables together; when one fails, cancel the rest.

Plain ``asyncio.gather`` leaves the siblings of a failed task running. For a
document whose chunk failed, they would keep sending model calls (spending
budget and holding the shared concurrency slots) and keep adding to the usage
already reported in its error record. (``asyncio.TaskGroup`` does this from
Python 3.11; the library supports 3.10.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def gather_or_cancel(awaitables: Iterable[Awaitable[T]]) -> list[T]:
    """Results in order, or the first exception once every other task has been cancelled."""
    tasks = [asyncio.ensure_future(a) for a in awaitables]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
