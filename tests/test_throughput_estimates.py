"""Prompt-token estimates (budgets, tokens-per-minute limits) made cheaper, not different: the
same numbers as counting every message and the schema afresh, each request counted once
however many layers ask, and a template's system message encoded once for many requests."""

from __future__ import annotations

import asyncio
import json

from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.backends.wrap import wrap_backend
from minutesai.config import Options
from minutesai.costs import Ledger, estimate_prompt_tokens, using_ledger
from minutesai.tokens import get_tokenizer

SCHEMA = {"type": "object", "title": "X", "properties": {"b": {"type": "string", "description": "Sé “quoted” — text"}}}
SYSTEM = "You extract what the minutes say about police performance. " * 12


def request(text: str, schema: dict = SCHEMA, model: str = "gpt-4o-mini") -> ChatRequest:
    return ChatRequest(model=model, messages=({"role": "system", "content": SYSTEM}, {"role": "user", "content": text}),
                       schema=schema, schema_name="ChunkFindings")


def counted_afresh(req: ChatRequest) -> int:
    """The estimate's definition, with nothing remembered."""
    tok = get_tokenizer(req.model)
    total = 3
    for message in req.messages:
        content = message.get("content")
        if isinstance(content, list):
            content = " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
        total += 4 + (tok.count(content) if content else 0)
    if req.schema:
        total += tok.count(json.dumps(req.schema, sort_keys=True, separators=(",", ":")))
    return total


def test_estimates_equal_a_fresh_count():
    reqs = [request(f"<minutes>\nItem {i}: burglary fell by {i}%.\n</minutes>") for i in range(5)]
    reqs += [request("no schema", schema={}),
             ChatRequest(model="gpt-4o", messages=({"role": "user", "content": [{"type": "text", "text": "a"},
                                                                                {"type": "text", "text": " b"}]},
                                                   {"role": "assistant", "content": None}),
                         schema={"type": "object"}, schema_name="Synthesis")]
    for req in reqs:
        assert estimate_prompt_tokens(req) == counted_afresh(req)
        assert estimate_prompt_tokens(req) == counted_afresh(req)  # asked again: the same


# pinned with minutesai/costs.py at commit 3386cfb, before any count was remembered
def test_estimates_are_those_of_earlier_versions():
    reqs = [
        ChatRequest(model="gpt-4o-mini", messages=(
            {"role": "system", "content": "You extract what minutes say. " * 20},
            {"role": "user", "content": "<minutes>\nThe Inspector said crime fell 12%.\n</minutes>"}),
            schema=SCHEMA, schema_name="ChunkFindings"),
        ChatRequest(model="gpt-4o", messages=(
            {"role": "user", "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": " part two"}]},
            {"role": "assistant", "content": None}), schema={}, schema_name="X"),
        ChatRequest(model="llama3.1:8b", messages=({"role": "user", "content": "hello there " * 7},),
                    schema={"type": "object"}, schema_name="Synthesis"),
    ]
    assert [estimate_prompt_tokens(r) for r in reqs] == [186, 16, 27]


class Answering:
    name = "openai"

    async def complete(self, req: ChatRequest) -> ChatResponse:
        return ChatResponse(content="{}", prompt_tokens=50, completion_tokens=5, model=req.model)

    def context_window(self, model: str) -> int:
        return 128_000

    def supported_modes(self, model: str):
        return ("json_schema",)


def test_budget_and_token_limit_count_a_request_once_and_the_system_message_once(monkeypatch):
    tok = get_tokenizer("gpt-4o-mini")
    seen: list[str] = []
    count = type(tok).count

    def counting(self, text: str) -> int:
        seen.append(text)
        return count(self, text)

    monkeypatch.setattr(type(tok), "count", counting)
    options = Options(engine="openai", model="gpt-4o-mini", max_tokens=10**9, tokens_per_minute=10**9,
                      use_cache=False)
    backend = wrap_backend(Answering(), options)
    ledger = Ledger(max_tokens=10**9)
    users = [f"<minutes>\nunique text {i} for the estimate test\n</minutes>" for i in range(3)]

    async def run() -> None:
        with using_ledger(ledger):
            for text in users:
                await backend.complete(request(text))

    asyncio.run(run())
    assert ledger.usage.calls == 3
    assert sorted(t for t in seen if t in users) == sorted(users)  # each request's text once
    assert seen.count(SYSTEM) <= 1  # the system message: at most once for all of them
