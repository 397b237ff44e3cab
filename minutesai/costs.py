"""Prices, request-size estimates and the run ledger (usage totals and budgets).

The ledger sees every request the accounting layer sends (see
:mod:`minutesai.backends.wrap`): it reserves an estimate before sending,
refuses with :class:`BudgetExceededError` when ``max_cost_usd`` /
``max_tokens`` would be exceeded, and settles the real token counts when the
answer arrives. ``summarise_many`` installs one ledger per run (a context
variable), so budgets and totals cover the run even when an engine is reused.
"""

from __future__ import annotations

import contextvars
import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from minutesai.errors import BudgetExceededError
from minutesai.models import Usage

if TYPE_CHECKING:
    from minutesai.backends.base import ChatRequest, ChatResponse
    from minutesai.config import Options

PRICES_AS_OF = "2025-08"
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    # model: (USD per 1M prompt tokens, USD per 1M completion tokens), standard tier.
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "o3": (2.00, 8.00),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
    "gpt-3.5-turbo": (0.50, 1.50),
}
BATCH_DISCOUNT = 0.5
"""The OpenAI Batch API bills half the standard price."""


def price_for(
    model: str | None, prices: dict[str, tuple[float, float]] | None = None
) -> tuple[float, float] | None:
    """(prompt, completion) USD per 1M tokens, or None for an unknown model.

    ``prices`` (``Options.prices``) override the defaults. A dated or
    provider-prefixed name (``gpt-4o-mini-2024-07-18``, ``openai/gpt-4o``)
    takes the price of its longest known base name.
    """
    if not model:
        return None
    table = {**DEFAULT_PRICES, **(prices or {})}
    for name in (model, model.rsplit("/", 1)[-1]):
        if name in table:
            return tuple(table[name])  # type: ignore[return-value]
        bases = [k for k in table if name.startswith(k + "-")]
        if bases:
            return tuple(table[max(bases, key=len)])  # type: ignore[return-value]
    return None


def cost_usd(
    model: str | None,
    prompt_tokens: int,
    completion_tokens: int,
    prices: dict[str, tuple[float, float]] | None = None,
    *,
    discount: float = 1.0,
) -> float:
    """Estimated cost of one call; 0.0 when the model has no price."""
    price = price_for(model, prices)
    if price is None:
        return 0.0
    return (prompt_tokens * price[0] + completion_tokens * price[1]) * discount / 1_000_000


_schema_tokens: dict[tuple[str, int], int] = {}
_schema_text_hashes: dict[int, tuple[Any, int]] = {}
"""id(schema) -> (the schema, hash of its sorted JSON): the same schema object goes with every
request, and serialising it (~15 us) was most of an estimate once its count was known."""
MESSAGE_COUNTS_KEPT = 128


@functools.lru_cache(maxsize=MESSAGE_COUNTS_KEPT)
def _message_tokens(tokenizer: Any, content: str) -> int:
    """Token count of one message text. Recent texts are remembered: a template's system
    message is the same in every call, and was encoded again for each one."""
    return tokenizer.count(content)


def estimate_prompt_tokens(request: ChatRequest) -> int:
    """Prompt tokens a request will be billed for, counted with tiktoken before sending.

    Message text, a few tokens of framing per message, and the JSON schema
    (which the provider adds to the prompt in every structured-output mode).
    Worked out once per request: the budget and the tokens-per-minute limit both ask.
    """
    known = getattr(request, "__dict__", {}).get("_minutesai_prompt_estimate")
    if known is not None:
        return known
    from minutesai.tokens import get_tokenizer

    tok = get_tokenizer(request.model)
    total = 3
    for message in request.messages:
        content = message.get("content")
        if isinstance(content, list):
            content = " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
        total += 4 + (_message_tokens(tok, content) if content else 0)
    if request.schema:
        key = (request.schema_name, _schema_text_hash(request.schema))
        if key not in _schema_tokens:
            _schema_tokens[key] = tok.count(json.dumps(request.schema, sort_keys=True, separators=(",", ":")))
        total += _schema_tokens[key]
    if hasattr(request, "__dict__"):
        object.__setattr__(request, "_minutesai_prompt_estimate", total)  # frozen dataclass: stash
    return total


def _schema_text_hash(schema: Any) -> int:
    entry = _schema_text_hashes.get(id(schema))
    if entry is None or entry[0] is not schema:
        if len(_schema_text_hashes) > 256:
            _schema_text_hashes.clear()
        text = json.dumps(schema, sort_keys=True, separators=(",", ":"))
        entry = _schema_text_hashes[id(schema)] = (schema, hash(text))
    return entry[1]


@dataclass
class CallRecord:
    """One request as the ledger saw it."""

    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    cached: bool = False


@dataclass
class Reservation:
    tokens: int
    cost: float
    prompt_estimate: int = 0


@dataclass
class Ledger:
    """Thread-safe usage totals for a run, with optional token and cost budgets."""

    max_cost_usd: float | None = None
    max_tokens: int | None = None
    prices: dict[str, tuple[float, float]] | None = None
    keep_records: bool = False
    """Keep a :class:`CallRecord` per call in ``records`` (off by default: tens of thousands of calls)."""
    usage: Usage = field(default_factory=Usage)
    records: list[CallRecord] = field(default_factory=list)
    unpriced_models: set[str] = field(default_factory=set)
    _reserved_tokens: int = 0
    _reserved_cost: float = 0.0
    _completion_seen: int = 0
    _estimated_prompt: int = 0
    _actual_prompt: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_options(cls, options: Options) -> Ledger:
        return cls(max_cost_usd=options.max_cost_usd, max_tokens=options.max_tokens, prices=options.prices)

    @property
    def has_budget(self) -> bool:
        return self.max_cost_usd is not None or self.max_tokens is not None

    @property
    def exhausted(self) -> bool:
        """True once spending has reached a budget: no new work should start."""
        with self._lock:
            return self._over(0, 0.0, include_reserved=False, strict=False)

    def _over(self, tokens: int, cost: float, *, include_reserved: bool, strict: bool) -> bool:
        spent_tokens = self.usage.prompt_tokens + self.usage.completion_tokens + tokens
        spent_cost = self.usage.cost_usd + cost
        if include_reserved:
            spent_tokens += self._reserved_tokens
            spent_cost += self._reserved_cost
        if strict:
            return (self.max_tokens is not None and spent_tokens > self.max_tokens) or (
                self.max_cost_usd is not None and spent_cost > self.max_cost_usd + 1e-12
            )
        return (self.max_tokens is not None and spent_tokens >= self.max_tokens) or (
            self.max_cost_usd is not None and spent_cost >= self.max_cost_usd - 1e-12
        )

    def _expected_completion(self, request: ChatRequest) -> int:
        # Mean completion size seen so far; a modest guess before the first answer.
        calls = self.usage.calls
        guess = self._completion_seen // calls if calls else 256
        return min(guess, request.max_tokens) if request.max_tokens else guess

    def reserve(self, request: ChatRequest) -> Reservation:
        """Book the expected size of ``request``; raise BudgetExceededError if it would not fit."""
        if not self.has_budget:
            return Reservation(0, 0.0)
        estimate = estimate_prompt_tokens(request)
        with self._lock:
            # Calibrate by what the provider actually counted so far (its tokenizer may differ).
            ratio = self._actual_prompt / self._estimated_prompt if self._estimated_prompt else 1.0
            prompt = round(estimate * ratio)
            completion = self._expected_completion(request)
            tokens = prompt + completion
            cost = cost_usd(request.model, prompt, completion, self.prices)
            if self._over(tokens, cost, include_reserved=True, strict=True):
                raise BudgetExceededError(self._budget_message(tokens, cost), usage=self.usage.model_copy())
            self._reserved_tokens += tokens
            self._reserved_cost += cost
        return Reservation(tokens, cost, estimate)

    def _budget_message(self, tokens: int, cost: float) -> str:
        used = self.usage.prompt_tokens + self.usage.completion_tokens
        parts = []
        if self.max_tokens is not None:
            parts.append(f"token budget {self.max_tokens:,} ({used:,} used, next call ~{tokens:,})")
        if self.max_cost_usd is not None:
            parts.append(
                f"cost budget ${self.max_cost_usd:.4f} (${self.usage.cost_usd:.4f} spent, next call ~${cost:.4f})"
            )
        return "budget reached: " + "; ".join(parts) + "; no new requests are sent"

    def release(self, reservation: Reservation) -> None:
        with self._lock:
            self._reserved_tokens -= reservation.tokens
            self._reserved_cost -= reservation.cost

    def settle(
        self, reservation: Reservation, request: ChatRequest, response: ChatResponse, *, priced: bool = True
    ) -> float:
        """Record a completed call; returns its estimated cost (0 when ``priced`` is False)."""
        model = response.model or request.model
        price = price_for(model, self.prices) or price_for(request.model, self.prices)
        cost = 0.0
        if not priced:
            price = (0.0, 0.0)
        elif price is not None:
            cost = (response.prompt_tokens * price[0] + response.completion_tokens * price[1]) / 1_000_000
        with self._lock:
            self._reserved_tokens -= reservation.tokens
            self._reserved_cost -= reservation.cost
            if price is None:
                self.unpriced_models.add(model)
            self.usage.calls += 1
            self.usage.prompt_tokens += response.prompt_tokens
            self.usage.completion_tokens += response.completion_tokens
            self.usage.cost_usd += cost
            self._completion_seen += response.completion_tokens
            if reservation.prompt_estimate and response.prompt_tokens:
                self._estimated_prompt += reservation.prompt_estimate
                self._actual_prompt += response.prompt_tokens
            if self.keep_records:
                self.records.append(
                    CallRecord(model, response.prompt_tokens, response.completion_tokens, cost)
                )
        return cost

    def record_cache_hit(self, model: str) -> None:
        with self._lock:
            self.usage.cache_hits += 1
            if self.keep_records:
                self.records.append(CallRecord(model, 0, 0, 0.0, cached=True))

    def record_wait(self, seconds: float) -> None:
        with self._lock:
            self.usage.wait_seconds += seconds

    def snapshot(self) -> Usage:
        with self._lock:
            return self.usage.model_copy()


_active: contextvars.ContextVar[Ledger | None] = contextvars.ContextVar("minutesai_ledger", default=None)


def active_ledger() -> Ledger | None:
    """The ledger of the run in progress (set by summarise_many), if any."""
    return _active.get()


def set_active_ledger(ledger: Ledger | None) -> None:
    """Install ``ledger`` for the current task (tasks it starts inherit it)."""
    _active.set(ledger)


@contextmanager
def using_ledger(ledger: Ledger) -> Iterator[Ledger]:
    token = _active.set(ledger)
    try:
        yield ledger
    finally:
        _active.reset(token)


def describe_usage(usage: Usage, *, documents: int | None = None) -> str:
    """One line: calls, cache hits, retries, time spent waiting, tokens, cost."""
    head = f"{documents} document(s): " if documents is not None else ""
    waited = f" ({usage.wait_seconds:.1f}s waiting)" if usage.wait_seconds else ""
    return (
        f"{head}{usage.calls} call(s), {usage.cache_hits} cache hit(s), {usage.retries} retr(y/ies){waited}, "
        f"{usage.prompt_tokens:,} prompt + {usage.completion_tokens:,} completion tokens, "
        f"~${usage.cost_usd:.4f}"
    )


def usage_total(usages: Any) -> Usage:
    total = Usage()
    for u in usages:
        total.add(u)
    return total
