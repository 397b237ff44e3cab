"""Transient-error retries: the one place a failed model call is tried again.

Backends raise :class:`TransientModelError` for 429, 5xx, timeouts and
connection resets (the SDK's own retries are switched off), and this layer
retries them with exponential backoff plus jitter. A server's ``Retry-After``
is honoured: we never wait less than it asks.

The first attempt is a plain ``await``: nearly every call succeeds at once, and
building tenacity's retry state per call cost ~37 us of CPU, a measurable share of
a bulk run's client time. Only a call that failed transiently enters tenacity.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

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
    try:
        return await call()
    except TransientModelError as err:
        if options.max_retries <= 0 or not policy.allows(err):
            _finish(err, 1, ctx, policy)
            raise
        first = err
    return await _retry(call, first, max(0, options.max_retries), ctx, policy)


async def _retry(
    call: Callable[[], Awaitable[T]], first: TransientModelError, retries: int, ctx: RunContext, policy: RetryPolicy
) -> T:
    """The retries after a first transient failure, run by tenacity (attempt 1 was that failure)."""
    failures = [first]

    def wait(state: RetryCallState) -> float:
        return policy.pause(len(failures), failures[-1])

    def before_sleep(state: RetryCallState) -> None:
        ctx.usage.retries += 1
        pause = state.next_action.sleep if state.next_action else 0.0
        ctx.usage.wait_seconds = round(ctx.usage.wait_seconds + pause, 3)

    def retryable(err: BaseException) -> bool:
        if not isinstance(err, TransientModelError):
            return False
        if err is not first:
            failures.append(err)
        return len(failures) <= retries and policy.allows(err)

    attempts: list[int] = []

    async def again() -> T:
        attempts.append(1)
        if len(attempts) == 1:  # tenacity's first attempt stands for the call that already failed
            raise first
        return await call()

    try:
        async for attempt in AsyncRetrying(
            retry=retry_if_exception(retryable), stop=stop_after_attempt(retries + 1), wait=wait,
            before_sleep=before_sleep, reraise=True,
        ):
            with attempt:
                return await again()
    except TransientModelError as err:
        _finish(err, len(attempts), ctx, policy)
        raise
    raise AssertionError("unreachable")  # pragma: no cover


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
