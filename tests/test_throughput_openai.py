"""The OpenAI backend's cheap send path and HTTP transports.

A client the backend builds posts through the SDK's generic ``client.post``;
the server must see the very request ``chat.completions.create`` sends. Both
HTTP transports (httpx, and aiohttp when installed) must answer, fail and
close the same way.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import logging

import openai
import pytest

from minutesai.backends import openai_http
from minutesai.backends.base import ChatRequest
from minutesai.backends.openai_compat import OpenAICompatBackend
from minutesai.errors import ConfigError, TransientModelError
from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.structured import strict_schema
from minutesai.testing.server import Reply

TRANSPORTS = [
    "httpx",
    pytest.param("aiohttp", marks=pytest.mark.skipif(
        not openai_http.aiohttp_available(), reason='needs "openai[aiohttp]"')),
]
# headers that differ between any two requests, whichever way they are sent
VOLATILE = {"idempotency-key", "x-stainless-retry-count", "x-stainless-async", "host"}


def request(mode: str = "json_schema", text: str = "minutes") -> ChatRequest:
    return ChatRequest(model="gpt-4o-mini", messages=({"role": "system", "content": "Rules."},
                                                       {"role": "user", "content": text}),
                       schema=strict_schema(ChunkFindings), schema_name="ChunkFindings", mode=mode,
                       max_tokens=500, seed=7)


@pytest.fixture
def transport(request, monkeypatch):
    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, request.param)
    return request.param


@pytest.mark.parametrize("mode", ["json_schema", "json_object", "tools"])
async def test_the_server_sees_what_create_would_send(fake_server, mode, monkeypatch):
    from minutesai.testing.http_handler import OpenAIHandler

    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, "httpx")  # same transport on both sides
    paths = []
    handle = OpenAIHandler.do_POST

    def recording(self):
        paths.append(self.path)
        handle(self)

    monkeypatch.setattr(OpenAIHandler, "do_POST", recording)
    own = OpenAICompatBackend(base_url=fake_server.base_url, api_key="test-key")
    client = openai.AsyncOpenAI(base_url=fake_server.base_url, api_key="test-key")
    given = OpenAICompatBackend(client)
    try:
        first = await own.complete(request(mode))
        second = await given.complete(request(mode))
    finally:
        await own.aclose()
        await given._client.close()
    assert own._post_options is not None  # the direct path was taken
    assert own._post_url.startswith("http")  # ... to the absolute URL
    assert paths[0] == paths[1] and paths[0].endswith("/v1/chat/completions")
    assert fake_server.requests[0] == fake_server.requests[1]
    ours, theirs = ({k.lower(): v for k, v in h.items() if k.lower() not in VOLATILE}
                    for h in fake_server.headers_seen)
    assert ours == theirs
    assert first.content == second.content and first.content
    assert (first.finish_reason, first.prompt_tokens, first.completion_tokens, first.model) == (
        second.finish_reason, second.prompt_tokens, second.completion_tokens, second.model)
    assert first.extra["mode"] == mode and first.extra["id"]


@pytest.mark.parametrize("base_url", [
    "http://127.0.0.1:8080/v1", "https://api.openai.com/v1/", "http://localhost:11434/v1",
    "http://host", "https://x.openai.azure.com/openai", "http://user:p%40ss@host:8/a%20b/v1/",
    "http://host/v1?api-version=1", "http://[::1]:8000/v1",
])
def test_the_absolute_chat_url_is_where_the_sdk_sends_the_relative_path(base_url):
    client = openai.AsyncOpenAI(base_url=base_url, api_key="k")
    url = openai_http.chat_completions_url(client)
    expected = str(client._prepare_url("/chat/completions"))  # how the SDK joins a relative path
    if "?" in base_url:
        assert url == "/chat/completions"  # left to the SDK
    else:
        assert url == expected and url.endswith("/chat/completions")
        assert str(client._prepare_url(url)) == expected


async def test_the_key_goes_in_the_authorization_header(fake_server, monkeypatch):
    seen = []
    original = openai.AsyncOpenAI.post

    async def post(self, path, **kw):
        seen.append(self.auth_headers)
        return await original(self, path, **kw)

    monkeypatch.setattr(openai.AsyncOpenAI, "post", post)
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="sk-test-123")
    await backend.complete(request())
    await backend.aclose()
    assert seen == [{"Authorization": "Bearer sk-test-123"}]


async def test_an_instrumented_create_still_sees_every_call(fake_server, monkeypatch):
    from openai.resources.chat.completions import AsyncCompletions

    traced = []
    original = AsyncCompletions.create

    async def create(self, **params):  # what a tracing library patches in
        traced.append(params["model"])
        return await original(self, **params)

    monkeypatch.setattr(AsyncCompletions, "create", create)
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="k")
    answer = await backend.complete(request())
    await backend.aclose()
    assert traced == ["gpt-4o-mini"] and answer.content


async def test_a_body_that_is_not_json_is_a_transient_error(fake_server):
    fake_server.enqueue(Reply(body=b"<html>bad gateway</html>"))
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="k")
    with pytest.raises(TransientModelError, match="not JSON"):
        await backend.complete(request())
    fake_server.enqueue(Reply(body={"id": "x", "choices": []}))
    with pytest.raises(TransientModelError, match="no choices"):
        await backend.complete(request())
    await backend.aclose()


def test_http_client_choice(monkeypatch):
    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, "httpx")
    assert openai_http.http_client_choice() == "httpx"
    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, "curl")
    with pytest.raises(ConfigError, match="MINUTESAI_HTTP_CLIENT"):
        openai_http.http_client_choice()
    monkeypatch.delenv(openai_http.HTTP_CLIENT_ENV)
    monkeypatch.setattr(openai_http, "aiohttp_available", lambda: True)
    assert openai_http.http_client_choice("http://127.0.0.1:8080/v1") == "aiohttp"
    # aiohttp refuses credentials in the URL next to the SDK's Authorization header
    assert openai_http.http_client_choice("https://user:secret@proxy.example/v1") == "httpx"
    monkeypatch.setattr(openai_http, "aiohttp_available", lambda: False)
    assert openai_http.http_client_choice() == "httpx"
    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, "aiohttp")
    with pytest.raises(ConfigError, match="openai\\[aiohttp\\]"):
        openai_http.http_client_choice()


@pytest.mark.parametrize("transport", TRANSPORTS, indirect=True)
async def test_each_transport_answers_and_maps_failures(fake_server, transport, fast_retries):
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="k", timeout=0.5)
    try:
        answer = await backend.complete(request())
        assert ChunkFindings.model_validate_json(answer.content)
        kind = "Aio" if transport == "aiohttp" else "Httpx"
        assert kind in type(backend._own[1]._client).__name__

        fake_server.enqueue(Reply.rate_limited(retry_after=1.5))
        with pytest.raises(TransientModelError, match="HTTP 429") as limited:
            await backend.complete(request())
        assert limited.value.retry_after == pytest.approx(1.5, abs=0.06)

        fake_server.enqueue(Reply.reset())
        with pytest.raises(TransientModelError, match="connection failed"):
            await backend.complete(request())

        fake_server.enqueue(Reply.hang(1.5))
        with pytest.raises(TransientModelError, match="timed out"):
            await backend.complete(request())
    finally:
        await backend.aclose()


@pytest.mark.parametrize("transport", TRANSPORTS, indirect=True)
def test_a_backend_used_by_several_event_loops_closes_each_client(fake_server, transport, caplog, recwarn):
    gc.collect()  # garbage of earlier tests is not this test's
    recwarn.clear()
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="k")
    built = []
    for _ in range(3):
        answer = asyncio.run(backend.complete(request(mode="json_object")))
        assert answer.content
        built.append(backend._own[1])
    gc.collect()
    assert len({id(c) for c in built}) == 3  # one client per event loop ...
    assert all(c.is_closed() for c in built)  # ... each closed when its loop finished
    with caplog.at_level(logging.ERROR, logger="asyncio"):
        gc.collect()
    assert not [r for r in caplog.records if "nclosed" in r.getMessage()]
    assert not [str(w.message) for w in recwarn if issubclass(w.category, ResourceWarning)]


def test_synthesis_answers_parse_on_the_direct_path(fake_server):
    fake_server.enqueue(Reply.ok({"summary": "s", "sentiment_label": "mixed", "sentiment_score": 0.1,
                                  "sentiment_rationale": "r"}, prompt_tokens=321, completion_tokens=12))
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="k")
    req = ChatRequest(model="gpt-4o-mini", messages=({"role": "user", "content": "x"},),
                      schema=strict_schema(Synthesis), schema_name="Synthesis", mode="json_schema")
    answer = asyncio.run(backend.complete(req))  # the client is closed with the loop
    assert Synthesis.model_validate_json(answer.content).sentiment_label == "mixed"
    assert (answer.prompt_tokens, answer.completion_tokens) == (321, 12)


@pytest.mark.parametrize("mode", ["json_schema", "json_object", "tools"])
def test_the_encoded_body_is_the_one_the_sdk_would_encode(mode):
    from openai._utils._json import openapi_dumps

    from minutesai.backends.request_body import BodyEncoder
    from minutesai.structured import MODES

    backend = OpenAICompatBackend(base_url="http://127.0.0.1:9/v1", api_key="k")
    encoder = BodyEncoder()
    for text in ("minutes", "Café — “quoted” 5% rise\n\t\\ \u2028 ✓"):
        req = request(mode, text)
        params = backend._params(req, MODES[mode])
        assert encoder.encode(params, req, MODES[mode]) == openapi_dumps(params)
    # another schema under the same name is encoded afresh, not taken from the cache
    other = ChatRequest(model="gpt-4o-mini", messages=({"role": "user", "content": "x"},),
                        schema=strict_schema(Synthesis), schema_name="ChunkFindings", mode=mode)
    params = backend._params(other, MODES[mode])
    assert encoder.encode(params, other, MODES[mode]) == openapi_dumps(params)


@pytest.mark.skipif("content" not in inspect.signature(openai.AsyncOpenAI.post).parameters,
                    reason="this SDK's post takes no ready body")
async def test_the_direct_path_sends_a_ready_body(fake_server):
    backend = OpenAICompatBackend(base_url=fake_server.base_url, api_key="k")
    try:
        await backend.complete(request())
    finally:
        await backend.aclose()
    assert backend._body_encoder is not None and backend._body_encoder._fixed
    assert fake_server.requests[0]["response_format"]["json_schema"]["schema"] == strict_schema(ChunkFindings)
