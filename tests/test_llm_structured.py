"""structured_call: parse, validate, re-ask; against the fake server with the real openai client."""

from __future__ import annotations

import copy
import json

import openai
import pytest

from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.backends.openai_compat import OpenAICompatBackend
from minutesai.config import Options
from minutesai.engines.base import RunContext
from minutesai.errors import RefusalError, TruncatedOutputError, ValidationFailedError
from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.structured import parse_answer, strict_schema, structured_call
from minutesai.testing.server import Reply

MESSAGES = [
    {"role": "system", "content": "You summarise minutes."},
    {"role": "user", "content": "<minutes>Burglary fell by 5.3%.</minutes>"},
]
GOOD = {
    "summary": "Burglary fell.",
    "sentiment_label": "positive",
    "sentiment_score": 0.4,
    "sentiment_rationale": "Crime fell.",
}


def backend_for(server) -> OpenAICompatBackend:
    client = openai.AsyncOpenAI(base_url=server.base_url, api_key="test-key")
    return OpenAICompatBackend(client)


async def call(server, output=Synthesis, messages=None, **opts):
    ctx = RunContext(options=Options(**opts))
    result = await structured_call(
        backend_for(server), model="fake-model", messages=messages or MESSAGES,
        output_type=output, mode="auto", options=ctx.options, ctx=ctx,
    )
    return result, ctx


async def test_happy_path_returns_validated_object_and_sums_usage(fake_server):
    fake_server.enqueue(Reply.ok(GOOD, prompt_tokens=120, completion_tokens=30))
    result, ctx = await call(fake_server)
    assert isinstance(result, Synthesis)
    assert result.sentiment_label == "positive" and result.sentiment_score == pytest.approx(0.4)
    assert fake_server.chat_calls == 1
    assert (ctx.usage.calls, ctx.usage.prompt_tokens, ctx.usage.completion_tokens) == (1, 120, 30)
    assert ctx.usage.retries == 0


async def test_malformed_json_is_reasked_with_the_error_on_a_copy(fake_server):
    caller_messages = copy.deepcopy(MESSAGES)
    snapshot = copy.deepcopy(caller_messages)
    fake_server.enqueue(
        Reply(content='{"summary": "unterminated', prompt_tokens=100, completion_tokens=5),
        Reply.ok(GOOD, prompt_tokens=140, completion_tokens=30),
    )
    result, ctx = await call(fake_server, messages=caller_messages)
    assert result.summary == "Burglary fell."
    assert fake_server.chat_calls == 2
    assert caller_messages == snapshot, "the caller's messages were mutated"
    reask = fake_server.requests[1]["messages"]
    assert len(reask) == len(MESSAGES) + 2
    assert reask[-2] == {"role": "assistant", "content": '{"summary": "unterminated'}
    assert "not valid JSON" in reask[-1]["content"]
    assert (ctx.usage.calls, ctx.usage.prompt_tokens, ctx.usage.completion_tokens) == (2, 240, 35)
    assert ctx.usage.retries == 1


async def test_schema_violation_is_reasked_naming_the_field(fake_server):
    bad = {**GOOD, "sentiment_score": 3.0, "sentiment_label": "delighted"}
    fake_server.enqueue(Reply.ok(bad), Reply.ok(GOOD))
    result, _ = await call(fake_server)
    assert result.sentiment_score == pytest.approx(0.4)
    feedback = fake_server.requests[1]["messages"][-1]["content"]
    assert "sentiment_score" in feedback and "sentiment_label" in feedback


async def test_attempts_exhausted_raises_with_last_raw_response_and_usage(fake_server):
    fake_server.enqueue(*(Reply(content=f'{{"summary": {i}', completion_tokens=3) for i in range(3)))
    with pytest.raises(ValidationFailedError) as info:
        await call(fake_server, max_reasks=2)
    err = info.value
    assert err.attempts == 3
    assert err.last_raw_response == '{"summary": 2'
    assert err.usage is not None and err.usage.calls == 3 and err.usage.completion_tokens == 9
    assert fake_server.chat_calls == 3


async def test_max_reasks_zero_means_one_attempt(fake_server):
    fake_server.enqueue(Reply.malformed(), Reply.ok(GOOD))
    with pytest.raises(ValidationFailedError) as info:
        await call(fake_server, max_reasks=0)
    assert info.value.attempts == 1 and fake_server.chat_calls == 1


async def test_truncated_output_raises_typed_error(fake_server):
    fake_server.enqueue(Reply.truncated('{"summary": "Burgl'))
    with pytest.raises(TruncatedOutputError) as info:
        await call(fake_server, max_output_tokens=50)
    assert "50 tokens" in str(info.value)
    assert info.value.last_raw_response == '{"summary": "Burgl'
    assert fake_server.chat_calls == 1


async def test_refusal_raises_typed_error_without_reasking(fake_server):
    fake_server.enqueue(Reply.refused("I cannot assist with that request."))
    with pytest.raises(RefusalError) as info:
        await call(fake_server)
    assert "I cannot assist" in str(info.value)
    assert fake_server.chat_calls == 1


class _CachedBackend:
    name = "stub"

    def __init__(self, content: str) -> None:
        self.content = content

    async def complete(self, request: ChatRequest) -> ChatResponse:
        return ChatResponse(content=self.content, prompt_tokens=99, completion_tokens=9, cached=True)

    def context_window(self, model: str) -> int:
        return 8192

    def supported_modes(self, model: str):
        return ("json_schema",)


async def test_cached_response_counts_a_cache_hit_not_a_call():
    ctx = RunContext(options=Options())
    result = await structured_call(
        _CachedBackend(json.dumps(GOOD)), model="m", messages=MESSAGES, output_type=Synthesis,
        mode="auto", options=ctx.options, ctx=ctx,
    )
    assert result.summary == "Burglary fell."
    assert (ctx.usage.cache_hits, ctx.usage.calls, ctx.usage.prompt_tokens) == (1, 0, 0)


def test_parse_answer_tolerates_code_fence_and_chatter():
    fenced = "```json\n" + json.dumps(GOOD) + "\n```"
    assert parse_answer(fenced, Synthesis).summary == "Burglary fell."
    chatty = "Here is the JSON you asked for: " + json.dumps(GOOD) + " Hope it helps."
    assert parse_answer(chatty, Synthesis).sentiment_label == "positive"


def test_parse_answer_keeps_raw_newlines_inside_strings():
    raw = json.dumps(GOOD).replace("Crime fell.", "Crime fell.\nConfidence rose.\t")
    assert "\n" in raw  # a raw control character, as small local models write it
    assert parse_answer(raw, Synthesis).sentiment_rationale == "Crime fell.\nConfidence rose.\t"


def _objects(node):
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for v in node.values():
            yield from _objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from _objects(v)


@pytest.mark.parametrize("model", [ChunkFindings, Synthesis])
def test_strict_schema_requires_every_property_and_forbids_extras(model):
    schema = strict_schema(model)
    objects = list(_objects(schema))
    assert len(objects) >= 1
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert sorted(obj["required"]) == sorted(obj["properties"])
    text = json.dumps(schema)
    assert "$ref" not in text and '"default"' not in text


def test_strict_schema_keeps_optional_fields_nullable_and_descriptions():
    schema = strict_schema(ChunkFindings)
    action = schema["properties"]["actions"]["items"]
    assert action["properties"]["owner"]["type"] == ["string", "null"]  # a type list, not anyOf
    assert action["properties"]["action"]["type"] == "string"
    figure = schema["properties"]["figures"]["items"]["properties"]
    assert figure["value"]["type"] == ["number", "null"]
    assert "5.3" in figure["value"]["description"] and "number" in figure["quote"]["description"]
    assert "as written" in figure["period"]["description"].lower()
    assert schema["title"] == "ChunkFindings"
    text = json.dumps(schema)
    assert '"anyOf"' not in text
    # field titles and class docstrings stay out of what the model is sent
    assert "FoundAction" not in text and '"Owner"' not in text and "map step" not in text
