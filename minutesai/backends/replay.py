"""Recorded responses: replay them offline, or record them from a live endpoint.

A record is one JSON file::

    {"key": "...", "recorded_from": "authored" | "openai:gpt-4o-mini@api.openai.com",
     "note": "...", "created": "2025-01-01",
     "request": {"model", "schema_name", "messages", "schema"},
     "response": {"content", "finish_reason", "refusal", "prompt_tokens", "completion_tokens", "model"}}

``key`` is a stable sha256 of the canonical JSON of (model, messages, schema),
so a record matches only the exact prompt it answered. Nothing secret is ever
written: auth headers are dropped and key-shaped strings are redacted.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from minutesai.backends.base import Backend, BackendLayer, ChatRequest, ChatResponse, Mode
from minutesai.errors import ConfigError, ModelError

REGENERATE_HINT = (
    "record it with engine='openai', record=True, fixtures_dir=DIR against a live endpoint, "
    "or regenerate the authored test fixtures with `python -m minutesai.testing.author_fixtures`"
)

_SECRET_KEYS = {"authorization", "api-key", "api_key", "apikey", "x-api-key", "openai-api-key"}
SECRET_PATTERNS = (
    re.compile(r"sk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"Bearer\s+[A-Za-z0-9._~+/=\-]{8,}", re.I),
    re.compile(r"(?i)(api[_-]?key[\"']?\s*[:=]\s*[\"']?)[A-Za-z0-9._\-]{8,}"),
)


def fixture_key(request: ChatRequest) -> str:
    """Stable hash of what determines the answer: model, messages, schema."""
    material = {"model": request.model, "messages": list(request.messages), "schema": request.schema}
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def redact(text: str) -> str:
    """Replace key-shaped substrings (sk-..., Bearer ..., api_key=...) with a marker."""
    text = SECRET_PATTERNS[0].sub("[REDACTED]", text)
    text = SECRET_PATTERNS[1].sub("Bearer [REDACTED]", text)
    return SECRET_PATTERNS[2].sub(lambda m: m.group(1) + "[REDACTED]", text)


def scrub(value: Any) -> Any:
    """A copy of ``value`` with auth headers dropped and secrets redacted, at any depth."""
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items() if str(k).lower() not in _SECRET_KEYS}
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    if isinstance(value, str):
        return redact(value)
    return value


def endpoint_label(backend: Any, model: str) -> str:
    """'openai:MODEL@host' without any credentials or path (looks through wrapping layers)."""
    name = getattr(backend, "name", "backend")
    seen = 0
    while not hasattr(backend, "base_url") and hasattr(backend, "inner") and seen < 10:
        backend, seen = backend.inner, seen + 1
    host = urlparse(str(getattr(backend, "base_url", "") or "https://api.openai.com")).hostname
    return f"{name}:{model}@{host or 'unknown'}"


class ReplayBackend:
    """Serves recorded responses from ``fixtures_dir`` (searched recursively)."""

    name = "replay"

    def __init__(
        self,
        fixtures_dir: str | Path | None,
        *,
        context_window: int | None = None,
        modes: tuple[Mode, ...] = ("json_schema",),
    ) -> None:
        if not fixtures_dir:
            raise ConfigError("engine 'replay' needs fixtures_dir= (a folder of recorded responses)")
        self.fixtures_dir = Path(fixtures_dir)
        if not self.fixtures_dir.is_dir():
            raise ConfigError(f"fixtures_dir {self.fixtures_dir} is not a directory")
        self._context_override = context_window
        self._modes = modes
        self._index: dict[str, dict[str, Any]] | None = None
        self.served: list[str] = []
        """Keys answered so far, in order (tests use it to check coverage)."""

    def records(self) -> dict[str, dict[str, Any]]:
        if self._index is None:
            index: dict[str, dict[str, Any]] = {}
            for path in sorted(self.fixtures_dir.rglob("*.json")):
                try:
                    record = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, json.JSONDecodeError) as err:
                    raise ConfigError(f"unreadable fixture {path}: {err}") from None
                if isinstance(record, dict) and "key" in record and "response" in record:
                    index.setdefault(record["key"], {**record, "_path": str(path)})
            self._index = index
        return self._index

    async def complete(self, request: ChatRequest) -> ChatResponse:
        key = fixture_key(request)
        record = self.records().get(key)
        if record is None:
            raise ModelError(
                f"no recorded response for key {key[:16]} ({request.schema_name}, model "
                f"{request.model!r}) in {self.fixtures_dir}; {REGENERATE_HINT}"
            )
        self.served.append(key)
        r = record["response"]
        return ChatResponse(
            content=r.get("content"),
            finish_reason=r.get("finish_reason", "stop"),
            refusal=r.get("refusal"),
            prompt_tokens=int(r.get("prompt_tokens") or 0),
            completion_tokens=int(r.get("completion_tokens") or 0),
            model=r.get("model") or request.model,
            extra={"recorded_from": record.get("recorded_from"), "fixture": record["_path"]},
        )

    def context_window(self, model: str) -> int:
        from minutesai.backends.openai_compat import context_window_for

        return self._context_override or context_window_for(model)

    def supported_modes(self, model: str) -> tuple[Mode, ...]:
        return self._modes


class RecordingBackend(BackendLayer):
    """Wraps a backend and writes each request→response as a fixture record."""

    def __init__(
        self,
        inner: Backend,
        fixtures_dir: str | Path | None,
        *,
        recorded_from: str | None = None,
        note: str | None = None,
    ) -> None:
        if not fixtures_dir:
            raise ConfigError("record mode needs fixtures_dir= (where to write the records)")
        super().__init__(inner)
        self.fixtures_dir = Path(fixtures_dir)
        self.recorded_from = recorded_from
        self.note = note
        self.written: list[Path] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        response = await self.inner.complete(request)
        self.write(request, response)
        return response

    def write(self, request: ChatRequest, response: ChatResponse) -> Path:
        key = fixture_key(request)
        record = {
            "key": key,
            "recorded_from": self.recorded_from or endpoint_label(self.inner, request.model),
            "note": self.note,
            "created": _dt.date.today().isoformat(),
            "request": {
                "model": request.model,
                "schema_name": request.schema_name,
                "messages": list(request.messages),
                "schema": request.schema,
            },
            "response": {
                "content": response.content,
                "finish_reason": response.finish_reason,
                "refusal": response.refusal,
                "prompt_tokens": response.prompt_tokens,
                "completion_tokens": response.completion_tokens,
                "model": response.model,
            },
        }
        clean = scrub(record)
        clean["key"] = key  # a hex digest; never a secret, keep it exact
        self.fixtures_dir.mkdir(parents=True, exist_ok=True)
        path = self.fixtures_dir / f"{request.schema_name}-{key[:16]}.json"
        fd, tmp = tempfile.mkstemp(dir=self.fixtures_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(clean, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        os.replace(tmp, path)
        self.written.append(path)
        return path
