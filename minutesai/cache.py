"""A persistent, content-addressed response cache in SQLite.

The key is the SHA-256 of the canonical JSON of everything that determines an
answer (``ChatRequest.cache_key_material()``: model, rendered messages, schema,
mode and sampling parameters). API keys are never part of a request, so they
are never stored. Several threads and processes may share one cache file: WAL
journal, a busy timeout, one connection per thread, and ``INSERT OR IGNORE``
(the first answer stored for a key wins).

An answer is stored when it arrives, before the caller has parsed it; a caller that
finds it unusable calls ``discard`` (``CachedBackend.discard``), so a malformed or
schema-violating answer is never served again.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from minutesai.backends.base import Backend, BackendLayer, ChatRequest, ChatResponse
from minutesai.costs import Ledger, active_ledger

CACHE_FORMAT = 1
"""Bumped when the stored shape changes, so old entries are simply not found."""
CACHE_FILE = "responses.sqlite3"
ENV_VAR = "MINUTESAI_CACHE_DIR"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    response TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def resolve_cache_dir(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """``cache_dir`` if given, else $MINUTESAI_CACHE_DIR, else the user cache directory."""
    if cache_dir:
        return Path(cache_dir).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("minutesai", appauthor=False))


_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
"""Canonical JSON: ``json.dumps`` with these settings, without building an encoder per call."""


_schema_json: dict[int, tuple[Any, str]] = {}


def _canonical_schema(schema: Any) -> str:
    """The schema's canonical JSON, kept per schema object: the same (cached) schema dict goes
    with every request, and serialising it is most of the cost of a key."""
    entry = _schema_json.get(id(schema))
    if entry is None or entry[0] is not schema:
        if len(_schema_json) > 256:
            _schema_json.clear()
        entry = _schema_json[id(schema)] = (schema, _canonical(schema))
    return entry[1]


_member_heads: dict[str, str] = {}
"""Each material member's encoded name with its colon ('"model":'), made once."""


def request_key(request: ChatRequest) -> str:
    """sha256 of the request's canonical JSON (sorted keys, compact), computed once per request.

    Built member by member, which gives the same text as serialising the whole material at once
    (pinned by ``tests/test_throughput_cache_key.py``: a cache written earlier keeps hitting).
    """
    known = request.__dict__.get("_minutesai_cache_key")
    if known is not None:
        return known
    material = {"v": CACHE_FORMAT, **request.cache_key_material()}
    parts = []
    for name in sorted(material):
        value = material[name]
        head = _member_heads.get(name)
        if head is None:
            head = _member_heads[name] = _canonical(name) + ":"
        parts.append(head + (_canonical_schema(value) if name == "schema" and value is not None else _canonical(value)))
    key = hashlib.sha256(("{" + ",".join(parts) + "}").encode("utf-8")).hexdigest()
    object.__setattr__(request, "_minutesai_cache_key", key)  # frozen dataclass: stash, not a field
    return key


def cacheable(response: ChatResponse) -> bool:
    """Only complete answers are stored; a refusal, a cut-off or an empty reply is asked again next time."""
    return (
        response.content is not None
        and response.refusal is None
        and response.finish_reason not in ("length", "content_filter")
        and not response.cached
    )


class ResponseCache:
    """``get``/``put`` by request; safe for concurrent threads and processes."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = resolve_cache_dir(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / CACHE_FILE
        self._local = threading.local()
        self._conn()  # create the table now so errors surface at setup

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 30000")
            for attempt in range(50):
                try:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.execute("PRAGMA synchronous = NORMAL")
                    conn.execute(_SCHEMA)
                    break
                except sqlite3.OperationalError:  # another process is creating the file
                    if attempt == 49:
                        raise
                    time.sleep(0.05)
            self._local.conn = conn
        return conn

    def get(self, request: ChatRequest) -> ChatResponse | None:
        row = self._conn().execute(
            "SELECT response FROM responses WHERE key = ?", (request_key(request),)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return ChatResponse(
            content=data["content"],
            finish_reason=data.get("finish_reason"),
            refusal=None,
            prompt_tokens=0,
            completion_tokens=0,
            model=data.get("model"),
            cached=True,
            extra={"cached_usage": {
                "prompt_tokens": data.get("prompt_tokens", 0),
                "completion_tokens": data.get("completion_tokens", 0),
            }},
        )

    def try_put_now(self, request: ChatRequest, response: ChatResponse) -> bool | None:
        """``put`` without waiting for another process's write lock; None when it is held."""
        return self._without_waiting(self.put, request, response)

    def _without_waiting(self, write, *args: Any) -> bool | None:
        conn = self._conn()
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            return write(*args)
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            return None
        finally:
            conn.execute("PRAGMA busy_timeout = 30000")

    def put(self, request: ChatRequest, response: ChatResponse) -> bool:
        """Store a complete answer; False when it was not cacheable or already present."""
        if not cacheable(response):
            return False
        data = {
            "content": response.content,
            "finish_reason": response.finish_reason,
            "model": response.model,
            "prompt_tokens": response.prompt_tokens,
            "completion_tokens": response.completion_tokens,
        }
        cur = self._conn().execute(
            "INSERT OR IGNORE INTO responses (key, model, response, created) VALUES (?, ?, ?, ?)",
            (request_key(request), request.model, json.dumps(data, ensure_ascii=False), time.time()),
        )
        return cur.rowcount == 1

    def discard(self, request: ChatRequest, content: str | None = None) -> bool:
        """Forget the answer stored for ``request``; with ``content``, only if it is that answer
        (so an unusable answer never removes a good one stored meanwhile by another run)."""
        key = request_key(request)
        conn = self._conn()
        if content is None:
            return conn.execute("DELETE FROM responses WHERE key = ?", (key,)).rowcount == 1
        row = conn.execute("SELECT response FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None or json.loads(row[0]).get("content") != content:
            return False
        return conn.execute("DELETE FROM responses WHERE key = ? AND response = ?", (key, row[0])).rowcount == 1

    def try_discard_now(self, request: ChatRequest, content: str | None = None) -> bool | None:
        """``discard`` without waiting for another process's write lock; None when it is held."""
        return self._without_waiting(self.discard, request, content)

    def __len__(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def clear(self) -> int:
        return self._conn().execute("DELETE FROM responses").rowcount

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class CachedBackend(BackendLayer):
    """Answers from the cache when it can; otherwise asks ``inner`` and stores the answer.

    A hit returns ``ChatResponse(cached=True)`` with zero billed tokens (the
    original counts are in ``extra["cached_usage"]``) and is counted in the
    run ledger's ``cache_hits``; it never reaches the rate limits or budget.
    """

    def __init__(self, inner: Backend, cache: ResponseCache, ledger: Ledger | None = None) -> None:
        super().__init__(inner)
        self.cache = cache
        self.ledger = ledger

    async def complete(self, request: ChatRequest) -> ChatResponse:
        hit = self.cache.get(request)
        if hit is not None:
            ledger = active_ledger() or self.ledger
            if ledger is not None:
                ledger.record_cache_hit(request.model)
            return hit
        response = await self.inner.complete(request)
        # Inline is cheapest (a thread hand-off costs more than the insert); only when
        # another process holds the write lock is the insert moved off the event loop.
        if cacheable(response) and self.cache.try_put_now(request, response) is None:
            await asyncio.to_thread(self.cache.put, request, response)
        return response

    async def discard(self, request: ChatRequest, response: ChatResponse | None = None) -> bool:
        """Forget the stored answer to ``request`` because the caller could not use it (invalid
        JSON, a schema violation), so the next identical request is asked again instead of
        being served the same bad answer. Called by :func:`minutesai.structured.structured_call`."""
        content = response.content if response is not None else None
        removed = self.cache.try_discard_now(request, content)
        if removed is None:
            removed = await asyncio.to_thread(self.cache.discard, request, content)
        return removed
