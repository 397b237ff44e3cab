"""Offline batch processing of the map step (OpenAI Batch API, or vLLM's batch runner).

``prepare`` renders every chunk's map request exactly as the LLM engine would
send it and writes one Batch API line per distinct request::

    {"custom_id": "map-<hash>", "method": "POST", "url": "/v1/chat/completions", "body": {...}}

``collect`` reads a results file in the Batch API output format (one line per
request: ``custom_id``, ``response.status_code``, ``response.body`` — the same
format vLLM's ``run_batch`` writes), and stores each answer in the response
cache under the key of the request it answers. The ordinary pipeline then
runs over the corpus: every map call is a cache hit, and only the reduce step
(plus any chunk whose batch answer was missing or failed) goes to the live
endpoint. Use the same engine options for prepare and collect, so the
requests — and their cache keys — are the same.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.cache import ResponseCache, request_key
from minutesai.config import Options
from minutesai.costs import BATCH_DISCOUNT, cost_usd
from minutesai.errors import ConfigError, InputError

BATCH_ENDPOINT = "/v1/chat/completions"


@dataclass
class PreparedRequest:
    custom_id: str
    request: ChatRequest
    documents: list[str] = field(default_factory=list)


def llm_engine(options: Options):
    from minutesai.engines.factory import make_engine
    from minutesai.engines.llm import LLMEngine

    engine = make_engine(options)
    if not isinstance(engine, LLMEngine):
        raise ConfigError("batch needs an LLM engine: pass --engine openai (and --model)")
    return engine


def map_requests(engine: Any, paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, ChatRequest]]:
    """(document, map request) for every chunk, rendered as the engine's live map call is."""
    from minutesai.chunk import chunk_document
    from minutesai.engines.llm import _source
    from minutesai.ingest import load_minutes
    from minutesai.schemas import ChunkFindings
    from minutesai.segment import segment
    from minutesai.structured import resolve_mode, schema_for_mode

    options = engine.options
    mode = resolve_mode(engine.backend, engine.model, options.mode)
    schema = schema_for_mode(ChunkFindings, mode, options)
    budget = engine.chunk_token_budget()
    for path in paths:
        doc = load_minutes(Path(path))
        if not doc.items:
            doc.items = segment(doc)
        chunks = chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=budget,
                                overlap_tokens=options.overlap_tokens)
        for chunk in chunks:
            messages = engine.prompts.messages(
                "map.j2", text=chunk.text, source=_source(doc, chunk), feedback=""
            )
            yield str(path), ChatRequest(
                model=engine.model, messages=tuple(messages), schema=schema,
                schema_name=ChunkFindings.__name__, mode=mode, temperature=options.temperature,
                max_tokens=options.max_output_tokens, seed=options.seed,
            )


def custom_id(request: ChatRequest) -> str:
    return "map-" + request_key(request)[:32]


def request_body(request: ChatRequest, *, official: bool = True) -> dict[str, Any]:
    """The chat-completions body for a request, as the OpenAI-compatible backend builds it."""
    from minutesai.structured import MODES

    strategy = MODES[request.mode]
    body: dict[str, Any] = {
        "model": request.model,
        "messages": strategy.messages(request),
        "temperature": request.temperature,
        **strategy.request_params(request),
    }
    if request.max_tokens:
        body["max_completion_tokens" if official else "max_tokens"] = request.max_tokens
    if request.seed is not None:
        body["seed"] = request.seed
    return body


def prepare(paths: Iterable[str | os.PathLike[str]], options: Options, engine: Any = None
            ) -> dict[str, PreparedRequest]:
    """Distinct map requests for a corpus, keyed by custom_id (identical chunks share one)."""
    engine = engine or llm_engine(options)
    prepared: dict[str, PreparedRequest] = {}
    for document, request in map_requests(engine, paths):
        cid = custom_id(request)
        entry = prepared.setdefault(cid, PreparedRequest(cid, request))
        if document not in entry.documents:
            entry.documents.append(document)
    return prepared


def write_requests(prepared: dict[str, PreparedRequest], out: str | os.PathLike[str], *,
                   official: bool = True) -> int:
    """Write Batch API input lines; returns how many."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for entry in prepared.values():
            line = {"custom_id": entry.custom_id, "method": "POST", "url": BATCH_ENDPOINT,
                    "body": request_body(entry.request, official=official)}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(prepared)


@dataclass
class BatchAnswer:
    custom_id: str
    response: ChatResponse | None
    error: str | None = None


def parse_output_line(line: str) -> BatchAnswer | None:
    """One Batch API / vLLM output line; None for a blank line."""
    if not line.strip():
        return None
    record = json.loads(line)
    cid = record.get("custom_id")
    if not isinstance(cid, str):
        raise InputError(None, "a batch output line has no custom_id")
    if record.get("error"):
        return BatchAnswer(cid, None, json.dumps(record["error"]))
    response = record.get("response") or {}
    status = response.get("status_code", 200)
    body = response.get("body") or {}
    if status != 200 or "choices" not in body:
        return BatchAnswer(cid, None, f"status {status}: {json.dumps(body)[:300]}")
    choice = (body.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    content = message.get("content")
    calls = message.get("tool_calls") or []
    if calls:
        content = (calls[0].get("function") or {}).get("arguments")
    usage = body.get("usage") or {}
    return BatchAnswer(cid, ChatResponse(
        content=content, finish_reason=choice.get("finish_reason"), refusal=message.get("refusal"),
        prompt_tokens=int(usage.get("prompt_tokens") or 0),
        completion_tokens=int(usage.get("completion_tokens") or 0), model=body.get("model"),
    ))


@dataclass
class IngestReport:
    stored: int = 0
    already_cached: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    """custom_id -> why its answer could not be used (these chunks are asked live)."""
    unknown: int = 0
    """Lines whose custom_id matches no request of this corpus and these options."""
    missing: int = 0
    """Requests of the corpus with no line in the results file."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    """At the Batch API's discounted price."""

    def summary_line(self) -> str:
        parts = [f"{self.stored} batch answer(s) stored in the cache"]
        if self.already_cached:
            parts.append(f"{self.already_cached} already there")
        if self.failed:
            parts.append(f"{len(self.failed)} failed (asked live)")
        if self.missing:
            parts.append(f"{self.missing} missing (asked live)")
        if self.unknown:
            parts.append(f"{self.unknown} unknown custom_id(s) ignored: prepared with other options?")
        return (", ".join(parts) + f"; batch usage {self.prompt_tokens:,} prompt + "
                f"{self.completion_tokens:,} completion tokens, ~${self.cost_usd:.4f}")


def ingest_output(lines: Iterable[str], prepared: dict[str, PreparedRequest], cache: ResponseCache,
                  options: Options) -> IngestReport:
    """Put usable batch answers into ``cache`` under their requests' keys."""
    report = IngestReport()
    seen: set[str] = set()
    for line in lines:
        answer = parse_output_line(line)
        if answer is None:
            continue
        entry = prepared.get(answer.custom_id)
        if entry is None:
            report.unknown += 1
            continue
        seen.add(answer.custom_id)
        resp = answer.response
        if resp is None:
            report.failed[answer.custom_id] = answer.error or "no response"
            continue
        report.prompt_tokens += resp.prompt_tokens
        report.completion_tokens += resp.completion_tokens
        report.cost_usd += cost_usd(resp.model or entry.request.model, resp.prompt_tokens,
                                    resp.completion_tokens, options.prices, discount=BATCH_DISCOUNT)
        if resp.refusal or resp.content is None or resp.finish_reason not in (None, "stop", "tool_calls"):
            report.failed[answer.custom_id] = f"unusable answer (finish_reason={resp.finish_reason})"
            continue
        if cache.put(entry.request, resp):
            report.stored += 1
        else:
            report.already_cached += 1
    report.missing = len(set(prepared) - seen)
    return report


# -- OpenAI Batch API -----------------------------------------------------------

def _client(options: Options):
    if options.client is not None:
        return options.client
    import openai

    return openai.OpenAI(api_key=options.resolved_api_key() or "not-needed",
                         base_url=options.resolved_base_url(), timeout=options.timeout)


def submit(requests_file: str | os.PathLike[str], options: Options) -> Any:
    """Upload a requests file and start a batch; returns the Batch object."""
    client = _client(options)
    with open(requests_file, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    return client.batches.create(input_file_id=uploaded.id, endpoint=BATCH_ENDPOINT,
                                 completion_window="24h", metadata={"created_by": "minutesai"})


def download_results(batch_id: str, options: Options, dest: str | os.PathLike[str]) -> tuple[Any, Path | None]:
    """(batch, path of the downloaded output) — path None while the batch is not finished."""
    client = _client(options)
    batch = client.batches.retrieve(batch_id)
    if batch.status != "completed":
        return batch, None
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("wb") as fh:
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                data = client.files.content(file_id).content
                fh.write(data if data.endswith(b"\n") or not data else data + b"\n")
    return batch, dest
