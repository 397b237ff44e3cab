"""Would one call per one-chunk document (map findings + summary and stance) meet the token target?

Issue #6 target: prompt tokens sent <= 1.2 x document tokens + 500 per chunk, counted as
``bench_throughput.economy()`` counts them (tiktoken over the message contents plus the compact
JSON of ``response_format``). This renders, for every dev document (each one chunk at a 128k
window), the request a single-pass design would send, in several variants, without a server
or a model, and prints the ratio of each. Prototype only: the combined schema below is not part
of the library.

    python benchmarks/bench_single_pass_tokens.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import Field

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutesai.backends.base import ChatRequest, Mode  # noqa: E402
from minutesai.batch import request_body  # noqa: E402
from minutesai.chunk import chunk_document  # noqa: E402
from minutesai.config import Options  # noqa: E402
from minutesai.engines.factory import make_engine  # noqa: E402
from minutesai.engines.llm import REDUCE_FIELDS, _source  # noqa: E402
from minutesai.ingest import load_minutes  # noqa: E402
from minutesai.models import SentimentLabel  # noqa: E402
from minutesai.schemas import ChunkFindings, Synthesis, _Schema  # noqa: E402
from minutesai.segment import segment  # noqa: E402
from minutesai.structured import schema_instruction, strict_schema  # noqa: E402
from minutesai.tokens import get_tokenizer  # noqa: E402

MODEL = "gpt-4o-mini"
SINGLE_PASS_NOTE = ("\n\nThen write the summary and judge the meeting's overall stance on police "
                    "performance, from the whole of the minutes.")
ESSENTIAL = {"value", "quote", "summary", "sentiment_label", "sentiment_score"}
"""Descriptions kept in the 'essential' variant: those a field name cannot convey."""


class Analysis(ChunkFindings):
    """Prototype single-pass answer: the map findings, then the reduce fields (same descriptions)."""

    summary: str
    """Plain English, at most about 150 words, covering the main points, figures, decisions and actions."""
    sentiment_label: SentimentLabel
    """The meeting's stance on police performance (not on crime levels)."""
    sentiment_score: float = Field(ge=-1.0, le=1.0)
    """-1 very negative, 0 neutral, 1 very positive."""
    sentiment_rationale: str
    """One or two sentences on what drove the label."""


class PackedAnalysis(Analysis):
    document: int
    """Which minutes block (1, 2, ...) this answer is for."""


class Packed(_Schema):
    """Prototype: one answer per document for several one-chunk documents sent in one call."""

    documents: list[PackedAnalysis]


PACK_NOTE = " Answer for each document separately, numbered as given."


def without_descriptions(node: Any, keep: set[str] = frozenset(), name: str | None = None) -> Any:  # type: ignore[assignment]
    """The schema with field descriptions removed, except those of fields named in ``keep``."""
    if isinstance(node, list):
        return [without_descriptions(x, keep) for x in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "description" and isinstance(value, str):
            if name in keep:
                out[key] = value
        elif key == "properties":
            out[key] = {k: without_descriptions(v, keep, k) for k, v in value.items()}
        else:
            out[key] = without_descriptions(value, keep)
    return out


def request(messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: Mode) -> dict[str, Any]:
    return request_body(ChatRequest(model=MODEL, messages=tuple(messages), schema=schema, schema_name=name,
                                    mode=mode, temperature=0.0, max_tokens=2048, seed=0))


def lean_json_object(messages: list[dict[str, str]], schema: dict[str, Any]) -> dict[str, Any]:
    """A mode the library does not have: plain JSON mode, the compact schema in the system message only."""
    msgs = [dict(m) for m in messages]
    msgs[0]["content"] += "\n\n" + schema_instruction(schema)
    return {"messages": msgs, "response_format": {"type": "json_object"}}


def main() -> None:
    tok = get_tokenizer(MODEL)

    def sent(body: dict[str, Any]) -> tuple[int, int]:
        messages = sum(tok.count(str(m.get("content") or "")) for m in body["messages"])
        formats = body["response_format"]
        formats = formats if isinstance(formats, list) else [formats]
        return messages, sum(tok.count(json.dumps(f, separators=(",", ":"))) for f in formats)

    engine = make_engine(Options(engine="openai", model=MODEL, base_url="http://127.0.0.1:9/v1",
                                 api_key="bench", mode="json_schema"))
    full = strict_schema(Analysis)
    schemas = {"descriptions": full, "essential descriptions": without_descriptions(full, ESSENTIAL),
               "no descriptions": without_descriptions(full)}
    totals: dict[str, list[int]] = {}
    rendered: list[tuple[Any, Any]] = []
    doc_tokens = chunks = system = framing = 0
    dev = sorted((ROOT / "examples/corpus/dev").glob("*.txt"))
    for path in dev:
        doc = load_minutes(path)
        doc.items = segment(doc)
        pieces = chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                                overlap_tokens=engine.options.overlap_tokens)
        if len(pieces) != 1:
            raise SystemExit(f"{path.name} is {len(pieces)} chunks; this check is for one-chunk documents")
        chunk = pieces[0]
        rendered.append((doc, chunk))
        doc_tokens += tok.count(doc.text)
        chunks += 1
        base = engine.prompts.messages("map.j2", text=chunk.text, source=_source(doc, chunk), feedback="")
        system += tok.count(base[0]["content"])
        framing += tok.count(base[1]["content"]) - tok.count(chunk.text)
        single = [dict(m) for m in base]
        single[0]["content"] += SINGLE_PASS_NOTE
        bodies = {f"single pass, json_schema strict, {k}": request(single, s, "Analysis", "json_schema")
                  for k, s in schemas.items()}
        bodies["single pass, json_object as the library sends it (schema in key and system)"] = request(
            single, full, "Analysis", "json_object")
        for k in ("descriptions", "no descriptions"):
            bodies[f"single pass, plain json_object, compact schema in system only, {k}"] = lean_json_object(
                single, schemas[k])
        bodies["map call alone (no reduce at all), json_schema strict, descriptions"] = request(
            base, strict_schema(ChunkFindings), "ChunkFindings", "json_schema")
        # today's two calls; the reduce over no findings, as economy() measures with the stand-in server
        empty = json.dumps({kind: [] for kind in REDUCE_FIELDS}, separators=(",", ":"))
        reduce = request(engine.prompts.messages("reduce.j2", source=_source(doc), findings=empty, notes=[]),
                         strict_schema(Synthesis), "Synthesis", "json_schema")
        bodies["today: map + reduce, json_schema strict, descriptions"] = {
            "messages": bodies["map call alone (no reduce at all), json_schema strict, descriptions"]["messages"]
            + reduce["messages"], "response_format": [
                bodies["map call alone (no reduce at all), json_schema strict, descriptions"]["response_format"],
                reduce["response_format"]]}
        for name, body in bodies.items():
            m, r = sent(body)
            acc = totals.setdefault(name, [0, 0])
            acc[0] += m
            acc[1] += r

    allowed = 1.2 * doc_tokens + 500 * chunks
    n = len(dev)
    packed = {k: packed_tokens(engine, rendered, k, sent) for k in (2, 3, 4)}

    def size(schema: dict[str, Any]) -> int:
        return tok.count(json.dumps(schema, separators=(",", ":")))

    print(f"{n} dev documents, {chunks} chunks, {doc_tokens:,} document tokens; allowed 1.2 x doc + 500 x chunks "
          f"= {allowed:,.0f}, i.e. {(allowed - doc_tokens) / n:.0f} tokens of prompt and schema per document")
    print(f"map system message {system / n:.0f} tokens per document, user framing {framing / n:.0f}")
    print(f"strict schemas: ChunkFindings {size(strict_schema(ChunkFindings))}, Synthesis "
          f"{size(strict_schema(Synthesis))}, Analysis (both) {size(full)}, essential descriptions "
          f"{size(schemas['essential descriptions'])}, no descriptions {size(schemas['no descriptions'])}")
    for name, (m, r) in totals.items():
        overhead = (m + r - doc_tokens) / n
        print(f"{name}: {m:,} message + {r:,} response_format = {m + r:,} -> ratio {(m + r) / allowed:.2f} "
              f"(messages only {m / allowed:.2f}); meets the target from one-chunk documents of "
              f"{max(0, 5 * (overhead - 500)):,.0f} tokens")

    for k, (calls, total) in packed.items():
        print(f"packing {k} one-chunk documents per call (numbered minutes blocks, schema {{documents: [Analysis + "
              f"document number]}}, json_schema strict, descriptions): {calls} calls, {total:,} tokens -> ratio "
              f"{total / allowed:.2f}")


def packed_tokens(engine: Any, rendered: list[tuple[Any, Any]], k: int, sent: Any) -> tuple[int, int]:
    """(calls, tokens sent) when ``k`` documents share one single-pass call, each in its own block."""
    schema = strict_schema(Packed)
    calls = total = 0
    for i in range(0, len(rendered), k):
        group = rendered[i:i + k]
        users = []
        for j, (doc, chunk) in enumerate(group):
            msgs = engine.prompts.messages("map.j2", text=chunk.text, source=_source(doc, chunk), feedback="")
            users.append(f"Document {j + 1}\n{msgs[1]['content']}")
        messages = [dict(m) for m in msgs]
        messages[0]["content"] += SINGLE_PASS_NOTE + PACK_NOTE
        messages[1]["content"] = "\n\n".join(users)
        m, r = sent(request(messages, schema, "Packed", "json_schema"))
        calls += 1
        total += m + r
    return calls, total


if __name__ == "__main__":
    main()
