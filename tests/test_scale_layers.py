"""Backend layers for scale and cost: token buckets, response cache, ledger and budgets, wrap order."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.backends.wrap import AccountingBackend, wrap_backend
from minutesai.cache import CachedBackend, ResponseCache, request_key, resolve_cache_dir
from minutesai.config import Options
from minutesai.costs import (
    Ledger,
    cost_usd,
    estimate_prompt_tokens,
    price_for,
    using_ledger,
)
from minutesai.errors import BudgetExceededError, ConfigError, TransientModelError
from minutesai.ratelimit import RateLimitedBackend, TokenBucket

ROOT = Path(__file__).resolve().parents[1]


class FakeBackend:
    """A Backend that answers at once and remembers what it was asked."""

    name = "openai"

    def __init__(self, *, prompt_tokens=100, completion_tokens=20, content='{"ok": true}', fail=None):
        self.requests: list[ChatRequest] = []
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.content = content
        self.fail = fail

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.requests.append(request)
        if self.fail is not None:
            raise self.fail
        return ChatResponse(content=self.content, prompt_tokens=self.prompt_tokens,
                            completion_tokens=self.completion_tokens, model=request.model)

    def context_window(self, model: str) -> int:
        return 8192

    def supported_modes(self, model: str):
        return ("json_schema",)


def make_request(text="Burglary fell by 5% in the year.", **kw) -> ChatRequest:
    base = dict(model="gpt-4o-mini", messages=({"role": "system", "content": "Extract."},
                                               {"role": "user", "content": text}),
                schema={"type": "object", "properties": {"a": {"type": "string"}}}, schema_name="Out")
    base.update(kw)
    return ChatRequest(**base)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


# -- token bucket ------------------------------------------------------------

def test_bucket_spaces_requests_after_the_burst():
    clock = FakeClock()
    bucket = TokenBucket(60, burst=2, clock=clock, sleep=clock.sleep)  # 1 per second
    waits = [asyncio.run(bucket.acquire(1)) for _ in range(5)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2:] == pytest.approx([1.0, 2.0, 3.0])  # callers queue in arrival order


def test_bucket_refills_with_time():
    clock = FakeClock()
    bucket = TokenBucket(120, burst=4, clock=clock, sleep=clock.sleep)  # 2 per second
    for _ in range(4):
        asyncio.run(bucket.acquire(1))
    assert bucket.available == pytest.approx(0.0)
    clock.now = 1.5
    assert bucket.available == pytest.approx(3.0)
    clock.now = 100
    assert bucket.available == pytest.approx(4.0)  # never above the burst


def test_bucket_request_larger_than_burst_waits_for_its_debt():
    clock = FakeClock()
    bucket = TokenBucket(600, burst=50, clock=clock, sleep=clock.sleep)  # 10 per second
    assert asyncio.run(bucket.acquire(150)) == pytest.approx(10.0)


def test_bucket_gives_back_on_cancel():
    async def main():
        bucket = TokenBucket(60, burst=1)
        await bucket.acquire(1)
        waiter = asyncio.ensure_future(bucket.acquire(1))
        await asyncio.sleep(0.01)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        return bucket.available

    assert asyncio.run(main()) == pytest.approx(0.0, abs=0.05)  # not -1: the booking was returned


def test_rate_limited_backend_real_clock_rpm():
    async def main():
        inner = FakeBackend()
        rpm = TokenBucket(1200, burst=1)  # 20 per second -> 50 ms apart
        backend = RateLimitedBackend(inner, rpm_bucket=rpm)
        loop = asyncio.get_running_loop()
        start = loop.time()
        responses = await asyncio.gather(*(backend.complete(make_request()) for _ in range(6)))
        return loop.time() - start, responses

    elapsed, responses = asyncio.run(main())
    assert elapsed >= 0.24  # 5 waits of 50 ms after the first
    assert sum(r.extra.get("wait_seconds", 0) for r in responses) > 0.5


def test_tpm_books_estimate_and_settles_to_actual():
    clock = FakeClock()
    tpm = TokenBucket(60_000, burst=10_000, clock=clock, sleep=clock.sleep)
    inner = FakeBackend(prompt_tokens=40, completion_tokens=10)
    backend = RateLimitedBackend(inner, tpm_bucket=tpm)
    req = make_request(max_tokens=500)
    booked = estimate_prompt_tokens(req) + 500
    assert booked > 500
    asyncio.run(backend.complete(req))
    assert tpm.available == pytest.approx(10_000 - 50)  # settled to prompt+completion actually used


def test_prompt_estimate_grows_with_text_and_counts_schema():
    short = estimate_prompt_tokens(make_request("one two three"))
    longer = estimate_prompt_tokens(make_request("one two three " * 50))
    assert longer - short >= 100
    no_schema = estimate_prompt_tokens(make_request("one two three", schema={}))
    assert short > no_schema


# -- cache ---------------------------------------------------------------------

def test_cache_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("MINUTESAI_CACHE_DIR", str(tmp_path / "env"))
    assert resolve_cache_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_cache_dir(None) == tmp_path / "env"
    monkeypatch.delenv("MINUTESAI_CACHE_DIR")
    assert "minutesai" in str(resolve_cache_dir(None))


def test_key_depends_on_everything_that_shapes_the_answer():
    base = make_request()
    variants = [
        make_request(model="gpt-4o"),
        make_request("Burglary fell by 6% in the year."),
        make_request(schema={"type": "object"}),
        make_request(temperature=0.7),
        make_request(seed=7),
        make_request(max_tokens=99),
        make_request(mode="tools"),
    ]
    keys = {request_key(v) for v in variants}
    assert request_key(base) not in keys and len(keys) == len(variants)
    assert request_key(base) == request_key(make_request())


def test_cached_backend_hits_without_calling_and_counts(tmp_path):
    inner = FakeBackend(prompt_tokens=321, completion_tokens=12)
    backend = CachedBackend(inner, ResponseCache(tmp_path))
    ledger = Ledger()

    async def main():
        with using_ledger(ledger):
            first = await backend.complete(make_request())
            second = await backend.complete(make_request())
        return first, second

    first, second = asyncio.run(main())
    assert len(inner.requests) == 1
    assert not first.cached and second.cached
    assert second.content == first.content
    assert (second.prompt_tokens, second.completion_tokens) == (0, 0)
    assert second.extra["cached_usage"] == {"prompt_tokens": 321, "completion_tokens": 12}
    assert ledger.usage.cache_hits == 1
    # persistent: a new cache object on the same directory still hits
    again = asyncio.run(CachedBackend(FakeBackend(), ResponseCache(tmp_path)).complete(make_request()))
    assert again.cached


def test_refusals_and_empty_answers_are_not_cached(tmp_path):
    cache = ResponseCache(tmp_path)
    assert not cache.put(make_request(), ChatResponse(content=None, refusal="no"))
    assert not cache.put(make_request(), ChatResponse(content="{}", refusal="no"))
    assert len(cache) == 0
    assert cache.put(make_request(), ChatResponse(content="{}"))
    assert not cache.put(make_request(), ChatResponse(content='{"other": 1}'))  # first answer wins
    assert cache.get(make_request()).content == "{}"


def test_api_key_never_reaches_the_cache(tmp_path):
    key = "sk-test-SECRETSECRETSECRET1234567890"
    opts = Options(api_key=key, cache_dir=tmp_path, model="gpt-4o-mini")
    backend = wrap_backend(FakeBackend(), opts)
    asyncio.run(backend.complete(make_request()))
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert data  # something was stored
    assert key.encode() not in data and b"SECRETSECRET" not in data


WRITER = textwrap.dedent("""
    import sys
    from minutesai.backends.base import ChatRequest, ChatResponse
    from minutesai.cache import ResponseCache
    cache = ResponseCache(sys.argv[1])
    me = int(sys.argv[2])
    for i in range(150):
        shared = i % 3 == 0
        text = f"shared {i}" if shared else f"writer {me} item {i}"
        req = ChatRequest(model="m", messages=({"role": "user", "content": text},), schema={}, schema_name="S")
        cache.put(req, ChatResponse(content=f'{{"by": {me}, "i": {i}}}'))
        assert cache.get(req) is not None
    print("ok")
""")


def test_concurrent_writer_processes(tmp_path):
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(n)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(4)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-500:] for o in outs]
    cache = ResponseCache(tmp_path)
    shared = 50  # i % 3 == 0 for i < 150
    assert len(cache) == shared + 4 * (150 - shared)
    req = ChatRequest(model="m", messages=({"role": "user", "content": "writer 2 item 1"},),
                      schema={}, schema_name="S")
    assert json.loads(cache.get(req).content) == {"by": 2, "i": 1}


def test_concurrent_writer_threads(tmp_path):
    cache = ResponseCache(tmp_path)

    async def main():
        async def one(i):
            backend = CachedBackend(FakeBackend(content=f'{{"i": {i % 10}}}'), cache)
            return await backend.complete(make_request(f"text {i % 10}"))

        return await asyncio.gather(*(one(i) for i in range(60)))

    asyncio.run(main())
    assert len(cache) == 10


# -- prices, ledger, budgets ---------------------------------------------------

def test_price_lookup_prefers_longest_base_and_overrides():
    assert price_for("gpt-4o-mini-2024-07-18") == price_for("gpt-4o-mini")
    assert price_for("gpt-4o-2024-08-06") == price_for("gpt-4o")
    assert price_for("gpt-4o-mini") != price_for("gpt-4o")
    assert price_for("openai/gpt-4.1-mini") == price_for("gpt-4.1-mini")
    assert price_for("my-local-llama") is None
    assert price_for("my-local-llama", {"my-local-llama": (1.0, 2.0)}) == (1.0, 2.0)
    assert price_for("gpt-4o-mini", {"gpt-4o-mini": (9.0, 9.0)}) == (9.0, 9.0)
    assert cost_usd("x", 1_000_000, 500_000, {"x": (2.0, 4.0)}) == pytest.approx(4.0)


def test_accounting_sets_cost_and_totals():
    inner = FakeBackend(prompt_tokens=1000, completion_tokens=200)
    ledger = Ledger(prices={"gpt-4o-mini": (1.0, 10.0)})
    backend = AccountingBackend(inner, ledger)
    resp = asyncio.run(backend.complete(make_request()))
    assert resp.extra["cost_usd"] == pytest.approx((1000 * 1.0 + 200 * 10.0) / 1e6)
    assert ledger.usage.calls == 1 and ledger.usage.prompt_tokens == 1000
    assert ledger.usage.cost_usd == pytest.approx(resp.extra["cost_usd"])


def test_unpriced_backends_cost_nothing():
    class Local(FakeBackend):
        name = "local"

    ledger = Ledger()
    resp = asyncio.run(AccountingBackend(Local(), ledger, priced=False).complete(make_request()))
    assert resp.extra["cost_usd"] == 0.0 and ledger.usage.cost_usd == 0.0
    assert ledger.usage.prompt_tokens == 100


def test_token_budget_refuses_before_sending():
    inner = FakeBackend(prompt_tokens=400, completion_tokens=100)
    ledger = Ledger(max_tokens=1200)
    backend = AccountingBackend(inner, ledger)

    async def main():
        done = 0
        with pytest.raises(BudgetExceededError) as info:
            for _ in range(10):
                await backend.complete(make_request())
                done += 1
        return done, info.value

    done, err = asyncio.run(main())
    assert done == 2  # 1000 used; a third call (~500 expected) would pass 1200
    assert len(inner.requests) == 2
    assert err.stage == "budget" and "token budget" in str(err)
    assert ledger.exhausted is False  # under budget, but the next call would not fit


def test_cost_budget_counts_in_flight_reservations():
    async def main():
        gate = asyncio.Event()

        class Slow(FakeBackend):
            async def complete(self, request):
                await gate.wait()
                return await super().complete(request)

        inner = Slow(prompt_tokens=1000, completion_tokens=0)
        # each call ~ $0.001 (+ a small completion guess); the budget fits about 3
        ledger = Ledger(max_cost_usd=0.0035, prices={"gpt-4o-mini": (1.0, 1.0)})
        backend = AccountingBackend(inner, ledger)
        big = make_request("word " * 990)
        tasks = [asyncio.ensure_future(backend.complete(big)) for _ in range(6)]
        await asyncio.sleep(0.01)
        gate.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return inner, ledger, results

    inner, ledger, results = asyncio.run(main())
    refused = [r for r in results if isinstance(r, BudgetExceededError)]
    assert refused and len(inner.requests) == 6 - len(refused)
    assert ledger.usage.cost_usd <= 0.0035


def test_failed_call_releases_its_reservation():
    ledger = Ledger(max_tokens=1000)
    backend = AccountingBackend(FakeBackend(fail=TransientModelError("503")), ledger)
    for _ in range(5):
        with pytest.raises(TransientModelError):
            asyncio.run(backend.complete(make_request()))
    assert ledger.usage.calls == 0
    ok = AccountingBackend(FakeBackend(prompt_tokens=50, completion_tokens=5), ledger)
    asyncio.run(ok.complete(make_request()))  # would raise if the failures had kept their bookings
    assert ledger.usage.calls == 1


def test_max_cost_with_unknown_model_price_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no price is known"):
        wrap_backend(FakeBackend(), Options(model="mystery-model", max_cost_usd=1.0, cache_dir=tmp_path))
    wrap_backend(FakeBackend(), Options(model="mystery-model", max_cost_usd=1.0, cache_dir=tmp_path,
                                        prices={"mystery-model": (1.0, 1.0)}))


# -- composition -------------------------------------------------------------

def test_wrap_order_cache_hit_skips_budget_and_limits(tmp_path):
    inner = FakeBackend(prompt_tokens=600, completion_tokens=100)
    opts = Options(cache_dir=tmp_path, max_tokens=800, requests_per_minute=6000, model="gpt-4o-mini")
    backend = wrap_backend(inner, opts)
    ledger = Ledger(max_tokens=800)

    async def main():
        with using_ledger(ledger):
            first = await backend.complete(make_request())
            hits = [await backend.complete(make_request()) for _ in range(5)]
            with pytest.raises(BudgetExceededError):
                await backend.complete(make_request("a new question"))
        return first, hits

    first, hits = asyncio.run(main())
    assert first.extra["cost_usd"] > 0
    assert all(h.cached for h in hits)
    assert len(inner.requests) == 1
    assert ledger.usage.calls == 1 and ledger.usage.cache_hits == 5


def test_no_cache_option_bypasses_cache(tmp_path):
    inner = FakeBackend()
    backend = wrap_backend(inner, Options(cache_dir=tmp_path, use_cache=False))
    for _ in range(3):
        asyncio.run(backend.complete(make_request()))
    assert len(inner.requests) == 3
    assert not (tmp_path / "responses.sqlite3").exists()


def test_layers_delegate_backend_protocol(tmp_path):
    backend = wrap_backend(FakeBackend(), Options(cache_dir=tmp_path, requests_per_minute=60))
    assert backend.context_window("m") == 8192
    assert backend.supported_modes("m") == ("json_schema",)
    assert backend.name == "openai"
