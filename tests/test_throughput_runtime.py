"""Run-time costs outside the calls themselves: building the SDK's HTTP client (its TLS
set-up is done once per process) and the garbage collector during a bulk run (the heap
that existed before the run is frozen out of it, and unfrozen afterwards)."""

from __future__ import annotations

import asyncio
import gc
import ssl

import openai
import pytest

from minutesai import bulk
from minutesai.backends import openai_http
from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.backends.wrap import wrap_backend
from minutesai.config import Options
from minutesai.costs import Ledger
from minutesai.engines.llm import LLMEngine
from minutesai.testing.server import minimal_instance

TRANSPORTS = [
    "httpx",
    pytest.param("aiohttp", marks=pytest.mark.skipif(
        not openai_http.aiohttp_available(), reason='needs "openai[aiohttp]"')),
]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_clients_share_one_verified_ssl_context(transport, monkeypatch):
    monkeypatch.setenv(openai_http.HTTP_CLIENT_ENV, transport)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setattr(openai_http, "_ssl_contexts", {})
    made: list[ssl.SSLContext] = []
    original_new = ssl.SSLContext.__new__

    def counting_new(cls, *args, **kwargs):
        context = original_new(cls, *args, **kwargs)
        made.append(context)
        return context

    monkeypatch.setattr(ssl.SSLContext, "__new__", counting_new)
    clients = [openai_http.build_client(api_key="k", base_url="https://api.example.test/v1", timeout=5)
               for _ in range(3)]
    assert len(made) == 1  # not one per client
    context = made[0]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    for client in clients:
        asyncio.run(client.close())


def test_the_ssl_context_follows_the_certificate_settings(monkeypatch, tmp_path):
    monkeypatch.setattr(openai_http, "_ssl_contexts", {})
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    first = openai_http.shared_ssl_context(openai.DefaultAsyncHttpxClient)
    assert openai_http.shared_ssl_context(openai.DefaultAsyncHttpxClient) is first
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))  # an empty directory of CA certificates
    other = openai_http.shared_ssl_context(openai.DefaultAsyncHttpxClient)
    assert other is not first and other.cert_store_stats()["x509_ca"] == 0


def test_a_library_without_create_ssl_context_builds_clients_as_before(monkeypatch):
    monkeypatch.setattr(openai_http, "_http_library", lambda _cls: None)
    assert openai_http.shared_ssl_context(openai.DefaultAsyncHttpxClient) is None
    client = openai_http.build_client(api_key="k", base_url="http://127.0.0.1:9/v1", timeout=5)
    asyncio.run(client.close())


class FreezeWatchingBackend:
    """Answers at once and notes whether the heap was frozen when each call arrived."""

    name = "openai"

    def __init__(self) -> None:
        self.frozen_during_calls: list[int] = []
        self.thresholds_during_calls: set[tuple[int, ...]] = set()

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.frozen_during_calls.append(gc.get_freeze_count())
        self.thresholds_during_calls.add(gc.get_threshold())
        await asyncio.sleep(0)
        return ChatResponse(content=__import__("json").dumps(minimal_instance(request.schema)),
                            prompt_tokens=10, completion_tokens=5, model=request.model)

    def context_window(self, model: str) -> int:
        return 128_000

    def supported_modes(self, model: str):
        return ("json_schema",)


def _run(texts: list[str], backend: FreezeWatchingBackend) -> list:
    options = Options(engine="openai", model="gpt-4o-mini", concurrency=4, mode="json_schema",
                      use_cache=False, progress=False)
    engine = LLMEngine(wrap_backend(backend, options), model="gpt-4o-mini", options=options)

    async def run() -> list:
        return [r async for _, r in bulk.iter_results(texts, engine, options, ledger=Ledger())]

    return asyncio.run(run())


TEXTS = ["The committee noted that burglary fell by 12% in the year to March.",
         "Members asked the police to report on anti-social behaviour in the town centre."]


def test_a_bulk_run_freezes_the_heap_and_unfreezes_it_afterwards():
    assert gc.get_freeze_count() == 0
    backend = FreezeWatchingBackend()
    results = _run(TEXTS, backend)
    assert len(results) == 2 and all(hasattr(r, "summary") for r in results)
    assert backend.frozen_during_calls and min(backend.frozen_during_calls) > 0
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_bulk_run_collects_young_objects_less_often_and_restores_the_thresholds():
    before = gc.get_threshold()
    assert before[0] < bulk.YOUNG_GC_THRESHOLD
    backend = FreezeWatchingBackend()
    _run(TEXTS, backend)
    assert backend.thresholds_during_calls == {(bulk.YOUNG_GC_THRESHOLD, *before[1:])}
    assert gc.get_threshold() == before
    try:
        # a threshold the caller sets during the run is not undone
        with bulk.frozen_heap():
            gc.set_threshold(123, *before[1:])
        assert gc.get_threshold()[0] == 123
        # a caller's higher threshold is kept
        gc.set_threshold(50_000, *before[1:])
        backend = FreezeWatchingBackend()
        _run(TEXTS, backend)
        assert backend.thresholds_during_calls == {(50_000, *before[1:])}
        assert gc.get_threshold()[0] == 50_000
    finally:
        gc.set_threshold(*before)


def test_a_heap_frozen_by_the_caller_is_left_frozen():
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        _run(TEXTS[:1], FreezeWatchingBackend())
        assert gc.get_freeze_count() > before // 2  # not unfrozen (a few frozen objects may be freed)
    finally:
        gc.unfreeze()


def test_overlapping_runs_unfreeze_when_the_last_one_ends():
    with bulk.frozen_heap():
        assert gc.get_freeze_count() > 0
        with bulk.frozen_heap():
            pass
        assert gc.get_freeze_count() > 0  # the outer run is still under way
    assert gc.get_freeze_count() == 0


def test_a_run_with_the_collector_off_changes_nothing():
    gc.disable()
    before = gc.get_threshold()
    try:
        with bulk.frozen_heap():
            assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
    finally:
        gc.enable()


def test_backoff_doubles_is_capped_and_yields_to_retry_after():
    from minutesai.errors import TransientModelError
    from minutesai.retry import RetryPolicy

    policy = RetryPolicy(base=0.5, maximum=3.0, jitter=0.25, max_retry_after=60.0)
    plain = TransientModelError("HTTP 503")
    for failures, low in ((1, 0.5), (2, 1.0), (3, 2.0)):
        pauses = [policy.pause(failures, plain) for _ in range(50)]
        assert all(low <= p <= low + 0.25 for p in pauses)
    assert all(policy.pause(n, plain) == 3.0 for n in (4, 10, 5000))  # capped, even past float range
    told = TransientModelError("HTTP 429", retry_after=7.0)
    assert all(7.0 <= policy.pause(1, told) <= 7.05 for _ in range(20))
    assert policy.allows(told) and not policy.allows(TransientModelError("429", retry_after=61.0))


async def test_only_transient_errors_are_retried_and_max_retries_zero_tries_once():
    from minutesai.engines.base import RunContext
    from minutesai.errors import ModelError, TransientModelError
    from minutesai.retry import RetryPolicy, call_with_retries

    policy = RetryPolicy(base=0.001, maximum=0.002, jitter=0.0)
    tries = []

    async def failing(kind):
        tries.append(kind)
        raise kind("nope")

    for max_retries, kind, expected in ((0, TransientModelError, 1), (3, TransientModelError, 4),
                                        (3, ModelError, 1)):
        tries.clear()
        ctx = RunContext(options=Options(max_retries=max_retries))
        with pytest.raises(kind) as info:
            await call_with_retries(lambda k=kind: failing(k), options=ctx.options, ctx=ctx, policy=policy)
        assert len(tries) == expected and ctx.usage.retries == expected - 1
        if kind is TransientModelError:
            assert info.value.attempts == expected and info.value.usage is ctx.usage


def test_direct_post_options_only_restate_the_sdk_defaults():
    from openai._models import FinalRequestOptions

    client = openai.AsyncOpenAI(api_key="k", base_url="http://127.0.0.1:9/v1")
    options = openai_http.direct_post_options(client)
    assert options is not None and set(options) <= set(openai.RequestOptions.__annotations__)
    assert len(options) > 1  # some defaults are restated, so pydantic need not copy them per request
    ours = FinalRequestOptions.construct(method="post", url="/chat/completions", json_data={}, **options)
    sdk = FinalRequestOptions.construct(method="post", url="/chat/completions", json_data={},
                                        security=options.get("security", {"bearer_auth": True}))
    for name in FinalRequestOptions.model_fields:
        mine, theirs = getattr(ours, name), getattr(sdk, name)
        assert type(mine) is type(theirs) and (mine == theirs or type(mine).__name__ == "NotGiven"), name
    asyncio.run(client.close())


def test_a_run_left_early_unfreezes_the_heap():
    backend = FreezeWatchingBackend()
    options = Options(engine="openai", model="gpt-4o-mini", concurrency=1, mode="json_schema",
                      use_cache=False, progress=False)
    engine = LLMEngine(wrap_backend(backend, options), model="gpt-4o-mini", options=options)

    async def first_only() -> None:
        results = bulk.iter_results(TEXTS * 3, engine, options, ledger=Ledger())
        async for _ in results:
            assert gc.get_freeze_count() > 0
            break
        await results.aclose()

    asyncio.run(first_only())
    assert gc.get_freeze_count() == 0 and bulk._heap_runs == 0
