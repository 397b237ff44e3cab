"""The extractor interface every engine implements (offline, LLM, hybrid).

The pipeline calls ``map_chunk`` once per chunk and ``reduce`` once per
document. Engines return bare quotes; grounding verifies them afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.models import Usage
from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.tokens import Tokenizer


@dataclass
class RunContext:
    """Per-document state shared by the stages: options, usage, warnings."""

    options: Options
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


@runtime_checkable
class Engine(Protocol):
    # Read-only members, so an engine may narrow them (prompt_hash always None, a concrete tokenizer).
    @property
    def name(self) -> str:
        """Shown in results: 'offline', 'openai:gpt-4o-mini', ..."""
        ...

    @property
    def prompt_hash(self) -> str | None: ...

    @property
    def tokenizer(self) -> Tokenizer: ...

    def chunk_token_budget(self) -> int:
        """Max tokens of minutes text per chunk (context window minus prompt and output)."""
        ...

    async def map_chunk(
        self, doc: Minutes, chunk: Chunk, ctx: RunContext, feedback: str | None = None
    ) -> ChunkFindings:
        """Find all facets in one chunk. ``feedback`` names earlier grounding failures."""
        ...

    async def reduce(self, doc: Minutes, findings: ChunkFindings, ctx: RunContext) -> Synthesis:
        """Write the summary and overall police-performance sentiment from merged findings."""
        ...
