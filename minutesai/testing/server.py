"""A small OpenAI-compatible HTTP server for tests and benchmarks.

Runs on 127.0.0.1 with an ephemeral port in a background thread, so the real
``openai`` SDK code path is exercised end to end. Replies come from, in order:
scripted replies (:meth:`FakeOpenAIServer.enqueue`), injected faults
(:class:`FaultPlan`), then the ``responder`` callable (default: a minimal
schema-valid answer). Nothing here touches the network beyond loopback.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULT_KINDS = ("429", "500", "503", "timeout", "reset", "malformed", "schema", "truncated", "refusal")


@dataclass
class Reply:
    """One scripted server reply."""

    status: int = 200
    content: str | None = None
    """The assistant message text (the JSON the 'model' answers) for a 200."""
    finish_reason: str = "stop"
    refusal: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    """A raw body (dict → JSON) that replaces the generated completion."""
    action: str = "respond"
    """respond, reset (drop the connection) or hang (sleep ``delay`` then respond)."""
    delay: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None

    @classmethod
    def ok(cls, content: str | dict, **kw: Any) -> Reply:
        text = content if isinstance(content, str) else json.dumps(content)
        return cls(content=text, **kw)

    @classmethod
    def error(cls, status: int, message: str = "error", headers: dict[str, str] | None = None) -> Reply:
        kind = "rate_limit_exceeded" if status == 429 else "server_error"
        return cls(status=status, headers=headers or {},
                   body={"error": {"message": message, "type": kind, "code": kind}})

    @classmethod
    def rate_limited(cls, retry_after: float = 0.05) -> Reply:
        return cls.error(429, "Rate limit reached", {"Retry-After": f"{retry_after:g}"})

    @classmethod
    def malformed(cls) -> Reply:
        return cls(content='{"key_points": [ {"text": "unterminated')

    @classmethod
    def truncated(cls, content: str = '{"key_points": [') -> Reply:
        return cls(content=content, finish_reason="length")

    @classmethod
    def refused(cls, message: str = "I can't help with that.") -> Reply:
        return cls(content=None, refusal=message)

    @classmethod
    def reset(cls) -> Reply:
        return cls(action="reset")

    @classmethod
    def hang(cls, seconds: float) -> Reply:
        return cls(action="hang", delay=seconds)


@dataclass
class FaultPlan:
    """Inject a fault into a share ``rate`` of requests, deterministically from ``seed``."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    hang_seconds: float = 2.0
    retry_after: float = 0.05
    _rng: random.Random = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)
    injected: dict[str, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        self._rng = random.Random(self.seed)

    def draw(self) -> Reply | None:
        with self._lock:
            if self.rate <= 0 or self._rng.random() >= self.rate:
                return None
            kind = self._rng.choice(self.kinds)
            self.injected[kind] = self.injected.get(kind, 0) + 1
        return {
            "429": lambda: Reply.rate_limited(self.retry_after),
            "500": lambda: Reply.error(500, "Internal server error"),
            "503": lambda: Reply.error(503, "Service unavailable"),
            "timeout": lambda: Reply.hang(self.hang_seconds),
            "reset": Reply.reset,
            "malformed": Reply.malformed,
            "schema": lambda: Reply.ok({"unexpected": True}),
            "truncated": Reply.truncated,
            "refusal": Reply.refused,
        }[kind]()


def request_schema(body: dict) -> tuple[str | None, dict | None]:
    """The (name, JSON schema) a chat request asks for, in any of the three modes."""
    rf = body.get("response_format") or {}
    if rf.get("type") == "json_schema":
        js = rf.get("json_schema") or {}
        return js.get("name"), js.get("schema")
    if rf.get("type") == "json_object" and rf.get("schema"):
        return None, rf.get("schema")
    for tool in body.get("tools") or []:
        fn = tool.get("function") or {}
        return fn.get("name"), fn.get("parameters")
    return None, None


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

        class Handler(_Handler):
            owner = server

        self._httpd = _QuietHTTPServer(("127.0.0.1", 0), Handler)
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


class _QuietHTTPServer(ThreadingHTTPServer):
    """Ignores clients that hang up first (a timed-out request, an injected reset)."""

    request_queue_size = 256  # the default backlog of 5 drops connections from a concurrent client

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    owner: FakeOpenAIServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm on, the body waits for the
    # client's delayed ACK (~40 ms on Linux) on every keep-alive request.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.rstrip("/")
        parts = path.split("/")
        if len(parts) >= 3 and parts[-3] == "files" and parts[-1] == "content":
            found = self.owner.files.get(parts[-2])
            if found is None:
                self._send_json(404, {"error": {"message": f"no file {parts[-2]}"}})
            else:
                self._send_json(200, found["data"])
            return
        if len(parts) >= 2 and parts[-2] == "batches":
            batch = self.owner.batches.get(parts[-1])
            self._send_json(200 if batch else 404, batch or {"error": {"message": "no such batch"}})
            return
        if path.endswith("/models"):
            data = [{"id": m, "object": "model", "owned_by": "minutesai-test"} for m in self.owner.models]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        route = self.path.rstrip("/")
        if route.endswith("/files"):
            fields = _multipart(self.headers.get("Content-Type", ""), raw)
            data, filename = fields.get("file", (b"", "upload"))
            purpose = fields.get("purpose", (b"", None))[0].decode() or "batch"
            self._send_json(200, self.owner.add_file(data, filename or "upload", purpose))
            return
        if route.endswith("/batches"):
            self._send_json(200, self.owner.run_batch(json.loads(raw or b"{}")))
            return
        if not route.endswith("/chat/completions"):
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self._send_json(400, {"error": {"message": "invalid JSON body"}})
            return
        with self.owner._lock:
            self.owner.headers_seen.append(
                {k: v for k, v in self.headers.items() if k.lower() not in ("authorization", "api-key")}
            )
        reply = self.owner._next_reply(body)
        if self.owner.latency:
            time.sleep(self.owner.latency)
        if reply.action == "reset":
            self.close_connection = True
            try:
                import socket

                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if reply.action == "hang":
            time.sleep(reply.delay)
        if reply.status != 200:
            self._send_json(reply.status, reply.body or {"error": {"message": "error"}}, reply.headers)
            return
        payload = reply.body if reply.body is not None else self.owner.completion_body(body, reply)
        self._send_json(200, payload, reply.headers)


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[bytes, str | None]]:
    """Fields of a multipart/form-data body: name -> (data, filename)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    fields: dict[str, tuple[bytes, str | None]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            data = part.get_payload(decode=True)  # bytes for a leaf part, None for a nested multipart
            fields[str(name)] = (data if isinstance(data, bytes) else b"", part.get_filename())
    return fields
