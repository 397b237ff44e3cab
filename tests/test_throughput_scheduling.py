"""Call scheduling in bulk runs: oldest document first, map calls first once every document
has started, and the fewest rounds of calls on a clock that only the calls move."""

from __future__ import annotations

import asyncio
import json
import math
import selectors
import weakref

import pytest

from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.backends.wrap import wrap_backend
from minutesai.bulk import (
    MAP_STAGE,
    REDUCE_STAGE,
    OldestFirstSemaphore,
    _call_stage,
    _doc_rank,
    iter_results,
)
from minutesai.config import Options
from minutesai.costs import Ledger
from minutesai.engines.llm import LLMEngine
from minutesai.testing.server import minimal_instance
from tests.conftest import DEV_CORPUS

LATENCY = 0.1


class _InstantSelector:
    """Never waits: when nothing is ready it moves the loop's clock to the next timer instead."""

    def __init__(self) -> None:
        self.real = selectors.DefaultSelector()
        self.loop: weakref.ref | None = None

    def select(self, timeout=None):
        if timeout is None:  # waiting for another thread: really wait
            return self.real.select(None)
        events = self.real.select(0)
        if not events and timeout > 0 and self.loop is not None:
            self.loop()._now += timeout
        return events

    def __getattr__(self, name):
        return getattr(self.real, name)


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An event loop whose time passes only while every task sleeps: CPU work takes no
    time, so a run's length is exactly its rounds of (sleeping) calls."""

    def __init__(self) -> None:
        self._now = 0.0
        selector = _InstantSelector()
        super().__init__(selector=selector)
        selector.loop = weakref.ref(self)

    def time(self) -> float:
        return self._now


class SleepingBackend:
    """Every call takes LATENCY seconds and answers minimal valid JSON."""

    name = "openai"

    def __init__(self) -> None:
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        await asyncio.sleep(LATENCY)
        return ChatResponse(content=json.dumps(minimal_instance(request.schema)),
                            prompt_tokens=100, completion_tokens=10, model=request.model)

    def context_window(self, model: str) -> int:
        return 128_000

    def supported_modes(self, model: str):
        return ("json_schema",)


def corpus(copies: int) -> list[str]:
    """Copies of the dev minutes, every paragraph marked so no two prompts are the same."""
    sources = sorted(DEV_CORPUS.glob("*.txt"))
    texts = []
    for n in range(copies):
        body = sources[n % len(sources)].read_text(encoding="utf-8")
        texts.append(f"Meeting copy {n}\n\n" + "\n\n".join(f"{p} [copy {n}]" for p in body.split("\n\n")))
    return texts


def virtual_run(texts: list[str], concurrency: int) -> tuple[int, float, list[float]]:
    """(calls, run length, finish time of each document) on the virtual clock."""
    options = Options(engine="openai", model="gpt-4o-mini", concurrency=concurrency, mode="json_schema",
                      chunk_tokens=300, use_cache=False, progress=False)
    raw = SleepingBackend()
    engine = LLMEngine(wrap_backend(raw, options), model="gpt-4o-mini", options=options)
    finished: list[float] = []

    async def run() -> None:
        loop = asyncio.get_running_loop()
        async for _index, _result in iter_results(texts, engine, options, ledger=Ledger()):
            finished.append(loop.time())

    loop = VirtualClockLoop()
    try:
        loop.run_until_complete(run())
        length = loop.time()
    finally:
        loop.close()
    return raw.calls, length, finished


@pytest.mark.parametrize(("documents", "concurrency"), [(34, 8), (46, 4)])
def test_a_bulk_run_takes_the_fewest_rounds_the_calls_allow(documents, concurrency):
    # Each document: 1-8 map calls, then one reduce. Serving the oldest document first to
    # the very end leaves a last round of lone reduce calls here (one round more).
    calls, length, finished = virtual_run(corpus(documents), concurrency)
    assert calls > documents * 2
    rounds = round(length / LATENCY, 6)
    assert rounds == math.ceil(calls / concurrency), (calls, rounds)
    # results still stream: the first document is back long before the run ends
    assert len(finished) == documents and finished[0] <= length / 4


def test_after_drain_map_calls_go_before_reduce_calls():
    served: list[tuple[int, int]] = []

    async def main(drain: bool) -> None:
        gate = OldestFirstSemaphore(1)
        await gate.acquire()

        async def call(rank: int, stage: int) -> None:
            _doc_rank.set(rank)
            _call_stage.set(stage)
            async with gate:
                served.append((rank, stage))

        waiters = [asyncio.ensure_future(call(r, s))
                   for r, s in ((4, MAP_STAGE), (0, REDUCE_STAGE), (2, MAP_STAGE), (1, REDUCE_STAGE))]
        await asyncio.sleep(0.01)
        if drain:
            gate.drain()
        gate.release()
        await asyncio.gather(*waiters)
        assert gate._free == 1

    asyncio.run(main(drain=False))
    assert served == [(0, REDUCE_STAGE), (1, REDUCE_STAGE), (2, MAP_STAGE), (4, MAP_STAGE)]
    served.clear()
    asyncio.run(main(drain=True))
    assert served == [(2, MAP_STAGE), (4, MAP_STAGE), (0, REDUCE_STAGE), (1, REDUCE_STAGE)]


def test_reduce_calls_are_marked_only_while_the_reduce_runs():
    from minutesai.bulk import Progress, _RunEngine

    seen: dict[str, int] = {}

    class Recording:
        async def map_chunk(self, doc, chunk, ctx, feedback=None):
            seen["map"] = _call_stage.get()

        async def reduce(self, doc, findings, ctx):
            seen["reduce"] = _call_stage.get()

    async def main() -> None:
        engine = _RunEngine(Recording(), Progress(None, Ledger(), enabled=False))
        await engine.map_chunk(None, None, None)
        await engine.reduce(None, None, None)
        seen["after"] = _call_stage.get()

    asyncio.run(main())
    assert seen == {"map": MAP_STAGE, "reduce": REDUCE_STAGE, "after": MAP_STAGE}
