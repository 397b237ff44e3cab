"""Run options. Every public entry point takes these as keyword arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

Mode = Literal["auto", "json_schema", "json_object", "tools", "outline"]


def mask_secret(value: str | None) -> str | None:
    """Show only that a secret is set, never its content."""
    if not value:
        return value
    return "***" if len(value) < 12 else f"{value[:3]}***{value[-2:]}"


@dataclass
class Options:
    """All knobs of a run. ``repr`` never shows the API key (nor a key carried in ``base_url``)."""

    engine: str | None = None
    """offline, openai, hybrid, local, replay; None chooses automatically."""
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    client: Any = field(default=None, repr=False)
    """A ready ``openai.OpenAI`` / ``openai.AsyncOpenAI`` client."""
    mode: Mode = "auto"
    outline_descriptions: bool = True
    """mode="outline" only: keep each field description's first sentence as a comment in the outline."""
    temperature: float = 0.0
    seed: int | None = 0
    max_reasks: int = 2
    max_retries: int = 5
    timeout: float = 60.0
    """Per-request timeout in seconds."""
    deadline: float | None = None
    """Overall wall-clock limit in seconds for summarise_many."""
    context_window: int | None = None
    chunk_tokens: int | None = None
    """Max minutes tokens per chunk; default derived from the context window and prompt cost."""
    overlap_tokens: int = 64
    max_output_tokens: int = 2048
    prompts_dir: str | Path | None = None
    keep_unverified: bool = False
    concurrency: int = 8
    requests_per_minute: float | None = None
    tokens_per_minute: float | None = None
    cache_dir: str | Path | None = None
    use_cache: bool = True
    max_cost_usd: float | None = None
    max_tokens: int | None = None
    """Token budget (prompt + completion) across a run."""
    prices: dict[str, tuple[float, float]] | None = None
    """Override: model -> (USD per 1M prompt tokens, USD per 1M completion tokens)."""
    pack: int = 1
    """Bulk runs (summarise_many and friends) with an LLM engine: send up to this many one-chunk
    documents in one call that returns each one's findings, summary and stance (no reduce call);
    see :mod:`minutesai.packing`. 1 (the default): one document per call, as before. Single-document
    calls, multi-chunk documents, the hybrid engine and batch prepare/collect are never packed."""
    progress: bool = False
    model_path: str | None = None
    """GGUF file for engine='local'."""
    fixtures_dir: str | Path | None = None
    """Recorded responses for engine='replay' (and record mode)."""
    record: bool = False

    def __repr__(self) -> str:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "api_key":
                value = mask_secret(value)
            elif f.name == "base_url" and value:
                from minutesai.redact import redact_url

                value = redact_url(value)  # a key can ride in the query string or userinfo
            elif f.name == "client" and value is not None:
                value = type(value).__name__
            shown.append(f"{f.name}={value!r}")
        return f"Options({', '.join(shown)})"

    def resolved_api_key(self) -> str | None:
        return self.api_key or os.environ.get("OPENAI_API_KEY")

    def resolved_base_url(self) -> str | None:
        return self.base_url or os.environ.get("OPENAI_BASE_URL")

    def endpoint_configured(self) -> bool:
        return bool(self.client or self.resolved_api_key() or self.resolved_base_url())


_OPTION_NAMES = frozenset(f.name for f in fields(Options))


def make_options(**kwargs: Any) -> Options:
    """Build Options from keyword arguments, rejecting unknown names with a clear message."""
    unknown = sorted(set(kwargs) - _OPTION_NAMES)
    if unknown:
        from minutesai.errors import ConfigError

        raise ConfigError(f"unknown option(s): {', '.join(unknown)}")
    return Options(**kwargs)
