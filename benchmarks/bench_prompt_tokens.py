"""Prompt tokens sent per structured-output mode, against the issue #6 allowance, in one run.

The dev items (examples/corpus/dev) go through ``summarise_many`` (engine="openai", the
real openai SDK) to the local stand-in server (minutesai.testing.server.FakeOpenAIServer),
which answers with minimal valid JSON, once per mode. Every request body the server
received is counted with tiktoken (gpt-4o-mini's encoding): the message contents, and the
structured-output parameters as compact JSON (``response_format``, or ``tools`` +
``tool_choice``), since how a provider counts a schema is not published. The allowance is
1.2 x document tokens + 500 per chunk.

Rows:
- json_schema: messages only, and messages + the strict schema on the wire;
- json_object: the schema on the wire and its compact form in the system message;
- outline (opt-in): JSON mode with the type outline in the system message, no schema on
  the wire (:mod:`minutesai.schema_outline`); also with every field description dropped
  (``outline_descriptions=False``) and with ``pack=4`` (and json_schema with ``pack=4``).
Then the same for three long meetings (all dev items in one file each, 8k window: several
chunks per meeting).

These are token counts only. No model is reachable here, so whether models answer as
well from an outline as from a schema (let alone from a server-enforced strict schema)
has not been measured.

Usage: python benchmarks/bench_prompt_tokens.py [--windows 128000 8192]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import long_documents  # noqa: E402  (the same long meetings as the throughput benchmark)

from minutesai.api import summarise_many  # noqa: E402
from minutesai.chunk import chunk_document  # noqa: E402
from minutesai.config import Options  # noqa: E402
from minutesai.engines.factory import make_engine  # noqa: E402
from minutesai.ingest import load_minutes  # noqa: E402
from minutesai.models import ErrorRecord  # noqa: E402
from minutesai.schema_outline import outline_instruction, without_descriptions  # noqa: E402
from minutesai.schemas import ChunkFindings, PackedAnswer, Synthesis  # noqa: E402
from minutesai.segment import segment  # noqa: E402
from minutesai.structured import strict_schema  # noqa: E402
from minutesai.testing.server import FakeOpenAIServer, minimal_instance, request_schema  # noqa: E402
from minutesai.tokens import get_tokenizer  # noqa: E402

MODEL = "gpt-4o-mini"


WIRE_KEYS = ("response_format", "tools", "tool_choice")


def answer(body: dict) -> str:
    """Minimal valid JSON; a packed call gets one minimal entry per numbered minutes block."""
    name, schema = request_schema(body)
    if name != "PackedAnswer" or schema is None:
        return json.dumps(minimal_instance(schema))
    entry = minimal_instance(schema["properties"]["documents"]["items"])
    blocks = str(body["messages"][-1]["content"]).count("</minutes")
    return json.dumps({"documents": [{**entry, "document": n} for n in range(1, blocks + 1)]})


def chunk_count(path: Path, engine) -> int:
    doc = load_minutes(path)
    doc.items = segment(doc)
    return len(chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                              overlap_tokens=engine.options.overlap_tokens))


def measure(docs: list[Path], mode: str, window: int, pack: int = 1, **extra) -> dict:
    tok = get_tokenizer(MODEL)
    with FakeOpenAIServer(answer) as srv:
        opts = dict(engine="openai", model=MODEL, base_url=srv.base_url, api_key="bench", mode=mode,
                    context_window=window, use_cache=False, concurrency=4, pack=pack, **extra)
        engine = make_engine(Options(**opts))
        chunks = sum(chunk_count(p, engine) for p in docs)
        results = summarise_many(docs, **opts)
        failed = sum(isinstance(r, ErrorRecord) for r in results)
        messages = sum(tok.count(str(m.get("content") or "")) for b in srv.requests for m in b["messages"])
        wire = sum(tok.count(json.dumps({k: b[k] for k in WIRE_KEYS if k in b}, separators=(",", ":")))
                   for b in srv.requests)
        calls = len(srv.requests)
    doc_tokens = sum(tok.count(load_minutes(p).text) for p in docs)
    return {"mode": mode, "calls": calls, "failed": failed, "chunks": chunks, "doc_tokens": doc_tokens,
            "messages": messages, "wire": wire, "allowed": 1.2 * doc_tokens + 500 * chunks}


def per_schema_table() -> list[str]:
    """Tokens of each schema as json_schema sends it vs its outline instruction."""
    tok = get_tokenizer(MODEL)
    rows = []
    for model, used in ((ChunkFindings, "map"), (Synthesis, "reduce and collapse"), (PackedAnswer, "pack=N")):
        schema = strict_schema(model)
        wire = {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": schema, "strict": True}}
        counts = [tok.count(outline_instruction(s)) for s in (schema, without_descriptions(schema))]
        rows.append(f"  {model.__name__:<13} ({used}): response_format {tok.count(json.dumps(wire, separators=(',', ':')))}"
                    f" tokens; outline instruction {counts[0]} (without descriptions {counts[1]})")
    return rows


def report(docs: list[Path], window: int, title: str) -> None:
    runs = {
        "json_schema, pack=4": measure(docs, "json_schema", window, pack=4),
        "json_schema, messages only": measure(docs, "json_schema", window),
        "json_object (schema on wire + prompt)": measure(docs, "json_object", window),
        "outline (opt-in)": measure(docs, "outline", window),
        "outline, descriptions dropped": measure(docs, "outline", window, outline_descriptions=False),
        "outline, pack=4": measure(docs, "outline", window, pack=4),
    }
    runs = {k: runs[k] for k in (*list(runs)[1:], "json_schema, pack=4")}  # pack rows last
    base = runs["json_schema, messages only"]
    print(f"{title}, window {window:,}: {len(docs)} documents, {base['doc_tokens']:,} document tokens; "
          f"allowance 1.2 x doc + 500 x chunks (each run's own chunks)")
    print(f"  {'':38}{'chunks':>7}{'calls':>6}{'messages':>10}{'on wire':>9}{'total':>8}  ratio (target <= 1)")
    for label, r in runs.items():
        wire = 0 if label.endswith("messages only") else r["wire"]
        total = r["messages"] + wire
        note = f"  ({r['failed']} failed)" if r["failed"] else ""
        print(f"  {label:<38}{r['chunks']:>7}{r['calls']:>6}{r['messages']:>10,}{wire:>9,}{total:>8,}  "
              f"{total / r['allowed']:.2f}{note}")
        if label.endswith("messages only"):
            total = r["messages"] + r["wire"]
            print(f"  {'json_schema, messages + schema':<38}{r['chunks']:>7}{r['calls']:>6}{r['messages']:>10,}{r['wire']:>9,}"
                  f"{total:>8,}  {total / r['allowed']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--windows", type=int, nargs="+", default=[128_000, 8192],
                        help="context windows passed to the engine")
    args = parser.parse_args()
    docs = sorted((ROOT / "examples/corpus/dev").glob("*.txt"))
    for window in args.windows:
        report(docs, window, "dev items")
    with tempfile.TemporaryDirectory() as tmp:
        report(long_documents(Path(tmp)), 8192, "long meetings (every dev item in one file)")
    print("per call:")
    for line in per_schema_table():
        print(line)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f}")


if __name__ == "__main__":
    main()
