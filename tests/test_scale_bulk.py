"""summarise_many machinery: shared concurrency, streaming, isolation of failures, deadline, budget."""

from __future__ import annotations

import asyncio
import time

import pytest
from scale_stub import StubEngine, stub_text

from minutesai.api import astream_many, summarise_many
from minutesai.backends.wrap import wrap_backend
from minutesai.bulk import iter_results
from minutesai.config import Options
from minutesai.costs import Ledger
from minutesai.models import ErrorRecord, MinutesSummary


def collect(sources, engine, options, **kw):
    async def main():
        return [pair async for pair in iter_results(sources, engine, options, **kw)]

    return asyncio.run(main())


def test_one_concurrency_limit_across_documents():
    engine = StubEngine()
    # each call takes a while (the text's delay), so calls of several documents overlap
    pairs = collect([stub_text(i, delay=0.02) for i in range(20)], engine, Options(concurrency=3))
    assert len(pairs) == 20 and all(isinstance(r, MinutesSummary) for _, r in pairs)
    # one document has one chunk then a reduce, so reaching 3 needs several documents at once
    assert engine.max_in_flight == 3


def test_completion_order_and_ordered_mode():
    texts = [stub_text(0, delay=0.3), stub_text(1, delay=0.01), stub_text(2, delay=0.1)]
    fast_first = [i for i, _ in collect(texts, StubEngine(), Options(concurrency=4))]
    assert fast_first == [1, 2, 0]
    in_order = collect(texts, StubEngine(), Options(concurrency=4), ordered=True)
    assert [i for i, _ in in_order] == [0, 1, 2]
    assert [r.summary for _, r in in_order] == ["Minutes of meeting 0", "Minutes of meeting 1",
                                                "Minutes of meeting 2"]


def test_failures_become_error_records_beside_successes():
    texts = [stub_text(0), stub_text(1, tag="FAIL"), stub_text(2, tag="MODELFAIL"), stub_text(3)]
    results = dict(collect(texts, StubEngine(), Options(concurrency=2)))
    assert isinstance(results[0], MinutesSummary) and isinstance(results[3], MinutesSummary)
    boom, model = results[1], results[2]
    assert isinstance(boom, ErrorRecord) and boom.stage == "internal" and "boom" in boom.reason
    assert isinstance(model, ErrorRecord) and model.stage == "extract"
    assert (model.attempts, model.last_raw_response, model.error_type) == (3, "{oops", "ModelError")


def test_sources_stream_through_a_bounded_window():
    pulled = []

    def lazy():
        for i in range(40):
            pulled.append(i)
            yield stub_text(i)

    async def main():
        seen_at_first = None
        count = 0
        async for _ in iter_results(lazy(), StubEngine(default_delay=0.01), Options(concurrency=2)):
            if seen_at_first is None:
                seen_at_first = len(pulled)
            count += 1
        return seen_at_first, count

    seen_at_first, count = asyncio.run(main())
    assert count == 40
    assert seen_at_first <= 4  # concurrency + 1 documents loaded (+1 to notice the end), not 40


def test_breaking_out_cancels_work_in_flight():
    engine = StubEngine()

    async def main():
        texts = [stub_text(0, delay=0.01)] + [stub_text(i, delay=5) for i in range(1, 6)]
        start = time.monotonic()
        async for _ in iter_results(texts, engine, Options(concurrency=8)):
            break
        await asyncio.sleep(0.05)
        return time.monotonic() - start

    assert asyncio.run(main()) < 2
    assert engine.in_flight == 0


def test_deadline_keeps_finished_documents():
    texts = [stub_text(0, delay=0.01), stub_text(1, delay=0.02)] + [
        stub_text(i, delay=10) for i in range(2, 5)
    ] + [stub_text(i) for i in range(5, 30)]
    start = time.monotonic()
    results = dict(collect(texts, StubEngine(), Options(concurrency=3, deadline=0.5)))
    assert time.monotonic() - start < 3
    assert len(results) == 30
    assert isinstance(results[0], MinutesSummary) and isinstance(results[1], MinutesSummary)
    late = [r for r in results.values() if isinstance(r, ErrorRecord)]
    assert late and all(r.stage == "deadline" and r.error_type == "DeadlineExceededError" for r in late)
    assert all(isinstance(results[i], ErrorRecord) for i in (2, 3, 4))


def test_budget_stops_new_work_and_keeps_completed(tmp_path):
    from test_scale_layers import FakeBackend

    inner = FakeBackend(prompt_tokens=300, completion_tokens=50)
    opts = Options(concurrency=1, max_tokens=2000, cache_dir=tmp_path, model="gpt-4o-mini")
    engine = StubEngine(backend=wrap_backend(inner, opts))
    ledger = Ledger.from_options(opts)
    results = dict(collect([stub_text(i) for i in range(12)], engine, opts, ledger=ledger))
    ok = [i for i, r in results.items() if isinstance(r, MinutesSummary)]
    stopped = [r for r in results.values() if isinstance(r, ErrorRecord)]
    assert 1 <= len(ok) < 12 and len(ok) + len(stopped) == 12
    assert all(r.stage == "budget" for r in stopped)
    assert any("not started" in r.reason for r in stopped)
    assert ledger.usage.prompt_tokens + ledger.usage.completion_tokens <= 2000
    assert len(inner.requests) == ledger.usage.calls
    # documents after the stop were never started (at most concurrency + 1 were under way)
    assert len(engine.map_docs) <= len(ok) + 2


def test_run_ledger_totals_calls_and_cache_hits(tmp_path):
    from test_scale_layers import FakeBackend

    inner = FakeBackend(prompt_tokens=100, completion_tokens=10)
    opts = Options(concurrency=4, cache_dir=tmp_path, model="gpt-4o-mini")
    engine = StubEngine(backend=wrap_backend(inner, opts))
    texts = [stub_text(i) for i in range(5)]
    first, second = Ledger(), Ledger()
    collect(texts, engine, opts, ledger=first)
    collect(texts, engine, opts, ledger=second)
    assert (first.usage.calls, first.usage.cache_hits) == (10, 0)  # map + reduce per document
    assert (second.usage.calls, second.usage.cache_hits) == (0, 10)
    assert len(inner.requests) == 10


def test_progress_bars_for_documents_and_chunks(capsys):
    results = summarise_many([stub_text(i) for i in range(3)], engine=StubEngine(), progress=True)
    assert len(results) == 3
    err = capsys.readouterr().err
    assert "documents" in err and "chunks" in err and "3/3" in err


def test_public_streaming_api_and_callback():
    seen = []
    results = summarise_many(
        [stub_text(0, delay=0.2), stub_text(1)], engine=StubEngine(), ordered=False,
        on_result=lambda i, r: seen.append(i),
    )
    assert seen == [1, 0]
    assert [r.summary for r in results] == ["Minutes of meeting 1", "Minutes of meeting 0"]

    async def main():
        return [i async for i, _ in astream_many([stub_text(0, delay=0.1), stub_text(1)],
                                                 engine=StubEngine())]

    assert asyncio.run(main()) == [1, 0]


def test_offline_engine_bulk_on_dev_corpus(dev_corpus):
    files = sorted(dev_corpus.glob("*.txt"))
    results = summarise_many(files + [dev_corpus / "missing.txt"], engine="offline", concurrency=4)
    assert [isinstance(r, MinutesSummary) for r in results] == [True] * len(files) + [False]
    assert [r.source.path for r in results[:-1]] == [str(f) for f in files]
    assert results[-1].stage == "ingest"


@pytest.mark.parametrize("concurrency", [1, 5])
def test_every_document_comes_back_exactly_once(concurrency):
    texts = [stub_text(i, delay=0.001 * (i % 4)) for i in range(25)]
    pairs = collect(texts, StubEngine(), Options(concurrency=concurrency))
    assert sorted(i for i, _ in pairs) == list(range(25))


def test_free_slot_goes_to_the_oldest_document():
    from minutesai.bulk import OldestFirstSemaphore, _doc_rank

    order = []

    async def main():
        gate = OldestFirstSemaphore(1)
        await gate.acquire()  # the only slot is taken

        async def call(rank: int) -> None:
            _doc_rank.set(rank)
            async with gate:
                order.append(rank)

        waiters = [asyncio.ensure_future(call(r)) for r in (5, 2, 9, 0)]
        await asyncio.sleep(0.01)
        waiters[1].cancel()  # document 2 gives up while waiting
        await asyncio.sleep(0.01)
        gate.release()
        await asyncio.gather(*waiters, return_exceptions=True)
        return gate

    gate = asyncio.run(main())
    assert order == [0, 5, 9]
    assert gate._free == 1 and not [w for w in gate._waiters if not w[2].done()]
