"""Offline engine speed: MB/s of minutes text on one core, per-item latency, import cost.

Builds a synthetic corpus (default >= 2 MB) from the real minutes in
examples/corpus/dev and the authored minutes in tests/data/offline: every text
becomes a numbered agenda item, cycled until the size is reached. Times, on
one core (CPU time of this process, best of --repeat):

* the rules alone: ``extract_candidates(item)`` for every item (each a fresh
  string, so no per-document cache is reused);
* the same rules on the whole corpus as one text (shows nothing is quadratic);
* one ~7 KB item (examples/corpus/dev/barnet_q1_q2_performance_2019.txt) after import;
* the full pipeline (``minutesai.summarise(..., engine="offline")``: ingest,
  segment, chunk, rules, grounding, merge, reduce) on a quarter of the items,
  after one warm-up call, and the share of its CPU time each stage takes (the
  offline engine never waits, so ``summarise`` runs it without an event loop);
* ``import minutesai`` and ``import minutesai.engines.offline`` in a fresh interpreter.

The first line says whether the offline engine is compiled (the opt-in mypyc build) or pure Python.

Usage: python benchmarks/bench_offline.py [--mb 2] [--repeat 3] [--no-pipeline] [--installed]
(--installed: time the minutesai installed in this interpreter, e.g. a compiled wheel in a venv,
instead of this checkout's sources)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = "--installed" in sys.argv
if not INSTALLED:
    sys.path.insert(0, str(ROOT))

from minutesai.engines.offline import extract_candidates, scan  # noqa: E402
from minutesai.ingest import load_minutes  # noqa: E402

ITEM_7KB = ROOT / "examples/corpus/dev/barnet_q1_q2_performance_2019.txt"


ENGINE_COMPILED = (scan.__file__ or "").endswith((".so", ".pyd"))
"""True when the offline engine was built with mypyc (its modules are extension modules)."""


def source_texts() -> list[str]:
    paths = sorted((ROOT / "examples/corpus/dev").glob("*.txt")) + sorted((ROOT / "tests/data/offline").glob("*.txt"))
    return [load_minutes(p).text for p in paths]


def build_items(megabytes: float) -> list[str]:
    texts = source_texts()
    items, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        body = texts[n % len(texts)]
        item = f"{n + 1}. {body.strip().splitlines()[0][:80]}\n\n{body}\n"
        items.append(item)
        size += len(item.encode("utf-8"))
        n += 1
    return items


def cpu_best(repeat: int, make_inputs, run) -> float:
    """Best CPU time of ``run(inputs)`` over ``repeat`` rounds, with fresh inputs each round."""
    best = float("inf")
    for r in range(repeat):
        inputs = make_inputs(r)
        t0 = time.process_time()
        run(inputs)
        best = min(best, time.process_time() - t0)
    return best


def fresh(items: list[str], r: int) -> list[str]:
    """New string objects (so no per-document scan cache carries over between rounds)."""
    pad = " " * (r + 1)
    return [item + pad for item in items]


STAGES = {
    "rules": ("minutesai.engines.offline", "extract_candidates"),
    "grounding": ("minutesai.pipeline", "ground_findings"),
    "ingest": ("minutesai.api", "load_minutes"),
    "segment": ("minutesai.pipeline", "segment"),
    "chunk": ("minutesai.pipeline", "chunk_document"),
    "summary check": ("minutesai.pipeline", "unsupported_numbers"),
}


def stage_shares(texts: list[str]) -> dict[str, float]:
    """Share of the CPU time of ``summarise`` spent in each stage (one pass, stage functions wrapped)."""
    import importlib

    import minutesai

    spent = dict.fromkeys(STAGES, 0.0)
    originals = []
    for stage, (module_name, attr) in STAGES.items():
        module = importlib.import_module(module_name)
        original = getattr(module, attr)
        originals.append((module, attr, original))

        def timed(*a, _f=original, _stage=stage, **k):
            t0 = time.process_time()
            try:
                return _f(*a, **k)
            finally:
                spent[_stage] += time.process_time() - t0

        setattr(module, attr, timed)
    try:
        t0 = time.process_time()
        for text in texts:
            minutesai.summarise(text, engine="offline")
        total = time.process_time() - t0
    finally:
        for module, attr, original in originals:
            setattr(module, attr, original)
    spent["other (result models, merge, reduce)"] = total - sum(spent.values())
    return {k: round(v / total, 3) for k, v in spent.items()}


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             cwd=ROOT.parent if INSTALLED else ROOT)
        times.append(float(out.stdout.strip()))
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-pipeline", action="store_true", help="skip the full-pipeline timing")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--installed", action="store_true", help="time the installed minutesai, not this checkout's")
    args = ap.parse_args()

    items = build_items(args.mb)
    total_mb = sum(len(i.encode("utf-8")) for i in items) / 1e6
    extract_candidates(items[0])  # warm: lexicons and compiled patterns load once per process

    rules_s = cpu_best(args.repeat, lambda r: fresh(items, r), lambda xs: [extract_candidates(x) for x in xs])
    whole_s = cpu_best(args.repeat, lambda r: "".join(fresh(items, r)), extract_candidates)
    item = ITEM_7KB.read_text(encoding="utf-8")
    item_s = cpu_best(max(5, args.repeat), lambda r: item + " " * (r + 1), extract_candidates)

    results = {
        "engine_compiled": ENGINE_COMPILED,
        "corpus_mb": round(total_mb, 2),
        "items": len(items),
        "rules_mb_per_s": round(total_mb / rules_s, 2),
        "rules_whole_text_mb_per_s": round(total_mb / whole_s, 2),
        "item_7kb_ms": round(item_s * 1000, 1),
        "item_7kb_bytes": len(item.encode("utf-8")),
    }
    if not args.no_pipeline:
        import minutesai

        sample = items[: max(1, len(items) // 4)]
        sample_mb = sum(len(i.encode("utf-8")) for i in sample) / 1e6
        minutesai.summarise(sample[0], engine="offline")  # warm: the pipeline's own imports and lazy set-up
        pipe_s = cpu_best(max(1, args.repeat - 1), lambda r: fresh(sample, r),
                          lambda xs: [minutesai.summarise(x, engine="offline") for x in xs])
        results["pipeline_mb_per_s"] = round(sample_mb / pipe_s, 2)
        results["pipeline_sample_mb"] = round(sample_mb, 2)
        if not ENGINE_COMPILED:  # compiled, the engine calls its rules directly: no wrapper sees them
            results["pipeline_cpu_shares"] = stage_shares(fresh(sample, 9))
    results["import_minutesai_s"] = round(import_seconds("minutesai"), 3)
    results["import_offline_engine_s"] = round(import_seconds("minutesai.engines.offline"), 3)

    if args.json:
        print(json.dumps(results, indent=2))
        return
    build = "compiled (mypyc)" if ENGINE_COMPILED else "pure Python"
    print(f"Offline engine ({build}) on {results['corpus_mb']} MB ({results['items']} agenda items), one core, CPU time, best of {args.repeat}\n")
    print("| Measure | Result |")
    print("|---|---|")
    print(f"| Rules, item by item (`extract_candidates`) | {results['rules_mb_per_s']} MB/s |")
    print(f"| Rules, whole corpus as one text | {results['rules_whole_text_mb_per_s']} MB/s |")
    print(f"| One {results['item_7kb_bytes'] / 1000:.1f} KB item after import | {results['item_7kb_ms']} ms |")
    if "pipeline_mb_per_s" in results:
        print(f"| Full pipeline `summarise(engine=\"offline\")` ({results['pipeline_sample_mb']} MB) | {results['pipeline_mb_per_s']} MB/s |")
    if "pipeline_cpu_shares" in results:
        shares = ", ".join(f"{k} {v:.0%}" for k, v in results["pipeline_cpu_shares"].items())
        print(f"| Where the pipeline's CPU time goes | {shares} |")
    print(f"| `import minutesai` | {results['import_minutesai_s']} s |")
    print(f"| `import minutesai.engines.offline` | {results['import_offline_engine_s']} s |")


if __name__ == "__main__":
    main()
