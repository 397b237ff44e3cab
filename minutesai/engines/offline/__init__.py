"""The offline rule engine (placeholder: interface only, rules to come)."""

from __future__ import annotations

from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import RunContext
from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.tokens import get_tokenizer


class OfflineEngine:
    name = "offline"
    prompt_hash = None
    reasks_on_grounding = False

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.tokenizer = get_tokenizer(None)

    def chunk_token_budget(self) -> int:
        return 1_000_000

    async def map_chunk(self, doc: Minutes, chunk: Chunk, ctx: RunContext, feedback: str | None = None) -> ChunkFindings:
        return ChunkFindings()

    async def reduce(self, doc: Minutes, findings: ChunkFindings, ctx: RunContext) -> Synthesis:
        return Synthesis(summary=doc.text[:200], sentiment_label="neutral", sentiment_score=0.0, sentiment_rationale="")
