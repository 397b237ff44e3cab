"""Layers around a raw backend: response cache, budget/usage accounting, rate limits.

``wrap_backend`` is the single place they are composed, outermost first::

    CachedBackend → AccountingBackend → RateLimitedBackend → CallGatedBackend → raw backend

so a cache hit costs nothing and waits for nothing, the budget is checked
before a request queues for rate-limit capacity, only requests that
really go out are counted as calls, and a run's concurrency slot
(:data:`active_call_gate`, set by :mod:`minutesai.bulk`) is held only while a
request is on the wire: rendering prompts, parsing answers and grounding
happen outside it, so a slot never idles while the event loop is busy. Retries (``minutesai.retry``) and
validation re-asks (``minutesai.structured``) sit above all of this, so every
attempt goes through every layer.
"""

from __future__ import annotations

import contextvars
import threading
from typing import Any

from minutesai.backends.base import Backend, BackendLayer, ChatRequest, ChatResponse
from minutesai.config import Options
from minutesai.costs import Ledger, active_ledger, price_for
from minutesai.errors import ConfigError

UNPRICED_BACKENDS = ("local", "replay")
"""Backends whose calls cost nothing (their token counts are still recorded)."""

_shared_lock = threading.Lock()
_shared_buckets: dict[tuple, Any] = {}
_shared_caches: dict[str, Any] = {}


active_call_gate: contextvars.ContextVar[Any] = contextvars.ContextVar(
    "minutesai_call_gate", default=None
)
"""The run's concurrency limit (an async context manager) for the current task, or None."""


class CallGatedBackend(BackendLayer):
    """Holds the run's concurrency slot (:data:`active_call_gate`) for the request only."""

    def __init__(self, inner: Backend) -> None:
        super().__init__(inner)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        gate = active_call_gate.get()
        if gate is None:
            return await self.inner.complete(request)
        async with gate:
            return await self.inner.complete(request)


class AccountingBackend(BackendLayer):
    """Counts every request sent and enforces ``max_cost_usd`` / ``max_tokens``.

    Before sending it books the request's estimated size in the run ledger
    (:func:`minutesai.costs.active_ledger`, else this engine's own ledger),
    which raises :class:`~minutesai.errors.BudgetExceededError` when the
    budget would be exceeded. Afterwards the real token counts are settled
    and the call's estimated cost is put in ``response.extra["cost_usd"]``.
    """

    def __init__(self, inner: Backend, ledger: Ledger, *, priced: bool = True) -> None:
        super().__init__(inner)
        self.ledger = ledger
        self.priced = priced

    async def complete(self, request: ChatRequest) -> ChatResponse:
        ledger = active_ledger() or self.ledger
        reservation = ledger.reserve(request)
        try:
            response = await self.inner.complete(request)
        except BaseException:
            ledger.release(reservation)
            raise
        response.extra["cost_usd"] = ledger.settle(reservation, request, response, priced=self.priced)
        return response


def _rate_limited(backend: Backend, options: Options, ledger: Ledger) -> Backend:
    from minutesai.ratelimit import RateLimitedBackend, TokenBucket

    # Limits belong to an account and endpoint, so engines built for the same
    # endpoint and model share one pair of buckets.
    where = (backend.name, options.resolved_base_url(), options.model)
    with _shared_lock:
        rpm = tpm = None
        if options.requests_per_minute:
            rpm = _shared_buckets.setdefault(
                (*where, "rpm", options.requests_per_minute), TokenBucket(options.requests_per_minute)
            )
        if options.tokens_per_minute:
            tpm = _shared_buckets.setdefault(
                (*where, "tpm", options.tokens_per_minute), TokenBucket(options.tokens_per_minute)
            )
    return RateLimitedBackend(backend, rpm_bucket=rpm, tpm_bucket=tpm, ledger=ledger)


def shared_cache(cache_dir: Any = None):
    """One :class:`~minutesai.cache.ResponseCache` per directory in this process."""
    from minutesai.cache import ResponseCache, resolve_cache_dir

    key = str(resolve_cache_dir(cache_dir).resolve())
    with _shared_lock:
        cache = _shared_caches.get(key)
        if cache is None:
            cache = _shared_caches[key] = ResponseCache(key)
        return cache


def wrap_backend(backend: Backend, options: Options, *, ledger: Ledger | None = None) -> Backend:
    """Compose the cache, accounting/budget and rate-limit layers the options ask for."""
    priced = backend.name not in UNPRICED_BACKENDS
    if priced and options.max_cost_usd is not None and options.model and not price_for(
        options.model, options.prices
    ):
        raise ConfigError(
            f"max_cost_usd is set but no price is known for model {options.model!r}; "
            "pass prices={model: (USD per 1M prompt tokens, USD per 1M completion tokens)}"
        )
    ledger = ledger or Ledger.from_options(options)
    wrapped: Backend = CallGatedBackend(backend)
    if options.requests_per_minute or options.tokens_per_minute:
        wrapped = _rate_limited(wrapped, options, ledger)
    wrapped = AccountingBackend(wrapped, ledger, priced=priced)
    if options.use_cache and backend.name != "replay":
        from minutesai.cache import CachedBackend

        wrapped = CachedBackend(wrapped, shared_cache(options.cache_dir), ledger)
    return wrapped


def unwrap(backend: Backend | None, layer: type) -> Any:
    """The first layer of type ``layer`` in a wrapped backend, or None."""
    current: Any = backend
    while current is not None:
        if isinstance(current, layer):
            return current
        current = current.__dict__.get("inner") if hasattr(current, "__dict__") else None
    return None
