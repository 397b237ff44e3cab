"""A small OpenAI-compatible HTTP server for tests and benchmarks.

Runs on 127.0.0.1 with an ephemeral port in a background thread, so the real
``openai`` SDK code path is exercised end to end. Replies come from, in order:
scripted replies (:meth:`FakeOpenAIServer.enqueue`), injected faults
(:class:`FaultPlan`), then the ``responder`` callable (default: a minimal
schema-valid answer). Nothing here touches the network beyond loopback.
"""

from __future__ import annotations

import functools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any

from minutesai.testing.faults import FAULT_KINDS, FaultPlan, Reply
from minutesai.testing.http_handler import OpenAIHandler, QuietHTTPServer

__all__ = [
    "FAULT_KINDS",
    "FakeOpenAIServer",
    "FaultPlan",
    "Reply",
    "default_responder",
    "minimal_instance",
    "request_schema",
]


def request_schema(body: dict) -> tuple[str | None, dict | None]:
    """The (name, JSON schema) a chat request asks for, in any of the modes. In outline mode no
    schema is on the wire: the library's own output model whose outline the system message holds
    is taken, as a model reading the outline would (name and schema; else (None, None))."""
    rf = body.get("response_format") or {}
    if rf.get("type") == "json_schema":
        js = rf.get("json_schema") or {}
        return js.get("name"), js.get("schema")
    if rf.get("type") == "json_object" and rf.get("schema"):
        return None, rf.get("schema")
    for tool in body.get("tools") or []:
        fn = tool.get("function") or {}
        return fn.get("name"), fn.get("parameters")
    if rf.get("type") == "json_object":
        return outlined_schema(body)
    return None, None


def outlined_schema(body: dict) -> tuple[str | None, dict | None]:
    """The library output model (map findings, synthesis, packed answer) whose outline, with any
    description setting, appears in the request's system message."""
    messages = body.get("messages") or []
    system = "\n".join(str(m.get("content") or "") for m in messages if m.get("role") == "system")
    for name, schema, outlines in _library_outlines():
        if any(outline in system for outline in outlines):
            return name, schema
    return None, None


@functools.lru_cache(maxsize=1)
def _library_outlines() -> tuple[tuple[str, dict, tuple[str, ...]], ...]:
    from minutesai.schema_outline import render_outline
    from minutesai.schemas import ChunkFindings, PackedAnswer, Synthesis
    from minutesai.structured import strict_schema

    # the packed answer first: its outline holds the others' fields (though indented deeper)
    return tuple(
        (model.__name__, strict_schema(model),
         tuple(render_outline(strict_schema(model), descriptions=d) for d in ("first", "full", "none")))
        for model in (PackedAnswer, ChunkFindings, Synthesis))


def minimal_instance(schema: dict | None, defs: dict | None = None) -> Any:
    """The smallest value that satisfies a (pydantic-generated) JSON schema."""
    if not schema:
        return {}
    defs = defs if defs is not None else schema.get("$defs", {})
    if "$ref" in schema:
        return minimal_instance(defs[schema["$ref"].split("/")[-1]], defs)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = schema[key]
            nullable = [o for o in options if o.get("type") == "null"]
            return None if nullable else minimal_instance(options[0], defs)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = "null" if "null" in kind else kind[0]
    if kind == "object":
        props = schema.get("properties", {})
        required = schema.get("required", list(props))
        return {k: minimal_instance(props[k], defs) for k in required if k in props}
    if kind == "array":
        return []
    if kind == "string":
        return ""
    if kind in ("number", "integer"):
        lo = schema.get("minimum", schema.get("exclusiveMinimum"))
        return 0 if lo is None or lo <= 0 else lo
    if kind == "boolean":
        return False
    return None


def default_responder(body: dict) -> str:
    _, schema = request_schema(body)
    return json.dumps(minimal_instance(schema))


def _estimate_tokens(body: dict) -> int:
    text = "".join(str(m.get("content") or "") for m in body.get("messages", []))
    return max(1, len(text) // 4)


class FakeOpenAIServer:
    """``with FakeOpenAIServer(responder) as srv: openai.OpenAI(base_url=srv.base_url, api_key="test")``."""

    def __init__(
        self,
        responder: Callable[[dict], str | Reply] | None = None,
        *,
        latency: float = 0.0,
        faults: FaultPlan | None = None,
        models: tuple[str, ...] = ("fake-model",),
    ) -> None:
        self.responder = responder or default_responder
        self.latency = latency
        self.faults = faults
        self.models = models
        self.requests: list[dict] = []
        self.headers_seen: list[dict[str, str]] = []
        self._script: deque[Reply] = deque()
        self.batch_requests: list[dict] = []
        """Chat requests answered inside batch jobs (not counted in ``requests``)."""
        self.files: dict[str, dict[str, Any]] = {}
        """Uploaded and generated files (Files API): id -> {"filename", "purpose", "data"}."""
        self.batches: dict[str, dict[str, Any]] = {}
        """Batch API jobs; each runs at once through the chat responder when created."""
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------
    def start(self) -> FakeOpenAIServer:
        server = self

        class Handler(OpenAIHandler):
            owner = server

        self._httpd = QuietHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        # A short poll interval keeps stop() (and so test teardown) fast.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._httpd, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    # -- scripting -------------------------------------------------------
    def enqueue(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    @property
    def chat_calls(self) -> int:
        return len(self.requests)

    def _next_reply(self, body: dict, *, batch: bool = False) -> Reply:
        with self._lock:
            (self.batch_requests if batch else self.requests).append(body)
            scripted = self._script.popleft() if self._script else None
        if scripted is not None:
            return scripted
        if self.faults is not None:
            fault = self.faults.draw()
            if fault is not None:
                return fault
        answer = self.responder(body)
        return answer if isinstance(answer, Reply) else Reply.ok(answer)

    # -- Files and Batch API ----------------------------------------------
    def add_file(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = {"filename": filename, "purpose": purpose, "data": data}
        return {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                "filename": filename, "purpose": purpose, "status": "processed"}

    def run_batch(self, params: dict) -> dict[str, Any]:
        """Answer every line of the input file like a chat request; output in Batch API format."""
        source = self.files.get(params.get("input_file_id", ""))
        out_lines, err_lines = [], []
        if source is not None:
            for n, line in enumerate(source["data"].decode("utf-8").splitlines()):
                if not line.strip():
                    continue
                item = json.loads(line)
                reply = self._next_reply(item.get("body") or {}, batch=True)
                record: dict[str, Any] = {"id": f"batch_req_{n}", "custom_id": item.get("custom_id")}
                if reply.status == 200 and reply.action == "respond":
                    record["response"] = {"status_code": 200, "request_id": f"req_{n}",
                                          "body": self.completion_body(item["body"], reply)}
                    record["error"] = None
                    out_lines.append(record)
                else:
                    record["response"] = {"status_code": reply.status or 500, "request_id": f"req_{n}",
                                          "body": reply.body or {"error": {"message": "failed"}}}
                    record["error"] = None
                    err_lines.append(record)

        def as_file(records: list[dict], name: str) -> str | None:
            if not records:
                return None
            data = "".join(json.dumps(r) + "\n" for r in records).encode()
            return self.add_file(data, name, "batch_output")["id"]

        with self._lock:
            batch_id = f"batch_{len(self.batches) + 1}"
        total = len(out_lines) + len(err_lines)
        batch = {
            "id": batch_id, "object": "batch", "endpoint": params.get("endpoint"),
            "errors": None, "input_file_id": params.get("input_file_id"),
            "completion_window": params.get("completion_window", "24h"),
            "status": "completed" if source is not None else "failed",
            "output_file_id": as_file(out_lines, f"{batch_id}_output.jsonl"),
            "error_file_id": as_file(err_lines, f"{batch_id}_errors.jsonl"),
            "created_at": int(time.time()), "completed_at": int(time.time()),
            "request_counts": {"total": total, "completed": len(out_lines), "failed": len(err_lines)},
            "metadata": params.get("metadata"),
        }
        with self._lock:
            self.batches[batch_id] = batch
        return batch

    def completion_body(self, body: dict, reply: Reply) -> dict:
        message: dict[str, Any] = {"role": "assistant", "content": reply.content, "refusal": reply.refusal}
        if body.get("tools") and reply.content is not None and reply.refusal is None:
            name = body["tools"][0]["function"]["name"]
            message["content"] = None
            message["tool_calls"] = [{"id": "call_0", "type": "function",
                                      "function": {"name": name, "arguments": reply.content}}]
        prompt = reply.prompt_tokens if reply.prompt_tokens is not None else _estimate_tokens(body)
        completion = reply.completion_tokens
        if completion is None:
            completion = max(1, len(reply.content or reply.refusal or "") // 4)
        return {
            "id": f"chatcmpl-fake-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake-model"),
            "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason,
                         "logprobs": None}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                      "total_tokens": prompt + completion},
        }
