"""The JSON body of a chat request, as bytes, with the structured-output part encoded once.

The ``openai`` SDK encodes a request body with ``json.dumps(ensure_ascii=False,
separators=(",", ":"), allow_nan=False)``. In a bulk run every map call carries the
same ``response_format`` (or ``tools``) with the same 2-3 KB strict schema, and
encoding it took more than half of that time: :class:`BodyEncoder` encodes those
parameters once per mode and schema and joins them with the parts that change per
call (model, messages, temperature, ...). The bytes are the ones the SDK would
produce from the same dict, key for key (see ``tests/test_throughput_openai.py``);
they go to the SDK as the request's ``content`` and it sends them unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from minutesai.backends.base import ChatRequest
from minutesai.structured import ModeStrategy

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode

MAX_CACHED = 64
"""Encoded parameter sets kept (one per mode and schema in use; a run has two or three)."""


class BodyEncoder:
    """Encodes request bodies, reusing the encoded mode parameters of a (mode, schema)."""

    def __init__(self) -> None:
        # (mode, schema name, id(schema)) -> (the schema itself, {param name: '"name":value'});
        # holding the schema keeps its id from being reused by another object
        self._fixed: dict[tuple[str, str, int], tuple[dict[str, Any], dict[str, str]]] = {}

    def encode(self, params: dict[str, Any], request: ChatRequest, strategy: ModeStrategy) -> bytes:
        """``params`` (whose mode parameters came from ``strategy.request_params(request)``)
        as the SDK would encode them."""
        fixed = self._fixed_parts(request, strategy)
        pieces: list[str] = []
        plain: dict[str, Any] = {}  # consecutive per-call fields, encoded together in key order
        for name, value in params.items():
            if name not in fixed:
                plain[name] = value
                continue
            if plain:
                pieces.append(_encode(plain)[1:-1])
                plain = {}
            pieces.append(fixed[name])
        if plain:
            pieces.append(_encode(plain)[1:-1])
        return ("{" + ",".join(pieces) + "}").encode()

    def _fixed_parts(self, request: ChatRequest, strategy: ModeStrategy) -> dict[str, str]:
        key = (strategy.name, request.schema_name, id(request.schema))
        hit = self._fixed.get(key)
        if hit is not None and hit[0] is request.schema:
            return hit[1]
        parts = {name: f"{_encode(name)}:{_encode(value)}" for name, value in strategy.request_params(request).items()}
        if len(self._fixed) >= MAX_CACHED:
            self._fixed.clear()
        self._fixed[key] = (request.schema, parts)
        return parts
