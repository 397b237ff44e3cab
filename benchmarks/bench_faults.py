"""Fault injection at scale: does every document complete or fail typed, and is nothing lost?

Runs the openai engine through the real ``openai`` SDK against the local fake
server (minutesai.testing.server) with a FaultPlan injecting 429 with
Retry-After, 500, 503, timeouts, connection resets, malformed JSON,
schema-violating JSON, truncated output and refusals into a share of all
requests. Documents are short cuts of the real minutes in examples/corpus/dev.
Results go to a resumable JSONL file, which is then read back to count:

* faults injected, by kind, and their share of all requests;
* documents completed, failed (by error type) and lost (no line in the file);
* retries (transient retries and re-asks) and seconds spent waiting in backoff;
* the most attempts any failed request took, against its bound;
* wall time.

The library's own backoff policy is used unless ``--fast-backoff`` is given
(then 10-50 ms pauses; a server's Retry-After is still honoured).

Usage: python benchmarks/bench_faults.py [--docs 200] [--rate 0.3] [--seed 1] [--concurrency 16]
       [--timeout 0.5] [--hang 1.0] [--max-retries 5] [--max-reasks 2] [--fast-backoff]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import minutesai.retry as retry  # noqa: E402
from minutesai.config import Options  # noqa: E402
from minutesai.engines.factory import make_engine  # noqa: E402
from minutesai.results_jsonl import write_results  # noqa: E402
from minutesai.testing.server import FAULT_KINDS, FakeOpenAIServer, FaultPlan  # noqa: E402

TYPED = {"TransientModelError", "ValidationFailedError", "TruncatedOutputError", "RefusalError"}


def make_documents(folder: Path, count: int, chars: int = 1200) -> list[Path]:
    texts = [p.read_text(encoding="utf-8")[:chars] for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]
    paths = []
    for i in range(count):
        path = folder / f"doc{i:04d}.txt"
        path.write_text(f"Minutes document {i}\n\n{texts[i % len(texts)]}", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--rate", type=float, default=0.3, help="share of requests that get a fault")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--timeout", type=float, default=0.5, help="per-request timeout (s)")
    ap.add_argument("--hang", type=float, default=1.0, help="how long an injected timeout hangs (s)")
    ap.add_argument("--retry-after", type=float, default=0.2, help="Retry-After sent with an injected 429 (s)")
    ap.add_argument("--max-retries", type=int, default=5)
    ap.add_argument("--max-reasks", type=int, default=2)
    ap.add_argument("--fast-backoff", action="store_true", help="10-50 ms backoff instead of the library default")
    args = ap.parse_args()

    if args.fast_backoff:
        retry.DEFAULT_POLICY = retry.RetryPolicy(base=0.01, maximum=0.05, jitter=0.01)
    policy = retry.DEFAULT_POLICY
    plan = FaultPlan(rate=args.rate, seed=args.seed, hang_seconds=args.hang, retry_after=args.retry_after)
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAIServer(faults=plan) as server:
        folder = Path(tmp)
        paths = make_documents(folder, args.docs)
        out = folder / "results.jsonl"
        options = Options(engine="openai", model="gpt-4o-mini", base_url=server.base_url, api_key="bench",
                          use_cache=False, timeout=args.timeout, max_retries=args.max_retries,
                          max_reasks=args.max_reasks, concurrency=args.concurrency)
        started = time.perf_counter()
        report = asyncio.run(write_results(paths, make_engine(options), options, out))
        wall = time.perf_counter() - started
        calls = server.chat_calls
        rows: dict[str, dict] = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            rows[record["document"]] = record

    completed = [r for r in rows.values() if "error" not in r]
    failed = [r["error"] for r in rows.values() if "error" in r]
    lost = [str(p) for p in paths if str(p) not in rows]
    untyped = [e for e in failed if e["error_type"] not in TYPED]
    bound = {"TransientModelError": args.max_retries + 1}
    over_bound = [e for e in failed if e["attempts"] > bound.get(e["error_type"], args.max_reasks + 1)]
    injected = sum(plan.injected.values())
    usage = [r["usage"] for r in completed] + [e["usage"] for e in failed]

    print(f"fault injection: {args.docs} documents, fault rate {args.rate:.0%}, seed {args.seed}, "
          f"concurrency {args.concurrency}, timeout {args.timeout:g}s, max_retries {args.max_retries}, "
          f"max_reasks {args.max_reasks}, backoff base {policy.base:g}s (max {policy.maximum:g}s)")
    print(f"requests sent            {calls}")
    print(f"faults injected          {injected} ({injected / max(calls, 1):.1%} of requests)")
    for kind in FAULT_KINDS:
        print(f"  {kind:<22} {plan.injected.get(kind, 0)}")
    print(f"documents completed      {len(completed)}")
    print(f"documents failed         {len(failed)} (typed and explained: {len(failed) - len(untyped)})")
    for kind, n in sorted(Counter(f"{e['error_type']} at {e['stage']}" for e in failed).items()):
        print(f"  {kind:<36} {n}")
    print(f"documents lost           {len(lost)}")
    print(f"attempts over the bound  {len(over_bound)} (max attempts seen: "
          f"{max((e['attempts'] for e in failed), default=0)})")
    print(f"retries (incl. re-asks)  {sum(u['retries'] for u in usage)}")
    print(f"wait in backoff          {sum(u['wait_seconds'] for u in usage):.1f} s (summed over documents, "
          "which wait concurrently)")
    print(f"wall time                {wall:.1f} s")
    print(f"summary line             {report.summary_line()}")
    ok = not lost and not untyped and not over_bound and len(rows) == args.docs
    print("RESULT: " + ("every document completed or failed with a typed error; none lost" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
