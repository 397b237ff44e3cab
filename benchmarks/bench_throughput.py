"""Throughput, request economy and cache re-runs of summarise_many, in one run.

Against the local stand-in server (minutesai.testing.server.FakeOpenAIServer),
which sleeps a fixed latency per request and answers with minimal valid JSON,
through the real openai SDK and the whole pipeline (engine="openai"):

1. Throughput: the dev corpus, copied with distinct headers until there are at
   least ``--requests`` map (chunk) requests, summarised at ``--concurrency``
   with the server in a separate process (so this process's CPU time is the
   client's). Ideal time = requests x latency / concurrency; the ratio
   ideal / measured is printed, with client CPU per request. Three runs with
   the SDK's aiohttp transport (the default when ``openai[aiohttp]`` is
   installed) and three with its httpx one (``MINUTESAI_HTTP_CLIENT=httpx``),
   then the same number of bare-SDK calls (three runs) and of minimal-client
   calls; the median run of each is reported, every run listed.
2. Library CPU overhead: the same corpus through a zero-latency in-process
   backend (no HTTP, no SDK), all wrap layers on: CPU seconds per request.
3. Calls per document (= chunks + 1) and prompt tokens sent (tiktoken count of
   the messages and the schema the server received) against document tokens;
   also with ``pack=4`` (up to four one-chunk documents per call).
4. Re-run of the same corpus with the response cache: provider calls made.

Usage: python benchmarks/bench_throughput.py [--requests 500] [--concurrency 32] [--latency 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutesai.api import summarise_many  # noqa: E402
from minutesai.backends.base import ChatRequest, ChatResponse  # noqa: E402
from minutesai.backends.wrap import wrap_backend  # noqa: E402
from minutesai.bulk import iter_results  # noqa: E402
from minutesai.chunk import chunk_document  # noqa: E402
from minutesai.config import Options  # noqa: E402
from minutesai.costs import Ledger  # noqa: E402
from minutesai.engines.factory import make_engine  # noqa: E402
from minutesai.engines.llm import LLMEngine  # noqa: E402
from minutesai.ingest import load_minutes  # noqa: E402
from minutesai.models import ErrorRecord  # noqa: E402
from minutesai.segment import segment  # noqa: E402
from minutesai.testing.server import FakeOpenAIServer, minimal_instance  # noqa: E402
from minutesai.tokens import get_tokenizer  # noqa: E402

MODEL = "gpt-4o-mini"
_MINUTES = re.compile(r"<minutes[^>\s]*>\n?(.*?)\n?</minutes", re.S)


def quoting_answer(messages, schema: dict) -> str:
    """A map answer with one key point quoting the chunk's first long sentence (so grounding,
    merging and the reduce prompt do real work and differ per document); else minimal JSON."""
    block = _MINUTES.search(str(messages[-1].get("content") or "")) if messages else None
    if block is None or schema.get("title") != "ChunkFindings":
        return json.dumps(minimal_instance(schema))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", block.group(1)) if len(s.split()) >= 6]
    answer = minimal_instance(schema)
    answer["key_points"] = [{"text": "a point", "quote": sentences[0].strip()}] if sentences else []
    return json.dumps(answer)


def quoting_responder(body: dict) -> str:
    from minutesai.testing.server import request_schema

    return quoting_answer(body.get("messages") or [], request_schema(body)[1] or {})
SERVER = (
    "import sys, time; sys.path.insert(0, sys.argv[2])\n"
    "from minutesai.testing.server import FakeOpenAIServer\n"
    "from bench_throughput import quoting_responder\n"
    "s = FakeOpenAIServer(quoting_responder, latency=float(sys.argv[1])).start()\n"
    "print(s.base_url, flush=True)\n"
    "for line in sys.stdin:\n"
    "    print(time.process_time(), s.chat_calls, flush=True)\n"
)


class ServerProcess:
    """The stand-in server in its own process, so CPU times of client and server are apart."""

    def __init__(self, latency: float) -> None:
        here = str(Path(__file__).resolve().parent)
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER, str(latency), here], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.base_url = self.proc.stdout.readline().strip()

    def stats(self) -> tuple[float, int]:
        """(server CPU seconds so far, requests so far)."""
        self.proc.stdin.write("?\n")
        self.proc.stdin.flush()
        cpu, calls = self.proc.stdout.readline().split()
        return float(cpu), int(calls)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def count_chunks(path: Path, engine) -> int:
    doc = load_minutes(path)
    doc.items = segment(doc)
    return len(chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                              overlap_tokens=engine.options.overlap_tokens))


def build_corpus(folder: Path, min_requests: int, engine) -> tuple[list[Path], int]:
    """Copies of the dev minutes, each with its own heading, until the map requests suffice."""
    dev = sorted((ROOT / "examples/corpus/dev").glob("*.txt"))
    paths, chunks, n = [], 0, 0
    while chunks < min_requests:
        src = dev[n % len(dev)]
        p = folder / f"copy{n:04d}_{src.name}"
        # every paragraph marked, so no chunk or reduce prompt repeats and the cache never hits
        body = "\n\n".join(f"{para} [copy {n}]" if para.strip() else para
                            for para in src.read_text(encoding="utf-8").split("\n\n"))
        p.write_text(f"Meeting copy {n}\n\n{body}", encoding="utf-8")
        paths.append(p)
        chunks += count_chunks(p, engine)
        n += 1
    return paths, chunks


def options(base_url: str, cache_dir: Path | None, **kw) -> dict:
    return dict(engine="openai", model=MODEL, base_url=base_url, api_key="bench", mode="json_schema",
                cache_dir=cache_dir, use_cache=cache_dir is not None, **kw)


FULL_STACK_RUNS = 3
"""Measured runs per transport (and of the bare SDK): the median is reported, not one noisy sample."""


def median_run(runs: list[dict], key: str) -> dict:
    """The run with the median ``key``, plus every run's ``key`` as ``key + "s"`` (in run order)."""
    middle = sorted(runs, key=lambda r: r[key])[len(runs) // 2]
    return {**middle, f"{key}s": [r[key] for r in runs]}


def full_stack(paths: list[Path], server: ServerProcess, args, http_client: str,
               runs: int = FULL_STACK_RUNS) -> dict:
    """summarise_many over the stand-in server with one HTTP transport of the SDK: the median of
    ``runs`` runs after one warm-up. Each summarise_many call builds its own event loop and SDK
    client, so every run pays for client set-up and its first connections, as a caller's would."""
    from minutesai.backends.openai_http import HTTP_CLIENT_ENV, http_client_choice
    from minutesai.event_loop import event_loop_name

    before = os.environ.get(HTTP_CLIENT_ENV)
    os.environ[HTTP_CLIENT_ENV] = http_client
    measured = []
    try:
        used = http_client_choice(server.base_url)
        opts = options(server.base_url, None, concurrency=args.concurrency, chunk_tokens=args.chunk_tokens)
        summarise_many(paths[:2], **opts)  # warm up: imports, templates, tokenizer
        for _ in range(runs):
            scpu0, _ = server.stats()
            cpu0, t0 = time.process_time(), time.perf_counter()
            results = summarise_many(paths, **opts)
            wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            server_cpu = server.stats()[0] - scpu0
            failed = [r for r in results if isinstance(r, ErrorRecord)]
            requests = sum(r.usage.calls for r in results if not isinstance(r, ErrorRecord))
            ideal = requests * args.latency / args.concurrency
            measured.append({
                "http_client": used, "event_loop": event_loop_name(), "documents": len(paths), "failed": len(failed), "requests": requests,
                "wall_s": wall, "ideal_s": ideal, "ratio": ideal / wall,
                "client_cpu_ms_per_request": 1000 * cpu / requests,
                "server_cpu_ms_per_request": 1000 * server_cpu / requests})
    finally:
        os.environ.pop(HTTP_CLIENT_ENV)
        if before is not None:
            os.environ[HTTP_CLIENT_ENV] = before
    return {**median_run(measured, "ratio"), "failed": sum(r["failed"] for r in measured)}


def throughput(paths: list[Path], args) -> dict:
    server = ServerProcess(args.latency)
    try:
        runs = [full_stack(paths, server, args, "auto"), full_stack(paths, server, args, "httpx")]
        if runs[0]["http_client"] == runs[1]["http_client"]:
            runs.pop()  # aiohttp is not installed: the default run was already httpx
        requests = runs[0]["requests"]
        sdk = sdk_baseline(server.base_url, requests, args)
        raw_http = server_alone(server.base_url, requests, args)
    finally:
        server.close()
    return {**runs[0], "runs": runs, **sdk, **raw_http}


def sdk_baseline(base_url: str, requests: int, args) -> dict:
    """The same number of bare openai-SDK calls at the same concurrency, no minutesai at all."""
    import openai

    from minutesai.schemas import ChunkFindings
    from minutesai.structured import strict_schema

    fmt = {"type": "json_schema", "json_schema": {"name": "ChunkFindings", "strict": True,
                                                  "schema": strict_schema(ChunkFindings)}}

    async def run() -> tuple[float, float]:
        client = openai.AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=0)
        gate = asyncio.Semaphore(args.concurrency)  # FIFO: requests go out in the order they were made

        async def one(i: int) -> None:
            async with gate:
                await client.chat.completions.create(
                    model=MODEL, messages=[{"role": "user", "content": f"minutes {i} " * 200}],
                    response_format=fmt)

        await asyncio.gather(*(one(i) for i in range(args.concurrency)))
        cpu0, t0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(requests)))
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        await client.close()
        return wall, cpu

    ideal = requests * args.latency / args.concurrency
    measured = []
    for _ in range(FULL_STACK_RUNS):
        wall, cpu = asyncio.run(run())
        measured.append({"sdk_wall_s": wall, "sdk_ratio": ideal / wall,
                         "sdk_cpu_ms_per_request": 1000 * cpu / requests})
    return median_run(measured, "sdk_ratio")


def server_alone(base_url: str, requests: int, args) -> dict:
    """The stand-in server's own capacity: the same number of requests from a minimal asyncio
    HTTP/1.1 client (one keep-alive connection per slot, no SDK, no httpx)."""
    from urllib.parse import urlparse

    url = urlparse(base_url)
    body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "minutes " * 200}]}).encode()
    head = (f"POST {url.path}/chat/completions HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()

    async def worker(count: int) -> None:
        reader, writer = await asyncio.open_connection(url.hostname, url.port)
        for _ in range(count):
            writer.write(head + body)
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
        writer.close()

    async def run() -> float:
        t0 = time.perf_counter()
        share = [requests // args.concurrency + (i < requests % args.concurrency) for i in range(args.concurrency)]
        await asyncio.gather(*(worker(n) for n in share))
        return time.perf_counter() - t0

    wall = asyncio.run(run())
    ideal = -(-requests // args.concurrency) * args.latency  # each connection's calls run one after another
    return {"raw_wall_s": wall, "raw_ratio": ideal / wall}


class SleepingBackend:
    """In-process stand-in: sleeps the latency, answers minimal valid JSON (no HTTP, no SDK)."""

    name = "openai"
    official = True

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.calls = 0

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls += 1
        if self.latency:  # latency 0: answer at once, measuring everything but the network
            await asyncio.sleep(self.latency)
        return ChatResponse(content=quoting_answer(request.messages, request.schema),
                            prompt_tokens=1000, completion_tokens=20, model=request.model)

    def context_window(self, model: str) -> int:
        return 128_000

    def supported_modes(self, model: str):
        return ("json_schema",)


def scheduling(paths: list[Path], args) -> dict:
    """Throughput of the library alone: the pipeline over a backend that only sleeps."""
    with tempfile.TemporaryDirectory() as cache:
        # no cache, so it makes the same calls as the full stack (copies share reduce prompts)
        opts = Options(engine="openai", model=MODEL, concurrency=args.concurrency, mode="json_schema",
                       chunk_tokens=args.chunk_tokens, cache_dir=cache, use_cache=False)
        raw = SleepingBackend(args.latency)
        engine = LLMEngine(wrap_backend(raw, opts), model=MODEL, options=opts)

        async def run() -> None:
            async for _ in iter_results(paths, engine, opts, ledger=Ledger()):
                pass

        t0 = time.perf_counter()
        asyncio.run(run())
        wall = time.perf_counter() - t0
    ideal = raw.calls * args.latency / args.concurrency
    return {"requests": raw.calls, "wall_s": wall, "ideal_s": ideal, "ratio": ideal / wall}


def library_overhead(paths: list[Path], args) -> dict:
    """CPU per request with the default layers, over an empty response cache (copies of a meeting
    can share a reduce prompt, so some reduce calls hit it: their CPU counts, they do not)."""

    async def run(engine, opts) -> None:
        async for _ in iter_results(paths, engine, opts, ledger=Ledger()):
            pass

    raw = SleepingBackend(0.0)
    for _pass in ("warm-up", "measure"):
        with tempfile.TemporaryDirectory() as cache:
            opts = Options(engine="openai", model=MODEL, concurrency=args.concurrency, mode="json_schema",
                           chunk_tokens=args.chunk_tokens, cache_dir=cache)
            engine = LLMEngine(wrap_backend(raw, opts), model=MODEL, options=opts)
            raw.calls = 0
            cpu0 = time.process_time()
            asyncio.run(run(engine, opts))
            cpu = time.process_time() - cpu0
    return {"requests": raw.calls, "cpu_ms_per_request": 1000 * cpu / raw.calls}


def long_documents(folder: Path, copies: int = 3) -> list[Path]:
    """Three long meetings, each all dev items in a rotated order (several chunks at an 8k window)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]
    paths = []
    for i in range(copies):
        order = texts[i:] + texts[:i]
        path = folder / f"long_meeting_{i}.txt"
        path.write_text("\n\n".join(f"{n + 1}. {t}" for n, t in enumerate(order)), encoding="utf-8")
        paths.append(path)
    return paths


def economy(args, context_window: int | None = None, docs: list[Path] | None = None, pack: int = 1) -> dict:
    dev = docs or sorted((ROOT / "examples/corpus/dev").glob("*.txt"))
    tok = get_tokenizer(MODEL)

    def answer(body: dict) -> str:
        """Minimal valid JSON; a packed call gets one minimal entry per numbered minutes block."""
        from minutesai.testing.server import request_schema

        name, schema = request_schema(body)
        if name != "PackedAnswer":
            return json.dumps(minimal_instance(schema))
        entry = minimal_instance(schema["properties"]["documents"]["items"])
        blocks = len(_MINUTES.findall(str(body["messages"][-1]["content"])))
        return json.dumps({"documents": [{**entry, "document": n} for n in range(1, blocks + 1)]})

    with FakeOpenAIServer(answer) as srv, tempfile.TemporaryDirectory() as cache:
        opts = options(srv.base_url, Path(cache), concurrency=8, context_window=context_window,
                       **({"pack": pack} if pack != 1 else {}))
        engine = make_engine(Options(**opts))
        chunks = [count_chunks(p, engine) for p in dev]
        # no cache in the first pass, so identical reduce prompts are not shared between documents
        first = summarise_many(dev, **{**opts, "use_cache": False})
        calls = [r.usage.calls for r in first]
        sent_messages = sum(tok.count(str(m.get("content") or "")) for b in srv.requests for m in b["messages"])
        # compact JSON: how the schema is counted by the provider is not published
        sent_schema = sum(tok.count(json.dumps(b["response_format"], separators=(",", ":")))
                          for b in srv.requests)
        doc_tokens = sum(tok.count(load_minutes(p).text) for p in dev)
        summarise_many(dev, **opts)  # fill the cache
        before = srv.chat_calls
        again = summarise_many(dev, **opts)
        rerun_calls = srv.chat_calls - before
    return {
        "documents": len(dev), "chunks": sum(chunks),
        "calls_equal_chunks_plus_1": sum(c == n + 1 for c, n in zip(calls, chunks, strict=True)),
        "calls": sum(calls), "doc_tokens": doc_tokens, "sent_message_tokens": sent_messages,
        "sent_schema_tokens": sent_schema,
        "allowed_tokens": 1.2 * doc_tokens + 500 * sum(chunks),
        "rerun_calls": rerun_calls, "rerun_cache_hits": sum(r.usage.cache_hits for r in again),
        "packed_documents": sum(
            r.prompt_hash == engine.prompts.packed_hash for r in first if not isinstance(r, ErrorRecord)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=500, help="minimum map (chunk) requests")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.1, help="server seconds per request")
    parser.add_argument("--chunk-tokens", type=int, default=300, help="chunk size for the load test")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        probe = make_engine(Options(**options("http://127.0.0.1:9/v1", None, chunk_tokens=args.chunk_tokens)))
        paths, map_requests = build_corpus(Path(tmp), args.requests, probe)
        sched = scheduling(paths, args)
        tp = throughput(paths, args)
        lib = library_overhead(paths, args)
        ecos = {"128k": economy(args, 128_000), "8k": economy(args, 8192)}
        ecos["8k, long meetings"] = economy(args, 8192, docs=long_documents(Path(tmp)))
        packed = economy(args, 128_000, pack=4)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"workload    {tp['documents']} documents: {map_requests} map + {tp['requests'] - map_requests} "
          f"reduce = {tp['requests']} requests; concurrency {args.concurrency}; latency "
          f"{args.latency * 1000:.0f} ms; ideal {tp['ideal_s']:.2f} s; {os.cpu_count()} CPUs, "
          f"load average {load:.1f}")
    print(f"scheduling  library over an in-process backend that sleeps the latency: {sched['requests']} "
          f"requests, {sched['wall_s']:.2f} s -> {100 * sched['ratio']:.1f} % of ideal (target >= 90 %)")
    def each(ratios: list[float]) -> str:
        return ", ".join(f"{100 * r:.1f}" for r in ratios)

    for run in tp["runs"]:
        print(f"HTTP        full stack (openai SDK, {run['http_client']} transport, {run['event_loop']} loop -> stand-in server "
              f"process): {run['wall_s']:.2f} s -> {100 * run['ratio']:.1f} % of ideal (target >= 90 %; "
              f"median of {len(run['ratios'])} runs: {each(run['ratios'])} %); failed {run['failed']} (all runs); "
              f"CPU per request: client {run['client_cpu_ms_per_request']:.2f} ms, "
              f"server {run['server_cpu_ms_per_request']:.2f} ms")
    print(f"            bare openai SDK (create(), default httpx client), same server, same requests: "
          f"{tp['sdk_wall_s']:.2f} s -> {100 * tp['sdk_ratio']:.1f} % of ideal (median of "
          f"{len(tp['sdk_ratios'])} runs: {each(tp['sdk_ratios'])} %), client CPU "
          f"{tp['sdk_cpu_ms_per_request']:.2f} ms per request; library / bare SDK = "
          f"{tp['ratio'] / tp['sdk_ratio']:.2f}")
    print(f"            minimal asyncio HTTP client, same server, same requests: {tp['raw_wall_s']:.2f} s -> "
          f"{100 * tp['raw_ratio']:.1f} % of ideal (the stand-in server's own limit)")
    print(f"library     CPU per request without network/SDK: {lib['cpu_ms_per_request']:.2f} ms "
          f"over {lib['requests']} requests (target < 2 ms)")
    for window, eco in ecos.items():
        print(f"calls ({window})  {eco['calls_equal_chunks_plus_1']}/{eco['documents']} documents made chunks + 1 "
              f"calls ({eco['calls']} calls for {eco['chunks']} chunks)")
        sent = eco["sent_message_tokens"] + eco["sent_schema_tokens"]
        print(f"tokens ({window}) sent {eco['sent_message_tokens']:,} message + {eco['sent_schema_tokens']:,} schema "
              f"= {sent:,}; documents {eco['doc_tokens']:,}; allowed 1.2 x doc + 500 x chunks = "
              f"{eco['allowed_tokens']:,.0f} -> ratio {sent / eco['allowed_tokens']:.2f} "
              f"(messages only {eco['sent_message_tokens'] / eco['allowed_tokens']:.2f}; target <= 1)")
    sent = packed["sent_message_tokens"] + packed["sent_schema_tokens"]
    print(f"pack=4 (128k) {packed['documents']} dev documents, {packed['packed_documents']} answered in packed calls: "
          f"{packed['calls']} calls (unpacked: {ecos['128k']['calls']}); sent {packed['sent_message_tokens']:,} "
          f"message + {packed['sent_schema_tokens']:,} schema = {sent:,}; allowed {packed['allowed_tokens']:,.0f} "
          f"-> ratio {sent / packed['allowed_tokens']:.2f} (messages only "
          f"{packed['sent_message_tokens'] / packed['allowed_tokens']:.2f}; target <= 1); re-run with the cache: "
          f"{packed['rerun_calls']} provider calls, {packed['rerun_cache_hits']} cache hits")
    eco = ecos["128k"]
    print(f"cache       re-run of {eco['documents']} documents: {eco['rerun_calls']} provider calls, "
          f"{eco['rerun_cache_hits']} cache hits (target 0 calls)")


if __name__ == "__main__":
    main()
