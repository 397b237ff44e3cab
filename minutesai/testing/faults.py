"""Scripted replies and injected faults for :class:`~minutesai.testing.server.FakeOpenAIServer`.

A :class:`Reply` is one answer the stand-in server gives (a completion, an HTTP
error, a dropped connection or a hang); a :class:`FaultPlan` draws such replies
for a share of requests, deterministically from a seed.
"""

from __future__ import annotations

import json
import random
import threading
from dataclasses import dataclass, field
from typing import Any

FAULT_KINDS = ("429", "500", "503", "timeout", "reset", "malformed", "schema", "truncated", "refusal")


@dataclass
class Reply:
    """One scripted server reply."""

    status: int = 200
    content: str | None = None
    """The assistant message text (the JSON the 'model' answers) for a 200."""
    finish_reason: str = "stop"
    refusal: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    """A raw body (dict → JSON) that replaces the generated completion."""
    action: str = "respond"
    """respond, reset (drop the connection) or hang (sleep ``delay`` then respond)."""
    delay: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None

    @classmethod
    def ok(cls, content: str | dict, **kw: Any) -> Reply:
        text = content if isinstance(content, str) else json.dumps(content)
        return cls(content=text, **kw)

    @classmethod
    def error(cls, status: int, message: str = "error", headers: dict[str, str] | None = None) -> Reply:
        kind = "rate_limit_exceeded" if status == 429 else "server_error"
        return cls(status=status, headers=headers or {},
                   body={"error": {"message": message, "type": kind, "code": kind}})

    @classmethod
    def rate_limited(cls, retry_after: float = 0.05) -> Reply:
        return cls.error(429, "Rate limit reached", {"Retry-After": f"{retry_after:g}"})

    @classmethod
    def malformed(cls) -> Reply:
        return cls(content='{"key_points": [ {"text": "unterminated')

    @classmethod
    def truncated(cls, content: str = '{"key_points": [') -> Reply:
        return cls(content=content, finish_reason="length")

    @classmethod
    def refused(cls, message: str = "I can't help with that.") -> Reply:
        return cls(content=None, refusal=message)

    @classmethod
    def reset(cls) -> Reply:
        return cls(action="reset")

    @classmethod
    def hang(cls, seconds: float) -> Reply:
        return cls(action="hang", delay=seconds)


@dataclass
class FaultPlan:
    """Inject a fault into a share ``rate`` of requests, deterministically from ``seed``."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    hang_seconds: float = 2.0
    retry_after: float = 0.05
    _rng: random.Random = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)
    injected: dict[str, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        self._rng = random.Random(self.seed)

    def draw(self) -> Reply | None:
        with self._lock:
            if self.rate <= 0 or self._rng.random() >= self.rate:
                return None
            kind = self._rng.choice(self.kinds)
            self.injected[kind] = self.injected.get(kind, 0) + 1
        return {
            "429": lambda: Reply.rate_limited(self.retry_after),
            "500": lambda: Reply.error(500, "Internal server error"),
            "503": lambda: Reply.error(503, "Service unavailable"),
            "timeout": lambda: Reply.hang(self.hang_seconds),
            "reset": Reply.reset,
            "malformed": Reply.malformed,
            "schema": lambda: Reply.ok({"unexpected": True}),
            "truncated": Reply.truncated,
            "refusal": Reply.refused,
        }[kind]()
