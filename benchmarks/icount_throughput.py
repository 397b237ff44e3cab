"""Instruction counts of one bulk run's client work: steadier than CPU timings on a shared machine.

Runs the bench_throughput corpus (500 chunk + 178 reduce = 678 calls) under valgrind's callgrind
twice: once with a warm-up only and once with one more measured pass, and prints the difference
(the instructions of the pass; user space only, so system calls are not counted). Modes:

- ``library``: the pipeline over bench_throughput's zero-latency in-process backend, response
  cache on (what its "library CPU per request" row measures; the stand-in's answer building is
  included); ``library-nocache``; ``library-budget`` (cache off, a token budget, so every request's
  prompt tokens are estimated);
- ``full-aiohttp`` / ``full-httpx``: ``summarise_many`` through the openai SDK to the stand-in
  server, which runs in its own process and is not counted. It runs on the event loop minutesai
  chooses (uvloop when installed); ``MINUTESAI_EVENT_LOOP=asyncio`` measures the standard loop.

To compare two checkouts, run it in each (``PYTHONHASHSEED`` is fixed for the children).

    python benchmarks/icount_throughput.py library full-aiohttp
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

from callgrind import instructions  # benchmarks/ is on sys.path when a script here runs

ROOT = Path(__file__).resolve().parents[1]
MODES = ("library", "library-nocache", "library-budget", "full-aiohttp", "full-httpx")


def _work(mode: str, passes: int) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_throughput as bt

    from minutesai.config import Options

    folder = Path(tempfile.mkdtemp())
    probe = bt.make_engine(Options(**bt.options("http://127.0.0.1:9/v1", None, chunk_tokens=300)))
    paths, _ = bt.build_corpus(folder, 500, probe)
    if mode.startswith("full-"):
        from minutesai.api import summarise_many

        os.environ["MINUTESAI_HTTP_CLIENT"] = mode.split("-", 1)[1]
        server = bt.ServerProcess(0.0)
        try:
            opts = bt.options(server.base_url, None, concurrency=32, chunk_tokens=300)
            summarise_many(paths[:40], **opts)  # warm-up: imports, templates, tokenizer, client
            for _ in range(passes):
                summarise_many(paths, **opts)
        finally:
            server.close()
        return
    for _ in range(1 + passes):  # the first pass warms up
        _library_pass(bt, paths, mode)


def _library_pass(bt, paths: list[Path], mode: str) -> None:
    from minutesai.backends.wrap import wrap_backend
    from minutesai.bulk import iter_results
    from minutesai.config import Options
    from minutesai.costs import Ledger
    from minutesai.engines.llm import LLMEngine

    opts = Options(engine="openai", model=bt.MODEL, concurrency=32, mode="json_schema", chunk_tokens=300,
                   cache_dir=tempfile.mkdtemp(), use_cache=mode == "library")
    engine = LLMEngine(wrap_backend(bt.SleepingBackend(0.0), opts), model=bt.MODEL, options=opts)
    ledger = Ledger(max_tokens=10**12) if mode == "library-budget" else Ledger()

    async def run() -> None:
        async for _ in iter_results(paths, engine, opts, ledger=ledger):
            pass

    asyncio.run(run())


def _instructions(mode: str, passes: int) -> int:
    return instructions(__file__, ["--child", str(passes), mode], cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modes", nargs="*", help=f"any of {', '.join(MODES)} (default: library full-aiohttp)")
    parser.add_argument("--child", type=int, metavar="PASSES", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.modes = args.modes or ["library", "full-aiohttp"]
    if unknown := set(args.modes) - set(MODES):
        parser.error(f"unknown mode(s) {', '.join(sorted(unknown))}; choose from {', '.join(MODES)}")
    if args.child is not None:
        _work(args.modes[0], args.child)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    sys.path.insert(0, str(ROOT))
    from minutesai.event_loop import event_loop_name

    for mode in args.modes:
        loop = f" ({event_loop_name()} loop)" if mode.startswith("full-") else ""
        one = _instructions(mode, 1) - _instructions(mode, 0)
        print(f"{mode + loop:16s} one pass of 678 calls: {one / 1e6:,.1f} M instructions ({one / 678 / 1e3:,.0f} k per call)")


if __name__ == "__main__":
    main()
