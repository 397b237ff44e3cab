"""The response-cache key must not change when its computation is made cheaper: a cache
written by an earlier version has to keep hitting. Pinned two ways: by digests computed
with the key code as it was before (2026-12-07), and against the plain definition (sha256 of
the canonical JSON of the whole material, serialised at once)."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from minutesai.backends.base import ChatRequest
from minutesai.cache import CACHE_FORMAT, ResponseCache, request_key

SCHEMA = {
    "type": "object", "title": "X", "additionalProperties": False, "required": ["b", "a"],
    "properties": {"b": {"type": ["string", "null"], "description": "Sé “quoted” — text"},
                   "a": {"enum": [1.5, None, True, "ü"]}},
}


def requests() -> list[ChatRequest]:
    return [
        ChatRequest(model="gpt-4o-mini", messages=(
            {"role": "system", "content": "Sé brief — “quotes” é \\ \"x\"\n\t"},
            {"role": "user", "content": "<minutes>\nThe Inspector said crime fell 12%.\n</minutes>"}),
            schema=SCHEMA, schema_name="ChunkFindings", mode="json_schema", temperature=0.0,
            max_tokens=1200, seed=None),
        ChatRequest(model="llama3.1:8b", messages=({"role": "user", "content": "hello", "name": "x"},),
                    schema={"type": "object"}, schema_name="Synthesis", mode="outline", temperature=0.7,
                    max_tokens=None, seed=42),
        ChatRequest(model="m", messages=(), schema=SCHEMA, schema_name="X", mode="tools", temperature=1,
                    max_tokens=5, seed=0),
        ChatRequest(model="m", messages=({"role": "user", "content": [{"type": "text", "text": "a"}]},),
                    schema={}, schema_name="X"),
    ]


# computed with minutesai/cache.py at commit 3386cfb, before the key was built with a reused encoder
PINNED = [
    "1a25d8b9e944a72486a4ea934f2917e8f71e1d14cad5652d591f9eb125706999",
    "2f17581acbfcdb257dde1e4b6d31dda2fe82d68f9b5e2d8dfe4b2e618f639a29",
    "37101446041b44fda3244b438eec7cd22b07da101d52b6559dba56ab022511ba",
    "8dc03a55e0a397932ee8a48995676397280dcfa3189f20a51edc6097f1a65abd",
]


def plain_key(request: ChatRequest) -> str:
    material = {"v": CACHE_FORMAT, **request.cache_key_material()}
    text = json.dumps(material, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("index", range(4))
def test_key_is_sha256_of_the_whole_canonical_material(index):
    request = requests()[index]
    assert request_key(request) == plain_key(request)


def test_keys_are_those_of_earlier_versions():
    assert [request_key(r) for r in requests()] == PINNED


def test_a_cache_file_written_with_the_old_key_still_hits(tmp_path):
    """An entry stored under the plain key (as any earlier version stored it) is found."""
    request = requests()[0]
    ResponseCache(tmp_path)  # creates the table
    with sqlite3.connect(tmp_path / "responses.sqlite3") as conn:
        conn.execute("INSERT INTO responses (key, model, response, created) VALUES (?, ?, ?, 0)",
                     (plain_key(request), request.model, json.dumps({"content": '{"a": 1}'})))
    hit = ResponseCache(tmp_path).get(requests()[0])
    assert hit is not None and hit.cached and hit.content == '{"a": 1}'
