"""Transient-error retries: the one place a failed model call is tried again.

Backends raise :class:`TransientModelError` for 429, 5xx, timeouts and
connection resets (the SDK's own retries are switched off), and this layer
retries them with exponential backoff plus jitter. A server's ``Retry-After``
is honoured: we never wait less than it asks.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

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


DEFAULT_POLICY = RetryPolicy()


class _Wait:
    """Exponential backoff with jitter, never shorter than the server's Retry-After."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self._exp = wait_exponential_jitter(
            multiplier=policy.base, max=policy.maximum, jitter=policy.jitter
        )

    def __call__(self, state: RetryCallState) -> float:
        backoff = self._exp(state)
        err = state.outcome.exception() if state.outcome else None
        retry_after = getattr(err, "retry_after", None)
        if retry_after is not None and retry_after > 0:
            # A little jitter on top so clients told the same pause do not all return together.
            return retry_after + random.uniform(0, 0.05)
        return backoff


def _retryable(policy: RetryPolicy):
    base = retry_if_exception_type(TransientModelError)

    def check(state: RetryCallState) -> bool:
        if not base(state):
            return False
        err = state.outcome.exception() if state.outcome else None
        retry_after = getattr(err, "retry_after", None)
        return retry_after is None or retry_after <= policy.max_retry_after

    return check


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
    attempts = 0

    def before_sleep(state: RetryCallState) -> None:
        ctx.usage.retries += 1
        pause = state.next_action.sleep if state.next_action else 0.0
        ctx.usage.wait_seconds = round(ctx.usage.wait_seconds + pause, 3)

    retrying = AsyncRetrying(
        retry=_retryable(policy),
        stop=stop_after_attempt(max(0, options.max_retries) + 1),
        wait=_Wait(policy),
        before_sleep=before_sleep,
        reraise=True,
    )
    try:
        async for attempt in retrying:
            with attempt:
                attempts += 1
                return await call()
    except TransientModelError as err:
        err.attempts = attempts
        if err.usage is None:
            err.usage = ctx.usage
        if err.retry_after is not None and err.retry_after > policy.max_retry_after:
            err.message = (
                f"{err.message} (server asked to wait {err.retry_after:g}s, "
                f"more than the {policy.max_retry_after:g}s limit)"
            )
            err.args = (err.message,)
        raise
    raise AssertionError("unreachable")  # pragma: no cover
