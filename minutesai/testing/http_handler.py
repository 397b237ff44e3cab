"""The HTTP side of :class:`~minutesai.testing.server.FakeOpenAIServer`: routes and wire format.

Chat completions, models, Files and Batch API routes; the handler asks its
``owner`` server for every reply and writes it out.
"""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minutesai.testing.server import FakeOpenAIServer


class QuietHTTPServer(ThreadingHTTPServer):
    """Ignores clients that hang up first (a timed-out request, an injected reset)."""

    request_queue_size = 256  # the default backlog of 5 drops connections from a concurrent client

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class OpenAIHandler(BaseHTTPRequestHandler):
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
