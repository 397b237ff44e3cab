"""Transient-error retries: the one place a failed model call is tried again.

Backends raise :class:`TransientModelError` for 429, 5xx, timeouts and
connection resets (the SDK's own retries are switched off), and this layer
retries them with exponential backoff plus jitter. A server's ``Retry-After``
is honoured: we never wait less than it asks.

A plain loop rather than a retry library: it runs once per model call, and a
call that succeeds at once (nearly all of them) costs one ``try`` here.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from minutesai.errors import TransientModelError

if TYPE_CHECKING:
    from minutesai.config import Options
    from minutesai.engines.base import RunContext

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff shape. Tests swap ``DEFAULT_POLICY`` for a tiny one so they run fast."""

    base: float = 0.5
    """First backoff in seconds; doubles each attempt."""
    maximum: float = 30.0
    """Cap on one computed backoff (a server's Retry-After may exceed it, up to ``max_retry_after``)."""
    jitter: float = 0.5
    """Up to this many random seconds added to each backoff."""
    max_retry_after: float = 120.0
    """A server asking for a longer pause than this fails at once instead of stalling the run."""

    def pause(self, failures: int, err: TransientModelError) -> float:
        """Seconds to wait after the ``failures``-th failed attempt (1 for the first)."""
        retry_after = err.retry_after
        if retry_after is not None and retry_after > 0:
            # A little jitter on top so clients told the same pause do not all return together.
            return retry_after + random.uniform(0, 0.05)
        try:
            backoff = self.base * 2 ** (failures - 1)
        except OverflowError:
            backoff = self.maximum
        return min(backoff + random.uniform(0, self.jitter), self.maximum)

    def allows(self, err: TransientModelError) -> bool:
        """False when the server asks for a longer pause than ``max_retry_after``."""
        return err.retry_after is None or err.retry_after <= self.max_retry_after


DEFAULT_POLICY = RetryPolicy()


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    options: Options,
    ctx: RunContext,
    policy: RetryPolicy | None = None,
) -> T:
    """Await ``call()``, retrying transient failures up to ``options.max_retries`` times.

    Each retry adds 1 to ``ctx.usage.retries`` and the pause to
    ``ctx.usage.wait_seconds``. When attempts run out the last
    :class:`TransientModelError` is raised with ``attempts`` set.
    """
    policy = policy or DEFAULT_POLICY  # looked up per call, so tests can swap it
    allowed = max(0, options.max_retries) + 1
    attempts = 0
    while True:
        attempts += 1
        try:
            return await call()
        except TransientModelError as err:
            if attempts >= allowed or not policy.allows(err):
                _finish(err, attempts, ctx, policy)
                raise
            pause = policy.pause(attempts, err)
        ctx.usage.retries += 1
        ctx.usage.wait_seconds = round(ctx.usage.wait_seconds + pause, 3)
        await asyncio.sleep(pause)


def _finish(err: TransientModelError, attempts: int, ctx: RunContext, policy: RetryPolicy) -> None:
    """Record on the error how many attempts were made and why no more were."""
    err.attempts = attempts
    if err.usage is None:
        err.usage = ctx.usage
    if err.retry_after is not None and err.retry_after > policy.max_retry_after:
        err.message = (
            f"{err.message} (server asked to wait {err.retry_after:g}s, "
            f"more than the {policy.max_retry_after:g}s limit)"
        )
        err.args = (err.message,)
