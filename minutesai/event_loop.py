"""The event loop minutesai runs its own coroutines on (``summarise``, ``summarise_many``, the CLI).

A bulk run is bound by one event loop on one core: every request's HTTP work, the SDK's and
the loop's own scheduling run there. uvloop (libuv) does the loop's and the sockets' part with
less CPU, so it is used when it is importable; ``MINUTESAI_EVENT_LOOP=asyncio`` keeps the
standard loop (``uvloop`` insists on it). Only loops minutesai creates itself are affected: a
coroutine awaited on the caller's loop (``asummarise`` in a notebook) runs on that loop, and
the process-wide event loop policy is never changed.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from minutesai.errors import ConfigError

T = TypeVar("T")

EVENT_LOOP_ENV = "MINUTESAI_EVENT_LOOP"
EVENT_LOOPS = ("auto", "uvloop", "asyncio")


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's loop constructor when it is wanted and importable; None for the standard loop."""
    wanted = (os.environ.get(EVENT_LOOP_ENV) or "auto").strip().lower()
    if wanted not in EVENT_LOOPS:
        raise ConfigError(f"{EVENT_LOOP_ENV} must be one of {', '.join(EVENT_LOOPS)}, not {wanted!r}")
    if wanted == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        if wanted == "uvloop":
            raise ConfigError(f"{EVENT_LOOP_ENV}=uvloop needs uvloop: pip install uvloop") from None
        return None
    return uvloop.new_event_loop  # type: ignore[no-any-return]


def event_loop_name() -> str:
    """'uvloop' or 'asyncio': the loop :func:`run` would use now."""
    return "asyncio" if loop_factory() is None else "uvloop"


def run(coro: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(coro)`` on a new loop of the chosen kind, closed (with its async
    generators and executor) when the coroutine ends."""
    try:
        factory = loop_factory()
    except ConfigError:
        coro.close()  # never started: no "was never awaited" warning on top of the error
        raise
    if factory is None:
        return asyncio.run(coro)
    runner_class = getattr(asyncio, "Runner", None)  # Python 3.11+
    if runner_class is not None:
        with runner_class(loop_factory=factory) as runner:
            return runner.run(coro)  # type: ignore[no-any-return]
    import uvloop

    uvloop_run = getattr(uvloop, "run", None)  # uvloop >= 0.18: the same set-up on Python 3.10
    return uvloop_run(coro) if uvloop_run is not None else asyncio.run(coro)  # type: ignore[no-any-return]
