"""Transient errors: retried once, in our layer, with backoff that honours Retry-After."""

from __future__ import annotations

import email.utils
import time

import openai
import pytest

from minutesai.backends.openai_compat import OpenAICompatBackend, parse_retry_after
from minutesai.config import Options
from minutesai.engines.base import RunContext
from minutesai.errors import ModelError, TransientModelError
from minutesai.retry import RetryPolicy, call_with_retries
from minutesai.schemas import Synthesis
from minutesai.structured import structured_call
from minutesai.testing.server import Reply

GOOD = {"summary": "s", "sentiment_label": "neutral", "sentiment_score": 0.0, "sentiment_rationale": "r"}
MESSAGES = [{"role": "user", "content": "minutes"}]


async def run(server, client=None, **opts):
    client = client or openai.AsyncOpenAI(base_url=server.base_url, api_key="sk-secretkey1234567890")
    ctx = RunContext(options=Options(**opts))
    result = await structured_call(
        OpenAICompatBackend(client, timeout=opts.get("timeout", 5.0)), model="fake-model",
        messages=MESSAGES, output_type=Synthesis, mode="auto", options=ctx.options, ctx=ctx,
    )
    return result, ctx


async def test_429_waits_at_least_retry_after_then_succeeds(fake_server, fast_retries):
    fake_server.enqueue(Reply.rate_limited(0.4), Reply.ok(GOOD))
    started = time.monotonic()
    result, ctx = await run(fake_server)
    elapsed = time.monotonic() - started
    assert result.summary == "s"
    assert fake_server.chat_calls == 2
    assert ctx.usage.retries == 1 and ctx.usage.calls == 1
    assert ctx.usage.wait_seconds >= 0.4
    assert elapsed >= 0.4


async def test_500_then_success_is_retried(fake_server, fast_retries):
    fake_server.enqueue(Reply.error(500, "boom"), Reply.error(503, "busy"), Reply.ok(GOOD))
    result, ctx = await run(fake_server)
    assert result.sentiment_label == "neutral"
    assert fake_server.chat_calls == 3
    assert ctx.usage.retries == 2 and ctx.usage.calls == 1


async def test_connection_reset_and_timeout_are_transient(fake_server, fast_retries):
    fake_server.enqueue(Reply.reset(), Reply.hang(1.0), Reply.ok(GOOD))
    result, ctx = await run(fake_server, timeout=0.3)
    assert result.summary == "s"
    assert fake_server.chat_calls == 3
    assert ctx.usage.retries == 2


async def test_retries_are_bounded_and_the_sdk_does_not_retry(fake_server, fast_retries):
    # The client asks for SDK retries; the backend must switch them off.
    client = openai.AsyncOpenAI(base_url=fake_server.base_url, api_key="k", max_retries=3)
    fake_server.enqueue(*(Reply.error(500, "down") for _ in range(10)))
    with pytest.raises(TransientModelError) as info:
        await run(fake_server, client=client, max_retries=2)
    assert fake_server.chat_calls == 3
    assert info.value.attempts == 3
    assert "HTTP 500" in str(info.value)


async def test_client_error_is_not_retried_and_hides_the_key(fake_server, fast_retries):
    fake_server.enqueue(Reply.error(404, "model not found; key sk-secretkey1234567890 echoed"))
    with pytest.raises(ModelError) as info:
        await run(fake_server)
    assert not isinstance(info.value, TransientModelError)
    assert fake_server.chat_calls == 1
    message = str(info.value)
    assert "secretkey" not in message and "\n" not in message
    assert "HTTP 404" in message


async def test_retry_after_longer_than_the_limit_fails_fast(fake_server, fast_retries):
    fake_server.enqueue(Reply.rate_limited(600), Reply.ok(GOOD))
    started = time.monotonic()
    with pytest.raises(TransientModelError) as info:
        await run(fake_server)
    assert time.monotonic() - started < 2
    assert fake_server.chat_calls == 1
    assert "600s" in str(info.value)


def test_parse_retry_after_forms():
    assert parse_retry_after({"retry-after": "2"}) == 2.0
    assert parse_retry_after({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    future = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= parse_retry_after({"retry-after": future}) <= 31
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None


async def test_exponential_backoff_grows_without_retry_after():
    calls = []

    async def flaky():
        calls.append(time.monotonic())
        if len(calls) < 4:
            raise TransientModelError("HTTP 503")
        return "ok"

    ctx = RunContext(options=Options(max_retries=5))
    policy = RetryPolicy(base=0.02, maximum=1.0, jitter=0.0)
    assert await call_with_retries(flaky, options=ctx.options, ctx=ctx, policy=policy) == "ok"
    gaps = [b - a for a, b in zip(calls, calls[1:], strict=False)]
    assert len(gaps) == 3
    assert gaps[2] > gaps[0] * 2.5  # 0.02, 0.04, 0.08 seconds
    assert ctx.usage.retries == 3
    assert ctx.usage.wait_seconds == pytest.approx(0.14, abs=0.01)
