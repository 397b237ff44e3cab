"""Requests-per-minute and tokens-per-minute limits as async token buckets.

A bucket may go into debt: a caller takes what it needs at once and then
sleeps until the debt would have been refilled. Because the take happens
without awaiting, concurrent callers are spaced out in arrival order, and no
asyncio primitive is held — so one bucket works across event loops and
threads (the state is guarded by a plain lock held for microseconds).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from minutesai.backends.base import Backend, BackendLayer, ChatRequest, ChatResponse
from minutesai.costs import Ledger, active_ledger, estimate_prompt_tokens

BURST_SECONDS = 10.0
"""Default burst: this many seconds' worth of the per-minute rate may go at once."""


class TokenBucket:
    """``per_minute`` units refill continuously; ``burst`` caps what can be saved up."""

    def __init__(
        self,
        per_minute: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.rate = per_minute / 60.0
        self.capacity = burst if burst is not None else max(1.0, self.rate * BURST_SECONDS)
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.capacity
        self._last = clock()
        self._lock = threading.Lock()

    def _take(self, amount: float) -> float:
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= amount
            return -self._tokens / self.rate if self._tokens < 0 else 0.0

    async def acquire(self, amount: float = 1.0) -> float:
        """Take ``amount`` units, sleeping as long as needed; returns the seconds waited."""
        wait = self._take(amount)
        if wait > 0:
            try:
                await self._sleep(wait)
            except asyncio.CancelledError:
                self.give_back(amount)
                raise
        return wait

    def give_back(self, amount: float) -> None:
        """Return units (a cancelled wait, or a request that used fewer tokens than booked).

        A negative amount charges extra units (a request that used more).
        """
        with self._lock:
            self._tokens = min(self.capacity, self._tokens + amount)

    @property
    def available(self) -> float:
        with self._lock:
            elapsed = self._clock() - self._last
            return min(self.capacity, self._tokens + elapsed * self.rate)


class RateLimitedBackend(BackendLayer):
    """Waits for RPM and TPM capacity before each request.

    TPM books the estimated prompt tokens plus ``max_tokens`` (as providers
    count it) and settles to the real usage when the answer arrives. The
    seconds waited are added to ``response.extra["wait_seconds"]``.
    """

    def __init__(
        self,
        inner: Backend,
        *,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        rpm_bucket: TokenBucket | None = None,
        tpm_bucket: TokenBucket | None = None,
        ledger: Ledger | None = None,
    ) -> None:
        super().__init__(inner)
        self.ledger = ledger
        self.rpm = rpm_bucket or (TokenBucket(requests_per_minute) if requests_per_minute else None)
        self.tpm = tpm_bucket or (TokenBucket(tokens_per_minute) if tokens_per_minute else None)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        waited = 0.0
        booked = 0
        if self.rpm is not None:
            waited += await self.rpm.acquire(1)
        if self.tpm is not None:
            booked = estimate_prompt_tokens(request) + (request.max_tokens or 0)
            waited += await self.tpm.acquire(booked)
        # A failed request keeps its booking: a timed-out one may still have been counted.
        response = await self.inner.complete(request)
        if self.tpm is not None and (response.prompt_tokens or response.completion_tokens):
            self.tpm.give_back(booked - (response.prompt_tokens + response.completion_tokens))
        if waited:
            response.extra["wait_seconds"] = response.extra.get("wait_seconds", 0.0) + waited
            ledger = active_ledger() or self.ledger
            if ledger is not None:
                ledger.record_wait(waited)
        return response
