"""OpenAICompatBackend: request shape per mode, mode choice and fallback, clients, context windows."""

from __future__ import annotations

import json

import openai
import pytest

from minutesai.backends.openai_compat import OpenAICompatBackend, context_window_for
from minutesai.config import Options
from minutesai.engines.base import RunContext
from minutesai.errors import ConfigError, ModelError, TransientModelError
from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.structured import strict_schema, structured_call
from minutesai.testing.server import Reply

GOOD = {"summary": "s", "sentiment_label": "mixed", "sentiment_score": 0.1, "sentiment_rationale": "r"}
MESSAGES = [{"role": "system", "content": "System rules."}, {"role": "user", "content": "minutes"}]


def async_client(server, **kw):
    return openai.AsyncOpenAI(base_url=server.base_url, api_key="test-key", **kw)


async def ask(backend, mode="auto", output=Synthesis, **opts):
    ctx = RunContext(options=Options(mode=mode, **opts))
    result = await structured_call(
        backend, model="fake-model", messages=MESSAGES, output_type=output, mode=mode,
        options=ctx.options, ctx=ctx,
    )
    return result, ctx


async def test_json_schema_mode_sends_strict_schema(fake_server):
    result, _ = await ask(OpenAICompatBackend(async_client(fake_server)), mode="json_schema")
    assert isinstance(result, Synthesis)
    rf = fake_server.requests[0]["response_format"]
    assert rf["type"] == "json_schema"
    assert rf["json_schema"]["strict"] is True and rf["json_schema"]["name"] == "Synthesis"
    assert rf["json_schema"]["schema"] == strict_schema(Synthesis)
    assert "tools" not in fake_server.requests[0]


async def test_json_object_mode_sends_schema_key_and_prompt(fake_server):
    fake_server.responder = lambda body: json.dumps(GOOD)
    result, _ = await ask(OpenAICompatBackend(async_client(fake_server)), mode="json_object")
    assert result.sentiment_label == "mixed"
    body = fake_server.requests[0]
    assert body["response_format"] == {"type": "json_object", "schema": strict_schema(Synthesis)}
    system = body["messages"][0]["content"]
    assert system.startswith("System rules.") and '"sentiment_rationale"' in system
    assert len(body["messages"]) == len(MESSAGES)


async def test_tools_mode_forces_the_function_and_reads_its_arguments(fake_server):
    fake_server.responder = lambda body: json.dumps(GOOD)
    result, _ = await ask(OpenAICompatBackend(async_client(fake_server)), mode="tools")
    assert result.summary == "s"
    body = fake_server.requests[0]
    assert "response_format" not in body
    assert body["tools"][0]["function"]["name"] == "Synthesis"
    assert body["tools"][0]["function"]["parameters"] == strict_schema(Synthesis)
    assert body["tool_choice"] == {"type": "function", "function": {"name": "Synthesis"}}


def test_auto_mode_order_depends_on_the_endpoint():
    official = OpenAICompatBackend(api_key="test-key")
    azure = OpenAICompatBackend(base_url="https://myres.openai.azure.com/openai/v1", api_key="k")
    local = OpenAICompatBackend(base_url="http://localhost:11434/v1")
    assert official.supported_modes("gpt-4o-mini")[0] == "json_schema"
    assert azure.supported_modes("gpt-4o-mini")[0] == "json_schema"
    assert local.supported_modes("llama3.1") == ("json_object", "json_schema", "tools")


async def test_auto_mode_against_a_local_server_uses_json_object(fake_server):
    await ask(OpenAICompatBackend(async_client(fake_server)))
    assert fake_server.requests[0]["response_format"]["type"] == "json_object"


async def test_a_400_rejecting_the_mode_falls_back_once_and_is_remembered(fake_server):
    fake_server.enqueue(Reply.error(400, "response_format type json_object is not supported"))
    backend = OpenAICompatBackend(async_client(fake_server))
    await ask(backend)
    await ask(backend)
    kinds = [(b.get("response_format") or {}).get("type") for b in fake_server.requests]
    assert kinds == ["json_object", "json_schema", "json_schema"]
    assert backend.supported_modes("fake-model") == ("json_schema", "tools")


async def test_a_500_naming_response_format_is_a_mode_rejection_not_a_retry(fake_server):
    fake_server.enqueue(Reply.error(
        500, 'response_format type must be one of "text" or "json_object", but got: json_schema'))
    backend = OpenAICompatBackend(async_client(fake_server), modes=("json_schema", "json_object"))
    result, ctx = await ask(backend)
    assert result.summary == ""
    kinds = [b["response_format"]["type"] for b in fake_server.requests]
    assert kinds == ["json_schema", "json_object"] and ctx.usage.retries == 0


async def test_a_forced_mode_that_is_rejected_gives_a_clear_error(fake_server):
    fake_server.enqueue(Reply.error(400, "tools are not supported by this server"))
    backend = OpenAICompatBackend(async_client(fake_server), modes=("tools",))
    with pytest.raises(ModelError, match="rejected tools mode"):
        await ask(backend, mode="tools")
    assert fake_server.chat_calls == 1


async def test_an_unrelated_400_does_not_switch_mode(fake_server):
    fake_server.enqueue(Reply.error(400, "messages must not be empty"))
    backend = OpenAICompatBackend(async_client(fake_server))
    with pytest.raises(ModelError, match="HTTP 400"):
        await ask(backend)
    assert fake_server.chat_calls == 1
    assert backend.supported_modes("fake-model")[0] == "json_object"


async def test_sync_client_runs_in_a_thread_without_sdk_retries(fake_server, fast_retries):
    client = openai.OpenAI(base_url=fake_server.base_url, api_key="test-key", max_retries=4)
    backend = OpenAICompatBackend(client)
    fake_server.enqueue(Reply.error(500, "down"), Reply.ok(GOOD))
    result, ctx = await ask(backend, output=Synthesis)
    assert result.sentiment_label == "mixed"
    assert fake_server.chat_calls == 2  # one failure + our one retry; no SDK retries
    assert ctx.usage.retries == 1
    fake_server.enqueue(*(Reply.error(502, "bad gateway") for _ in range(5)))
    with pytest.raises(TransientModelError):
        await ask(backend, max_retries=0)
    assert fake_server.chat_calls == 3


async def test_backend_built_from_base_url_works_across_event_loops(fake_server):
    import asyncio

    backend = OpenAICompatBackend(base_url=fake_server.base_url)

    def once():
        return asyncio.run(ask(backend, output=ChunkFindings))[0]

    # The backend is reused by two separate asyncio.run calls (as summarise() does).
    assert isinstance(await asyncio.to_thread(once), ChunkFindings)
    assert isinstance(await asyncio.to_thread(once), ChunkFindings)
    assert fake_server.chat_calls == 2
    assert fake_server.requests[0]["max_tokens"] == Options().max_output_tokens


def test_official_endpoint_without_a_key_is_a_config_error(no_openai_env):
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        OpenAICompatBackend()


def test_context_window_table_override_and_local_cap():
    assert context_window_for("gpt-4o-mini") == 128_000
    assert context_window_for("gpt-4o-mini-2024-07-18") == 128_000
    assert context_window_for("llama3.1:8b") == 131_072
    assert context_window_for("llama3") == 8_192
    assert context_window_for("some-new-model") == 8_192
    official = OpenAICompatBackend(api_key="k")
    local = OpenAICompatBackend(base_url="http://127.0.0.1:8080/v1")
    assert official.context_window("gpt-4o") == 128_000
    assert local.context_window("llama3.1") == 8_192
    assert OpenAICompatBackend(base_url="http://h/v1", context_window=32_000).context_window("x") == 32_000


async def test_official_endpoint_sends_max_completion_tokens(fake_server):
    backend = OpenAICompatBackend(async_client(fake_server))
    backend.official = True  # as if this were api.openai.com
    await ask(backend)
    body = fake_server.requests[0]
    assert body["response_format"]["type"] == "json_schema"
    assert body["max_completion_tokens"] == Options().max_output_tokens and "max_tokens" not in body
