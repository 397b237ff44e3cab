"""Any OpenAI-compatible chat endpoint: OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp server.

Sends one :class:`ChatRequest` with the real ``openai`` SDK and maps SDK errors
onto :mod:`minutesai.errors`. The SDK's own retries are switched off
(``max_retries=0``) so transient failures are retried in one layer only
(:mod:`minutesai.retry`).

Sending: a client this backend builds itself (see
:mod:`minutesai.backends.openai_http`) posts the request body through the SDK's
documented generic ``client.post("/chat/completions", ...)`` and reads the answer
as plain JSON: the same HTTP request ``chat.completions.create`` sends (headers,
auth, timeout, error classes) without the SDK re-walking the body against its
parameter types and building a pydantic model of the answer, which together cost
about as much CPU per request as the rest of the library. A client passed in by
the caller (who may have instrumented it), or an SDK whose ``create`` has been
patched (tracing), is used through ``create``.

Mode order (``supported_modes``): the official OpenAI and Azure endpoints get
``json_schema`` first, since strict structured outputs are enforced there.
Other servers get ``json_object`` first: llama.cpp server and vLLM turn its
``schema`` key into constrained decoding, and we also put the schema in the
prompt for servers that ignore the key (e.g. Ollama's JSON mode), whereas
``json_schema`` support on self-hosted servers varies by server and version.
``tools`` comes last because small local models often answer in prose
instead of calling the tool. A 400 rejecting a mode makes the backend fall
back to the next one and remember that for the model.
"""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import json
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from minutesai.backends.base import ChatRequest, ChatResponse, Mode
from minutesai.backends.openai_http import (
    CHAT_COMPLETIONS,
    build_client,
    chat_completions_url,
    close_with_loop,
    direct_post_options,
    posts_content,
    timed_out,
)
from minutesai.backends.request_body import BodyEncoder
from minutesai.errors import ConfigError, ModelError, TransientModelError
from minutesai.redact import install_log_redaction, redact_url, redact_urls, url_secrets
from minutesai.structured import MODES, ModeStrategy

DEFAULT_CONTEXT_WINDOW = 8192
LOCAL_CONTEXT_CAP = 8192
"""Self-hosted servers usually run with a smaller context than the model's maximum
(Ollama ``num_ctx``, llama.cpp ``-c``), so the table value is capped there unless
``context_window=`` says otherwise."""

# Longest matching prefix wins.
KNOWN_CONTEXT_WINDOWS: dict[str, int] = {
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "gpt-4.1": 1_047_576,
    "gpt-4.1-mini": 1_047_576,
    "gpt-4.1-nano": 1_047_576,
    "gpt-4-turbo": 128_000,
    "gpt-4": 8_192,
    "gpt-3.5-turbo": 16_385,
    "gpt-5": 400_000,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "llama3": 8_192,
    "llama-3": 8_192,
    "llama3.1": 131_072,
    "llama3.2": 131_072,
    "llama3.3": 131_072,
    "llama-3.1": 131_072,
    "llama-3.2": 131_072,
    "llama-3.3": 131_072,
    "meta-llama/llama-3.1": 131_072,
    "meta-llama/llama-3.2": 131_072,
    "meta-llama/llama-3.3": 131_072,
    "meta-llama/meta-llama-3": 8_192,
    "mistral": 32_768,
    "mixtral": 32_768,
    "qwen2.5": 32_768,
    "qwen/qwen2.5": 32_768,
    "gemma2": 8_192,
    "gemma3": 131_072,
    "phi3": 4_096,
    "phi4": 16_384,
}

# OpenAI reasoning models reject a temperature other than the default.
_NO_TEMPERATURE = ("o1", "o3", "o4", "gpt-5")

OFFICIAL_MODES: tuple[Mode, ...] = ("json_schema", "tools", "json_object")
COMPAT_MODES: tuple[Mode, ...] = ("json_object", "json_schema", "tools")


def context_window_for(model: str, default: int = DEFAULT_CONTEXT_WINDOW) -> int:
    """The table's context window for ``model`` (longest prefix match), else ``default``."""
    name = model.lower().split(":", 1)[0]  # 'llama3.1:8b' -> 'llama3.1'
    best = ""
    for prefix in KNOWN_CONTEXT_WINDOWS:
        if name.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return KNOWN_CONTEXT_WINDOWS[best] if best else default


def is_official_endpoint(base_url: str | None, client: Any = None) -> bool:
    """True for api.openai.com and Azure OpenAI (where strict json_schema is enforced)."""
    if client is not None and "azure" in type(client).__name__.lower():
        return True
    if not base_url:
        return True  # the SDK default is api.openai.com
    host = (urlparse(str(base_url)).hostname or "").lower()
    return host == "api.openai.com" or host.endswith(
        (".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com")
    )


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds to wait from ``retry-after-ms``, or ``Retry-After`` as seconds or an HTTP date."""
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


_KEYISH = re.compile(r"(sk-[A-Za-z0-9_\-]{8,}|Bearer\s+\S+)")


def one_line(message: str, secret: str | None = None, limit: int = 300, *, url_secret_parts: tuple[str, ...] = ()) -> str:
    """First line of an error message, without any key (``secret``, key-shaped strings, the
    secret parts of the endpoint URL, URL query values and userinfo), at most ``limit`` characters."""
    text = " ".join(str(message).split())
    # longest first, so masking one secret never breaks up another that contains it; the URL's
    # parts are there because a server may echo the request path and query without the host
    for part in sorted(filter(None, (secret, *url_secret_parts)), key=len, reverse=True):
        text = text.replace(part, "***")
    text = redact_urls(_KEYISH.sub("***", text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OpenAICompatBackend:
    """Backend over the ``openai`` SDK. Pass a ready client, or ``base_url``/``api_key``."""

    name = "openai"

    def __init__(
        self,
        client: Any = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = 60.0,
        context_window: int | None = None,
        modes: tuple[Mode, ...] | None = None,
    ) -> None:
        self._user_client = client
        self._api_key = api_key
        self._timeout = timeout
        self._context_override = context_window
        self._forced_modes = modes
        self._rejected: dict[str, set[str]] = {}
        self._own: tuple[Any, Any, Any] | None = None  # (event loop, AsyncOpenAI, its closer) we built
        self._post_options: dict[str, Any] | None = None  # set when our own client may post directly
        self._body_encoder: BodyEncoder | None = None  # set when that client takes a ready body
        self._post_url = CHAT_COMPLETIONS  # that client's absolute chat URL, once it is built
        install_log_redaction()  # httpx logs whole request URLs, query string included
        if client is not None:
            self.base_url = str(getattr(client, "base_url", "") or "") or None
            self._is_async = _is_async_client(client)
            self._client = _without_sdk_retries(client, timeout)
        else:
            self.base_url = base_url
            if not api_key and is_official_endpoint(base_url):
                raise ConfigError(
                    "no API key: set OPENAI_API_KEY, or pass api_key=, client= or base_url= "
                    "(a local OpenAI-compatible server)"
                )
            self._is_async = True
            self._client = None
        self.official = is_official_endpoint(self.base_url, client)
        self._url_secrets = url_secrets(self.base_url)

    # -- Backend protocol ------------------------------------------------
    def context_window(self, model: str) -> int:
        if self._context_override:
            return self._context_override
        window = context_window_for(model)
        return window if self.official else min(window, LOCAL_CONTEXT_CAP)

    def supported_modes(self, model: str) -> tuple[Mode, ...]:
        order = self._forced_modes or (OFFICIAL_MODES if self.official else COMPAT_MODES)
        rejected = self._rejected.get(model, set())
        return tuple(m for m in order if m not in rejected)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        mode = request.mode
        if mode in self._rejected.get(request.model, set()):
            remaining = self.supported_modes(request.model)
            if not remaining:
                raise ModelError(f"{self._where()}: no structured-output mode is accepted")
            mode = remaining[0]
        try:
            return await self._send(request, MODES[mode])
        except _ModeRejected as rejected:
            self._rejected.setdefault(request.model, set()).add(mode)
            remaining = self.supported_modes(request.model)
            if not remaining:
                raise ModelError(
                    f"{self._where()} rejected {mode} mode and no other mode is allowed: "
                    f"{rejected.detail}"
                ) from None
            try:
                return await self._send(request, MODES[remaining[0]])
            except _ModeRejected as again:
                self._rejected[request.model].add(remaining[0])
                raise ModelError(
                    f"{self._where()} rejected {mode} and {remaining[0]} modes: {again.detail}"
                ) from None

    # -- internals -------------------------------------------------------
    def _where(self) -> str:
        """The endpoint for messages: never a key carried in the URL."""
        return redact_url(self.base_url) or "api.openai.com"

    async def _sdk(self) -> Any:
        if self._client is not None:
            return self._client
        # A client we built is tied to the event loop it first ran in, and closed with it.
        loop = asyncio.get_running_loop()
        own = self._own
        if own is None or own[0] is not loop:
            client = build_client(api_key=self._api_key or "not-needed", base_url=self.base_url,
                                  timeout=self._timeout)
            own = self._own = (loop, client, close_with_loop(client))
            self._post_options = direct_post_options(client)
            self._post_url = chat_completions_url(client)
            self._body_encoder = BodyEncoder() if self._post_options is not None and posts_content(client) else None
            await own[2].__anext__()
        return own[1]

    async def aclose(self) -> None:
        """Close the SDK client this backend built (a client passed in is the caller's to close)."""
        own, self._own = self._own, None
        if own is not None and own[0] is asyncio.get_running_loop():
            await own[2].aclose()

    def _params(self, request: ChatRequest, strategy: ModeStrategy) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": request.model,
            "messages": strategy.messages(request),
            **strategy.request_params(request),
        }
        if not (self.official and request.model.lower().startswith(_NO_TEMPERATURE)):
            params["temperature"] = request.temperature
        if request.max_tokens:
            key = "max_completion_tokens" if self.official else "max_tokens"
            params[key] = request.max_tokens
        if request.seed is not None:
            params["seed"] = request.seed
        return params

    async def _send(self, request: ChatRequest, strategy: ModeStrategy) -> ChatResponse:
        client = await self._sdk()
        params = self._params(request, strategy)
        if self._post_options is not None and client is not self._client:
            encoder = self._body_encoder
            payload: dict[str, Any] = (
                {"body": params} if encoder is None else {"content": encoder.encode(params, request, strategy)}
            )
            try:
                body = await client.post(self._post_url, cast_to=bytes, options=self._post_options, **payload)
            except Exception as err:  # noqa: BLE001 - mapped to our hierarchy below
                raise self._map_error(err, strategy) from None
            try:
                completion = json.loads(body)
            except ValueError:
                raise TransientModelError(f"{self._where()}: the response was not JSON") from None
            return self._to_response(completion, strategy)
        try:
            if self._is_async:
                completion = await client.chat.completions.create(**params)
            else:
                completion = await asyncio.to_thread(client.chat.completions.create, **params)
        except Exception as err:  # noqa: BLE001 - mapped to our hierarchy below
            raise self._map_error(err, strategy) from None
        return self._to_response(completion, strategy)

    def _to_response(self, completion: Any, strategy: ModeStrategy) -> ChatResponse:
        """A ChatResponse from an SDK completion object or the same completion as parsed JSON."""
        choices = _field(completion, "choices") or []
        if not choices or not isinstance(choices, list):
            raise TransientModelError(f"{self._where()}: the response had no choices")
        choice = choices[0]
        message = _field(choice, "message") or {}
        usage = _field(completion, "usage")
        return ChatResponse(
            content=strategy.answer_text(message),
            finish_reason=_field(choice, "finish_reason"),
            refusal=_field(message, "refusal"),
            prompt_tokens=_field(usage, "prompt_tokens") or 0,
            completion_tokens=_field(usage, "completion_tokens") or 0,
            model=_field(completion, "model"),
            extra={"mode": strategy.name, "id": _field(completion, "id")},
        )

    def _map_error(self, err: Exception, strategy: ModeStrategy) -> Exception:
        import openai

        where = self._where()
        text = one_line(getattr(err, "message", None) or str(err), self._api_key, url_secret_parts=self._url_secrets)
        if isinstance(err, openai.APITimeoutError) and timed_out(err):
            return TransientModelError(f"{where}: request timed out")
        if isinstance(err, openai.APIConnectionError):
            return TransientModelError(f"{where}: connection failed ({text})")
        if isinstance(err, openai.APIStatusError):
            status = err.status_code
            headers = getattr(err.response, "headers", None)
            # Some servers answer an unsupported response_format with a 500 (ik_llama.cpp).
            if status in (400, 422, 500, 501) and strategy.rejects(text):
                return _ModeRejected(text)
            if status == 429 or status == 408 or status >= 500:
                return TransientModelError(
                    f"{where}: HTTP {status}: {text}", retry_after=parse_retry_after(headers)
                )
            if status in (401, 403):
                return ModelError(f"{where}: HTTP {status}: authentication failed ({text})")
            return ModelError(f"{where}: HTTP {status}: {text}")
        if isinstance(err, openai.OpenAIError):
            return ModelError(f"{where}: {text}")
        return err


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


class _ModeRejected(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _is_async_client(client: Any) -> bool:
    try:
        import openai

        if isinstance(client, openai.AsyncOpenAI):
            return True
        if isinstance(client, openai.OpenAI):
            return False
    except ImportError:  # pragma: no cover - openai is a dependency
        pass
    return inspect.iscoroutinefunction(client.chat.completions.create)


def _without_sdk_retries(client: Any, timeout: float | None) -> Any:
    with_options = getattr(client, "with_options", None)
    if with_options is None:
        return client
    return with_options(max_retries=0, **({"timeout": timeout} if timeout else {}))
