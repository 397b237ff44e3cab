"""A small exception hierarchy. Every failure carries what was learned."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minutesai.models import Usage


class MinutesAIError(Exception):
    """Base class. ``str(err)`` is one clear line suitable for a CLI."""

    stage: str = "summarise"

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        last_raw_response: str | None = None,
        usage: Usage | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.attempts = attempts
        self.last_raw_response = last_raw_response
        self.usage = usage


class InputError(MinutesAIError):
    """The input cannot be read as minutes (missing, empty, binary, encrypted, ...)."""

    stage = "ingest"

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{reason}")


class ConfigError(MinutesAIError):
    """Bad configuration: unknown engine, missing model, unusable options."""

    stage = "config"


class ChunkTooLargeError(MinutesAIError):
    """A single unit of text cannot fit the model's context window with the prompt."""

    stage = "chunk"


class ModelError(MinutesAIError):
    """The model endpoint failed after bounded retries."""

    stage = "extract"


class TransientModelError(ModelError):
    """Retryable: 429, 5xx, timeout, connection reset."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ValidationFailedError(ModelError):
    """The model's answer never matched the schema within the allowed re-asks."""


class TruncatedOutputError(ModelError):
    """The model stopped because it ran out of output tokens (finish_reason=length)."""


class RefusalError(ModelError):
    """The model refused to answer."""


class BudgetExceededError(MinutesAIError):
    """A cost or token budget was reached; completed work is kept."""

    stage = "budget"


class DeadlineExceededError(MinutesAIError):
    """The overall deadline passed before the document finished."""

    stage = "deadline"
