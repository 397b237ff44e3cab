"""A small Engine stub for the scale tests (also run inside a subprocess by the kill test).

Each document's text decides its behaviour: ``delay=0.2`` sleeps that long per
call, ``FAIL`` raises an unexpected error, ``MODELFAIL`` a ModelError. With a
``backend`` every call goes through it (so the cache/budget layers apply).
"""

from __future__ import annotations

import asyncio
import re

from minutesai.backends.base import ChatRequest
from minutesai.errors import ModelError
from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.tokens import get_tokenizer


def stub_text(i: int, *, delay: float = 0.0, tag: str = "") -> str:
    return f"Minutes of meeting {i}\nBurglary fell by {i}% in the year. delay={delay} {tag}\n"


class StubEngine:
    name = "stub"
    prompt_hash = None
    reasks_on_grounding = False

    def __init__(self, backend=None, default_delay: float = 0.0) -> None:
        self.tokenizer = get_tokenizer(None)
        self.backend = backend
        self.default_delay = default_delay
        self.in_flight = 0
        self.max_in_flight = 0
        self.map_docs: list[str] = []

    def chunk_token_budget(self) -> int:
        return 1_000_000

    async def _work(self, doc, kind: str) -> None:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            m = re.search(r"delay=([0-9.]+)", doc.text)
            await asyncio.sleep(float(m.group(1)) if m else self.default_delay)
            if "MODELFAIL" in doc.text:
                raise ModelError("the endpoint failed", attempts=3, last_raw_response="{oops")
            if "FAIL" in doc.text:
                raise ValueError("boom")
            if self.backend is not None:
                req = ChatRequest(model="gpt-4o-mini", messages=({"role": "user", "content": kind + doc.text},),
                                  schema={}, schema_name=kind)
                await self.backend.complete(req)
        finally:
            self.in_flight -= 1

    async def map_chunk(self, doc, chunk, ctx, feedback=None) -> ChunkFindings:
        self.map_docs.append(doc.text.splitlines()[0])
        await self._work(doc, "map")
        return ChunkFindings()

    async def reduce(self, doc, findings, ctx) -> Synthesis:
        await self._work(doc, "reduce")
        return Synthesis(summary=doc.text.splitlines()[0], sentiment_label="neutral",
                         sentiment_score=0.0, sentiment_rationale="")
