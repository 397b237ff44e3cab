"""The backend seam: one adapter per way of reaching a model.

A backend turns a :class:`ChatRequest` into a :class:`ChatResponse` and maps
transport failures onto :mod:`minutesai.errors` (``TransientModelError`` for
anything worth retrying). It does not retry, validate or cache: those are
layers around it (``minutesai.structured``, ``minutesai.cache``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Mode = Literal["json_schema", "json_object", "tools", "outline"]


@dataclass(frozen=True)
class ChatRequest:
    model: str
    messages: tuple[dict[str, Any], ...]
    schema: dict[str, Any]
    schema_name: str
    mode: Mode = "json_schema"
    temperature: float = 0.0
    max_tokens: int | None = None
    seed: int | None = None

    def cache_key_material(self) -> dict[str, Any]:
        """Everything that determines the answer (used for cache and fixture keys)."""
        return {
            "model": self.model,
            "messages": list(self.messages),
            "schema": self.schema,
            "schema_name": self.schema_name,
            "mode": self.mode,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
        }


@dataclass
class ChatResponse:
    content: str | None
    """The raw JSON text (message content, or tool-call arguments in tools mode)."""
    finish_reason: str | None = "stop"
    refusal: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model: str | None = None
    cached: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Backend(Protocol):
    @property
    def name(self) -> str:
        """e.g. 'openai', 'local', 'replay'. Read-only, so a wrapper may expose it as a property."""
        ...

    async def complete(self, request: ChatRequest) -> ChatResponse: ...

    def context_window(self, model: str) -> int: ...

    def supported_modes(self, model: str) -> tuple[Mode, ...]:
        """Modes this endpoint handles, best first; used when mode='auto'."""
        ...


class BackendLayer:
    """Base of a layer around a backend (cache, rate limits, accounting, recording).

    Subclasses override ``complete``; the model's context window, modes and any
    other attribute (``tokenizer``, ``base_url``, ...) come from the inner backend.
    """

    def __init__(self, inner: Backend) -> None:
        self.inner = inner

    @property
    def name(self) -> str:
        return self.inner.name

    def context_window(self, model: str) -> int:
        return self.inner.context_window(model)

    def supported_modes(self, model: str) -> tuple[Mode, ...]:
        return self.inner.supported_modes(model)

    def __getattr__(self, attr: str) -> Any:
        if attr == "inner":  # not set yet (e.g. during unpickling): avoid endless recursion
            raise AttributeError(attr)
        return getattr(self.inner, attr)
