"""The ``openai`` SDK client an :class:`~minutesai.backends.openai_compat.OpenAICompatBackend`
builds for itself, and how it sends through it cheaply.

- HTTP transport: the SDK's aiohttp transport (``openai.DefaultAioHttpClient``,
  installed with ``pip install "openai[aiohttp]"``) when it is available, else
  its default httpx client. Per request the aiohttp one costs about half the
  client CPU: httpx's connection pool re-checks every pooled connection on
  each request. ``MINUTESAI_HTTP_CLIENT=httpx`` (or ``aiohttp``) chooses. An
  endpoint URL with credentials in it (``https://user:key@host/v1``) always
  goes through httpx: aiohttp refuses those next to the SDK's auth header.
- TLS set-up: the SDK's HTTP client loads the system's CA certificates each time
  one is built (about 30 ms of CPU, 50 ms of wall time), and a client is built
  per event loop, so per ``summarise_many`` call, before its first request can
  go out. :func:`shared_ssl_context` builds that same verified context once
  per process (again if ``SSL_CERT_FILE``/``SSL_CERT_DIR`` change) and every
  client we build is handed it.
- Lifetime: a client belongs to the event loop it was built in. It is closed
  with that loop (``asyncio.run`` finalises open async generators before it
  closes the loop, and :func:`close_with_loop` is one), so a backend used by
  several ``asyncio.run`` calls leaves no unclosed sessions behind.
- Sending: :func:`direct_post_options` tells whether the request may go through
  the SDK's generic ``client.post`` instead of ``chat.completions.create``, and
  :func:`posts_content` whether that ``post`` takes a ready body (``content=``).
  :func:`chat_completions_url` gives that ``post`` the endpoint's absolute URL: the SDK
  joins a relative path to its base URL anew for every request (about 30 us of CPU).
"""

from __future__ import annotations

import importlib
import inspect
import os
import ssl
import threading
import types
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlparse

from minutesai.errors import ConfigError

HTTP_CLIENT_ENV = "MINUTESAI_HTTP_CLIENT"
HTTP_CLIENTS = ("auto", "aiohttp", "httpx")


def http_client_choice(base_url: str | None = None) -> str:
    """'aiohttp' or 'httpx': what :func:`build_client` will use (``MINUTESAI_HTTP_CLIENT``)."""
    wanted = (os.environ.get(HTTP_CLIENT_ENV) or "auto").strip().lower()
    if wanted not in HTTP_CLIENTS:
        raise ConfigError(f"{HTTP_CLIENT_ENV} must be one of {', '.join(HTTP_CLIENTS)}, not {wanted!r}")
    if wanted == "httpx" or (base_url and urlparse(base_url).username is not None):
        return "httpx"
    if aiohttp_available():
        return "aiohttp"
    if wanted == "aiohttp":
        raise ConfigError(f'{HTTP_CLIENT_ENV}=aiohttp needs the SDK\'s aiohttp extra: pip install "openai[aiohttp]"')
    return "httpx"


def aiohttp_available() -> bool:
    """True when this ``openai`` SDK has an aiohttp transport and aiohttp is installed."""
    import importlib.util

    import openai

    return getattr(openai, "DefaultAioHttpClient", None) is not None and (
        importlib.util.find_spec("aiohttp") is not None
    )


_ssl_lock = threading.Lock()
_ssl_contexts: dict[tuple[str, str | None, str | None], ssl.SSLContext] = {}


def _http_library(client_class: type) -> Any:
    """The httpx-like module (``httpx`` or ``httpx2``) an SDK client class is built on, or None."""
    for base in client_class.__mro__:
        top = base.__module__.split(".")[0]
        if base.__name__ == "AsyncClient" and top.startswith("httpx"):
            return importlib.import_module(top)
    return None


def shared_ssl_context(client_class: type) -> ssl.SSLContext | None:
    """The verified SSL context ``client_class()`` would build for itself (its HTTP library's
    ``create_ssl_context()``), built once per process and certificate settings; None when the
    library has no such function (then each client builds its own, as before)."""
    library = _http_library(client_class)
    create = getattr(library, "create_ssl_context", None)
    if create is None:
        return None
    key = (library.__name__, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    with _ssl_lock:
        context = _ssl_contexts.get(key)
        if context is None:
            context = _ssl_contexts[key] = create()
        return context


def _http_client(client_class: type) -> Any:
    context = shared_ssl_context(client_class)
    return client_class() if context is None else client_class(verify=context)


def build_client(*, api_key: str, base_url: str | None, timeout: float | None) -> Any:
    """An ``openai.AsyncOpenAI`` without SDK retries (ours are in :mod:`minutesai.retry`)."""
    import openai

    if http_client_choice(base_url) == "aiohttp":
        http = _http_client(openai.DefaultAioHttpClient)
    else:
        # The SDK's default httpx client, when garbage-collected while a later event loop
        # runs, schedules its close there and logs "Event loop is closed"; a plain one does not.
        http = _http_client(openai.DefaultAsyncHttpxClient)
    return openai.AsyncOpenAI(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0,
                              http_client=http)


async def close_with_loop(client: Any) -> AsyncIterator[None]:
    """Started once in the client's event loop; closing it (``aclose()``, or the loop's
    shutdown of open async generators) closes the client inside that loop."""
    try:
        yield
    finally:
        await client.close()


def timed_out(err: BaseException) -> bool:
    """False when the SDK reports a timeout that was really a dropped connection: the
    aiohttp transport hands a reset or a server hang-up on as a (connect) timeout."""
    seen: BaseException | None = err.__cause__
    while seen is not None:
        if type(seen).__module__.startswith("aiohttp") and not isinstance(seen, TimeoutError):
            return False
        seen = seen.__cause__
    return True


def direct_post_options(client: Any) -> dict[str, Any] | None:
    """Request options for ``client.post("/chat/completions", ...)`` that match what
    ``chat.completions.create`` sends; None when ``create`` is not the SDK's own code
    (instrumented for tracing, say), so that it keeps seeing every call."""
    try:
        from openai._models import FinalRequestOptions

        completions = client.chat.completions
        if "create" in vars(completions) or not callable(getattr(client, "post", None)):
            return None
        create = inspect.getattr_static(type(completions), "create", None)
    except (ImportError, AttributeError):  # an SDK laid out differently: keep to create()
        return None
    if not isinstance(create, types.FunctionType):
        return None
    if f"{os.sep}openai{os.sep}" not in create.__code__.co_filename:
        return None
    fields = getattr(FinalRequestOptions, "model_fields", None) or {}
    options: dict[str, Any] = {"security": {"bearer_auth": True}} if "security" in fields else {}
    return {**_unchanged_defaults(fields), **options}


CHAT_COMPLETIONS = "/chat/completions"


def chat_completions_url(client: Any) -> str:
    """The absolute URL ``client.post("/chat/completions")`` sends to, joined the way the SDK joins
    a relative path to its base URL (the base's raw path, which ends in "/", + the path), or
    the relative path itself when the base URL is not a plain one that joining leaves intact."""
    base: Any = getattr(client, "base_url", None)
    try:
        raw_path = base.raw_path
        if base.query or base.fragment or not raw_path.endswith(b"/"):
            return CHAT_COMPLETIONS
        joined = str(base.copy_with(raw_path=raw_path + CHAT_COMPLETIONS.lstrip("/").encode()))
        # parsed back, the text must be the same URL: else leave the joining to the SDK
        return joined if str(type(base)(joined)) == joined else CHAT_COMPLETIONS
    except (AttributeError, TypeError, ValueError):  # an SDK laid out differently
        return CHAT_COMPLETIONS


def posts_content(client: Any) -> bool:
    """True when ``client.post`` takes a ready request body (``content=``, in recent SDKs);
    the body is then encoded by :class:`~minutesai.backends.request_body.BodyEncoder`."""
    try:
        return "content" in inspect.signature(client.post).parameters
    except (TypeError, ValueError):
        return False


def _unchanged_defaults(fields: dict[str, Any]) -> dict[str, Any]:
    """The request options ``post`` may be given (``openai.RequestOptions``) whose defaults are
    immutable (None, a string, a flag, the ``NOT_GIVEN`` sentinel), each set to that very default.
    The request is the same; pydantic just no longer deep-copies each default for every request
    (about a tenth of the SDK's CPU per request)."""
    import openai

    request_options = getattr(openai, "RequestOptions", None)
    out: dict[str, Any] = {}
    for name in getattr(request_options, "__annotations__", {}):
        field = fields.get(name)
        default = getattr(field, "default", None)
        if field is None or getattr(field, "default_factory", None) is not None:
            continue
        if default is None or isinstance(default, (str, bool, int, float)) or type(default).__name__ == "NotGiven":
            out[name] = default
    return out
